package id.sigap.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sigap.platform.vertx.VertxContexts;
import id.sigap.stream.NewTimelineEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Sends the queued pushes (R-F-5) from every replica, as the webhook dispatcher sends deliveries:
 * each replica claims a batch with {@code SKIP LOCKED} and a lease, so that each push goes out
 * once, and sends them side by side with the non-blocking Vert.x WebClient. A push is encrypted for
 * its subscription (RFC 8291) and signed for its push service (VAPID, RFC 8292); {@code Urgency}
 * and a short {@code TTL} make a sleeping tablet wake now or not at all. A 404 or 410 means the
 * browser dropped the subscription: it is deleted. A push not sent within its TTL is given up: the
 * stream shows the hand when the tablet is back.
 */
@ApplicationScoped
public class PushDispatcher {

  private static final Logger LOG = Logger.getLogger(PushDispatcher.class);

  private final PushQueries queries;
  private final VapidKeys keys;
  private final Vertx vertx;
  private final Clock clock;
  private final PushConfig config;
  private final ObjectMapper json;
  private final Duration lease;
  private final Counter sent;
  private final Counter failed;
  private final Counter gone;
  // per bean, not static: a static one would be seeded when the native image is built
  private final SecureRandom random = new SecureRandom();
  private WebClient client;
  private Context context;
  private volatile boolean running;
  // touched only on the dispatcher's context
  private int inFlight;
  private boolean claiming;
  private boolean claimAgain;

