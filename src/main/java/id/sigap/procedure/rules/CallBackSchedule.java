package id.sigap.procedure.rules;

import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.CaseState;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next call back falls due (R-C-2, R-C-3, R-IN-12): the first within the policy's time
 * after the call, then at least every interval or by a sooner promised resolution, never inside the
 * quiet hours unless the customer agreed to that time.
 */
public final class CallBackSchedule {

  private CallBackSchedule() {}

  /**
   * A due time; {@code movedFrom} is the time it would have been before R-C-3 moved it out of the
   * quiet hours (null when not moved).
   */
  public record Due(Instant at, Instant movedFrom) {

    static final Due UNCHANGED = new Due(null, null);
  }

  /** R-C-3: {@code wanted}, moved to the end of the quiet hours unless the customer agreed it. */
  public static Due due(Instant wanted, boolean agreedByCustomer, CallBackTerms terms) {
    if (agreedByCustomer || !terms.quietHours().contains(wanted, terms.zone())) {
      return new Due(wanted, null);
    }
    return new Due(terms.quietHours().endAfter(wanted, terms.zone()), wanted);
  }

  /** R-C-2: the first call back after a call that ended at {@code endedAt}. */
  static Due first(Instant endedAt, CallBackTerms terms) {
    return due(endedAt.plus(terms.firstWithin()), false, terms);
  }

  /**
   * R-IN-12 after a coordination: one interval from {@code at} or the sooner promised time; a clock
   * that already runs is only pulled forward, never pushed back.
   */
  static Due afterCoordination(CaseState c, Instant at, Instant promisedNow, CallBackTerms terms) {
    if (!c.hardComplaint()) {
      return Due.UNCHANGED; // R-C-7: a normal complaint has no call-back clock
    }
    Instant promised = promisedNow != null ? promisedNow : c.promisedResolutionAt().orElse(null);
    Due next = due(CallBackRules.nextCallBack(at, terms.interval(), promised), false, terms);
    Optional<Instant> running = c.callBackDueAt();
    return running.isPresent() && !next.at().isBefore(running.get()) ? Due.UNCHANGED : next;
  }

  /** R-IN-12 after a call back that reached the customer and was not the final one. */
  static Due afterCallBack(CaseState c, Instant at, CallBackTerms terms) {
    if (!c.hardComplaint()) {
      return Due.UNCHANGED;
    }
    return due(
        CallBackRules.nextCallBack(at, terms.interval(), c.promisedResolutionAt().orElse(null)),
        false,
        terms);
  }
}
