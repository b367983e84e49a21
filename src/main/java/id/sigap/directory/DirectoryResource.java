package id.sigap.directory;

import id.sigap.procedure.Desk;
import id.sigap.procedure.Role;
import id.sigap.procedure.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Directory")
@WithSession
@RolesAllowed({
  Roles.AGENT,
  Roles.TEAM_LEADER,
  Roles.SUPERVISOR,
  Roles.MANAGER,
  Roles.QC,
  Roles.PIC_TICKET,
  Roles.LIAISON_OFFICER,
  Roles.ADMIN
})
public class DirectoryResource {

  private final Directory directory;

  DirectoryResource(Directory directory) {
    this.directory = directory;
  }

  public record DeskView(
      String id,
      @Schema(implementation = Desk.DeskKind.class) String kind,
      @Schema(nullable = true) String clusterId,
      boolean voiceRecording,
      @Schema(nullable = true) String seatedUsername) {}

  public record PersonView(
      String username,
      String displayName,
      @Schema(implementation = Role.class) String role,
      @Schema(nullable = true) String clusterId) {}

  @GET
  @Path("/desks")
  @Operation(
      operationId = "listDesks",
      summary = "Desks, with voice recording and who is checked in there (R-F-2)",
      description =
          "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET, LIAISON_OFFICER, ADMIN.")
  public Uni<List<DeskView>> desks() {
    return directory
        .desks()
        .chain(desks -> directory.seatedByDesk().map(seated -> Map.entry(desks, seated)))
        .map(
            found ->
                found.getKey().stream()
                    .map(
                        d ->
                            new DeskView(
                                d.id,
                                d.kind.name(),
                                d.clusterId,
                                d.voiceRecording,
                                found.getValue().get(d.id)))
                    .toList());
  }

  @GET
  @Path("/users")
  @Operation(
      operationId = "listUsers",
      summary = "People of the contact center, optionally of one role",
      description =
          "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET, LIAISON_OFFICER, ADMIN.")
  public Uni<List<PersonView>> users(@QueryParam("role") Role role) {
    return directory
        .users(role)
        .map(
            users ->
                users.stream()
                    .map(u -> new PersonView(u.username, u.displayName, u.role.name(), u.clusterId))
                    .toList());
  }
}
