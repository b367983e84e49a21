package id.sigap.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends each bearer token to the one mechanism that can check it, by its {@code iss} claim: Sigap's
 * own tokens (people of the embedded directory, service accounts) to smallrye-jwt, which checks
 * them against Sigap's key and then its session ({@link SessionCheck}); every other token to the
 * identity provider (OIDC), which checks it against the provider's published keys and issuer.
 *
 * <p>Quarkus tries the mechanisms one after another and stops at the first that fails, so without
 * this choice one of the two would refuse the other's tokens. The claim is read before any check,
 * which is safe: whichever mechanism it picks verifies the signature with its own keys, so a token
 * that names Sigap but was signed by anyone else is refused, and so is the reverse.
 */
@ApplicationScoped
public class BearerTokenRouter implements HttpAuthenticationMechanism {

  /** Above both mechanisms it chooses between (smallrye-jwt 1000, OIDC 1001). */
  static final int PRIORITY = 2000;

  private final JWTAuthMechanism sigap;
  private final OidcAuthenticationMechanism provider;
  private final String sigapIssuer;
  private final boolean providerEnabled;

  BearerTokenRouter(
      JWTAuthMechanism sigap,
      OidcAuthenticationMechanism provider,
      @ConfigProperty(name = "mp.jwt.verify.issuer") String sigapIssuer,
      @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
          boolean providerEnabled) {
    this.sigap = sigap;
    this.provider = provider;
    this.sigapIssuer = sigapIssuer;
    this.providerEnabled = providerEnabled;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String token =
        UnverifiedClaims.bearerOf(context.request().getHeader(HttpHeaders.AUTHORIZATION));
    if (token == null) {
      return Uni.createFrom().nullItem();
    }
    return mechanismFor(token).authenticate(context, identityProviderManager);
  }

  HttpAuthenticationMechanism mechanismFor(String token) {
    if (!providerEnabled || isSigaps(token)) {
      return sigap;
    }
    return provider;
  }

  private boolean isSigaps(String token) {
    // a token that is not a readable JWS is Sigap's to refuse
    return UnverifiedClaims.of(token)
        .map(claims -> claims.getValue("iss"))
        .map(issuer -> sigapIssuer.equals(issuer))
        .orElse(true);
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return sigap.getChallenge(context);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TokenAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }
}
