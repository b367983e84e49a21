package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;

import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.event.CaseEvent;
import java.util.Optional;
import java.util.function.Supplier;

/** What every stage's rules check the same way. */
final class Checks {

  private Checks() {}

  /**
   * The first refusal among the checks, evaluated in order (a later check may rely on an earlier
   * one having passed); none refuses: the event is recorded.
   */
  @SafeVarargs
  static Decision decide(Supplier<CaseEvent> accepted, Supplier<Optional<Rejection>>... checks) {
    for (Supplier<Optional<Rejection>> check : checks) {
      Optional<Rejection> refusal = check.get();
      if (refusal.isPresent()) {
        return Decision.refuse(refusal.get());
      }
    }
    return Decision.accept(accepted.get());
  }

  static Optional<Rejection> refuseUnless(boolean allowed, Rejection rejection) {
    return allowed ? Optional.empty() : Optional.of(rejection);
  }

  static Optional<Rejection> refuseIfClosed(CaseState c) {
    return refuseUnless(
        c.status() != CaseStatus.CLOSED,
        conflict(null, "Case closed", "The case is closed; nothing more can be recorded"));
  }

  /** R-IN-2: the TL follows a case up only once a hand was raised on it. */
  static Optional<Rejection> refuseUnlessEscalated(CaseState c) {
    return refuseUnless(
        c.status() != CaseStatus.OPEN,
        conflict(
            "R-IN-2",
            "No hand raised",
            "The agent raises a hand before the TL follows the case up"));
  }

  static boolean hasOpenHand(CaseState c) {
    return c.escalation().map(e -> e.status().isOpen()).orElse(false);
  }

  static boolean handIs(CaseState c, EscalationStatus status) {
    return c.escalation().map(e -> e.status() == status).orElse(false);
  }

  static String raisedBy(CaseState c) {
    return c.escalation().map(EscalationState::raisedBy).orElse("");
  }

  /** A note left blank is no note. */
  static String noteOrNull(String note) {
    return note == null || note.isBlank() ? null : note;
  }
}
