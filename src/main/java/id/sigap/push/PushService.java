package id.sigap.push;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Rejection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.UUID;

/** R-F-5: the tablets that ask to be woken by a push for the alerts of the person signed in. */
@ApplicationScoped
public class PushService {

  static final String RULE = "R-F-5";

  private final PushQueries queries;
  private final VapidKeys keys;
  private final PushConfig config;
  private final Clock clock;

  PushService(PushQueries queries, VapidKeys keys, PushConfig config, Clock clock) {
    this.queries = queries;
    this.keys = keys;
    this.config = config;
    this.clock = clock;
  }

  public Uni<String> vapidPublicKey() {
    return keys.get().map(Vapid::publicKeyText);
  }

  /** Keeps the browser's subscription for {@code username}, replacing what that endpoint had. */
  public Uni<UUID> subscribe(String username, String endpoint, String p256dh, String auth) {
    return Uni.createFrom()
        .deferred(
            () -> {
              checkEndpoint(endpoint);
              checkKeys(p256dh, auth);
              return queries.upsert(username, endpoint.strip(), p256dh, auth, clock.instant());
            });
  }

  public Uni<Void> unsubscribe(String username, String endpoint) {
    return queries
        .delete(username, endpoint.strip())
        .invoke(
            deleted -> {
              if (!deleted) {
                throw new NotFoundProblem("Push subscription", endpoint);
              }
            })
        .replaceWithVoid();
  }

  private void checkEndpoint(String endpoint) {
    URI uri;
    try {
      uri = new URI(endpoint.strip());
    } catch (URISyntaxException e) {
      throw rejection("Not a URL", "The endpoint is not a valid URL");
    }
    boolean secure = "https".equals(uri.getScheme());
    boolean allowed = secure || (config.allowInsecureEndpoints() && "http".equals(uri.getScheme()));
    if (!allowed || uri.getHost() == null) {
      throw rejection("Not a push service", "A push endpoint is an https:// URL");
    }
  }

  private static void checkKeys(String p256dh, String auth) {
    try {
      P256.publicKey(P256.fromBase64Url(p256dh));
    } catch (IllegalArgumentException e) {
      throw rejection("Not a P-256 key", "keys.p256dh is not a base64url P-256 public key");
    }
    byte[] secret;
    try {
      secret = P256.fromBase64Url(auth);
    } catch (IllegalArgumentException e) {
      throw rejection("Not an auth secret", "keys.auth is not base64url");
    }
    if (secret.length != 16) {
      throw rejection("Not an auth secret", "keys.auth is 16 bytes (RFC 8291)");
    }
  }

  private static RejectedException rejection(String title, String detail) {
    return new RejectedException(Rejection.unprocessable(RULE, title, detail));
  }
}
