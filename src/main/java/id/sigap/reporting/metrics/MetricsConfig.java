package id.sigap.reporting.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** The metrics Sigap computes itself, from {@code sigap.metrics.*}. */
@ConfigMapping(prefix = "sigap.metrics")
public interface MetricsConfig {

  /** How often the backlog gauges are read; read by {@link BacklogGauges}'s schedule. */
  @WithDefault("15s")
  @DurationMin(millis = 1)
  Duration backlogInterval();
}
