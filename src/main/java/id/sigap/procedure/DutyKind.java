package id.sigap.procedure;

/** The clocks of the procedure. */
public enum DutyKind {
  /** R-X-2: a raised hand waits for "TL listening" at most the acknowledgement target. */
  ACKNOWLEDGE,
  /** R-IN-11: the TL checks the escalation's progress every interval. */
  PROGRESS_CHECK,
  /** R-IN-12: the TL calls the customer back every interval, or by the promised time. */
  CALLBACK;

  public String keyFor(Object id) {
    return switch (this) {
      case ACKNOWLEDGE -> "acknowledge:" + id;
      case PROGRESS_CHECK -> "progress-check:" + id;
      case CALLBACK -> "callback:" + id;
    };
  }
}
