package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.ReplySent;
import id.sigap.procedure.event.CaseEvent.ThreadAssigned;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R-C-9: TelkomCare threads have an agent. A thread fed by an integrator goes to a TelkomCare agent
 * of the cluster, who sees it, corrects its criteria, answers the customer and reports it to the TL
 * (R-TC-2). No framework, no clock.
 *
 * <p>Assignment is least-loaded round-robin among the TelkomCare agents checked in, not a queue to
 * take from: a thread that turns hard must be reported at once (R-TC-2), so it cannot wait for
 * someone to pick it; the fewest open threads first spreads the work, and the one assigned longest
 * ago breaks a tie, which is round-robin among equals. With nobody checked in it still goes to the
 * least-loaded TelkomCare agent of the cluster, who finds it on signing in, and the TL sees it
 * meanwhile.
 */
public final class TelkomCareAgentRules {

  static final String RULE = "R-C-9";

  /** The longest reply Sigap keeps, as for a message (R-TC-1). */
  public static final int MAX_REPLY = 5_000;

  private TelkomCareAgentRules() {}

  /** Why the agent was chosen. */
  public enum AssignmentReason {
    /** The least-loaded of the TelkomCare agents checked in. */
    CHECKED_IN,
    /** Nobody was checked in: the least-loaded TelkomCare agent of the cluster. */
    NOBODY_CHECKED_IN
  }

  /**
   * A TelkomCare agent of the cluster: checked in or not, how many open threads they hold, and when
   * they were last given one (null: never).
   */
  public record Candidate(
      String username, boolean checkedIn, int openThreads, Instant lastAssignedAt) {}

  private static final Comparator<Candidate> NEXT =
      Comparator.comparing((Candidate c) -> !c.checkedIn())
          .thenComparingInt(Candidate::openThreads)
          .thenComparing(
              Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Candidate::username);

  /** Whom the next thread goes to, if the cluster has a TelkomCare agent at all. */
  public static Optional<Candidate> next(List<Candidate> candidates) {
    return candidates.stream().min(NEXT);
  }

  /**
   * The new thread's assignment, when it needs one: a thread an agent feeds by hand stays theirs,
   * and a cluster without TelkomCare agents leaves it with the TL and the PIC Tickets, who see it.
   */
  public static Optional<Decision> assign(
      CaseState c, Actor feeder, List<Candidate> candidates, Instant now) {
    if (feeder.role() == Role.AGENT || !c.telkomCare()) {
      return Optional.empty();
    }
    return next(candidates)
        .map(
            chosen ->
                Decision.accept(
                    new ThreadAssigned(
                        feeder.username(),
                        now,
                        chosen.username(),
                        (chosen.checkedIn()
                                ? AssignmentReason.CHECKED_IN
                                : AssignmentReason.NOBODY_CHECKED_IN)
                            .name(),
                        List.of(chosen.username()))));
  }

  /**
   * The answer sent to the customer on their platform: by the thread's agent, a TL of its cluster
   * or an SPV directing them (R-TC-2), or the PIC Ticket it was handed to (R-TC-3).
   */
  public static Decision reply(CaseState c, Actor actor, String text, Instant now) {
    return decide(
        () -> new ReplySent(actor.username(), now, text.strip()),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                c.telkomCare(),
                unprocessable(
                    RULE,
                    "Not a TelkomCare thread",
                    "A voice complaint is answered on the call or by a call back (R-IN-8)")),
        () ->
            refuseUnless(
                text != null && !text.isBlank() && text.strip().length() <= MAX_REPLY,
                unprocessable(
                    RULE, "Reply missing or too long", "A reply has 1 to 5,000 characters")),
        () ->
            refuseUnless(
                mayReply(c, actor),
                conflict(
                    RULE,
                    "Not your thread",
                    actor.role() == Role.PIC_TICKET
                        ? "A PIC Ticket answers a thread once the TL handed it to them (R-TC-3)"
                        : "The thread's TelkomCare agent answers it: " + c.createdBy())));
  }

  /** Whether this person answers the thread's customer (the case is open, a thread). */
  public static boolean mayReply(CaseState c, Actor actor) {
    return switch (actor.role()) {
      case AGENT -> actor.username().equals(c.createdBy());
      case TEAM_LEADER -> c.clusterId().equals(actor.clusterId());
      case SUPERVISOR -> true;
      case PIC_TICKET -> actor.username().equals(c.picTicket());
      default -> false;
    };
  }
}
