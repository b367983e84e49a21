package id.sigap.telkomcare.thread;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

/** TelkomCare threads, from {@code sigap.telkomcare.*}. */
@ConfigMapping(prefix = "sigap.telkomcare")
public interface TelkomCareConfig {

  /** The cluster whose TL TelkomCare threads are reported to (R-TC-2). */
  @WithDefault("C1")
  @NotBlank
  String cluster();
}
