package id.sigap.procedure;

/**
 * R-C-4: the handling TL's request to close a case whose customer could not be reached, and the
 * SPV's answer.
 */
public record UnreachedClosing(String requestedBy, String reason, Status status) {

  public enum Status {
    REQUESTED,
    APPROVED,
    DECLINED
  }
}
