package id.sigap.security;

import id.sigap.procedure.Role;
import id.sigap.security.ProviderClaims.ProviderUser;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an identity that the identity provider's token gave into a Sigap person: the username, at
 * most one role (exactly one of Sigap's role names in the token, else none, so 403 everywhere) and
 * the cluster, written to {@code user_account} on the way. The provider's other roles and claims
 * (including its own session id, {@code sid}) play no part.
 */
@ApplicationScoped
public class ProviderIdentity implements SecurityIdentityAugmentor {

  /** Marks identities that the identity provider vouches for; they have no Sigap session. */
  public static final String PROVIDER_ATTRIBUTE = "sigap.identity-provider";

  /** When the provider's access token expires ({@link java.time.Instant}). */
  public static final String EXPIRES_AT_ATTRIBUTE = "sigap.token-expires-at";

  /**
   * Set by OIDC; websockets-next would close a stream with 1008 when it passes. Left out: the
   * stream's session ends at the same time and closes it with 4401, as every ended session does.
   */
  private static final String WEBSOCKET_EXPIRY_ATTRIBUTE = "quarkus.identity.expire-time";

  /** Roles that act within one cluster and need it in the token. */
  private static final Set<Role> IN_A_CLUSTER = Set.of(Role.AGENT, Role.TEAM_LEADER);

  private final ProviderClaims claims;
  private final ProviderUsers users;

  ProviderIdentity(ProviderClaims claims, ProviderUsers users) {
    this.claims = claims;
    this.users = users;
  }

  /** Before {@link SessionCheck}, which leaves the provider's identities alone. */
  @Override
  public int priority() {
    return 10;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
    if (identity.isAnonymous() || token == null) {
      return Uni.createFrom().item(identity);
    }
    Optional<ProviderUser> read = UnverifiedClaims.of(token.getToken()).flatMap(claims::read);
    if (read.isEmpty()) {
      return Uni.createFrom()
          .failure(
              new AuthenticationFailedException(
                  "the provider's token names no subject or username"));
    }
    ProviderUser user = read.get();
    Optional<Role> role =
        user.role().filter(r -> !IN_A_CLUSTER.contains(r) || user.clusterId() != null);
    if (role.isEmpty()) {
      return Uni.createFrom().item(personOf(identity, user, Optional.empty()));
    }
    return users.record(user).map(ok -> personOf(identity, user, ok ? role : Optional.empty()));
  }

  private static SecurityIdentity personOf(
      SecurityIdentity identity, ProviderUser user, Optional<Role> role) {
    var person =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(user.username()))
            .addCredentials(identity.getCredentials())
            .addAttribute(PROVIDER_ATTRIBUTE, Boolean.TRUE);
    identity.getAttributes().entrySet().stream()
        .filter(attribute -> !WEBSOCKET_EXPIRY_ATTRIBUTE.equals(attribute.getKey()))
        .forEach(attribute -> person.addAttribute(attribute.getKey(), attribute.getValue()));
    role.ifPresent(r -> person.addRole(r.name()));
    if (user.clusterId() != null) {
      person.addAttribute(CurrentActor.CLUSTER_CLAIM, user.clusterId());
    }
    if (user.expiresAt() != null) {
      person.addAttribute(EXPIRES_AT_ATTRIBUTE, user.expiresAt());
    }
    return person.build();
  }

  /** Whether the identity comes from the identity provider rather than from Sigap. */
  public static boolean isProviders(SecurityIdentity identity) {
    return Boolean.TRUE.equals(identity.getAttribute(PROVIDER_ATTRIBUTE))
        || identity.getCredential(AccessTokenCredential.class) != null;
  }
}
