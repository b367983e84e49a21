package id.sigap.platform.problem;

import java.time.Duration;

/** Refused for now: too many failed attempts (sign-in throttling); try again after a while. */
public class TooManyAttempts extends RuntimeException {

  private final Duration retryAfter;

  public TooManyAttempts(Duration retryAfter) {
    super("too many failed sign-ins", null, false, false);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds to wait, at least one. */
  public long retryAfterSeconds() {
    long millis = retryAfter.toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
