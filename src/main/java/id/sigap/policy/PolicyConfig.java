package id.sigap.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The thresholds of the procedure (SPEC section 2), from {@code sigap.policy.*}: the revision the
 * first replica publishes on a new database. Bounded like a revision an admin publishes.
 */
@ConfigMapping(prefix = "sigap.policy")
public interface PolicyConfig {

  @WithDefault("W-10 rev 02")
  @NotBlank
  @Size(max = 64)
  String revision();

  /** R-IN-1: how many inbound criteria make a hard complaint. */
  @WithDefault("1")
  @Min(1)
  @Max(5)
  int inboundMinimumCriteria();

  /** R-TC-1. */
  @WithDefault("3")
  @Min(1)
  @Max(5)
  int telkomcareMinimumCriteria();

  /** C-TC-2. */
  @WithDefault("5")
  @Min(2)
  @Max(100)
  int burstMessages();

  @WithDefault("PT5M")
  @DurationMin(seconds = 1)
  Duration socialBurstWindow();

  @WithDefault("PT15M")
  @DurationMin(seconds = 1)
  Duration nonSocialBurstWindow();

  /** R-IN-11. */
  @WithDefault("PT1H")
  @DurationMin(seconds = 1)
  Duration progressCheckInterval();

  /** R-IN-12. */
  @WithDefault("PT6H")
  @DurationMin(seconds = 1)
  Duration callbackInterval();

  /** R-X-2. */
  @WithDefault("PT60S")
  @DurationMin(seconds = 1)
  Duration acknowledgeTarget();

  /** C-TC-5. */
  @WithDefault("10000")
  @Min(1)
  long influencerFollowers();

  /** R-C-2: the first call back after the call, at the latest. */
  @WithDefault("PT15M")
  @DurationMin(seconds = 1)
  Duration firstCallbackWithin();

  /** R-C-3: no call back falls due in these hours of the center's zone ({@code none}: none). */
  @WithDefault("21:00-07:00")
  @Pattern(regexp = QUIET_HOURS)
  String quietHours();

  /** R-C-2, R-C-3: how far ahead a customer may agree a call-back time. */
  @WithDefault("P30D")
  @DurationMin(hours = 1)
  @DurationMax(days = 366)
  Duration agreedCallbackHorizon();

  /** R-C-4: unanswered call backs in a row before the TL may ask to close unreached. */
  @WithDefault("3")
  @Min(1)
  @Max(20)
  int callbackAttempts();

  /** K-4: the problem categories, comma-separated codes. */
  @WithDefault(
      "GANGGUAN_INTERNET,GANGGUAN_TELEPON,GANGGUAN_TV,TAGIHAN,PASANG_BARU,PERANGKAT,"
          + "PELAYANAN_PETUGAS,LAINNYA")
  @Pattern(regexp = CATEGORIES)
  @Size(max = 2100)
  String problemCategories();

  /** R-C-8: a contact this soon after a case of the customer closed is linked to that case. */
  @WithDefault("P7D")
  @DurationMin(minutes = 1)
  @DurationMax(days = 366)
  Duration repeatWindow();

  /** Up to 50 codes of capitals, digits and underscores, comma-separated. */
  String CATEGORIES = "[A-Z][A-Z0-9_]{1,39}(,[A-Z][A-Z0-9_]{1,39}){0,49}";

  /** {@code HH:mm-HH:mm} or {@code none}; the two times must differ. */
  String QUIET_HOURS = "none|([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d";
}
