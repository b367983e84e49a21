package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.noteOrNull;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;
import static id.sigap.procedure.rules.FollowUpRules.refuseUnlessFollowingUp;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.Decision;
import id.sigap.procedure.HandoverReason;
import id.sigap.procedure.PendingHandover;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.HandoverAccepted;
import id.sigap.procedure.event.CaseEvent.HandoverDeclined;
import id.sigap.procedure.event.CaseEvent.HandoverRequested;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * R-F-4: the handling TL hands a case to another TL of the cluster with a reason; the case changes
 * hands when the receiving TL accepts. One handover waits at a time.
 */
public final class HandoverRules {

  private HandoverRules() {}

  /**
   * The handling TL asks {@code to} (null when no such person exists) to take the case over; the
   * receiving TL's tablet sounds.
   */
  public static Decision request(
      CaseState c,
      Actor from,
      Actor to,
      String toUsername,
      HandoverReason reason,
      String note,
      String handoverId,
      Instant now) {
    return decide(
        () ->
            new HandoverRequested(
                from.username(),
                now,
                handoverId,
                from.username(),
                to.username(),
                reason.name(),
                noteOrNull(note),
                List.of(to.username())),
        () -> refuseUnlessFollowingUp(c),
        () ->
            refuseUnless(
                from.username().equals(c.handlingTl()),
                conflict(
                    "R-F-4",
                    "Not your case to hand over",
                    "Only the handling TL hands a case over; this one is handled by "
                        + (c.handlingTl() == null ? "a PIC Ticket" : c.handlingTl()))),
        () ->
            refuseUnless(
                !from.username().equals(toUsername),
                unprocessable(
                    "R-F-4",
                    "Handover to yourself",
                    "Name another TL of the cluster to hand the case to")),
        () ->
            refuseUnless(
                to != null && to.role() == Role.TEAM_LEADER && c.clusterId().equals(to.clusterId()),
                unprocessable(
                    "R-F-4",
                    "Not a Team Leader of this cluster",
                    "A case is handed to a Team Leader of cluster "
                        + c.clusterId()
                        + "; "
                        + toUsername
                        + " is not one")),
        () ->
            c.pendingHandover()
                .map(
                    p ->
                        conflict(
                            "R-F-4",
                            "A handover is already waiting",
                            "The case waits for "
                                + p.to()
                                + " to answer the handover asked for earlier")));
  }

  /** The receiving TL accepts: from now on they handle the case, its duties and its alerts. */
  public static Decision accept(CaseState c, Actor receiver, String handoverId, Instant now) {
    return decide(
        () -> new HandoverAccepted(receiver.username(), now, handoverId, c.handlingTl()),
        () -> refuseIfClosed(c),
        () -> refuseUnlessWaitingFor(c, receiver, handoverId));
  }

  /** The receiving TL declines: the case stays with the handling TL, who is told. */
  public static Decision decline(
      CaseState c, Actor receiver, String handoverId, String note, Instant now) {
    return decide(
        () ->
            new HandoverDeclined(
                receiver.username(), now, handoverId, c.handlingTl(), noteOrNull(note)),
        () -> refuseIfClosed(c),
        () -> refuseUnlessWaitingFor(c, receiver, handoverId));
  }

  private static Optional<Rejection> refuseUnlessWaitingFor(
      CaseState c, Actor receiver, String handoverId) {
    Optional<PendingHandover> pending = c.pendingHandover().filter(p -> p.id().equals(handoverId));
    if (pending.isEmpty()) {
      return Optional.of(
          conflict(
              "R-F-4",
              "Handover already answered",
              "This handover was answered, or the case changed hands since it was asked for"));
    }
    return refuseUnless(
        pending.get().to().equals(receiver.username()),
        conflict(
            "R-F-4",
            "Not handed to you",
            "Only " + pending.get().to() + ", to whom the case is handed, answers this handover"));
  }

  /**
   * R-F-4: once a handling TL is named, only they or an SPV follow the case up; another TL of the
   * cluster sees it but does not act on it.
   */
  static Optional<Rejection> refuseUnlessHandling(CaseState c, Actor actor) {
    return refuseUnless(
        handles(c, actor),
        conflict(
            "R-F-4",
            "Not the handling TL",
            "Only the handling TL ("
                + c.handlingTl()
                + ") or a supervisor follows this case up; ask for a handover to take it over"));
  }

  /** Whether the actor may follow the case up as far as who handles it goes. */
  static boolean handles(CaseState c, Actor actor) {
    return actor.role() != Role.TEAM_LEADER
        || c.handlingTl() == null
        || c.handlingTl().equals(actor.username());
  }
}
