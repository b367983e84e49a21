package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.noteOrNull;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;
import static id.sigap.procedure.rules.Checks.refuseUnlessEscalated;
import static id.sigap.procedure.rules.FollowUpRules.refuseUnlessFollowingUp;
import static id.sigap.procedure.rules.FollowUpRules.refuseUntilPolicyCoordinated;
import static id.sigap.procedure.rules.HandoverRules.refuseUnlessHandling;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.UnreachedClosing;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.CallBackRescheduled;
import id.sigap.procedure.event.CaseEvent.CallTransferred;
import id.sigap.procedure.event.CaseEvent.CaseClosed;
import id.sigap.procedure.event.CaseEvent.ServedAtWorkstation;
import id.sigap.procedure.event.CaseEvent.UnreachedClosingApproved;
import id.sigap.procedure.event.CaseEvent.UnreachedClosingDeclined;
import id.sigap.procedure.event.CaseEvent.UnreachedClosingRequested;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reaching the customer again (SPEC sections 3 and 6): R-IN-8 call backs from a recorded desk,
 * R-IN-9 a transfer to the TL's extension or service at the workstation, R-IN-12 a call back at
 * least every interval until closed, R-X-1 no closing without a final call back.
 */
public final class CallBackRules {

  private CallBackRules() {}

  /**
   * R-IN-7, R-IN-8, R-IN-12: the TL calls the customer back from a recorded desk. On TelkomCare the
   * call back is a reply through the channel (R-TC-3), so {@code desk} may be null there.
   */
  public static Decision callBack(
      CaseState c,
      Actor tl,
      Desk desk,
      CallOutcome outcome,
      boolean finalCallBack,
      String note,
      CallBackTerms terms,
      Instant now) {
    return callBack(c, tl, desk, outcome, finalCallBack, note, CallReference.NONE, terms, now);
  }

  /** As above, the telephony's ids of the call and its recording kept with it (R-I-1). */
  public static Decision callBack(
      CaseState c,
      Actor tl,
      Desk desk,
      CallOutcome outcome,
      boolean finalCallBack,
      String note,
      CallReference call,
      CallBackTerms terms,
      Instant now) {
    return decide(
        () -> {
          boolean reached = outcome == CallOutcome.REACHED;
          // R-C-4: unanswered call backs in a row; R-IN-12: a reached one starts the next interval
          CallBackSchedule.Due next =
              reached && !finalCallBack
                  ? CallBackSchedule.afterCallBack(c, now, terms)
                  : CallBackSchedule.Due.UNCHANGED;
          return new CallBackMade(
              tl.username(),
              now,
              desk != null ? desk.id() : null,
              desk != null ? null : c.channel().name(),
              outcome.name(),
              finalCallBack,
              noteOrNull(note),
              reached ? 0 : c.unreachedCallBacks() + 1,
              next.at(),
              next.movedFrom(),
              tl.recordedBy(),
              call.callId(),
              call.recordingId());
        },
        () -> refuseUnlessFollowingUp(c),
        () -> refuseUnlessHandling(c, tl),
        () ->
            refuseUnless(
                desk != null || c.telkomCare(),
                unprocessable(
                    "R-IN-8",
                    "Desk missing",
                    "Call backs on the inbound channel are made from a recorded desk: name the"
                        + " deskId")),
        () ->
            refuseUnless(
                desk == null || desk.voiceRecording(),
                unprocessable(
                    "R-IN-8",
                    "Desk without voice recording",
                    "Call backs are made from a desk with voice recording; "
                        + (desk == null ? "" : desk.id())
                        + " has none")),
        () -> refuseUntilPolicyCoordinated(c));
  }

  /**
   * R-IN-9, R-C-2: the customer declined a call back and accepted a transfer to the TL's extension.
   */
  public static Decision transfer(CaseState c, Actor agent, Desk desk, Instant now) {
    return transfer(c, agent, desk, CallReference.NONE, now);
  }

