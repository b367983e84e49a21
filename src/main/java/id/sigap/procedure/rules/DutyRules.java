package id.sigap.procedure.rules;

import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.QuietHours;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CallbackOverdue;
import id.sigap.procedure.event.CaseEvent.EscalationRerouted;
import id.sigap.procedure.event.CaseEvent.ProgressCheckOverdue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What a duty that fell due does (R-X-2, R-X-5): an unanswered hand moves on in R-F-3's order; an
 * overdue progress check or call back climbs R-F-5's ladder: the handling TL, one interval later
 * the SPV on shift, one more interval later the manager. No framework, no clock: the caller passes
 * the facts.
 */
public final class DutyRules {

  /** The system's own name on the timeline. */
  public static final String SYSTEM = "sigap";

  private DutyRules() {}

  /** The event to record (if any) and when the duty is due next (empty: it is done). */
  public record Firing(Optional<CaseEvent> event, Optional<Instant> nextDueAt) {

    static Firing clear() {
      return new Firing(Optional.empty(), Optional.empty());
    }
  }

  /**
   * R-X-2 with R-F-3's order: the hand not acknowledged in time goes where {@link FloorRules#route}
   * sends it with its addressee passed over; a TL gets the same time to answer before the next
   * re-route, a supervisor's is the last. R-F-5: only the new addressee's tablet sounds.
   */
  public static Firing acknowledgeOverdue(
      CaseState c,
      String escalationId,
      Instant dueAt,
      Duration acknowledgeTarget,
      FloorRules.Route route,
      String policyRevision,
      Instant now) {
    Optional<EscalationState> hand =
        c.escalation()
            .filter(e -> e.id().equals(escalationId))
            .filter(e -> e.status() == EscalationStatus.RAISED);
    if (c.status() == CaseStatus.CLOSED || hand.isEmpty()) {
      return Firing.clear();
    }
    String from = hand.get().targetTl();
    String to = route.to();
    if (to == null || to.equals(from)) {
      return Firing.clear();
    }
    CaseEvent rerouted =
        new EscalationRerouted(
            SYSTEM,
            now,
            escalationId,
            from,
            to,
            "not acknowledged within " + acknowledgeTarget + " (R-X-2)",
            dueAt,
            policyRevision,
            route.reason().name(),
            List.of(to));
    // a TL gets the same time to answer before the supervisor is called
    Optional<Instant> next =
        route.toSupervisor() ? Optional.empty() : Optional.of(now.plus(acknowledgeTarget));
    return new Firing(Optional.of(rerouted), next);
  }

  /**
   * R-IN-11 and R-IN-12 with R-F-5's ladder: stage 0 alerts only the handling TL, stage 1 the SPV
   * on shift, stage 2 and later the manager; nobody else's tablet sounds ({@code alertFor}). R-C-3:
   * a call back's next reminder waits for the end of the quiet hours.
   */
  public static Firing followUpOverdue(
      CaseState c,
      DutyKind kind,
      int stage,
      Instant dueAt,
      Duration interval,
      String supervisor,
      String manager,
      String policyRevision,
      QuietHours quietHours,
      ZoneId zone,
      Instant now) {
    if (c.status() == CaseStatus.CLOSED) {
      return Firing.clear();
    }
    String alerted = stage == 0 ? "TEAM_LEADER" : stage == 1 ? "SUPERVISOR" : "MANAGER";
    String alertedSupervisor = stage > 0 ? supervisor : null;
    String whom = stage == 0 ? c.handlingTl() : stage == 1 ? supervisor : manager;
    List<String> alertFor = whom == null ? List.of() : List.of(whom);
    CaseEvent overdue =
        kind == DutyKind.PROGRESS_CHECK
            ? new ProgressCheckOverdue(
                SYSTEM,
                now,
                dueAt,
                c.handlingTl(),
                alerted,
                alertedSupervisor,
                stage + 1,
                policyRevision,
                alertFor)
            : new CallbackOverdue(
                SYSTEM,
                now,
                dueAt,
                c.handlingTl(),
                alerted,
                alertedSupervisor,
                stage + 1,
                policyRevision,
                alertFor);
    // after a long outage the next reminder is one interval from now, not a burst of missed ones
    Instant next = dueAt.plus(interval);
    next = next.isAfter(now) ? next : now.plus(interval);
    // R-C-3: nobody is reminded to call a customer back in the quiet hours
    if (kind == DutyKind.CALLBACK) {
      next = quietHours.endAfter(next, zone);
    }
    return new Firing(Optional.of(overdue), Optional.of(next));
  }
}
