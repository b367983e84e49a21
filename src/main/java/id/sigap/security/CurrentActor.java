package id.sigap.security;

import id.sigap.procedure.Actor;
import id.sigap.procedure.Role;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind the current request or stream. */
@RequestScoped
public class CurrentActor {

  public static final String CLUSTER_CLAIM = "cluster";
  public static final String SESSION_CLAIM = "sid";

  @Inject SecurityIdentity identity;

  /** R-I-1: the person a CTI account acts for in this request, once {@link OnBehalfOf} checked. */
  private Actor actingFor;

  public Actor get() {
    return actingFor != null ? actingFor : of(identity);
  }

  void actFor(Actor person) {
    this.actingFor = person;
  }

  public Optional<UUID> session() {
    return sessionOf(identity);
  }

  /**
   * Works for bearer tokens and for stream tickets; both carry the cluster as an attribute once
   * authenticated (see {@link SessionCheck}), a provider's token as its claim.
   */
  public static Actor of(SecurityIdentity identity) {
    // a person of the identity provider whose token names no single Sigap role may do nothing
    String role =
        identity.getRoles().stream()
            .findFirst()
            .orElseThrow(() -> new ForbiddenException("no Sigap role"));
    String cluster = identity.getAttribute(CLUSTER_CLAIM);
    if (cluster == null && identity.getPrincipal() instanceof JsonWebToken token) {
      cluster = token.getClaim(CLUSTER_CLAIM);
    }
    return new Actor(identity.getPrincipal().getName(), Role.valueOf(role), cluster);
  }

  /**
   * The sign-in session the identity belongs to, if it was given by Sigap. The identity provider's
   * tokens have none (their {@code sid} is the provider's session, not Sigap's).
   */
  public static Optional<UUID> sessionOf(SecurityIdentity identity) {
    if (ProviderIdentity.isProviders(identity)) {
      return Optional.empty();
    }
    Object sid = identity.getAttribute(SESSION_CLAIM);
    if (sid == null && identity.getPrincipal() instanceof JsonWebToken token) {
      sid = token.getClaim(SESSION_CLAIM);
    }
    if (sid == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(sid.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
