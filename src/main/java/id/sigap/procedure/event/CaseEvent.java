package id.sigap.procedure.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a case's timeline (R-X-3), in the past tense: who did what, when, with the facts of
 * that action. Optional facts are null when absent. The stored JSON of each type is written and
 * read in one place (the case timeline's codec); the compiler checks every {@link Visitor}.
 */
public sealed interface CaseEvent {

  /** The username of the person or system that acted. */
  String actor();

  Instant at();

  EventType type();

  <R> R accept(Visitor<R> visitor);

  /** The person a hand is addressed to now, if this event addresses one. */
  default Optional<String> addressedTo() {
    return Optional.empty();
  }

  /**
   * R-C-2, R-C-3, R-IN-12: when this event sets the next call back due (after any move out of the
   * quiet hours), if it sets one.
   */
  default Optional<Instant> setsCallBackDueAt() {
    return Optional.empty();
  }

  /** One method per event type, so that whoever must handle every type is told of a new one. */
  interface Visitor<R> {
    R caseCreated(CaseCreated e);

    R caseAssessed(CaseAssessed e);

    R handRaised(HandRaised e);

    R tlListening(TlListening e);

    R tlArrived(TlArrived e);

    R handlingTlNamed(HandlingTlNamed e);

    R callTakenOver(CallTakenOver e);

    R policyDecisionRequired(PolicyDecisionRequired e);

    R unitCoordinated(UnitCoordinated e);

    R progressChecked(ProgressChecked e);

    R callBackMade(CallBackMade e);

    R callTransferred(CallTransferred e);

    R servedAtWorkstation(ServedAtWorkstation e);

    R flagConfirmed(FlagConfirmed e);

    R flagOverturned(FlagOverturned e);

    R caseClosed(CaseClosed e);

    R escalationRerouted(EscalationRerouted e);

    R progressCheckOverdue(ProgressCheckOverdue e);

    R callbackOverdue(CallbackOverdue e);

    R telkomCareMessageReceived(TelkomCareMessageReceived e);

    R telkomCareAssessed(TelkomCareAssessed e);

    R telkomCareCriterionCorrected(TelkomCareCriterionCorrected e);

    R picAssigned(PicAssigned e);

    R handoverRequested(HandoverRequested e);

    R handoverAccepted(HandoverAccepted e);

    R handoverDeclined(HandoverDeclined e);

    R handWithdrawn(HandWithdrawn e);

    R callEnded(CallEnded e);

    R customerChoiceRecorded(CustomerChoiceRecorded e);

    R callBackRescheduled(CallBackRescheduled e);

    R unreachedClosingRequested(UnreachedClosingRequested e);

    R unreachedClosingApproved(UnreachedClosingApproved e);

    R unreachedClosingDeclined(UnreachedClosingDeclined e);

    R missedFlagRaised(MissedFlagRaised e);

    R coordinationAnswered(CoordinationAnswered e);

    R followUpAcknowledged(FollowUpAcknowledged e);

    R ticketNumberRecorded(TicketNumberRecorded e);

    R problemIdentified(ProblemIdentified e);

    R directionGiven(DirectionGiven e);

    R threadAssigned(ThreadAssigned e);

    R replySent(ReplySent e);
  }

  /** A complaint was taken in; {@code author} is a TelkomCare thread's author key, else null. */
  record CaseCreated(
      String actor,
      Instant at,
      String channel,
      String clusterId,
      String policyRevision,
      String author,
      String recordedBy,
      String callId,
      String recordingId,
      String ticketNumber)
      implements CaseEvent {
    public EventType type() {
      return EventType.CASE_CREATED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.caseCreated(this);
    }
  }

  /** R-IN-1: the agent ticked the checklist ({@code criteria} are ids such as C-IN-1). */
  record CaseAssessed(
      String actor,
      Instant at,
      List<String> criteria,
      String otherReason,
      int criteriaMet,
      boolean hardComplaint)
      implements CaseEvent {
    public CaseAssessed {
      criteria = List.copyOf(criteria);
    }

    public EventType type() {
      return EventType.CASE_ASSESSED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.caseAssessed(this);
    }
  }

  /**
   * R-IN-2, R-TC-2, R-F-3: a hand went up for {@code targetTl}; {@code source} is TELKOMCARE when
   * Sigap reported a thread itself, {@code routing} says in words why it went to someone else than
   * the desk's TL and {@code routeReason} says it as a code; R-F-6 {@code workstation} is the
   * agent's checked-in desk (null when not checked in) in {@code clusterId}; R-F-5 {@code alertFor}
   * are the tablets that sound.
   */
  record HandRaised(
      String actor,
      Instant at,
      String escalationId,
      String targetTl,
      boolean takeoverRequested,
      String source,
      String routing,
      String routeReason,
      String workstation,
      String clusterId,
      List<String> alertFor)
      implements CaseEvent {
    public HandRaised {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.HAND_RAISED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.handRaised(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(targetTl);
    }
  }

  /** R-IN-3: the TL started tapping the call; {@code agent} is signalled. */
  record TlListening(String actor, Instant at, String escalationId, String agent)
      implements CaseEvent {
    public EventType type() {
      return EventType.TL_LISTENING;
    }

    public <R> R accept(Visitor<R> v) {
      return v.tlListening(this);
    }
  }

  /** R-IN-4: the TL came to the agent's workstation. */
  record TlArrived(String actor, Instant at, String escalationId, String agent)
      implements CaseEvent {
    public EventType type() {
      return EventType.TL_ARRIVED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.tlArrived(this);
    }
  }

  /** R-IN-10: the agent recorded which TL handles the case. */
  record HandlingTlNamed(String actor, Instant at, String tl) implements CaseEvent {
    public EventType type() {
      return EventType.HANDLING_TL_NAMED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.handlingTlNamed(this);
    }
  }

  /** R-IN-6: the TL on the call took it over. */
  record CallTakenOver(String actor, Instant at) implements CaseEvent {
    public EventType type() {
      return EventType.CALL_TAKEN_OVER;
    }

    public <R> R accept(Visitor<R> v) {
      return v.callTakenOver(this);
    }
  }

  /** R-IN-7: the resolution touches policy or procedure. */
  record PolicyDecisionRequired(String actor, Instant at, String note) implements CaseEvent {
    public EventType type() {
      return EventType.POLICY_DECISION_REQUIRED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.policyDecisionRequired(this);
    }
  }

  /**
   * R-IN-7, R-IN-11: a documented coordination with a related unit; R-C-5 the unit answers it by
   * {@code coordinationId}.
   */
  record UnitCoordinated(
      String actor,
      Instant at,
      String unit,
      boolean policyDecision,
      Instant promisedResolutionAt,
      String note,
      String coordinationId,
      Instant callBackDueAt,
      Instant movedFromQuietHours)
      implements CaseEvent {
    public EventType type() {
      return EventType.UNIT_COORDINATED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.unitCoordinated(this);
    }

    @Override
    public Optional<Instant> setsCallBackDueAt() {
      return Optional.ofNullable(callBackDueAt);
    }
  }

  /** R-IN-11: the TL checked the escalation's progress. */
  record ProgressChecked(String actor, Instant at, String note) implements CaseEvent {
    public EventType type() {
      return EventType.PROGRESS_CHECKED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.progressChecked(this);
    }
  }

  /**
   * R-IN-8, R-IN-12: the customer was called back from {@code deskId}, or on TelkomCare replied to
   * {@code via} the channel; stored as {@code "final"}. R-C-4 {@code unreachedInARow} counts this
   * and the unanswered ones before it (0 when reached); R-C-3 the next call back is due at {@code
   * callBackDueAt}, moved out of the quiet hours from {@code movedFromQuietHours}.
   */
  record CallBackMade(
      String actor,
      Instant at,
      String deskId,
      String via,
      String outcome,
      boolean finalCallBack,
      String note,
      Integer unreachedInARow,
      Instant callBackDueAt,
      Instant movedFromQuietHours,
      String recordedBy,
      String callId,
      String recordingId)
      implements CaseEvent {
    @Override
    public Optional<Instant> setsCallBackDueAt() {
      return Optional.ofNullable(callBackDueAt);
    }

    public EventType type() {
      return EventType.CALL_BACK_MADE;
    }

    public <R> R accept(Visitor<R> v) {
      return v.callBackMade(this);
    }

    /** R-X-1: the call back that allows closing. */
    public boolean finalAndReached() {
      return finalCallBack && reached();
    }

    public boolean reached() {
      return "REACHED".equals(outcome);
    }
  }

  /** R-IN-9: the call went to the TL's recorded extension. */
  record CallTransferred(
      String actor, Instant at, String deskId, String recordedBy, String callId, String recordingId)
      implements CaseEvent {
    public EventType type() {
      return EventType.CALL_TRANSFERRED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.callTransferred(this);
    }
  }

  /** R-IN-9: the TL served the customer at the agent's workstation. */
  record ServedAtWorkstation(String actor, Instant at, String followUpPlan) implements CaseEvent {
    public EventType type() {
      return EventType.SERVED_AT_WORKSTATION;
    }

    public <R> R accept(Visitor<R> v) {
      return v.servedAtWorkstation(this);
    }
  }

  /** K-1: the TL confirmed the agent's flag. */
  record FlagConfirmed(String actor, Instant at, String note) implements CaseEvent {
    public EventType type() {
      return EventType.FLAG_CONFIRMED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.flagConfirmed(this);
    }
  }

  /** K-1: the TL overturned the agent's flag. */
  record FlagOverturned(String actor, Instant at, String note) implements CaseEvent {
    public EventType type() {
      return EventType.FLAG_OVERTURNED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.flagOverturned(this);
    }
  }

  /** R-X-1: the case closed after its final call back. */
  /** R-X-1; K-4 the resolution's category ({@code resolutionCategory}, null when not given). */
  record CaseClosed(String actor, Instant at, String resolution, String resolutionCategory)
      implements CaseEvent {
    public EventType type() {
      return EventType.CASE_CLOSED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.caseClosed(this);
    }
  }

  /**
   * R-X-2, R-F-3: an unanswered hand moved from {@code from} to {@code targetTl}, for {@code
   * routeReason}; R-F-5 {@code alertFor} are the tablets that sound.
   */
  record EscalationRerouted(
      String actor,
      Instant at,
      String escalationId,
      String from,
      String targetTl,
      String reason,
      Instant dueAt,
      String policyRevision,
      String routeReason,
      List<String> alertFor)
      implements CaseEvent {
    public EscalationRerouted {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.ESCALATION_REROUTED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.escalationRerouted(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(targetTl);
    }
  }

  /**
   * R-X-5, R-IN-11: the hourly progress check is overdue; {@code alerted} names the role of the
   * ladder's stage, R-F-5 {@code alertFor} the tablets that sound.
   */
  record ProgressCheckOverdue(
      String actor,
      Instant at,
      Instant dueAt,
      String handlingTl,
      String alerted,
      String supervisor,
      int overdueCount,
      String policyRevision,
      List<String> alertFor)
      implements CaseEvent {
    public ProgressCheckOverdue {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.PROGRESS_CHECK_OVERDUE;
    }

    public <R> R accept(Visitor<R> v) {
      return v.progressCheckOverdue(this);
    }
  }

  /**
   * R-X-5, R-IN-12: the call back is overdue; {@code alerted} names the role of the ladder's stage,
   * R-F-5 {@code alertFor} the tablets that sound.
   */
  record CallbackOverdue(
      String actor,
      Instant at,
      Instant dueAt,
      String handlingTl,
      String alerted,
      String supervisor,
      int overdueCount,
      String policyRevision,
      List<String> alertFor)
      implements CaseEvent {
    public CallbackOverdue {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.CALLBACK_OVERDUE;
    }

    public <R> R accept(Visitor<R> v) {
      return v.callbackOverdue(this);
    }
  }

  /** One post or e-mail of a TelkomCare thread reached Sigap. */
  record TelkomCareMessageReceived(
      String actor, Instant at, String externalId, Instant postedAt, String text, String inReplyTo)
      implements CaseEvent {
    public EventType type() {
      return EventType.TELKOMCARE_MESSAGE_RECEIVED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.telkomCareMessageReceived(this);
    }
  }

  /** R-TC-1: the thread was judged (again), each criterion with whether it holds. */
  record TelkomCareAssessed(
      String actor,
      Instant at,
      boolean hardComplaint,
      int criteriaMet,
      Map<String, Boolean> criteria)
      implements CaseEvent {
    public TelkomCareAssessed {
      criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    public EventType type() {
      return EventType.TELKOMCARE_ASSESSED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.telkomCareAssessed(this);
    }
  }

  /** R-TC-1: a person corrected one criterion, with a reason. */
  record TelkomCareCriterionCorrected(
      String actor, Instant at, String criterion, Boolean detected, boolean met, String reason)
      implements CaseEvent {
    public EventType type() {
      return EventType.TELKOMCARE_CRITERION_CORRECTED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.telkomCareCriterionCorrected(this);
    }
  }

  /** R-TC-3: the TL handed the escalation to a PIC Ticket. */
  record PicAssigned(String actor, Instant at, String pic) implements CaseEvent {
    public EventType type() {
      return EventType.PIC_ASSIGNED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.picAssigned(this);
    }
  }

  /**
   * R-F-4: the handling TL {@code from} asked {@code to} to take the case over, for {@code reason};
   * R-F-5 {@code alertFor} is the receiving TL's tablet.
   */
  record HandoverRequested(
      String actor,
      Instant at,
      String handoverId,
      String from,
      String to,
      String reason,
      String note,
      List<String> alertFor)
      implements CaseEvent {
    public HandoverRequested {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.HANDOVER_REQUESTED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.handoverRequested(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(to);
    }
  }

  /** R-F-4: the receiving TL (the actor) accepted and handles the case from now on. */
  record HandoverAccepted(String actor, Instant at, String handoverId, String from)
      implements CaseEvent {
    public EventType type() {
      return EventType.HANDOVER_ACCEPTED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.handoverAccepted(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(from);
    }
  }

  /** R-F-4: the receiving TL (the actor) declined; {@code from} still handles the case. */
  record HandoverDeclined(String actor, Instant at, String handoverId, String from, String note)
      implements CaseEvent {
    public EventType type() {
      return EventType.HANDOVER_DECLINED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.handoverDeclined(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(from);
    }
  }

  /**
   * R-C-1: the agent withdrew the hand before the TL came, for {@code reason}; the TL it was
   * addressed to ({@code targetTl}) is told, silently.
   */
  record HandWithdrawn(
      String actor, Instant at, String escalationId, String targetTl, String reason, String note)
      implements CaseEvent {
    public EventType type() {
      return EventType.HAND_WITHDRAWN;
    }

    public <R> R accept(Visitor<R> v) {
      return v.handWithdrawn(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(targetTl);
    }
  }

  /**
   * R-C-1: the live call ended ({@code how}, a {@code CallEnd}) after the TL came; R-C-2 the first
   * call back is due at {@code callBackDueAt} when one was agreed.
   */
  record CallEnded(
      String actor,
      Instant at,
      String escalationId,
      String how,
      String note,
      Instant callBackDueAt,
      Instant movedFromQuietHours,
      String recordedBy,
      String callId,
      String recordingId)
      implements CaseEvent {
    public EventType type() {
      return EventType.CALL_ENDED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.callEnded(this);
    }

    @Override
    public Optional<Instant> setsCallBackDueAt() {
      return Optional.ofNullable(callBackDueAt);
    }
  }

  /**
   * R-C-2: the customer chose ({@code choice}, a {@code CustomerChoice}); on a call back, at the
   * time they agreed ({@code agreedCallBackAt}, may be null) or within the policy's time after the
   * call, due at {@code callBackDueAt}.
   */
  record CustomerChoiceRecorded(
      String actor,
      Instant at,
      String choice,
      Instant agreedCallBackAt,
      Instant callBackDueAt,
      Instant movedFromQuietHours)
      implements CaseEvent {
    public EventType type() {
      return EventType.CUSTOMER_CHOICE_RECORDED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.customerChoiceRecorded(this);
    }

    @Override
    public Optional<Instant> setsCallBackDueAt() {
      return Optional.ofNullable(callBackDueAt);
    }
  }

  /**
   * R-C-3: the TL moved the next call back from {@code previousDueAt} to {@code callBackDueAt}, for
   * {@code reason}; {@code agreedWithCustomer} when the customer agreed the time.
   */
  record CallBackRescheduled(
      String actor,
      Instant at,
      Instant previousDueAt,
      Instant callBackDueAt,
      String reason,
      boolean agreedWithCustomer,
      Instant movedFromQuietHours)
      implements CaseEvent {
    public EventType type() {
      return EventType.CALL_BACK_RESCHEDULED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.callBackRescheduled(this);
    }

    @Override
    public Optional<Instant> setsCallBackDueAt() {
      return Optional.ofNullable(callBackDueAt);
    }
  }

  /**
   * R-C-4: after {@code attempts} unanswered call backs the handling TL asks {@code supervisor},
   * the SPV on shift, to close without reaching the customer; R-F-5 {@code alertFor} is the SPV's
   * tablet.
   */
  record UnreachedClosingRequested(
      String actor,
      Instant at,
      String reason,
      int attempts,
      String supervisor,
      List<String> alertFor)
      implements CaseEvent {
    public UnreachedClosingRequested {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.UNREACHED_CLOSING_REQUESTED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.unreachedClosingRequested(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(supervisor);
    }
  }

  /** R-C-4: the SPV (the actor) approved; the approval stands in for R-X-1's final call back. */
  record UnreachedClosingApproved(String actor, Instant at, String requestedBy, String note)
      implements CaseEvent {
    public EventType type() {
      return EventType.UNREACHED_CLOSING_APPROVED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.unreachedClosingApproved(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(requestedBy);
    }
  }

  /** R-C-4: the SPV (the actor) declined; the TL keeps calling back. */
  record UnreachedClosingDeclined(String actor, Instant at, String requestedBy, String note)
      implements CaseEvent {
    public EventType type() {
      return EventType.UNREACHED_CLOSING_DECLINED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.unreachedClosingDeclined(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(requestedBy);
    }
  }

  /**
   * R-C-7, K-1: a TL or QC (the actor) flagged a hard complaint that {@code agent} missed, for the
   * {@code criteria} heard.
   */
  record MissedFlagRaised(
      String actor,
      Instant at,
      String agent,
      List<String> criteria,
      String otherReason,
      String note)
      implements CaseEvent {
    public MissedFlagRaised {
      criteria = List.copyOf(criteria);
    }

    public EventType type() {
      return EventType.MISSED_FLAG_RAISED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.missedFlagRaised(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(agent);
    }
  }

  /**
   * R-C-5: a member of {@code unit} (the actor) answered the coordination {@code coordinationId}
   * that {@code askedBy} addressed to it; with a policy decision asked and not declined, R-IN-7
   * holds. R-F-5 {@code alertFor} is the handling TL's tablet.
   */
  record CoordinationAnswered(
      String actor,
      Instant at,
      String coordinationId,
      String unit,
      String answer,
      String note,
      Instant promisedResolutionAt,
      boolean policyDecision,
      String askedBy,
      List<String> alertFor,
      Instant callBackDueAt,
      Instant movedFromQuietHours)
      implements CaseEvent {
    public CoordinationAnswered {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.COORDINATION_ANSWERED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.coordinationAnswered(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(askedBy);
    }

    @Override
    public Optional<Instant> setsCallBackDueAt() {
      return Optional.ofNullable(callBackDueAt);
    }

    /** R-IN-7: the unit's answer settles the policy question. */
    public boolean settlesPolicyDecision() {
      return policyDecision && !"DECLINED".equals(answer) && !"OTHER".equals(unit);
    }
  }

  /** R-C-6: QC, the SPV or the manager (the actor, as {@code role}) acknowledged the follow-up. */
  record FollowUpAcknowledged(String actor, Instant at, String role, String note)
      implements CaseEvent {
    public EventType type() {
      return EventType.FOLLOW_UP_ACKNOWLEDGED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.followUpAcknowledged(this);
    }
  }

  /**
   * R-I-1: the complaint application's ticket number for the case, recorded or corrected ({@code
   * previous} is the number it replaced, or null).
   */
  record TicketNumberRecorded(
      String actor, Instant at, String ticketNumber, String previous, String recordedBy)
      implements CaseEvent {
    public EventType type() {
      return EventType.TICKET_NUMBER_RECORDED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.ticketNumberRecorded(this);
    }
  }

  /** K-4: while listening (or at the desk) the TL identified the problem as {@code category}. */
  record ProblemIdentified(
      String actor, Instant at, String escalationId, String category, String note)
      implements CaseEvent {
    public EventType type() {
      return EventType.PROBLEM_IDENTIFIED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.problemIdentified(this);
    }
  }

  /** K-4: at the desk the TL gave the agent this direction. */
  record DirectionGiven(String actor, Instant at, String escalationId, String direction)
      implements CaseEvent {
    public EventType type() {
      return EventType.DIRECTION_GIVEN;
    }

    public <R> R accept(Visitor<R> v) {
      return v.directionGiven(this);
    }
  }

  /**
   * R-C-9: a thread fed by an integrator went to {@code agent}, a TelkomCare agent of the cluster,
   * who owns it from now on; {@code reason} says whether they were chosen among those checked in;
   * R-F-5 {@code alertFor} is the agent's screen.
   */
  record ThreadAssigned(
      String actor, Instant at, String agent, String reason, List<String> alertFor)
      implements CaseEvent {
    public ThreadAssigned {
      alertFor = alertFor == null ? null : List.copyOf(alertFor);
    }

    public EventType type() {
      return EventType.THREAD_ASSIGNED;
    }

    public <R> R accept(Visitor<R> v) {
      return v.threadAssigned(this);
    }

    @Override
    public Optional<String> addressedTo() {
      return Optional.ofNullable(agent);
    }
  }

  /** R-C-9: the answer sent to the customer on their platform, as the sender wrote it. */
  record ReplySent(String actor, Instant at, String text) implements CaseEvent {
    public EventType type() {
      return EventType.REPLY_SENT;
    }

    public <R> R accept(Visitor<R> v) {
      return v.replySent(this);
    }
  }
}
