package id.sigap.followup;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.sigap.cases.ActedAnswers;
import id.sigap.cases.CaseService;
import id.sigap.cases.CaseView;
import id.sigap.cases.TimelineEventView;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import id.sigap.security.OnBehalfOf;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases/{id}")
@Tag(name = "Follow-up")
@WithSession
public class FollowUpResource {

  private final FollowUpService followUp;
  private final ActedAnswers answers;
  private final CurrentActor actor;

  FollowUpResource(FollowUpService followUp, ActedAnswers answers, CurrentActor actor) {
    this.followUp = followUp;
    this.answers = answers;
    this.actor = actor;
  }

  public record CoordinationRequest(
      @NotNull @Schema(examples = "COMPLAINT_HANDLING") RelatedUnit unit,
      @NotBlank @Size(max = 2000) String note,
      boolean policyDecision,
      @Schema(
              nullable = true,
              description = "When the unit promises a resolution; pulls the next call back forward")
          Instant promisedResolutionAt) {}

  public record NoteRequest(@NotBlank @Size(max = 2000) String note) {}

  public record OptionalNoteRequest(@Size(max = 2000) @Schema(nullable = true) String note) {}

  public record CallBackRequest(
      @Size(max = 32)
          @Schema(
              nullable = true,
              examples = "DESK-C1",
              description =
                  "The recorded desk (R-IN-8); on TelkomCare it may be left out when the reply"
                      + " goes through the channel")
          String deskId,
      @NotNull CallOutcome outcome,
      @Size(max = 2000) @Schema(nullable = true) String note,
      @JsonProperty("final")
          @Schema(
              description = "The call back that tells the customer the case is resolved (R-X-1)")
          boolean finalCallBack,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of the call")
          String callId,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of its recording")
          String recordingId) {}

  public record TransferRequest(
      @NotBlank @Size(max = 32) @Schema(examples = "EXT-TL1") String deskId,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of the call")
          String callId,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of its recording")
          String recordingId) {}

  public record WorkstationServiceRequest(@NotBlank @Size(max = 2000) String followUpPlan) {}

  public record FlagReviewRequest(
      @NotNull Boolean confirmed, @Size(max = 2000) @Schema(nullable = true) String note) {}

  public record MissedFlagRequest(
      @NotNull @Size(max = 5) @Schema(examples = "[\"C-IN-1\"]")
          List<@NotNull InboundCriterion> criteria,
      @Size(max = 1000)
          @Schema(nullable = true, description = "An 'other' criterion, with its reason")
          String otherReason,
      @NotBlank @Size(max = 2000) String note) {}

  public record CloseRequest(
      @NotBlank @Size(max = 2000) String resolution,
      @Size(max = 40)
          @Schema(
              nullable = true,
              examples = "GANGGUAN_INTERNET",
              description =
                  "K-4: the resolution's category, one of the policy's; required once the TL"
                      + " identified the problem")
          String resolutionCategory) {}

