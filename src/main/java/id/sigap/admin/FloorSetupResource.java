package id.sigap.admin;

import id.sigap.admin.FloorSetupRepository.Cluster;
import id.sigap.admin.FloorSetupRepository.Desk;
import id.sigap.admin.FloorSetupRepository.Person;
import id.sigap.admin.FloorSetupService.RosterRole;
import id.sigap.platform.problem.Problem;
import id.sigap.procedure.Desk.DeskKind;
import id.sigap.procedure.Role;
import id.sigap.procedure.Roles;
import id.sigap.procedure.RosterShift;
import id.sigap.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-F-1: admins set the center up: clusters, desks, people, rosters, and an import. */
@Path("/api/v1/admin")
@Tag(name = "Setup")
@RolesAllowed(Roles.ADMIN)
public class FloorSetupResource {

  private final FloorSetupService setup;
  private final CenterImport centerImport;
  private final CurrentActor actor;

  FloorSetupResource(FloorSetupService setup, CenterImport centerImport, CurrentActor actor) {
    this.setup = setup;
    this.centerImport = centerImport;
    this.actor = actor;
  }

  static final String CLUSTER_ID = "[A-Za-z0-9_-]{1,16}";
  static final String USERNAME = "[A-Za-z0-9._@-]{1,64}";
  static final String DESK_ID = "[A-Za-z0-9._-]{1,32}";

  public record ClusterRequest(
      @NotBlank @Pattern(regexp = CLUSTER_ID) String id, @NotBlank @Size(max = 100) String name) {}

  public record ClusterChange(@NotBlank @Size(max = 100) String name) {}

  public record DeskRequest(
      @NotBlank @Pattern(regexp = DESK_ID) String id,
      @NotBlank @Size(max = 16) String clusterId,
      @NotNull DeskKind kind,
      @NotNull Boolean recorded) {}

  public record DeskChange(
      @NotBlank @Size(max = 16) String clusterId,
      @NotNull DeskKind kind,
      @NotNull Boolean recorded) {}

  @Schema(name = "SetupDesk")
  public record DeskView(String id, String clusterId, DeskKind kind, boolean recorded) {
    static DeskView of(Desk d) {
      return new DeskView(d.id(), d.clusterId(), DeskKind.valueOf(d.kind()), d.recorded());
    }
  }

  public record DeskRemoved(
      String id,
      @Schema(nullable = true, description = "Who was checked out of the desk (R-F-2)")
          String checkedOut) {}

  public record UserRequest(
      @NotBlank @Pattern(regexp = USERNAME) String username,
      @NotBlank @Size(max = 100) String name,
      @NotNull Role role,
      @Size(max = 16) String clusterId,
      @Schema(
              nullable = true,
              description = "Without one the person signs in at the identity provider only")
          @Size(min = 8, max = 200)
          String password,
      @Schema(
              nullable = true,
              description = "R-C-9: an agent who answers TelkomCare threads; absent: false")
          Boolean telkomCare) {}

  public record UserChange(
      @NotBlank @Size(max = 100) String name,
      @NotNull Role role,
      @Size(max = 16) String clusterId,
      @NotNull Boolean active,
      @Schema(nullable = true, description = "A new password; absent keeps the present one")
          @Size(min = 8, max = 200)
          String password,
      @Schema(
              nullable = true,
              description =
                  "R-C-9: an agent who answers TelkomCare threads; absent keeps it (and another"
                      + " role than AGENT ends it)")
          Boolean telkomCare) {}

  @Schema(name = "SetupUser")
  public record UserView(
      String username,
      String name,
      Role role,
      @Schema(nullable = true) String clusterId,
      boolean active,
      @Schema(description = "Whether the person has a Sigap password (else: the provider only)")
          boolean hasPassword,
      @Schema(description = "A person, or an integrator's service account (SERVICE)") String kind,
      @Schema(description = "R-C-9: an agent who answers TelkomCare threads") boolean telkomCare) {
    static UserView of(Person p) {
      return new UserView(
          p.username(),
          p.name(),
          Role.valueOf(p.role()),
          p.clusterId(),
          p.deactivatedAt() == null,
          p.hasPassword(),
          p.kind(),
          p.telkomCare());
    }
  }

