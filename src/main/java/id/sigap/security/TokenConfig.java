package id.sigap.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** Sigap's own tokens and sessions, from {@code sigap.token.*}. */
@ConfigMapping(prefix = "sigap.token")
public interface TokenConfig {

  /** Access token lifetime; never more than {@link TokenIssuer#MAX_LIFETIME}. */
  @WithDefault("PT15M")
  @DurationMin(seconds = 1)
  Duration lifetime();

  /** A sign-in session's absolute lifetime; refresh tokens end with it. */
  @WithDefault("PT12H")
  @DurationMin(seconds = 1)
  Duration sessionLifetime();

  /**
   * How long a replica trusts a session it read as active before reading it again; revocations
   * reach every replica at once through LISTEN, this bounds a missed one. {@code PT0S} reads the
   * session on every request.
   */
  @WithDefault("PT10S")
  @DurationMin(seconds = 0)
  Duration sessionCheckCache();

  /** The {@code iss} of Sigap's tokens ({@code mp.jwt.verify.issuer} and the signer use it). */
  @WithDefault("sigap")
  @NotBlank
  String issuer();
}
