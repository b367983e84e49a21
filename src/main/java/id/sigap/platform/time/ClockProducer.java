package id.sigap.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one source of "now": tests replace it to move time without waiting. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    // PostgreSQL keeps microseconds: an instant read back equals the one written
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
