package id.sigap.escalation;

import id.sigap.cases.CaseService;
import id.sigap.cases.EscalationView;
import id.sigap.cases.Views;
import id.sigap.procedure.Roles;
import id.sigap.procedure.WithdrawReason;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/escalations")
@Tag(name = "Escalations")
@WithSession
public class EscalationResource {

  private final EscalationService escalations;
  private final CurrentActor actor;

  EscalationResource(EscalationService escalations, CurrentActor actor) {
    this.escalations = escalations;
    this.actor = actor;
  }

  @POST
  @Path("/{id}/acknowledge")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "acknowledgeHand",
      summary = "The TL is listening in (tapping started); the agent is signalled (R-IN-3)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<EscalationView> acknowledge(@PathParam("id") String escalationId) {
    return escalations
        .acknowledge(actor.get(), escalationId)
        .map(CaseService.Acted::caseEntity)
        .map(Views::escalationOf);
  }

  public record WithdrawRequest(
      @NotNull WithdrawReason reason, @Size(max = 2000) @Schema(nullable = true) String note) {}

  @POST
  @Path("/{id}/withdraw")
  @RolesAllowed(Roles.AGENT)
  @Operation(
      operationId = "withdrawHand",
      summary =
          "The customer hung up before the TL came: the agent withdraws the hand, which is not"
              + " re-routed (R-C-1)",
      description =
          "Who may call it: AGENT. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<EscalationView> withdraw(
      @PathParam("id") String escalationId, @Valid @NotNull WithdrawRequest request) {
    return escalations
        .withdraw(actor.get(), escalationId, request.reason(), request.note())
        .map(CaseService.Acted::caseEntity)
        .map(Views::escalationOf);
  }

  public record IdentificationRequest(
      @NotBlank
          @Size(max = 40)
          @Schema(
              examples = "GANGGUAN_INTERNET",
              description = "K-4: one of the active policy's problem categories")
          String category,
      @Size(max = 2000) @Schema(nullable = true) String note) {}

  public record DirectionRequest(
      @NotBlank
          @Size(max = 2000)
          @Schema(examples = "Tawarkan telepon balik, jangan janjikan kompensasi")
          String direction) {}

  @POST
  @Path("/{id}/identification")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "identifyProblem",
      summary = "While listening, the TL says what the problem is: a category and a note (K-4)",
      description =
          "A later identification of the same hand replaces it. Who may call it: TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<EscalationView> identify(
      @PathParam("id") String escalationId, @Valid @NotNull IdentificationRequest request) {
    return escalations
        .identify(actor.get(), escalationId, request.category(), request.note())
        .map(CaseService.Acted::caseEntity)
        .map(Views::escalationOf);
  }

  @POST
  @Path("/{id}/direction")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "giveDirection",
      summary = "At the desk, the TL's direction to the agent (K-4)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<EscalationView> giveDirection(
      @PathParam("id") String escalationId, @Valid @NotNull DirectionRequest request) {
    return escalations
        .giveDirection(actor.get(), escalationId, request.direction())
        .map(CaseService.Acted::caseEntity)
        .map(Views::escalationOf);
  }

  @POST
  @Path("/{id}/arrive")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "arriveAtWorkstation",
      summary = "The TL is at the agent's workstation (R-IN-4)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  @RequestBody(
      required = false,
      description = "Nothing to send: an empty object, or no body at all",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
  public Uni<EscalationView> arrive(@PathParam("id") String escalationId) {
    return escalations
        .arrive(actor.get(), escalationId)
        .map(CaseService.Acted::caseEntity)
        .map(Views::escalationOf);
  }
}
