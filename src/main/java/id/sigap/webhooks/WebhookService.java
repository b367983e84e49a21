package id.sigap.webhooks;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.event.EventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Webhook subscriptions and their delivery log (R-I-2). */
@ApplicationScoped
public class WebhookService {

  static final String RULE = "R-I-2";
  static final int MIN_SECRET_BYTES = 32;
  static final int MAX_REPLAY_RANGE = 10_000;
  private static final Set<String> LOOPBACK =
      Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "[::]", "::");

  /** Where a request to Sigap was addressed: the URL a subscription may not point at. */
  public record Self(String host, int port) {}

  private final WebhookRepository subscriptions;
  private final WebhookDeliveryQueries deliveries;
  private final Clock clock;
  private final int httpPort;
  private final String httpHost;

  WebhookService(
      WebhookRepository subscriptions,
      WebhookDeliveryQueries deliveries,
      Clock clock,
      @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int httpPort,
      @ConfigProperty(name = "quarkus.http.host", defaultValue = "0.0.0.0") String httpHost) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.clock = clock;
    this.httpPort = httpPort;
    this.httpHost = httpHost;
  }

  public Uni<UUID> create(
      String by, String url, List<EventType> events, String clusterId, String secret, Self self) {
    return Uni.createFrom().deferred(() -> insert(by, url, events, clusterId, secret, self));
  }

  private Uni<UUID> insert(
      String by, String url, List<EventType> events, String clusterId, String secret, Self self) {
    URI target = checkUrl(url, self);
    if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      return refuse(
          "Secret too short",
          "The secret must be at least " + MIN_SECRET_BYTES + " bytes: it signs every delivery");
    }
    if (events.stream().anyMatch(e -> e == null)) {
      return refuse("Unknown event type", "Every entry of events must be an event type");
    }
    UUID id = UUID.randomUUID();
    List<String> types = events.stream().map(Enum::name).distinct().sorted().toList();
    return subscriptions
        .insert(id, target.toString(), types, clusterId, secret, by, clock.instant())
        .replaceWith(id);
  }

  public Uni<List<Webhook>> list() {
    return subscriptions.list();
  }

  public Uni<Webhook> get(UUID id) {
    return subscriptions
        .find(id)
        .map(found -> found.orElseThrow(() -> new NotFoundProblem("Webhook", id.toString())));
  }

  public Uni<Webhook> setStatus(UUID id, Webhook.Status status) {
    return subscriptions
        .setStatus(id, status, clock.instant())
        .chain(found -> found ? get(id) : Uni.createFrom().failure(notFound(id)));
  }

  public Uni<Void> delete(UUID id) {
    return subscriptions
        .delete(id)
        .chain(
            found -> found ? Uni.createFrom().voidItem() : Uni.createFrom().failure(notFound(id)));
  }

  public Uni<List<WebhookDeliveryQueries.Delivery>> deliveries(
      UUID id, String status, Long beforeId, int limit) {
    return get(id).chain(found -> deliveries.log(id, status, beforeId, limit));
  }

  public Uni<Void> replay(UUID id, long deliveryId) {
    return get(id)
        .chain(found -> deliveries.replay(id, deliveryId, clock.instant()))
        .chain(
            found ->
                found
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom()
                        .failure(new NotFoundProblem("Delivery", Long.toString(deliveryId))));
  }

  public Uni<Integer> replayRange(UUID id, long fromEventId, long toEventId) {
    if (toEventId < fromEventId) {
      return refuse("Empty range", "toEventId must not be below fromEventId");
    }
    if (toEventId - fromEventId >= MAX_REPLAY_RANGE) {
      return refuse(
          "Range too long", "At most " + MAX_REPLAY_RANGE + " event ids can be replayed at once");
    }
    return get(id)
        .chain(found -> deliveries.replayRange(id, fromEventId, toEventId, clock.instant()));
  }

  /** An absolute http(s) URL with a host that is not Sigap itself. */
  URI checkUrl(String url, Self self) {
    URI target;
    try {
      target = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw rejection("Not a URL", "The url is not a valid URL");
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw rejection("Not an http(s) URL", "A webhook URL must start with http:// or https://");
    }
    if (target.getHost() == null || target.getHost().isBlank() || target.getUserInfo() != null) {
      throw rejection("No host", "A webhook URL needs a host, and no user name or password in it");
    }
    int port = target.getPort() != -1 ? target.getPort() : scheme.equals("https") ? 443 : 80;
    boolean sigapsPort = port == httpPort || (self != null && port == self.port());
    if (sigapsPort && isSigapsHost(target.getHost().toLowerCase(Locale.ROOT), self)) {
      throw rejection(
          "Points at Sigap",
          "A webhook URL may not point at Sigap itself, which would feed itself");
    }
    return target;
  }

  private boolean isSigapsHost(String host, Self self) {
    if (LOOPBACK.contains(host) || host.equalsIgnoreCase(httpHost)) {
      return true;
    }
    return self != null && host.equalsIgnoreCase(self.host());
  }

  private static NotFoundProblem notFound(UUID id) {
    return new NotFoundProblem("Webhook", id.toString());
  }

  private static RejectedException rejection(String title, String detail) {
    return new RejectedException(Rejection.unprocessable(RULE, title, detail));
  }

  private static <T> Uni<T> refuse(String title, String detail) {
    return Uni.createFrom().failure(rejection(title, detail));
  }
}
