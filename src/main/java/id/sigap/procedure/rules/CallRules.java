package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.handIs;
import static id.sigap.procedure.rules.Checks.noteOrNull;
import static id.sigap.procedure.rules.Checks.raisedBy;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;
import static id.sigap.procedure.rules.Checks.refuseUnlessEscalated;
import static id.sigap.procedure.rules.EscalationRules.isOnTheCall;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.CallEnd;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.event.CaseEvent.CallEnded;
import id.sigap.procedure.event.CaseEvent.CustomerChoiceRecorded;
import java.time.Instant;
import java.util.Optional;

/**
 * The live call (SPEC section 9): R-C-1 how it ended once the TL came, R-C-2 what the customer
 * chose, in the seed's order, and when the first call back falls due.
 */
public final class CallRules {

  private CallRules() {}

  /**
   * R-C-1: the agent (or the TL who went on with the customer) records how the call ended; a call
   * that ended before the TL came is a withdrawn hand instead. R-C-2: a call back agreed without a
   * time, or a call closed for the TL to follow up, is due within the policy's time of its end.
   */
  public static Decision endCall(
      CaseState c, Actor actor, CallEnd how, String note, CallBackTerms terms, Instant now) {
    return endCall(c, actor, how, note, CallReference.NONE, terms, now);
  }

  /** As above, the telephony's ids of the call and its recording kept with its end (R-I-1). */
  public static Decision endCall(
      CaseState c,
      Actor actor,
      CallEnd how,
      String note,
      CallReference call,
      CallBackTerms terms,
      Instant now) {
    return decide(
        () -> {
          CallBackSchedule.Due first = firstCallBackAfterEnd(c, how, now, terms);
          return new CallEnded(
              actor.username(),
              now,
              c.escalation().map(e -> e.id()).orElse(null),
              how.name(),
              noteOrNull(note),
              first.at(),
              first.movedFrom(),
              actor.recordedBy(),
              call.callId(),
              call.recordingId());
        },
        () -> refuseIfClosed(c),
        () -> refuseUnlessEscalated(c),
        () ->
            refuseUnless(
                !handIs(c, EscalationStatus.WITHDRAWN),
                conflict(
                    "R-C-1",
                    "Hand withdrawn",
                    "The call ended before the TL came: the hand was withdrawn for it")),
        () ->
            refuseUnless(
                !c.callEnded(),
                conflict("R-C-1", "Call already ended", "The end of this call is recorded")),
        () -> refuseUnlessOnTheCall(c, actor),
        () ->
            refuseUnless(
                handIs(c, EscalationStatus.AT_WORKSTATION) || isOnTheCall(c, actor),
                conflict(
                    "R-C-1",
                    "The TL has not come",
                    "The TL is not at the workstation yet: if the customer hung up, withdraw the"
                        + " hand")));
  }

  /**
   * R-C-2: the customer's choice, once, in the seed's order; a call back at the time they agreed
   * (within the policy's horizon) or within the policy's time of the call's end.
   */
  public static Decision recordChoice(
      CaseState c,
      Actor actor,
      CustomerChoice choice,
      Instant agreedCallBackAt,
      CallBackTerms terms,
      Instant now) {
    return decide(
        () -> {
          CallBackSchedule.Due due = firstCallBackOnChoice(c, choice, agreedCallBackAt, now, terms);
          return new CustomerChoiceRecorded(
              actor.username(), now, choice.name(), agreedCallBackAt, due.at(), due.movedFrom());
        },
        () -> refuseIfClosed(c),
        () -> refuseUnlessEscalated(c),
        () ->
            refuseUnless(
                !handIs(c, EscalationStatus.WITHDRAWN),
                conflict(
                    "R-C-1",
                    "Hand withdrawn",
                    "The customer hung up before the TL came: there is no choice to record")),
        () ->
            refuseUnless(
                c.customerChoice().isEmpty(),
                conflict(
                    "R-C-2",
                    "Choice already recorded",
                    "The customer chose "
                        + c.customerChoice().map(Enum::name).orElse("")
                        + "; the choice is recorded once")),
        () -> refuseUnlessOnTheCall(c, actor),
        () ->
            refuseUnless(
                agreedCallBackAt == null || choice == CustomerChoice.CALL_BACK,
                unprocessable(
                    "R-C-2",
                    "A time for a call back only",
                    "callBackAt is the time the customer agreed to be called back; leave it out"
                        + " for "
                        + choice)),
        () -> refuseUnlessAgreeable(agreedCallBackAt, terms, now, "R-C-2"),
        () ->
            refuseUnless(
                choice == CustomerChoice.CALL_BACK || !c.callEnded(),
                conflict(
                    "R-C-2",
                    "The call has ended",
                    "A transfer or service at the workstation needs the customer on the line")));
  }

  /** R-C-2, R-C-3: an agreed time lies ahead, and no further than the policy's horizon. */
  static Optional<Rejection> refuseUnlessAgreeable(
      Instant agreed, CallBackTerms terms, Instant now, String rule) {
    if (agreed == null) {
      return Optional.empty();
    }
    return refuseUnless(
            agreed.isAfter(now),
            unprocessable(rule, "Agreed time has passed", "The agreed time must lie ahead"))
        .or(
            () ->
                refuseUnless(
                    !agreed.isAfter(now.plus(terms.agreedHorizon())),
                    unprocessable(
                        rule,
                        "Agreed time too far ahead",
                        "A call back is agreed at most "
                            + terms.agreedHorizon().toDays()
                            + " days ahead (policy)")));
  }

  /**
   * R-C-1, R-C-2: the agent who raised the hand (or took the complaint in), the TL on the call, or
   * the handling TL speak for the call.
   */
  private static Optional<Rejection> refuseUnlessOnTheCall(CaseState c, Actor actor) {
    boolean agent = actor.username().equals(raisedBy(c)) || actor.username().equals(c.createdBy());
    boolean tl = isOnTheCall(c, actor) || actor.username().equals(c.handlingTl());
    return refuseUnless(
        agent || tl,
        conflict(
            "R-C-1",
            "Not on this call",
            "Only the agent on the call or the TL with the customer records it"));
  }

  private static CallBackSchedule.Due firstCallBackOnChoice(
      CaseState c, CustomerChoice choice, Instant agreed, Instant now, CallBackTerms terms) {
    if (choice != CustomerChoice.CALL_BACK || !c.hardComplaint()) {
      return CallBackSchedule.Due.UNCHANGED;
    }
    if (agreed != null) {
      return CallBackSchedule.due(agreed, true, terms);
    }
    return CallBackSchedule.first(c.callEndedAt().orElse(now), terms);
  }

  private static CallBackSchedule.Due firstCallBackAfterEnd(
      CaseState c, CallEnd how, Instant now, CallBackTerms terms) {
    if (c.agreedCallBackAt().isPresent() || !c.hardComplaint()) {
      return CallBackSchedule.Due.UNCHANGED; // the customer's own time stands
    }
    boolean callBackAgreed =
        c.customerChoice().filter(ch -> ch == CustomerChoice.CALL_BACK).isPresent();
    if (callBackAgreed || how == CallEnd.CLOSED_FOR_FOLLOW_UP) {
      return CallBackSchedule.first(now, terms);
    }
    // R-IN-12: after a call that went on with the TL, at least every interval
    CallBackSchedule.Due next = CallBackSchedule.afterCallBack(c, now, terms);
    return c.callBackDueAt().filter(running -> !next.at().isBefore(running)).isPresent()
        ? CallBackSchedule.Due.UNCHANGED
        : next;
  }
}
