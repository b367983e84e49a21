package id.sigap.policy;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;

/** One revision of the procedure's thresholds (SPEC section 2). */
// written inside a Response, so the native image cannot find it by itself
@RegisterForReflection
public record Policy(
    String revision,
    int inboundMinimumCriteria,
    int telkomcareMinimumCriteria,
    int burstMessages,
    Duration socialBurstWindow,
    Duration nonSocialBurstWindow,
    Duration progressCheckInterval,
    Duration callbackInterval,
    Duration acknowledgeTarget,
    long influencerFollowers) {

  static Policy of(PolicyConfig config) {
    return new Policy(
        config.revision(),
        config.inboundMinimumCriteria(),
        config.telkomcareMinimumCriteria(),
        config.burstMessages(),
        config.socialBurstWindow(),
        config.nonSocialBurstWindow(),
        config.progressCheckInterval(),
        config.callbackInterval(),
        config.acknowledgeTarget(),
        config.influencerFollowers());
  }
}
