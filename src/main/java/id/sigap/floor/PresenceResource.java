package id.sigap.floor;

import id.sigap.platform.problem.Problem;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/presence")
@Tag(name = "Floor")
@WithSession
public class PresenceResource {

  private final FloorService floor;
  private final CurrentActor actor;

  PresenceResource(FloorService floor, CurrentActor actor) {
    this.floor = floor;
    this.actor = actor;
  }

  public record CheckInRequest(@NotBlank @Size(max = 32) String deskId) {}

  @POST
  @Path("/check-in")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "checkIn",
      summary =
          "Check in at a desk: a TL at a desk of their cluster, an agent at a workstation (R-F-2)",
      description = "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = FloorService.PersonOnFloor.class)))
  @APIResponse(
      responseCode = "409",
      description = "R-F-2: the desk is taken",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "R-F-2: no such desk, or not one this person may check in at",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<FloorService.PersonOnFloor> checkIn(@Valid @NotNull CheckInRequest request) {
    return floor.checkIn(actor.get(), request.deskId());
  }

  @POST
  @Path("/check-out")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "checkOut",
      summary = "Check out: away from the floor, receiving no hands (R-F-2)",
      description = "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<FloorService.PersonOnFloor> checkOut() {
    return floor.checkOut(actor.get());
  }

  @GET
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
  @Operation(
      operationId = "listPresence",
      summary = "Who is on the floor: each agent, TL and SPV free, busy or away (R-F-2)",
      description =
          "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, MANAGER, QC, PIC_TICKET, LIAISON_OFFICER, ADMIN.")
  public Uni<List<FloorService.PersonOnFloor>> presence() {
    return floor.everyone();
  }
}
