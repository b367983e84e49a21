package id.sigap.security;

import id.sigap.cases.domain.Actor;
import id.sigap.cases.domain.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind the current request or stream. */
@RequestScoped
public class CurrentActor {

  public static final String CLUSTER_CLAIM = "cluster";

  @Inject SecurityIdentity identity;

  public Actor get() {
    return of(identity);
  }

  /** Works for bearer tokens and for stream tickets, which carry the cluster as an attribute. */
  public static Actor of(SecurityIdentity identity) {
    String role = identity.getRoles().stream().findFirst().orElseThrow();
    String cluster =
        identity.getPrincipal() instanceof JsonWebToken token
            ? token.getClaim(CLUSTER_CLAIM)
            : identity.getAttribute(CLUSTER_CLAIM);
    return new Actor(identity.getPrincipal().getName(), Role.valueOf(role), cluster);
  }
}
