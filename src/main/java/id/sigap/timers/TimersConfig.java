package id.sigap.timers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How due duties are looked for and fired, from {@code sigap.timers.*}. */
@ConfigMapping(prefix = "sigap.timers")
public interface TimersConfig {

  /** How often the poller looks for due duties; also read by {@link DutyPoller}'s schedule. */
  @WithDefault("1s")
  @DurationMin(millis = 1)
  Duration pollInterval();

  /**
   * How many due duties one worker claims at a time: a batch's events are written in one statement,
   * so a larger batch costs fewer round trips per duty.
   */
  @WithDefault("500")
  @Positive
  int batchSize();

  /** Workers firing due duties side by side, each in its own transaction. */
  @WithDefault("4")
  @Positive
  int parallelism();
}
