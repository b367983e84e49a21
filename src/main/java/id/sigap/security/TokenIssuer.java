package id.sigap.security;

import id.sigap.directory.UserAccount;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the access tokens that every API call carries. */
@ApplicationScoped
public class TokenIssuer {

  private final Clock clock;
  private final Duration lifetime;

  TokenIssuer(Clock clock, @ConfigProperty(name = "sigap.token.lifetime") Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  public IssuedToken issue(UserAccount user) {
    Instant now = clock.instant();
    var builder =
        Jwt.upn(user.username)
            .subject(user.username)
            .groups(Set.of(user.role.name()))
            .claim("name", user.displayName)
            .issuedAt(now)
            .expiresAt(now.plus(lifetime));
    if (user.clusterId != null) {
      builder.claim(CurrentActor.CLUSTER_CLAIM, user.clusterId);
    }
    return new IssuedToken(builder.sign(), lifetime.toSeconds());
  }

  public record IssuedToken(String token, long expiresInSeconds) {}
}
