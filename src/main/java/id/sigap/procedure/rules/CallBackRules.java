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
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Desk;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.CallTransferred;
import id.sigap.procedure.event.CaseEvent.CaseClosed;
import id.sigap.procedure.event.CaseEvent.ServedAtWorkstation;
import java.time.Duration;
import java.time.Instant;

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
      Instant now) {
    return decide(
        () ->
            new CallBackMade(
                tl.username(),
                now,
                desk != null ? desk.id() : null,
                desk != null ? null : c.channel().name(),
                outcome.name(),
                finalCallBack,
                noteOrNull(note)),
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

  /** R-IN-9: the customer declined a call back and accepted a transfer to the TL's extension. */
  public static Decision transfer(CaseState c, Actor agent, Desk desk, Instant now) {
    return decide(
        () -> new CallTransferred(agent.username(), now, desk.id()),
        () -> refuseIfClosed(c),
        () -> refuseUnlessEscalated(c),
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

  /** R-X-1, R-IN-12: no case closes without a final call back that reached the customer. */
  public static Decision close(CaseState c, Actor tl, String resolution, Instant now) {
    return decide(
        () -> new CaseClosed(tl.username(), now, resolution),
        () -> refuseIfClosed(c),
        () -> refuseUnlessHandling(c, tl),
        () ->
            refuseUnless(
                c.finalCallBackReached(),
                conflict(
                    "R-X-1",
                    "Final call back missing",
                    "Call the customer back (final, reached) from a recorded desk before closing")));
  }
}
