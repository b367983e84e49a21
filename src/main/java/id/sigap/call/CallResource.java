package id.sigap.call;

import id.sigap.cases.ActedAnswers;
import id.sigap.cases.CaseService;
import id.sigap.cases.CaseView;
import id.sigap.cases.TimelineEventView;
import id.sigap.procedure.CallEnd;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.CustomerChoice;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The live call and the call backs after it (R-C-1..R-C-4). */
@Path("/api/v1/cases/{id}")
@Tag(name = "Call")
@WithSession
public class CallResource {

  private final CallService calls;
  private final ActedAnswers answers;
  private final CurrentActor actor;

  CallResource(CallService calls, ActedAnswers answers, CurrentActor actor) {
    this.calls = calls;
    this.answers = answers;
    this.actor = actor;
  }

  public record CallEndRequest(
      @NotNull
          @Schema(
              description =
                  "CLOSED_FOR_FOLLOW_UP: the agent ended the call for the TL to follow up;"
                      + " ENDED_WITH_TL: the call that went on with the TL ended")
          CallEnd how,
      @Size(max = 2000) @Schema(nullable = true) String note,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of the call")
          String callId,
      @Size(max = 128)
          @Schema(nullable = true, description = "R-I-1: the telephony's id of its recording")
          String recordingId) {}

  public record CustomerChoiceRequest(
      @NotNull
          @Schema(
              description =
                  "In the seed's order: CALL_BACK agreed; TRANSFER (call back declined, transfer"
                      + " to the TL's extension agreed); WORKSTATION (both declined)")
          CustomerChoice choice,
      @Schema(
              nullable = true,
              description =
                  "CALL_BACK only: the time the customer agreed; left out, the first call back is"
                      + " due within the policy's firstCallbackWithin of the call's end")
          Instant callBackAt) {}

  public record RescheduleRequest(
      @NotNull Instant dueAt,
      @NotBlank @Size(max = 2000) String reason,
      @Schema(
              description =
                  "The customer agreed to this time (e.g. the related unit's promised resolution"
                      + " time): it may lie beyond the interval and in the quiet hours")
          boolean agreedWithCustomer) {}

  public record UnreachedClosingRequest(@NotBlank @Size(max = 2000) String reason) {}

  public record AnswerRequest(@Size(max = 2000) @Schema(nullable = true) String note) {}

  @POST
  @Path("/call-end")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR, Roles.CTI})
  @Operation(
      operationId = "endCall",
      summary = "How the live call ended once the TL had come (R-C-1, R-C-2)",
      description =
          "A CTI account records it on behalf of the person on the call (R-I-1). Who may call it: AGENT, TEAM_LEADER, SUPERVISOR, CTI. A case the caller may not see answers 404, as an unknown one does.")
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
  public Uni<Response> endCall(@PathParam("id") String id, @Valid @NotNull CallEndRequest request) {
    return created(
        calls.endCall(
            actor.get(),
            id,
            request.how(),
            request.note(),
            CallReference.of(request.callId(), request.recordingId())));
  }

  @POST
  @Path("/customer-choice")
  @RolesAllowed({Roles.AGENT, Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "recordCustomerChoice",
      summary =
          "What the customer chose: a call back, a transfer or service at the workstation (R-C-2)",
      description =
          "Who may call it: AGENT, TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded timeline event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TimelineEventView.class)))
  public Uni<Response> recordChoice(
      @PathParam("id") String id, @Valid @NotNull CustomerChoiceRequest request) {
    return created(calls.recordChoice(actor.get(), id, request.choice(), request.callBackAt()));
  }

  @PUT
  @Path("/next-call-back")
  @RolesAllowed({Roles.TEAM_LEADER, Roles.SUPERVISOR})
  @Operation(
      operationId = "rescheduleCallBack",
      summary = "Move the next call back, with a reason (R-C-3)",
      description =
          "Who may call it: TEAM_LEADER, SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> reschedule(
      @PathParam("id") String id, @Valid @NotNull RescheduleRequest request) {
    return view(
        calls.reschedule(
            actor.get(), id, request.dueAt(), request.reason(), request.agreedWithCustomer()));
  }

  @POST
  @Path("/unreached-closing")
  @RolesAllowed(Roles.TEAM_LEADER)
  @Operation(
      operationId = "requestUnreachedClosing",
      summary =
          "After the policy's unanswered call backs, ask the SPV on shift to close unreached (R-C-4)",
      description =
          "Who may call it: TEAM_LEADER. A case the caller may not see answers 404, as an unknown one does.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded timeline event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TimelineEventView.class)))
  public Uni<Response> requestUnreachedClosing(
      @PathParam("id") String id, @Valid @NotNull UnreachedClosingRequest request) {
    return created(calls.requestUnreachedClosing(actor.get(), id, request.reason()));
  }

  @POST
  @Path("/unreached-closing/approve")
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "approveUnreachedClosing",
      summary = "The SPV on shift approves closing without a final reached call back (R-C-4)",
      description =
          "Who may call it: SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> approve(@PathParam("id") String id, @Valid AnswerRequest request) {
    return view(
        calls.answerUnreachedClosing(
            actor.get(), id, true, request == null ? null : request.note()));
  }

  @POST
  @Path("/unreached-closing/decline")
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "declineUnreachedClosing",
      summary = "The SPV on shift declines, saying why; the TL keeps calling back (R-C-4)",
      description =
          "Who may call it: SUPERVISOR. A case the caller may not see answers 404, as an unknown one does.")
  public Uni<CaseView> decline(@PathParam("id") String id, @Valid AnswerRequest request) {
    return view(
        calls.answerUnreachedClosing(
            actor.get(), id, false, request == null ? null : request.note()));
  }

  private Uni<Response> created(Uni<CaseService.Acted> action) {
    return answers.created(action);
  }

  private Uni<CaseView> view(Uni<CaseService.Acted> action) {
    return answers.view(actor.get(), action);
  }
}
