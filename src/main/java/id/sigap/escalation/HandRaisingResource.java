package id.sigap.escalation;

import id.sigap.cases.CaseService;
import id.sigap.cases.EscalationView;
import id.sigap.cases.Views;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases/{id}")
@Tag(name = "Escalations")
@WithSession
public class HandRaisingResource {

  private final EscalationService escalations;
  private final CurrentActor actor;

  HandRaisingResource(EscalationService escalations, CurrentActor actor) {
    this.escalations = escalations;
    this.actor = actor;
  }

  public record RaiseHandRequest(boolean takeoverRequested) {}

  @POST
  @Path("/escalations")
  @RolesAllowed(Roles.AGENT)
  @Operation(
      operationId = "raiseHand",
      summary = "Raise a hand: signal the TL at the cluster desk (R-IN-2, R-IN-5)",
      description =
          "Who may call it: AGENT. A case the caller may not see answers 404, as an unknown one does.")
  @APIResponse(
      responseCode = "201",
      description = "The raised hand",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = EscalationView.class)))
  public Uni<Response> raiseHand(
      @PathParam("id") String caseId,
      @RequestBody(required = false, description = "May be left out, or an empty object")
          RaiseHandRequest request) {
    boolean takeover = request != null && request.takeoverRequested();
    return escalations
        .raiseHand(actor.get(), caseId, takeover)
        .map(CaseService.Acted::caseEntity)
        .map(Views::escalationOf)
        .map(
            view ->
                Response.created(URI.create("/api/v1/escalations/" + view.id()))
                    .entity(view)
                    .build());
  }

  @POST
  @Path("/takeover")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "takeOverCall",
      summary = "The TL on the call takes it over from the agent (R-IN-6)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<EscalationView> takeOver(@PathParam("id") String caseId) {
    return escalations
        .takeOver(actor.get(), caseId)
        .map(CaseService.Acted::caseEntity)
        .map(Views::escalationOf);
  }
}