  PushDispatcher(
      PushQueries queries,
      VapidKeys keys,
      Vertx vertx,
      Clock clock,
      PushConfig config,
      ObjectMapper json,
      MeterRegistry registry) {
    this.queries = queries;
    this.keys = keys;
    this.vertx = vertx;
    this.clock = clock;
    this.config = config;
    this.json = json;
    this.lease = config.connectTimeout().plus(config.requestTimeout()).plusSeconds(30);
    this.sent =
        Counter.builder("sigap.push.sent")
            .description("Pushes a push service accepted (2xx)")
            .register(registry);
    this.failed =
        Counter.builder("sigap.push.failed")
            .description("Push attempts that failed or were given up")
            .register(registry);
    this.gone =
        Counter.builder("sigap.push.subscriptions.gone")
            .description("Push subscriptions deleted because the push service answered 404 or 410")
            .register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    context = VertxContexts.newEventLoopContext(vertx.getDelegate());
    client =
        WebClient.create(
            vertx,
            new WebClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) Math.max(1, config.requestTimeout().toSeconds()))
                .setFollowRedirects(false)
                .setUserAgent("Sigap-Push")
                .setMaxPoolSize(config.maxInFlight()));
    running = config.enabled();
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    if (client != null) {
      client.close();
    }
  }

  void onNewEvents(@Observes NewTimelineEvents event) {
    wake();
  }

  @Scheduled(
      every = "${sigap.push.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    wake();
    return Uni.createFrom().voidItem();
  }

  @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> purge() {
    return queries
        .purge(clock.instant().minus(config.keepFor()))
        .replaceWithVoid()
        .onFailure()
        .recoverWithNull();
  }

  void wake() {
    if (running) {
      context.runOnContext(ignored -> claim());
    }
  }

  private void claim() {
    int free = config.maxInFlight() - inFlight;
    if (!running || free <= 0) {
      return;
    }
    if (claiming) {
      claimAgain = true;
      return;
    }
    claiming = true;
    Instant now = clock.instant();
    keys.get()
        .chain(
            vapid ->
                queries.claim(now, now.plus(lease), free).map(batch -> new Batch(vapid, batch)))
        .emitOn(this::onContext)
        .subscribe()
        .with(
            batch -> {
              claiming = false;
              inFlight += batch.pushes().size();
              batch.pushes().forEach(push -> send(batch.vapid(), push));
              if (claimAgain || batch.pushes().size() == free) {
                claimAgain = false;
                claim();
              }
            },
            failure -> {
              claiming = false;
              LOG.warn("Claiming pushes failed; the next poll retries", failure);
            });
  }

  private record Batch(Vapid vapid, java.util.List<PushQueries.Claimed> pushes) {}

  private void send(Vapid vapid, PushQueries.Claimed push) {
    Instant now = clock.instant();
    Duration left = config.ttl().minus(Duration.between(push.createdAt(), now));
    Uni<Void> outcome =
        left.isNegative()
            // too late to matter: the stream shows it when the tablet is back
            ? queries.failed(push.id(), null, null).invoke(() -> failed.increment())
            : Uni.createFrom()
                .deferred(() -> post(vapid, push, left))
                .onItemOrFailure()
                .transformToUni((response, failure) -> record(push, response, failure));
    outcome
        .emitOn(this::onContext)
        .subscribe()
        .with(
            ok -> {
              inFlight--;
              claim();
            },
            failure -> {
              inFlight--;
              LOG.warn("Recording a push failed; its lease runs out and it is sent again", failure);
              claim();
            });
  }

  private void onContext(Runnable command) {
    context.runOnContext(ignored -> command.run());
  }

  private Uni<HttpResponse<Buffer>> post(Vapid vapid, PushQueries.Claimed push, Duration left) {
    // an ephemeral key, ECDH and a signature: well under a millisecond, so done on the loop
    byte[] body =
        WebPushEncryption.encrypt(
            payload(push),
            P256.fromBase64Url(push.p256dh()),
            P256.fromBase64Url(push.auth()),
            random);
    String authorization =
        vapid.authorization(
            push.endpoint(), clock.instant().plus(config.jwtLifetime()), config.subject());
    return client
        .postAbs(push.endpoint())
        .putHeader("Authorization", authorization)
        .putHeader("Content-Encoding", "aes128gcm")
        .putHeader("Content-Type", "application/octet-stream")
        .putHeader("TTL", Long.toString(Math.max(0, left.toSeconds())))
        .putHeader("Urgency", config.urgency())
        // a newer alert of the same case replaces an undelivered older one (RFC 8030 Topic)
        .putHeader("Topic", topic(push))
        .timeout(config.requestTimeout().toMillis())
        .sendBuffer(Buffer.buffer(body));
  }

  private Uni<Void> record(
      PushQueries.Claimed push, HttpResponse<Buffer> response, Throwable failure) {
    Instant now = clock.instant();
    int status = failure == null ? response.statusCode() : 0;
    if (failure == null && status / 100 == 2) {
      sent.increment();
      return queries.sent(push.id(), push.subscriptionId(), status, now);
    }
    if (status == 404 || status == 410) {
      gone.increment();
      LOG.infof("Push subscription %s is gone (%d): deleted", push.subscriptionId(), status);
      return queries.forget(push.subscriptionId());
    }
    failed.increment();
    boolean retry = failure != null || status == 429 || status >= 500;
    Instant retryAt = now.plus(config.retryAfter());
    boolean inTime = retryAt.isBefore(push.createdAt().plus(config.ttl()));
    if (!retry || !inTime) {
      LOG.warnf(
          "Push %d of event %d given up: %s",
          push.id(), push.eventId(), failure == null ? status + " " + answer(response) : failure);
    }
    return queries.failed(
        push.id(), failure == null ? status : null, retry && inTime ? retryAt : null);
  }

  /** What the service worker shows: the event's kind and where it leads, no customer data. */
  byte[] payload(PushQueries.Claimed push) {
    ObjectNode message = json.createObjectNode();
    message.put("id", push.eventId());
    message.put("type", push.type());
    message.put("caseId", push.caseId().toString());
    message.put("at", push.at().toString());
    try {
      JsonNode details = json.readTree(push.details());
      for (String field : new String[] {"escalationId", "workstation", "clusterId", "handoverId"}) {
        if (details.hasNonNull(field)) {
          message.put(field, details.get(field).asText());
        }
      }
    } catch (Exception e) {
      // the kind and the case are enough to open it
    }
    message.put("url", "/#/cases/" + push.caseId());
    return message.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 8030 topics are at most 32 base64url characters: the case id without its dashes. */
  private static String topic(PushQueries.Claimed push) {
    return push.caseId().toString().replace("-", "");
  }

  private static String answer(HttpResponse<Buffer> response) {
    String body = response.bodyAsString();
    return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
  }
}
