package id.sigap.platform.start;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How this process starts, from {@code sigap.start.*}. */
@ConfigMapping(prefix = "sigap.start")
public interface StartConfig {

  /**
   * A training start ({@link TrainingStart}): once ready and its web app served, the process exits,
   * so that a JVM started with {@code -XX:ArchiveClassesAtExit} records every class a start loads.
   */
  @WithDefault("false")
  boolean training();

  /** How long a training start waits to be ready before it exits as failed. */
  @WithDefault("PT2M")
  @DurationMin(seconds = 1)
  Duration trainingTimeout();
}
