package id.sigap.handover;

import id.sigap.cases.CaseService;
import id.sigap.cases.CaseView;
import id.sigap.cases.HandoverView;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/handovers")
@Tag(name = "Handovers")
@WithSession
public class HandoverResource {

  private final HandoverService handovers;
  private final CaseService cases;
  private final CurrentActor actor;

  HandoverResource(HandoverService handovers, CaseService cases, CurrentActor actor) {
    this.handovers = handovers;
    this.cases = cases;
    this.actor = actor;
  }

  public record DeclineRequest(@Size(max = 2000) @Schema(nullable = true) String note) {}

  @POST
  @Path("/{id}/accept")
  @RolesAllowed(Roles.TEAM_LEADER)
  @Operation(
      operationId = "acceptHandover",
      summary = "The receiving TL accepts and handles the case from now on (R-F-4)",
      description = "Who may call it: TEAM_LEADER.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<CaseView> accept(@PathParam("id") String handoverId) {
    return view(handovers.accept(actor.get(), handoverId));
  }

  @POST
  @Path("/{id}/decline")
  @RolesAllowed(Roles.TEAM_LEADER)
  @Operation(
      operationId = "declineHandover",
      summary = "The receiving TL declines; the case stays with the handling TL (R-F-4)",
      description = "Who may call it: TEAM_LEADER.")
  public Uni<CaseView> decline(
      @PathParam("id") String handoverId,
      @RequestBody(required = false, description = "May be left out") @Valid
          DeclineRequest request) {
    return view(
        handovers.decline(actor.get(), handoverId, request == null ? null : request.note()));
  }

  @GET
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.MANAGER})
  @Operation(
      operationId = "listHandovers",
      summary =
          "The handovers waiting for an answer: a TL's those asked of or by them, oldest first, at"
              + " most 500 (R-F-4)",
      description = "Who may call it: TEAM_LEADER, SUPERVISOR, MANAGER.")
  public Uni<List<HandoverView>> pending() {
    return handovers.pending(actor.get());
  }

  private Uni<CaseView> view(Uni<CaseService.Acted> action) {
    return action.chain(acted -> cases.view(actor.get(), acted.caseEntity()));
  }
}
