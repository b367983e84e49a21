package id.sigap.policy;

import java.time.Duration;

/** One revision of the procedure's thresholds (SPEC section 2). */
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