  @POST
  @Path("/coordinations")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.PIC_TICKET})
  @Operation(
      summary = "A documented coordination with a related unit (R-IN-7, R-IN-10, R-IN-11)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR, PIC_TICKET. A case the caller may not see answers 404, as an unknown one does.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded timeline event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TimelineEventView.class)))
  public Uni<Response> coordinate(
      @PathParam("id") String id, @Valid @NotNull CoordinationRequest request) {
    return created(
        followUp.coordinate(
            actor.get(),
            id,
            request.unit(),
            request.note(),
            request.policyDecision(),
            request.promisedResolutionAt()));
  }

  @POST
  @Path("/progress-checks")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.PIC_TICKET})
  @Operation(
      summary = "The TL checked the escalation's progress (R-IN-11)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR, PIC_TICKET. A case the caller may not see answers 404, as an unknown one does.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded timeline event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TimelineEventView.class)))
  public Uni<Response> checkProgress(
      @PathParam("id") String id, @Valid @NotNull NoteRequest request) {
    return created(followUp.checkProgress(actor.get(), id, request.note()));
  }

  @POST
  @Path("/callbacks")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.PIC_TICKET, Roles.CTI})
  @Operation(
      summary = "The TL called the customer back from a recorded desk (R-IN-7, R-IN-8, R-IN-12)",
      description =
          "A CTI account records it on behalf of the TL who called (R-I-1). Who may call it: TEAM_LEADER, SUPERVISOR, PIC_TICKET, CTI. A case the caller may not see answers 404, as an unknown one does.")
  @Parameter(
      name = OnBehalfOf.HEADER,
      in = ParameterIn.HEADER,
      description = OnBehalfOf.DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING, maxLength = 64))
  @APIResponse(
      responseCode = "201",
      description = "The recorded timeline event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TimelineEventView.class)))
  public Uni<Response> callBack(
      @PathParam("id") String id, @Valid @NotNull CallBackRequest request) {
    return created(
        followUp.callBack(
            actor.get(),
            id,
            request.deskId(),
            request.outcome(),
            request.finalCallBack(),
            request.note(),
            CallReference.of(request.callId(), request.recordingId())));
  }

  @PUT
  @Path("/policy-decision")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      summary = "The resolution touches policy: coordinate before calling back (R-IN-7)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> requirePolicyDecision(
      @PathParam("id") String id, @Valid OptionalNoteRequest request) {
    return view(
        followUp.requirePolicyDecision(actor.get(), id, request == null ? null : request.note()));
  }

  @POST
  @Path("/transfers")
  @RolesAllowed({Roles.AGENT, Roles.CTI})
  @Operation(
      summary = "The customer declined a call back and is transferred to the TL extension (R-IN-9)",
      description =
          "A CTI account records it on behalf of the agent on the call (R-I-1). Who may call it: AGENT, CTI. A case the caller may not see answers 404, as an unknown one does.")
  @Parameter(
      name = OnBehalfOf.HEADER,
      in = ParameterIn.HEADER,
      description = OnBehalfOf.DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING, maxLength = 64))
  public Uni<CaseView> transfer(
      @PathParam("id") String id, @Valid @NotNull TransferRequest request) {
    return view(
        followUp.transfer(
            actor.get(),
            id,
            request.deskId(),
            CallReference.of(request.callId(), request.recordingId())));
  }

  @POST
  @Path("/workstation-service")
  @RolesAllowed(Roles.TEAM_LEADER)
  @Operation(
      summary = "The customer declined both: the TL serves them at the workstation (R-IN-9)",
      description =
          "Who may call it: TEAM_LEADER. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> serveAtWorkstation(
      @PathParam("id") String id, @Valid @NotNull WorkstationServiceRequest request) {
    return view(followUp.serveAtWorkstation(actor.get(), id, request.followUpPlan()));
  }

  @POST
  @Path("/flag-review")
  @RolesAllowed(Roles.TEAM_LEADER)
  @Operation(
      summary = "The TL confirms or overturns the agent's hard-complaint flag (K-1)",
      description =
          "Who may call it: TEAM_LEADER. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> reviewFlag(
      @PathParam("id") String id, @Valid @NotNull FlagReviewRequest request) {
    return view(followUp.reviewFlag(actor.get(), id, request.confirmed(), request.note()));
  }

  @POST
  @Path("/missed-flag")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.QC})
  @Operation(
      operationId = "flagMissedHardComplaint",
      summary = "A TL or QC flags a hard complaint the agent missed (R-C-7, K-1)",
      description =
          "Who may call it: TEAM_LEADER, QC. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> flagMissed(
      @PathParam("id") String id, @Valid @NotNull MissedFlagRequest request) {
    return view(
        followUp.flagMissed(
            actor.get(),
            id,
            request.criteria().isEmpty()
                ? EnumSet.noneOf(InboundCriterion.class)
                : EnumSet.copyOf(request.criteria()),
            request.otherReason(),
            request.note()));
  }

  @POST
  @Path("/acknowledgements")
  @RolesAllowed({Roles.QC, Roles.SUPERVISOR, Roles.MANAGER})
  @Operation(
      operationId = "acknowledgeFollowUp",
      summary =
          "QC, the SPV or the manager acknowledges (mengetahui) the documented follow-up (R-C-6)",
      description =
          "Who may call it: SUPERVISOR, MANAGER, QC. A case the caller may not see answers 404, as an unknown one does.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded timeline event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TimelineEventView.class)))
  public Uni<Response> acknowledge(@PathParam("id") String id, @Valid OptionalNoteRequest request) {
    return created(followUp.acknowledge(actor.get(), id, request == null ? null : request.note()));
  }

  @POST
  @Path("/close")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.PIC_TICKET})
  @Operation(
      summary =
          "Close the case, after the final call back (R-X-1), an SPV's approval to close"
              + " unreached (R-C-4), or when the flag was overturned (R-C-7)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR, PIC_TICKET. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> close(@PathParam("id") String id, @Valid @NotNull CloseRequest request) {
    return view(
        followUp.close(actor.get(), id, request.resolution(), request.resolutionCategory()));
  }

  private Uni<Response> created(Uni<CaseService.Acted> action) {
    return answers.created(action);
  }

  private Uni<CaseView> view(Uni<CaseService.Acted> action) {
    return answers.view(actor.get(), action);
  }
}
