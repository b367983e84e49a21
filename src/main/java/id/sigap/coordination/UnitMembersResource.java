package id.sigap.coordination;

import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-C-5: the admin gives each related unit its people. */
@Path("/api/v1/admin/units")
@Tag(name = "Related units")
public class UnitMembersResource {

  private final CoordinationService coordinations;

  UnitMembersResource(CoordinationService coordinations) {
    this.coordinations = coordinations;
  }

  public record MembersRequest(@NotNull @Size(max = 200) List<@NotNull String> usernames) {}

  public record Members(RelatedUnit unit, List<String> usernames) {}

  @GET
  @Path("/{unit}/members")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "listUnitMembers",
      summary = "Who answers for a related unit (R-C-5)",
      description = "Who may call it: ADMIN.")
  public Uni<Members> members(@PathParam("unit") RelatedUnit unit) {
    return coordinations.membersOf(unit).map(m -> new Members(unit, m));
  }

  @PUT
  @Path("/{unit}/members")
  @RolesAllowed(Roles.ADMIN)
  @WithSession
  @Operation(
      operationId = "replaceUnitMembers",
      summary = "Give a related unit its people: liaison officers, supervisors, managers (R-C-5)",
      description = "Who may call it: ADMIN.")
  public Uni<Members> replaceMembers(
      @PathParam("unit") RelatedUnit unit, @Valid @NotNull MembersRequest request) {
    return coordinations.replaceMembers(unit, request.usernames()).map(m -> new Members(unit, m));
  }
}
