package id.sigap.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;

/** The event stream, from {@code sigap.stream.*}. */
@ConfigMapping(prefix = "sigap.stream")
public interface StreamConfig {

  /** How long the tail waits at a gap in the event ids before it skips it. */
  @WithDefault("PT2S")
  @DurationMin(millis = 0)
  Duration gapTimeout();

  /** Events a slow stream may have waiting before it is closed. */
  @WithDefault("1000")
  @Positive
  int maxPending();

  /** Lifetime of a browser's single-use stream ticket. */
  @WithDefault("PT30S")
  @DurationMin(seconds = 1)
  Duration ticketLifetime();

  /** How soon a sign-out closes open streams; read by {@link StreamHub}'s schedule. */
  @WithDefault("2s")
  @DurationMin(millis = 1)
  Duration sessionCheckInterval();

  /**
   * Browser origins that may open the stream (comma-separated); unset: the origin the request was
   * sent to.
   */
  Optional<List<String>> allowedOrigins();
}
