package id.sigap.telkomcare.detection;

import java.util.Locale;
import java.util.Optional;

/**
 * R-C-8: where a TelkomCare message was posted. A handle names a customer on its platform only; the
 * channel, not the platform, decides the C-TC-2 window.
 */
public enum TelkomCarePlatform {
  /** X, formerly Twitter. */
  TWITTER(TelkomCareChannel.SOCIAL),
  INSTAGRAM(TelkomCareChannel.SOCIAL),
  FACEBOOK(TelkomCareChannel.SOCIAL),
  TIKTOK(TelkomCareChannel.SOCIAL),
  EMAIL(TelkomCareChannel.EMAIL),
  /** A platform of neither list, on either channel; also a social message that names none. */
  OTHER(null);

  private final TelkomCareChannel channel;

  TelkomCarePlatform(TelkomCareChannel channel) {
    this.channel = channel;
  }

  /** Whether a message of this platform may come on the channel. */
  public boolean fits(TelkomCareChannel on) {
    return channel == null || channel == on;
  }

  /** The platform of a message that names none: e-mail's own, else OTHER. */
  public static TelkomCarePlatform of(TelkomCareChannel channel) {
    return channel == TelkomCareChannel.EMAIL ? EMAIL : OTHER;
  }

  /** The platform a name gives ("X" is TWITTER), or empty when it names none of them. */
  public static Optional<TelkomCarePlatform> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    if (wanted.equals("X")) {
      return Optional.of(TWITTER);
    }
    for (TelkomCarePlatform platform : values()) {
      if (platform.name().equals(wanted)) {
        return Optional.of(platform);
      }
    }
    return Optional.empty();
  }
}
