package id.sigap.cases;

import com.fasterxml.jackson.annotation.JsonRawValue;
import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.PhoneNumbers;
import id.sigap.procedure.rules.AllowedActions;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// written inside a Response, so the native image cannot find it by itself
@RegisterForReflection(
    targets = {
      CaseView.class,
      CaseView.Customer.class,
      CaseView.Call.class,
      CaseView.Recording.class,
      HandoverView.class
    })
@Schema(name = "Case", description = "A complaint, where it stands, and its timeline")
public record CaseView(
    String id,
    @Schema(implementation = Channel.class) String channel,
    @Schema(implementation = CaseStatus.class) String status,
    boolean hardComplaint,
    Customer customer,
    String summary,
    String clusterId,
    String createdBy,
    Instant createdAt,
    @Schema(implementation = InboundCriterion[].class) List<String> criteria,
    @Schema(nullable = true) String otherReason,
    @Schema(nullable = true) String handlingTl,
    boolean policyDecisionRequired,
    boolean policyDecisionCoordinated,
    @Schema(nullable = true) Instant finalCallBackAt,
    @Schema(
            nullable = true,
            description =
                "CONFIRMED or OVERTURNED once the TL reviewed the flag; MISSED when a TL or QC"
                    + " flagged a hard complaint the agent missed (K-1, R-C-7)")
        String flagReview,
    String policyRevision,
    @Schema(nullable = true) Instant closedAt,
    @Schema(nullable = true) String resolution,
    @Schema(nullable = true, description = "The latest raised hand, if any")
        EscalationView escalation,
    @Schema(
            nullable = true,
            description = "The handover waiting for the receiving TL's answer, if any (R-F-4)")
        HandoverView pendingHandover,
    @Schema(description = "The live call and the call backs after it (R-C-1..R-C-4)") Call call,
    @Schema(nullable = true, description = "R-I-1: the complaint application's ticket number")
        String ticketNumber,
    @Schema(
            nullable = true,
            description =
                "R-C-8: the customer's case that closed within the policy's repeat window before"
                    + " this contact")
        String repeatOf,
    @Schema(
            nullable = true,
            description = "K-4: the category the TL identified the problem as while listening")
        String identifiedCategory,
    @Schema(nullable = true, description = "K-4: the TL who identified it") String identifiedBy,
    @Schema(nullable = true, description = "K-4: the resolution's category at closing")
        String resolutionCategory,
    @Schema(
            description =
                "R-I-1: the telephony's calls of the case (the call, call backs, transfers, its"
                    + " end) whose ids are known, oldest first")
        List<Recording> recordings,
    @Schema(
            description =
                "R-C-6: who of QC, the SPV and the manager acknowledged the follow-up (ROLE:username)")
        List<String> followUpAcknowledgedBy,
    @Schema(description = "R-C-6: the roles of QC, SPV and manager that have not acknowledged yet")
        List<String> followUpAcknowledgementMissing,
    @Schema(description = "What the signed-in user may do next under the procedure")
        List<String> allowedActions,
    @Schema(description = "Every action on the case, oldest first")
        List<TimelineEventView> timeline,
    @Schema(
            nullable = true,
            description = "TelkomCare threads only; the messages are on the timeline")
        TelkomCare telkomcare) {

  /** R-I-1: a call of the case as the telephony knows it. */
  @Schema(name = "CaseRecording")
  public record Recording(
      @Schema(description = "The timeline event the call is kept with") long eventId,
      @Schema(
              description =
                  "CASE_CREATED (the call), CALL_BACK_MADE, CALL_TRANSFERRED or CALL_ENDED")
          String type,
      Instant at,
      @Schema(nullable = true) String callId,
      @Schema(nullable = true) String recordingId,
      @Schema(
              nullable = true,
              description = "Where the recording plays, when sigap.cti.recording-link is set")
          String link,
      @Schema(nullable = true, description = "The integrator that recorded it, if one did")
          String recordedBy) {

    static List<Recording> of(List<TimelineEventView> timeline, RecordingConfig links) {
      return timeline.stream()
          .filter(e -> e.details().get("callId") != null || e.details().get("recordingId") != null)
          .map(
              e -> {
                String recordingId = text(e.details().get("recordingId"));
                return new Recording(
                    e.id(),
                    e.type(),
                    e.at(),
                    text(e.details().get("callId")),
                    recordingId,
                    recordingId == null ? null : links.linkTo(recordingId).orElse(null),
                    text(e.details().get("recordedBy")));
              })
          .toList();
    }

    private static String text(Object value) {
      return value == null ? null : value.toString();
    }
  }

  @Schema(name = "CaseCall")
  public record Call(
      @Schema(
              nullable = true,
              description = "R-C-2: CALL_BACK, TRANSFER or WORKSTATION, once the customer chose")
          String customerChoice,
      @Schema(nullable = true, description = "R-C-2, R-C-3: the time the customer agreed")
          Instant agreedCallBackAt,
      @Schema(nullable = true, description = "R-C-1: when the latest call ended")
          Instant callEndedAt,
      @Schema(
              nullable = true,
              description = "R-C-2, R-C-3, R-IN-12: when the next call back is due, if it runs")
          Instant nextCallBackDueAt,
      @Schema(description = "R-C-4: call backs in a row that did not reach the customer")
          int unreachedCallBacks,
      @Schema(description = "R-C-4: how many in a row allow asking to close unreached (policy)")
          int callBackAttempts,
      @Schema(
              nullable = true,
              description = "R-C-4: REQUESTED, APPROVED or DECLINED, once a TL asked")
          String unreachedClosing,
      @Schema(nullable = true, description = "R-C-4: who asked") String unreachedClosingBy,
      @Schema(nullable = true, description = "R-C-4: why the customer cannot be reached")
          String unreachedClosingReason) {

    static Call of(CaseEntity c, int attempts) {
      return new Call(
          c.customerChoice == null ? null : c.customerChoice.name(),
          c.agreedCallBackAt,
          c.callEndedAt,
          c.callBackDueAt,
          c.unreachedCallBacks,
          attempts,
          c.unreachedClosingStatus == null ? null : c.unreachedClosingStatus.name(),
          c.unreachedClosingBy,
          c.unreachedClosingReason);
    }
  }

  private static List<String> acknowledgedBy(CaseEntity c) {
    return c.followUpAcknowledgedBy == null || c.followUpAcknowledgedBy.isEmpty()
        ? List.of()
        : List.of(c.followUpAcknowledgedBy.split(","));
  }

  private static List<String> missingAcknowledgements(CaseEntity c) {
    List<String> done =
        acknowledgedBy(c).stream().map(a -> a.substring(0, a.indexOf(':'))).toList();
    return java.util.stream.Stream.of("QC", "SUPERVISOR", "MANAGER")
        .filter(role -> !done.contains(role))
        .toList();
  }

  public record Customer(
      String name,
      @Schema(
              nullable = true,
              description =
                  "Whole for agents, TLs, PIC Ticket, supervisors and managers; masked (+62 812 **** 7890) for"
                      + " the other roles; unknown (null) for TelkomCare threads")
          String phone,
      @Schema(
              nullable = true,
              description =
                  "R-C-8: the customer record the case belongs to (GET /api/v1/customers/{id})")
          String id,
      @Schema(
              nullable = true,
              description = "R-C-8: the service number given at intake, its digits")
          String serviceNumber) {}

  @Schema(name = "CaseTelkomCare")
  public record TelkomCare(
      @Schema(
              nullable = true,
              description = "The handle, or for e-mail without one the name, the thread is of")
          String author,
      @Schema(
              nullable = true,
              description =
                  "R-C-8: the platform the thread is on: TWITTER, INSTAGRAM, FACEBOOK, TIKTOK,"
                      + " EMAIL or OTHER")
          String platform,
      @Schema(nullable = true, description = "The PIC Ticket following the escalation up (R-TC-3)")
          String picTicket,
      @Schema(
              type = SchemaType.OBJECT,
              nullable = true,
              description =
                  "The latest R-TC-1 verdict: per criterion met (after corrections), detected,"
                      + " corrected and the evidence; message indexes point into messages")
          @JsonRawValue
          String assessment) {

    static TelkomCare of(CaseEntity c) {
      if (c.channel == null || c.channel == Channel.INBOUND_VOICE) {
        return null;
      }
      return new TelkomCare(c.authorHandle, c.platform, c.picTicket, c.telkomcareAssessment);
    }
  }

  static CaseView of(
      CaseEntity c,
      Actor viewer,
      List<TimelineEventView> timeline,
      int callBackAttempts,
      RecordingConfig recordingLinks) {
    return new CaseView(
        c.id.toString(),
        c.channel.name(),
        c.status.name(),
        c.hardComplaint,
        new Customer(
            c.customerName,
            PhoneNumbers.forViewer(viewer.role(), c.customerPhone),
            c.customerId == null ? null : c.customerId.toString(),
            c.customerServiceNumber),
        c.summary,
        c.clusterId,
        c.createdBy,
        c.createdAt,
        c.criteria.stream().sorted().map(InboundCriterion::id).toList(),
        c.otherReason,
        c.handlingTl,
        c.policyDecisionRequired,
        c.policyDecisionCoordinated,
        c.finalCallBackAt,
        c.flagReview,
        c.policyRevision,
        c.closedAt,
        c.resolution,
        EscalationView.of(c.latestEscalation),
        HandoverView.of(c),
        Call.of(c, callBackAttempts),
        c.ticketNumber,
        c.repeatOf == null ? null : c.repeatOf.toString(),
        c.identifiedCategory,
        c.identifiedBy,
        c.resolutionCategory,
        Recording.of(timeline, recordingLinks),
        acknowledgedBy(c),
        missingAcknowledgements(c),
        AllowedActions.of(c, viewer, callBackAttempts),
        timeline,
        TelkomCare.of(c));
  }
}
