package id.sigap.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The application's clock in tests: real time, plus however far a test has moved it on. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public void advance(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  /** Moves the clock forward to {@code at} (never back). */
  public void advanceTo(Instant at) {
    Duration by = Duration.between(instant(), at);
    if (by.isNegative()) {
      throw new IllegalArgumentException(at + " has passed");
    }
    advance(by);
  }

  /**
   * Moves the clock forward to the next 08:00 in the center's zone: a test that waits six hours for
   * a call back then stays clear of the policy's quiet hours (R-C-3, 21:00-07:00), whenever it
   * runs.
   */
  public void advanceToMorningInJakarta() {
    ZonedDateTime now = instant().plusSeconds(60).atZone(ZoneId.of("Asia/Jakarta"));
    ZonedDateTime morning = now.with(LocalTime.of(8, 0));
    advanceTo((morning.isBefore(now) ? morning.plusDays(1) : morning).toInstant());
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Sigap keeps time in UTC");
  }
}
