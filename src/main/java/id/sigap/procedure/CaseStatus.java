package id.sigap.procedure;

/** Where a case stands in the procedure. */
public enum CaseStatus {
  /** Taken by the agent; not (yet) escalated. */
  OPEN,
  /** A hand was raised: the TL is being called or is with the agent. */
  ESCALATED,
  /** The TL follows up with related units; hourly checks and six-hourly call backs run. */
  IN_PROGRESS,
  CLOSED
}