  /** As above, the telephony's ids of the transferred call and its recording kept (R-I-1). */
  public static Decision transfer(
      CaseState c, Actor agent, Desk desk, CallReference call, Instant now) {
    return decide(
        () ->
            new CallTransferred(
                agent.username(),
                now,
                desk.id(),
                agent.recordedBy(),
                call.callId(),
                call.recordingId()),
        () -> refuseIfClosed(c),
        () -> refuseUnlessEscalated(c),
        () -> refuseUnlessChose(c, CustomerChoice.TRANSFER),
        () ->
            refuseUnless(
                desk.kind() == Desk.DeskKind.TL_EXTENSION && desk.voiceRecording(),
                unprocessable(
                    "R-IN-9",
                    "Not a recorded TL extension",
                    "Transfers go to a TL extension with voice recording; "
                        + desk.id()
                        + " is not one")));
  }

  /**
   * R-IN-9: the customer declined both; the TL serves them at the agent's workstation and tells
   * them how the follow-up goes.
   */
  public static Decision serveAtWorkstation(
      CaseState c, Actor tl, String followUpPlan, Instant now) {
    return decide(
        () -> new ServedAtWorkstation(tl.username(), now, followUpPlan),
        () -> refuseIfClosed(c),
        () -> refuseUnlessChose(c, CustomerChoice.WORKSTATION),
        () ->
            refuseUnless(
                c.tlAtWorkstation(),
                conflict(
                    "R-IN-4",
                    "The TL is not at the workstation",
                    "Come to the agent's workstation (arrive) before serving the customer there")));
  }

  /**
   * R-IN-12: the next call back is due one interval after {@code from}, or by the related unit's
   * promised resolution time ({@code promised}, may be null) when that is sooner.
   */
  public static Instant nextCallBack(Instant from, Duration interval, Instant promised) {
    Instant regular = from.plus(interval);
    return promised != null && promised.isAfter(from) && promised.isBefore(regular)
        ? promised
        : regular;
  }

  /**
   * R-X-1, R-IN-12: no hard complaint closes without a final call back that reached the customer;
   * R-C-4 an SPV's approval to close an unreachable customer's case stands in for it; R-C-7 a case
   * whose flag was overturned is a normal complaint and closes without.
   */
  public static Decision close(CaseState c, Actor tl, String resolution, Instant now) {
    return close(c, tl, resolution, null, List.of(), now);
  }

  /** As above, with the resolution's category (K-4), one of the policy's {@code categories}. */
  public static Decision close(
      CaseState c,
      Actor tl,
      String resolution,
      String resolutionCategory,
      List<String> categories,
      Instant now) {
    return decide(
        () -> new CaseClosed(tl.username(), now, resolution, resolutionCategory),
        () -> refuseIfClosed(c),
        () -> refuseUnlessHandling(c, tl),
        () ->
            refuseUnless(
                c.finalCallBackReached() || c.unreachedClosingApproved() || c.flagOverturned(),
                conflict(
                    "R-X-1",
                    "Final call back missing",
                    "Call the customer back (final, reached) from a recorded desk before closing")),
        () -> AccuracyRules.resolutionCategory(c, resolutionCategory, categories));
  }

  /**
   * R-C-3: the TL moves the next call back, with a reason: never into the past, no further than the
   * policy's horizon, no later than one interval unless the customer agreed (for instance to the
   * related unit's promised resolution time), and out of the quiet hours unless agreed.
   */
  public static Decision reschedule(
      CaseState c,
      Actor tl,
      Instant dueAt,
      String reason,
      boolean agreedWithCustomer,
      CallBackTerms terms,
      Instant now) {
    return decide(
        () -> {
          CallBackSchedule.Due due = CallBackSchedule.due(dueAt, agreedWithCustomer, terms);
          return new CallBackRescheduled(
              tl.username(),
              now,
              c.callBackDueAt().orElse(null),
              due.at(),
              reason,
              agreedWithCustomer,
              due.movedFrom());
        },
        () -> refuseUnlessFollowingUp(c),
        () -> refuseUnlessHandling(c, tl),
        () ->
            refuseUnless(
                !c.finalCallBackReached(),
                conflict(
                    "R-C-3",
                    "Final call back made",
                    "The customer was told the case is resolved: there is no call back to move")),
        () -> CallRules.refuseUnlessAgreeable(dueAt, terms, now, "R-C-3"),
        () ->
            refuseUnless(
                agreedWithCustomer || !dueAt.isAfter(now.plus(terms.interval())),
                unprocessable(
                    "R-C-3",
                    "Later than the interval",
                    "Without the customer's agreement the next call back is due within "
                        + terms.interval().toHours()
                        + " hours (R-IN-12)")));
  }

