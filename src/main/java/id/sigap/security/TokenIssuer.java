package id.sigap.security;

import id.sigap.procedure.Role;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Signs the access tokens that every API call carries: short-lived (at most 15 minutes) and bound
 * to a session, which can be revoked before they expire.
 */
@ApplicationScoped
public class TokenIssuer {

  public static final Duration MAX_LIFETIME = Duration.ofMinutes(15);
  private static final Logger LOG = Logger.getLogger(TokenIssuer.class);

  private final Clock clock;
  private final Duration lifetime;

  TokenIssuer(TokenConfig config) {
    Duration lifetime = config.lifetime();
    this.clock = WallClock.UTC;
    if (lifetime.compareTo(MAX_LIFETIME) > 0) {
      LOG.warnf(
          "sigap.token.lifetime %s is longer than %s: using %s",
          lifetime, MAX_LIFETIME, MAX_LIFETIME);
    }
    this.lifetime = lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
  }

  /** The subject's token in a session; never outlives the session. */
  public IssuedToken issue(
      String username,
      String displayName,
      Role role,
      String clusterId,
      UUID sessionId,
      Instant sessionExpiresAt) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(lifetime);
    if (expiresAt.isAfter(sessionExpiresAt)) {
      expiresAt = sessionExpiresAt;
    }
    var builder =
        Jwt.upn(username)
            .subject(username)
            .groups(Set.of(role.name()))
            .claim("name", displayName)
            .claim(CurrentActor.SESSION_CLAIM, sessionId.toString())
            .issuedAt(now)
            .expiresAt(expiresAt);
    if (clusterId != null) {
      builder.claim(CurrentActor.CLUSTER_CLAIM, clusterId);
    }
    return new IssuedToken(builder.sign(), Duration.between(now, expiresAt).toSeconds());
  }

  /** How long a token lives. */
  public Duration lifetime() {
    return lifetime;
  }

  public record IssuedToken(String token, long expiresInSeconds) {}
}
