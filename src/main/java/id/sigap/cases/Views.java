package id.sigap.cases;

/** Builds the API's views of cases for the other features. */
public final class Views {

  private Views() {}

  public static EscalationView escalationOf(CaseEntity c) {
    return EscalationView.of(c.latestEscalation);
  }

  /** R-F-4: the case's pending handover; null when none waits. */
  public static HandoverView handoverOf(CaseEntity c) {
    return HandoverView.of(c);
  }
}
