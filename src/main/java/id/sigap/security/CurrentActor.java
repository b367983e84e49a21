package id.sigap.security;

import id.sigap.cases.domain.Actor;
import id.sigap.cases.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind the current request, read from their token. */
@RequestScoped
public class CurrentActor {

  public static final String CLUSTER_CLAIM = "cluster";

  @Inject JsonWebToken token;

  public Actor get() {
    String role = token.getGroups().stream().findFirst().orElseThrow();
    return new Actor(token.getName(), Role.valueOf(role), token.getClaim(CLUSTER_CLAIM));
  }
}
