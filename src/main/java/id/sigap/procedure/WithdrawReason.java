package id.sigap.procedure;

/** R-C-1: why the agent withdrew a raised hand before the TL came. */
public enum WithdrawReason {
  CUSTOMER_HUNG_UP,
  OTHER
}
