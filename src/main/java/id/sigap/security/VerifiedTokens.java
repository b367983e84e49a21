package id.sigap.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer token parser, remembering the tokens whose signature it has verified: a tablet sends
 * the same token with every request for its quarter of an hour, and checking an RSA signature again
 * each time was a sixth of a request's CPU. A token is served from memory only when it is the same
 * string as the verified one and only before its expiry (by the real time, which the JWT library
 * checks against); after that it goes through the full check again. What can end a token's validity
 * early, its session, is checked on every request apart from this ({@link SessionCheck}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

  /** Beyond this many the memory starts again: a bound, not a working size. */
  static final int MAX_ENTRIES = 20_000;

  private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  VerifiedTokens(JWTAuthContextInfo authContextInfo, JWTCallerPrincipalFactory factory) {
    this(authContextInfo, factory, WallClock.UTC);
  }

  VerifiedTokens(
      JWTAuthContextInfo authContextInfo, JWTCallerPrincipalFactory factory, Clock clock) {
    super(authContextInfo, factory);
    this.clock = clock;
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    JsonWebToken known = verified.get(token);
    if (known != null) {
      if (unexpired(known)) {
        return known;
      }
      verified.remove(token);
    }
    JsonWebToken checked = super.parse(token);
    if (unexpired(checked)) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
      verified.put(token, checked);
    }
    return checked;
  }

  private boolean unexpired(JsonWebToken token) {
    long expiresAt = token.getExpirationTime();
    return expiresAt > 0 && clock.millis() < expiresAt * 1000;
  }
}
