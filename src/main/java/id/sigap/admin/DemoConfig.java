package id.sigap.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code sigap.demo.*}. With the embedded database the seed is on unless set (the embedded platform
 * supplies {@code true} below application.properties).
 */
@ConfigMapping(prefix = "sigap.demo")
public interface DemoConfig {

  /** Seed the demo contact center (idempotent). */
  @WithDefault("false")
  boolean seed();
}
