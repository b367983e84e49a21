package id.sigap.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code sigap.admin.*}: the limits of setting the center up (R-F-1). */
@ConfigMapping(prefix = "sigap.admin")
public interface AdminConfig {

  /** The most rows one import may hold, all its files together; a larger import is refused. */
  @WithDefault("5000")
  @Min(1)
  @Max(50000)
  int importMaxRows();

  /**
   * The most people with a password one import may hold: each password is hashed (slowly, on
   * purpose); people of the identity provider need none.
   */
  @WithDefault("100")
  @Min(0)
  @Max(2000)
  int importMaxPasswords();
}
