package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.handIs;
import static id.sigap.procedure.rules.Checks.hasOpenHand;
import static id.sigap.procedure.rules.Checks.noteOrNull;
import static id.sigap.procedure.rules.Checks.raisedBy;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.WithdrawReason;
import id.sigap.procedure.event.CaseEvent.CallTakenOver;
import id.sigap.procedure.event.CaseEvent.HandRaised;
import id.sigap.procedure.event.CaseEvent.HandWithdrawn;
import id.sigap.procedure.event.CaseEvent.TlArrived;
import id.sigap.procedure.event.CaseEvent.TlListening;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * From the raised hand to the TL at the desk (SPEC section 3): R-IN-2 raise a hand, R-IN-3 tapping
 * realtime, R-IN-4 accompany, R-IN-5 the TL at the recorded cluster desk receives it, R-IN-6 take
 * over.
 */
public final class EscalationRules {

  private EscalationRules() {}

  /**
   * R-IN-2, R-IN-5 and R-F-3: one tap signals the TL checked in at the agent's recorded cluster
   * desk, or whom {@link FloorRules#route} chose instead; R-F-6 the hand names the agent's
   * workstation and cluster; R-F-5 only the addressee's tablet sounds.
   */
  public static Decision raiseHand(
      CaseState c,
      Actor agent,
      String escalationId,
      FloorRules.Route route,
      boolean takeoverRequested,
      Instant now) {
    return decide(
        () -> handRaised(agent, escalationId, route, takeoverRequested, null, now),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                c.hardComplaint(),
                unprocessable(
                    "R-IN-1",
                    "Not a hard complaint yet",
                    "Tick at least one hard-complaint criterion (or 'other' with a reason) before"
                        + " raising a hand")),
        () ->
            refuseUnless(
                !hasOpenHand(c),
                conflict(
                    "R-IN-2",
                    "A hand is already raised",
                    "This case already has a raised hand waiting for "
                        + c.escalation().map(EscalationState::targetTl).orElse(""))),
        () -> refuseUnlessRouted(c, route.to()));
  }

  /** R-F-3, R-F-5, R-F-6: the event of a routed hand, alerting its addressee alone. */
  static HandRaised handRaised(
      Actor raiser,
      String escalationId,
      FloorRules.Route route,
      boolean takeoverRequested,
      String source,
      Instant now) {
    return new HandRaised(
        raiser.username(),
        now,
        escalationId,
        route.to(),
        takeoverRequested,
        source,
        route.note(),
        route.reason() == null ? null : route.reason().name(),
        route.workstation(),
        route.clusterId(),
        route.to() == null ? List.of() : List.of(route.to()));
  }

  /** R-IN-3: the TL starts tapping the call; the agent is signalled. */
  public static Decision acknowledge(CaseState c, Actor tl, String escalationId, Instant now) {
    return decide(
        () -> new TlListening(tl.username(), now, escalationId, raisedBy(c)),
        () -> refuseIfClosed(c),
        () -> refuseUnlessAddressee(c, tl, escalationId),
        () -> refuseIfWithdrawn(c),
        () ->
            refuseUnless(
                handIs(c, EscalationStatus.RAISED),
                conflict(
                    "R-IN-3", "Already acknowledged", "The TL is already listening to this call")));
  }

  /** R-IN-4: the TL comes to the agent's workstation, after listening in. */
  public static Decision arrive(CaseState c, Actor tl, String escalationId, Instant now) {
    return decide(
        () -> new TlArrived(tl.username(), now, escalationId, raisedBy(c)),
        () -> refuseIfClosed(c),
        () -> refuseUnlessAddressee(c, tl, escalationId),
        () -> refuseIfWithdrawn(c),
        () ->
            refuseUnless(
                !handIs(c, EscalationStatus.RAISED),
                conflict(
                    "R-IN-3",
                    "Listen in first",
                    "Acknowledge the hand (start tapping the call) before coming to the workstation")),
        () ->
            refuseUnless(
                !handIs(c, EscalationStatus.AT_WORKSTATION),
                conflict("R-IN-4", "Already at the workstation", "The TL is already at the desk")));
  }

  /**
   * R-C-1: the customer hung up (or the call ended otherwise) before the TL came to the desk; the
   * agent who raised the hand withdraws it, and nothing re-routes it afterwards.
   */
  public static Decision withdraw(
      CaseState c,
      Actor agent,
      String escalationId,
      WithdrawReason reason,
      String note,
      Instant now) {
    return decide(
        () ->
            new HandWithdrawn(
                agent.username(),
                now,
                escalationId,
                c.escalation().map(EscalationState::targetTl).orElse(null),
                reason.name(),
                noteOrNull(note)),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                c.escalation().filter(e -> e.id().equals(escalationId)).isPresent(),
                conflict("R-IN-2", "Not the current hand", "A later hand was raised on this case")),
        () ->
            refuseUnless(
                raisedBy(c).equals(agent.username()),
                conflict(
                    "R-C-1",
                    "Not your hand",
                    "Only the agent who raised the hand withdraws it; it was raised by "
                        + raisedBy(c))),
        () ->
            refuseUnless(
                !handIs(c, EscalationStatus.WITHDRAWN),
                conflict("R-C-1", "Already withdrawn", "This hand was withdrawn already")),
        () ->
            refuseUnless(
                hasOpenHand(c),
                conflict(
                    "R-C-1",
                    "The TL is at the desk",
                    "The TL already came to the workstation: the call went on with the TL, the"
                        + " hand can no longer be withdrawn")));
  }

  /** R-C-1: a withdrawn hand is answered by nobody. */
  private static Optional<Rejection> refuseIfWithdrawn(CaseState c) {
    return refuseUnless(
        !handIs(c, EscalationStatus.WITHDRAWN),
        conflict(
            "R-C-1",
            "Hand withdrawn",
            "The agent withdrew this hand (the call ended before the TL came)"));
  }

  /** R-IN-6: the customer wants a TL, SPV or manager; the TL on the call takes it over. */
  public static Decision takeOver(CaseState c, Actor tl, Instant now) {
    return decide(
        () -> new CallTakenOver(tl.username(), now),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                isOnTheCall(c, tl),
                conflict(
                    "R-IN-6",
                    "Not on the call",
                    "Only the TL who acknowledged the raised hand can take the call over")),
        () ->
            refuseUnless(
                !c.callEnded(),
                conflict("R-C-1", "The call has ended", "There is no live call to take over")));
  }

  /** R-IN-5: a hand needs someone to receive it, a TL at a recorded desk or a supervisor. */
  static Optional<Rejection> refuseUnlessRouted(CaseState c, String routedTo) {
    return refuseUnless(
        routedTo != null,
        conflict(
            "R-IN-5",
            "No one to receive the hand",
            "No TL is checked in at a recorded desk of cluster "
                + c.clusterId()
                + " and no supervisor is available"));
  }

  /** R-IN-5: only the TL the hand was routed to answers it, and only the current hand. */
  static Optional<Rejection> refuseUnlessAddressee(CaseState c, Actor tl, String escalationId) {
    Optional<EscalationState> latest = c.escalation().filter(e -> e.id().equals(escalationId));
    if (latest.isEmpty()) {
      return Optional.of(
          conflict("R-IN-2", "Not the current hand", "A later hand was raised on this case"));
    }
    return refuseUnless(
        latest.get().targetTl().equals(tl.username()),
        conflict(
            "R-IN-5",
            "Routed to another TL",
            "This hand was routed to " + latest.get().targetTl() + ", the TL at the cluster desk"));
  }

  /** The TL the hand is addressed to, once listening: the one who may take the call over. */
  static boolean isOnTheCall(CaseState c, Actor tl) {
    return c.escalation()
        .filter(
            e ->
                e.status() == EscalationStatus.LISTENING
                    || e.status() == EscalationStatus.AT_WORKSTATION)
        .filter(e -> e.targetTl().equals(tl.username()))
        .isPresent();
  }
}
