package id.sigap.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How often {@link SignInHousekeeping} runs, from {@code sigap.security.*}. */
@ConfigMapping(prefix = "sigap.security")
public interface HousekeepingConfig {

  /** Read by {@link SignInHousekeeping}'s schedule. */
  @WithDefault("1h")
  @DurationMin(seconds = 1)
  Duration housekeepingInterval();
}
