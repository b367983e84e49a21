package id.sigap.handover;

import id.sigap.cases.CaseService;
import id.sigap.cases.HandoverView;
import id.sigap.cases.Views;
import id.sigap.procedure.HandoverReason;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-F-4: the handling TL asks for a handover of their case. */
@Path("/api/v1/cases/{id}")
@Tag(name = "Handovers")
@WithSession
public class CaseHandoverResource {

  private final HandoverService handovers;
  private final CurrentActor actor;

  CaseHandoverResource(HandoverService handovers, CurrentActor actor) {
    this.handovers = handovers;
    this.actor = actor;
  }

  public record HandoverRequest(
      @NotBlank @Size(max = 64) @Schema(examples = "tl3", description = "The receiving TL")
          String to,
      @NotNull HandoverReason reason,
      @Size(max = 2000) @Schema(nullable = true) String note) {}

  @POST
  @Path("/handovers")
  @RolesAllowed(Roles.TEAM_LEADER)
  @Operation(
      operationId = "requestHandover",
      summary = "The handling TL hands the case to another TL of the cluster (R-F-4)",
      description =
          "Who may call it: TEAM_LEADER. A case the caller may not see answers 404, as an unknown one does.")
  @APIResponse(
      responseCode = "201",
      description = "The handover, waiting for the receiving TL",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = HandoverView.class)))
  public Uni<Response> request(
      @PathParam("id") String caseId, @Valid @NotNull HandoverRequest request) {
    return handovers
        .request(actor.get(), caseId, request.to(), request.reason(), request.note())
        .map(acted -> Response.status(201).entity(pendingOf(acted)).build());
  }

  private static HandoverView pendingOf(CaseService.Acted acted) {
    return Views.handoverOf(acted.caseEntity());
  }
}
