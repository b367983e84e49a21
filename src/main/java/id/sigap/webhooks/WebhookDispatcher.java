package id.sigap.webhooks;

import id.sigap.platform.vertx.VertxContexts;
import id.sigap.stream.NewTimelineEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends the queued webhook deliveries (R-I-2) from every replica: each claims a batch with {@code
 * SKIP LOCKED} and a lease, so that a delivery is sent by one replica at a time, and sends them
 * side by side, at most {@code max-in-flight} at once, each with its own timeouts: a receiver that
 * hangs or fails holds only its own deliveries, never the others nor the procedure, which only
 * queued them. A new timeline event wakes it; a poll covers what a wake-up missed and the retries
 * falling due. Its state is kept on one event-loop context of its own.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final int ANSWER_KEPT = 200;

  private final WebhookDeliveryQueries deliveries;
  private final WebhookRepository subscriptions;
  private final Vertx vertx;
  private final Clock clock;
  private final WebhooksConfig config;
  private final Duration lease;
  private final Counter delivered;
  private final Counter failed;
  private final Counter givenUp;
  private final AtomicLong paused = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private WebClient client;
  private Context context;
  private volatile boolean running;
  // touched only on the dispatcher's context
  private int inFlight;
  private boolean claiming;
  private boolean claimAgain;

  WebhookDispatcher(
      WebhookDeliveryQueries deliveries,
      WebhookRepository subscriptions,
      Vertx vertx,
      Clock clock,
      WebhooksConfig config,
      MeterRegistry registry) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.vertx = vertx;
    this.clock = clock;
    this.config = config;
    this.lease = config.connectTimeout().plus(config.requestTimeout()).plusSeconds(30);
    this.delivered =
        Counter.builder("sigap.webhooks.delivered")
            .description("Webhook deliveries a receiver accepted (2xx)")
            .register(registry);
    this.failed =
        Counter.builder("sigap.webhooks.failed.attempts")
            .description("Webhook delivery attempts that failed (no answer, or not 2xx)")
            .register(registry);
    this.givenUp =
        Counter.builder("sigap.webhooks.given.up")
            .description(
                "Webhook deliveries given up, still failing after sigap.webhooks.give-up-after")
            .register(registry);
    Gauge.builder("sigap.webhooks.subscriptions.paused", paused, AtomicLong::get)
        .description("Webhook subscriptions paused, by an admin or after repeated failures")
        .register(registry);
    Gauge.builder("sigap.webhooks.pending", pending, AtomicLong::get)
        .description("Webhook deliveries not yet delivered nor given up")
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
                .setUserAgent("Sigap-Webhooks")
                .setMaxPoolSize(config.maxInFlight()));
    running = true;
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    if (client != null) {
      client.close();
    }
  }

  /** A new event was appended on some replica: its deliveries may be due now. */
  void onNewEvents(@Observes NewTimelineEvents event) {
    wake();
  }

  @Scheduled(
      every = "${sigap.webhooks.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    wake();
    return Uni.createFrom().voidItem();
  }

  @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> refreshGauges() {
    return Uni.combine()
        .all()
        .unis(
            subscriptions.countPaused().invoke(paused::set),
            deliveries.countPending().invoke(pending::set))
        .discardItems()
        .onFailure()
        .recoverWithNull();
  }

  /** Claims what is due into the free slots, on the dispatcher's context. */
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
    deliveries
        .claim(now, now.plus(lease), free, config.maxInFlightPerSubscription())
        .emitOn(this::onContext)
        .subscribe()
        .with(
            batch -> {
              claiming = false;
              inFlight += batch.size();
              batch.forEach(this::send);
              if (claimAgain || batch.size() == free) {
                claimAgain = false;
                claim();
              }
            },
            failure -> {
              claiming = false;
              LOG.warn("Claiming webhook deliveries failed; the next poll retries", failure);
            });
  }

  private void send(WebhookDeliveryQueries.Claimed delivery) {
    Uni.createFrom()
        .deferred(() -> post(delivery))
        .onItemOrFailure()
        .transformToUni((response, failure) -> record(delivery, response, failure))
        .emitOn(this::onContext)
        .subscribe()
        .with(
            ok -> {
              inFlight--;
              claim();
            },
            failure -> {
              inFlight--;
              LOG.warn(
                  "Recording a webhook delivery failed; its lease runs out and it is resent",
                  failure);
              claim();
            });
  }

  /** Runs the command on the dispatcher's own context, where its counters are kept. */
  private void onContext(Runnable command) {
    context.runOnContext(ignored -> command.run());
  }

  private Uni<HttpResponse<io.vertx.mutiny.core.buffer.Buffer>> post(
      WebhookDeliveryQueries.Claimed delivery) {
    long t = clock.instant().getEpochSecond();
    return client
        .postAbs(delivery.url())
        .putHeader("Content-Type", "application/json")
        .putHeader(
            WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), t, delivery.body()))
        .putHeader(WebhookSignature.EVENT_ID_HEADER, Long.toString(delivery.eventId()))
        .timeout(config.requestTimeout().toMillis())
        .sendBuffer(io.vertx.mutiny.core.buffer.Buffer.newInstance(Buffer.buffer(delivery.body())));
  }

  private Uni<Void> record(
      WebhookDeliveryQueries.Claimed delivery,
      HttpResponse<io.vertx.mutiny.core.buffer.Buffer> response,
      Throwable failure) {
    Instant now = clock.instant();
    if (failure == null && response.statusCode() / 100 == 2) {
      delivered.increment();
      return deliveries.succeeded(delivery.id(), now, response.statusCode(), answer(response));
    }
    failed.increment();
    Integer status = failure == null ? response.statusCode() : null;
    String answer = failure == null ? answer(response) : describe(failure);
    return deliveries
        .failed(
            delivery.id(),
            now,
            now.plus(backoff(delivery.attempts())),
            status,
            answer,
            now.minus(config.giveUpAfter()),
            config.pauseAfterFailures())
        .invoke(
            outcome -> {
              if (outcome.givenUp()) {
                givenUp.increment();
                LOG.warnf(
                    "Webhook delivery %d of event %d given up after %d attempts",
                    delivery.id(), delivery.eventId(), delivery.attempts());
              }
              if (outcome.subscriptionPaused()) {
                LOG.warnf(
                    "Webhook subscription %s paused after %d failures in a row",
                    delivery.subscriptionId(), config.pauseAfterFailures());
              }
            })
        .replaceWithVoid();
  }

  /** The wait after the given number of failed attempts: doubling from the first, capped. */
  Duration backoff(int attempts) {
    Duration wait = config.initialBackoff();
    for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
  }

  private static String answer(HttpResponse<io.vertx.mutiny.core.buffer.Buffer> response) {
    String body = response.bodyAsString();
    String text =
        response.statusCode() + (body == null || body.isBlank() ? "" : " " + body.strip());
    return text.length() > ANSWER_KEPT ? text.substring(0, ANSWER_KEPT) : text;
  }

  private static String describe(Throwable failure) {
    String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    return text.length() > ANSWER_KEPT ? text.substring(0, ANSWER_KEPT) : text;
  }
}
