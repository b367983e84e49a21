package id.sigap.procedure;

/** A raised hand, from the agent's signal to the TL standing at the workstation. */
public enum EscalationStatus {
  RAISED,
  LISTENING,
  AT_WORKSTATION,
  /** R-C-1: the agent withdrew it (the customer hung up) before the TL came; never re-routed. */
  WITHDRAWN;

  /** An open hand still waits for the TL to come to the desk; a case has at most one. */
  public boolean isOpen() {
    return this == RAISED || this == LISTENING;
  }
}
