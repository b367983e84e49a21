package id.sigap.telkomcare.detection;

import java.time.Duration;
import java.util.Objects;

/** The TelkomCare thresholds of one policy revision (SPEC section 2). */
public record DetectionPolicy(
    int minimumCriteria,
    int burstMessages,
    Duration socialBurstWindow,
    Duration nonSocialBurstWindow,
    long influencerFollowers) {

  public DetectionPolicy {
    Objects.requireNonNull(socialBurstWindow, "socialBurstWindow");
    Objects.requireNonNull(nonSocialBurstWindow, "nonSocialBurstWindow");
    if (minimumCriteria < 0 || burstMessages < 1 || influencerFollowers < 0) {
      throw new IllegalArgumentException("negative threshold or a burst of no messages");
    }
  }

  /** R-TC-1 and C-TC-2/C-TC-5 defaults of work instruction IN.OCC.TELK.W-10 revision 02. */
  public static DetectionPolicy w10Rev02() {
    return new DetectionPolicy(3, 5, Duration.ofMinutes(5), Duration.ofMinutes(15), 10_000);
  }

  Duration burstWindow(TelkomCareChannel channel) {
    return channel == TelkomCareChannel.SOCIAL ? socialBurstWindow : nonSocialBurstWindow;
  }
}
