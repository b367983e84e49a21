package id.sigap.push;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/** Web Push to the tablets (RFC 8030, 8291, 8292), from {@code sigap.push.*}. */
@ConfigMapping(prefix = "sigap.push")
public interface PushConfig {

  /**
   * Off: no push is sent; the outbox is still filled and its rows deleted after {@code keep-for},
   * and the key is still offered.
   */
  @WithDefault("true")
  boolean enabled();

  /**
   * How long a push service keeps an alert for a tablet that is off-line ({@code TTL}); an alert
   * older than this is not sent at all: a hand a minute old has been re-routed or answered.
   */
  @WithDefault("PT60S")
  @DurationMin(seconds = 0)
  @DurationMax(days = 28)
  Duration ttl();

  /** RFC 8030 {@code Urgency}: alerts wake a sleeping tablet. */
  @WithDefault("high")
  @NotBlank
  String urgency();

  /** The VAPID {@code sub}: whom a push service contacts about this server (mailto: or https:). */
  @WithDefault("mailto:sigap-ops@telkom.example")
  @NotBlank
  String subject();

  /**
   * The VAPID public key (base64url uncompressed P-256 point); with {@code vapid-private-key}.
   * Unset: a key pair is generated on the first start and kept in the database for every replica.
   */
  Optional<String> vapidPublicKey();

  /** The VAPID private key (base64url 32-byte scalar); a secret. */
  Optional<String> vapidPrivateKey();

  /** How long a VAPID JWT is valid (RFC 8292: at most 24 hours). */
  @WithDefault("PT12H")
  @DurationMin(minutes = 1)
  @DurationMax(hours = 24)
  Duration jwtLifetime();

  /** Only https:// endpoints are accepted unless this is on (tests with a local push service). */
  @WithDefault("false")
  boolean allowInsecureEndpoints();

  /** How often the dispatcher looks for due pushes when no new event woke it. */
  @WithDefault("1s")
  @DurationMin(millis = 1)
  Duration pollInterval();

  /** Pushes one replica sends at the same time. */
  @WithDefault("32")
  @Positive
  @Max(1000)
  int maxInFlight();

  @WithDefault("PT5S")
  @DurationMin(millis = 1)
  Duration connectTimeout();

  @WithDefault("PT10S")
  @DurationMin(millis = 1)
  Duration requestTimeout();

  /** The wait before a failed push (no answer, 429, 5xx) is tried again, while within its TTL. */
  @WithDefault("PT2S")
  @DurationMin(millis = 1)
  Duration retryAfter();

  /** How long pushes stay in the outbox, whatever became of them, for the operator to look at. */
  @WithDefault("P1D")
  @DurationMin(minutes = 1)
  Duration keepFor();
}
