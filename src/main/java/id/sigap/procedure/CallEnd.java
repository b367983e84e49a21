package id.sigap.procedure;

/**
 * R-C-1: how the live call ended once the TL had come; a call that ended before is a withdrawn hand
 * ({@link WithdrawReason}).
 */
public enum CallEnd {
  /** R-IN-4: the agent ended the call, as the TL directed, so that the TL follows up. */
  CLOSED_FOR_FOLLOW_UP,
  /** The call went on with the TL (taken over, transferred or served at the workstation). */
  ENDED_WITH_TL
}
