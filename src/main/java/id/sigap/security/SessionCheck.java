package id.sigap.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Part of validating every token and stream ticket: its session must still be active. A signed-out
 * person's tokens, and those of someone whose role or cluster changed, are refused (401) on every
 * replica, though their signature and expiry are still good. Tokens of the identity provider have
 * no Sigap session: the provider owns its sessions, and its tokens are short-lived.
 */
@ApplicationScoped
public class SessionCheck implements SecurityIdentityAugmentor {

  private final Sessions sessions;

  SessionCheck(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || ProviderIdentity.isProviders(identity)) {
      return Uni.createFrom().item(identity);
    }
    Optional<UUID> session = CurrentActor.sessionOf(identity);
    if (session.isEmpty()) {
      return Uni.createFrom().failure(new AuthenticationFailedException("token without session"));
    }
    return sessions
        .isActive(session.get(), identity.getPrincipal().getName())
        .map(
            active -> {
              if (!active) {
                throw new AuthenticationFailedException("session ended");
              }
              return withClaimsAsAttributes(identity, session.get());
            });
  }

  /**
   * The cluster and session, read once: the token's own accessor for claims outside the standard
   * set throws and catches an exception on every read, and a request reads them several times.
   */
  private static SecurityIdentity withClaimsAsAttributes(SecurityIdentity identity, UUID session) {
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return identity;
    }
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder(identity)
            .addAttribute(CurrentActor.SESSION_CLAIM, session.toString());
    Object cluster = token.getClaim(CurrentActor.CLUSTER_CLAIM);
    if (cluster != null) {
      builder.addAttribute(CurrentActor.CLUSTER_CLAIM, cluster.toString());
    }
    return builder.build();
  }
}
