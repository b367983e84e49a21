package id.sigap.platform.problem;

import id.sigap.procedure.Rejection;

/** Carries a {@link Rejection} out of a reactive chain to the problem mapper. */
public class RejectedException extends RuntimeException {

  private final transient Rejection rejection;

  public RejectedException(Rejection rejection) {
    super(rejection.detail(), null, false, false);
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
