package id.sigap.policy;

import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.QuietHours;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;
import java.time.ZoneId;

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
    long influencerFollowers,
    Duration firstCallbackWithin,
    String quietHours,
    Duration agreedCallbackHorizon,
    int callbackAttempts,
    String problemCategories,
    Duration repeatWindow) {

  /** K-4: the categories a TL identifies a problem and a resolution by, in the policy's order. */
  public java.util.List<String> categories() {
    return java.util.List.of(problemCategories.split(","));
  }

  /** R-C-2, R-C-3, R-C-4, R-IN-12: the call-back terms in the center's zone. */
  public CallBackTerms callBackTerms(ZoneId zone) {
    return new CallBackTerms(
        firstCallbackWithin,
        callbackInterval,
        QuietHours.parse(quietHours).orElse(QuietHours.NONE),
        zone,
        agreedCallbackHorizon,
        callbackAttempts);
  }

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
        config.influencerFollowers(),
        config.firstCallbackWithin(),
        config.quietHours(),
        config.agreedCallbackHorizon(),
        config.callbackAttempts(),
        config.problemCategories(),
        config.repeatWindow());
  }
}