  public record Shift(
      @NotNull DayOfWeek day,
      @NotNull
          @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              example = "07:00",
              description = "Local time in the center's zone")
          LocalTime start,
      @NotNull
          @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              example = "15:00",
              description = "Local time; at or before start: the shift ends the next day")
          LocalTime end,
      @NotNull RosterRole role,
      @NotBlank @Size(max = 64) String username) {}

  public record Roster(String clusterId, List<Shift> shifts) {}

  public record RosterRequest(@NotNull @Size(max = 500) List<@Valid @NotNull Shift> shifts) {}

  public record ImportRequest(
      @Schema(nullable = true, description = "CSV with the header id,name") @Size(max = 1_000_000)
          String clusters,
      @Schema(
              nullable = true,
              description =
                  "CSV with the header username,name,role,cluster and optionally password")
          @Size(max = 1_000_000)
          String people,
      @Schema(nullable = true, description = "CSV with the header id,cluster,kind,recorded")
          @Size(max = 1_000_000)
          String desks) {}

  // --- clusters ---------------------------------------------------------------------------

  @GET
  @Path("/clusters")
  @Operation(
      operationId = "listClusters",
      summary = "The clusters of the center (R-F-1)",
      description = "Who may call it: ADMIN.")
  public Uni<List<Cluster>> clusters() {
    return setup.clusters();
  }

  @POST
  @Path("/clusters")
  @Operation(
      operationId = "createCluster",
      summary = "Create a cluster (R-F-1)",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Cluster.class)))
  @APIResponse(
      responseCode = "409",
      description = "R-F-1: there is a cluster of that id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> createCluster(@Valid @NotNull ClusterRequest request) {
    return setup
        .createCluster(request.id(), request.name())
        .map(c -> Response.status(201).entity(c).build());
  }

  @PUT
  @Path("/clusters/{id}")
  @Operation(
      operationId = "renameCluster",
      summary = "Rename a cluster (R-F-1)",
      description = "Who may call it: ADMIN.")
  public Uni<Cluster> renameCluster(
      @PathParam("id") String id, @Valid @NotNull ClusterChange request) {
    return setup.renameCluster(id, request.name());
  }

  @GET
  @Path("/clusters/{id}/roster")
  @Operation(
      operationId = "getRoster",
      summary = "The cluster's weekly roster: who is TL and SPV on which shift (R-F-1)",
      description = "Who may call it: ADMIN.")
  public Uni<Roster> roster(@PathParam("id") String id) {
    return setup.roster(id).map(shifts -> rosterOf(id, shifts));
  }

  @PUT
  @Path("/clusters/{id}/roster")
  @Operation(
      operationId = "replaceRoster",
      summary =
          "Replace the cluster's week; the SPV on shift then receives the hands no TL can take"
              + " (R-F-1, R-F-3) and the alerts of the ladder (R-F-5)",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Roster.class)))
  @APIResponse(
      responseCode = "422",
      description = "R-F-1: a shift names nobody of that role (or a TL of another cluster)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Roster> replaceRoster(
      @PathParam("id") String id, @Valid @NotNull RosterRequest request) {
    List<RosterShift> shifts =
        request.shifts().stream()
            .map(s -> new RosterShift(id, s.day(), s.start(), s.end(), s.role().role, s.username()))
            .toList();
    return setup.replaceRoster(id, shifts).map(saved -> rosterOf(id, saved));
  }

  private static Roster rosterOf(String clusterId, List<RosterShift> shifts) {
    return new Roster(
        clusterId,
        shifts.stream()
            .map(s -> new Shift(s.day(), s.start(), s.end(), RosterRole.of(s.role()), s.username()))
            .toList());
  }

  // --- desks ------------------------------------------------------------------------------

  @GET
  @Path("/desks")
  @Operation(
      operationId = "listSetupDesks",
      summary = "The desks on the floor (R-F-1)",
      description = "Who may call it: ADMIN.")
  public Uni<List<DeskView>> desks() {
    return setup.desks().map(desks -> desks.stream().map(DeskView::of).toList());
  }

  @POST
  @Path("/desks")
  @Operation(
      operationId = "createDesk",
      summary = "Create a desk: cluster desk, TL extension or agent workstation (R-F-1)",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeskView.class)))
  @APIResponse(
      responseCode = "409",
      description = "R-F-1: there is a desk of that id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "R-F-1: unknown cluster",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> createDesk(@Valid @NotNull DeskRequest request) {
    return setup
        .createDesk(request.id(), request.clusterId(), request.kind().name(), request.recorded())
        .map(d -> Response.status(201).entity(DeskView.of(d)).build());
  }

  @PUT
  @Path("/desks/{id}")
  @Operation(
      operationId = "updateDesk",
      summary =
          "Change a desk; whoever holds it is checked out first when its cluster or kind changes"
              + " (R-F-1, R-F-2)",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeskView.class)))
  @APIResponse(
      responseCode = "422",
      description = "R-F-1: unknown cluster",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<DeskView> updateDesk(@PathParam("id") String id, @Valid @NotNull DeskChange request) {
    return setup
        .updateDesk(id, request.clusterId(), request.kind().name(), request.recorded())
        .map(DeskView::of);
  }

  @DELETE
  @Path("/desks/{id}")
  @Operation(
      operationId = "removeDesk",
      summary =
          "Remove a desk from the floor; whoever holds it is checked out first, on the presence"
              + " log (R-F-1, R-F-2)",
      description = "Who may call it: ADMIN.")
  public Uni<DeskRemoved> removeDesk(@PathParam("id") String id) {
    return setup.removeDesk(id).map(holder -> new DeskRemoved(id, holder));
  }

  // --- people -----------------------------------------------------------------------------

  @GET
  @Path("/users")
  @Operation(
      operationId = "listAccounts",
      summary = "Every account, deactivated ones and service accounts too (R-F-1)",
      description = "Who may call it: ADMIN.")
  public Uni<List<UserView>> users() {
    return setup.people().map(people -> people.stream().map(UserView::of).toList());
  }

  @POST
  @Path("/users")
  @Operation(
      operationId = "createUser",
      summary =
          "Create a person; without a password they sign in at the identity provider only (R-F-1)",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "409",
      description = "R-F-1: the username is taken",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "R-F-1: unknown cluster, or an agent or TL without one; R-C-9: telkomCare for another"
              + " role than AGENT",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> createUser(@Valid @NotNull UserRequest request) {
    return setup
        .createPerson(
            request.username(),
            request.name(),
            request.role(),
            request.clusterId(),
            request.password(),
            Boolean.TRUE.equals(request.telkomCare()))
        .map(p -> Response.status(201).entity(UserView.of(p)).build());
  }

  @PUT
  @Path("/users/{username}")
  @Operation(
      operationId = "updateUser",
      summary =
          "Change a person: name, role, cluster, active, password. A changed role or cluster, or a"
              + " deactivation, checks them out and ends their sessions and streams (R-F-1)",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "409",
      description = "R-F-1: a service account, or the admin's own role, cluster or activation",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "R-F-1: unknown cluster, or an agent or TL without one; R-C-9: telkomCare for another"
              + " role than AGENT",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<UserView> updateUser(
      @PathParam("username") String username, @Valid @NotNull UserChange request) {
    return setup
        .updatePerson(
            actor.get(),
            username,
            request.name(),
            request.role(),
            request.clusterId(),
            request.active(),
            request.password(),
            request.telkomCare())
        .map(UserView::of);
  }

  // --- import -----------------------------------------------------------------------------

  @POST
  @Path("/import")
  @Operation(
      operationId = "importCenter",
      summary =
          "Import a center from CSV: clusters, people and desks, all or nothing; a refused import"
              + " reports every refused row (R-F-1)",
      description = "Who may call it: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Imported: how many of each",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CenterImport.Imported.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "R-F-1: rows refused (the problem's rows list each: file, line, column, why), or more"
              + " rows or passwords than configured; nothing was imported",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "R-F-1: an id of the import was taken meanwhile; nothing was imported",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> importCenter(@Valid @NotNull ImportRequest request) {
    return centerImport
        .run(request.clusters(), request.people(), request.desks())
        .map(counts -> Response.status(201).entity(counts).build());
  }
}
