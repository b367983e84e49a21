package id.sigap.procedure;

/**
 * R-C-2: what the customer chose, in the seed's order: a call back first; declined, a transfer to
 * the TL's recorded extension; declined too, service at the agent's workstation (R-IN-8, R-IN-9).
 */
public enum CustomerChoice {
  CALL_BACK,
  TRANSFER,
  WORKSTATION
}