  /**
   * R-C-4: after the policy's attempts in a row did not reach the customer, the handling TL asks
   * the SPV on shift ({@code supervisor}) to close without a final reached call back.
   */
  public static Decision requestUnreachedClosing(
      CaseState c, Actor tl, String reason, String supervisor, CallBackTerms terms, Instant now) {
    return decide(
        () ->
            new UnreachedClosingRequested(
                tl.username(),
                now,
                reason,
                c.unreachedCallBacks(),
                supervisor,
                supervisor == null ? List.of() : List.of(supervisor)),
        () -> refuseUnlessFollowingUp(c),
        () -> refuseUnlessHandling(c, tl),
        () ->
            refuseUnless(
                c.unreachedCallBacks() >= terms.attempts(),
                conflict(
                    "R-C-4",
                    "Not enough attempts",
                    c.unreachedCallBacks()
                        + " call backs in a row did not reach the customer; the policy asks for "
                        + terms.attempts()
                        + " before closing unreached")),
        () ->
            refuseUnless(
                !unreachedClosingIs(c, UnreachedClosing.Status.REQUESTED),
                conflict("R-C-4", "Already asked", "The request waits for the SPV's answer")),
        () ->
            refuseUnless(
                !c.unreachedClosingApproved(),
                conflict("R-C-4", "Already approved", "The SPV approved closing unreached")),
        () ->
            refuseUnless(
                supervisor != null,
                conflict("R-C-4", "No SPV on shift", "No supervisor is on shift to approve")));
  }

  /** R-C-4: an SPV on shift for the case's cluster ({@code onShift}) approves or declines. */
  public static Decision answerUnreachedClosing(
      CaseState c, Actor spv, Set<String> onShift, boolean approve, String note, Instant now) {
    String requestedBy = c.unreachedClosing().map(UnreachedClosing::requestedBy).orElse(null);
    return decide(
        () ->
            approve
                ? new UnreachedClosingApproved(spv.username(), now, requestedBy, noteOrNull(note))
                : new UnreachedClosingDeclined(spv.username(), now, requestedBy, noteOrNull(note)),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                unreachedClosingIs(c, UnreachedClosing.Status.REQUESTED),
                conflict(
                    "R-C-4",
                    "Nothing to answer",
                    c.unreachedClosing().isEmpty()
                        ? "No TL asked to close this case unreached"
                        : "The request was answered already")),
        () ->
            refuseUnless(
                spv.role() == Role.SUPERVISOR && onShift.contains(spv.username()),
                conflict(
                    "R-C-4",
                    "Not the SPV on shift",
                    "Only an SPV on shift for cluster " + c.clusterId() + " answers this request")),
        () ->
            refuseUnless(
                approve || noteOrNull(note) != null,
                unprocessable("R-C-4", "Reason missing", "Say why the request is declined")));
  }

  private static boolean unreachedClosingIs(CaseState c, UnreachedClosing.Status status) {
    return c.unreachedClosing().map(u -> u.status() == status).orElse(false);
  }

  /** R-C-2: a transfer only after a declined call back; service at the workstation after both. */
  private static Optional<Rejection> refuseUnlessChose(CaseState c, CustomerChoice needed) {
    return refuseUnless(
        c.customerChoice().filter(needed::equals).isPresent(),
        conflict(
            "R-C-2",
            "Not the customer's choice",
            c.customerChoice().isEmpty()
                ? "Offer a call back first and record the customer's choice (R-IN-8, R-IN-9)"
                : "The customer chose " + c.customerChoice().get() + ", not " + needed));
  }
}
