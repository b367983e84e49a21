package id.sigap.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The thresholds of the procedure (SPEC section 2), from {@code sigap.policy.*}. */
@ConfigMapping(prefix = "sigap.policy")
public interface PolicyConfig {

  @WithDefault("W-10 rev 02")
  String revision();

  /** R-IN-1: how many inbound criteria make a hard complaint. */
  @WithDefault("1")
  int inboundMinimumCriteria();

  /** R-TC-1. */
  @WithDefault("3")
  int telkomcareMinimumCriteria();

  /** C-TC-2. */
  @WithDefault("5")
  int burstMessages();

  @WithDefault("PT5M")
  Duration socialBurstWindow();

  @WithDefault("PT15M")
  Duration nonSocialBurstWindow();

  /** R-IN-11. */
  @WithDefault("PT1H")
  Duration progressCheckInterval();

  /** R-IN-12. */
  @WithDefault("PT6H")
  Duration callbackInterval();

  /** R-X-2. */
  @WithDefault("PT60S")
  Duration acknowledgeTarget();

  /** C-TC-5. */
  @WithDefault("10000")
  long influencerFollowers();
}
