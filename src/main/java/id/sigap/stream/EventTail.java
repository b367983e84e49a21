package id.sigap.stream;

import id.sigap.platform.persistence.ListenConnections;
import id.sigap.platform.vertx.VertxContexts;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Follows the timeline table on this replica and hands new events to the local streams, strictly in
 * id order. Any replica's commit wakes it through PostgreSQL LISTEN/NOTIFY; a poll every second
 * covers a missed notification. Ids are taken before commit, so a lower id can become visible after
 * a higher one: the tail waits at such a gap, and skips it only when it outlives the gap timeout (a
 * rolled-back transaction leaves a gap that never fills).
 */
@ApplicationScoped
public class EventTail {

  private static final Logger LOG = Logger.getLogger(EventTail.class);
  private static final int PAGE = 500;

  private final StreamEventQueries events;
  private final StreamHub hub;
  private final Vertx vertx;
  private final ListenConnections listenConnections;
  private final Clock clock;
  private final Duration gapTimeout;
  private final AtomicBoolean reading = new AtomicBoolean();
  private final AtomicBoolean readAgain = new AtomicBoolean();
  private final Event<NewTimelineEvents> newEvents;
  private volatile long delivered;
  private Instant gapSeenAt;
  private PgSubscriber subscriber;

  EventTail(
      StreamEventQueries events,
      StreamHub hub,
      Vertx vertx,
      ListenConnections listenConnections,
      Clock clock,
      StreamConfig config,
      Event<NewTimelineEvents> newEvents) {
    this.events = events;
    this.newEvents = newEvents;
    this.hub = hub;
    this.vertx = vertx;
    this.listenConnections = listenConnections;
    this.clock = clock;
    this.gapTimeout = config.gapTimeout();
  }

  void onStart(@Observes StartupEvent event) {
    // before traffic is served, on the main thread
    delivered = events.latestId().await().indefinitely();
    subscriber = listenConnections.subscriber("sigap-event-tail");
    subscriber.channel("sigap_events").handler(id -> read());
    subscriber.connect().subscribe().with(ok -> {}, e -> LOG.warn("LISTEN failed; polling", e));
  }

  @PreDestroy
  void stop() {
    if (subscriber != null) {
      subscriber.close().subscribe().with(ok -> {}, e -> {});
    }
  }

  /** The highest id handed to the streams of this replica. */
  public long delivered() {
    return delivered;
  }

  @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    read();
    return Uni.createFrom().voidItem();
  }

  void read() {
    if (!reading.compareAndSet(false, true)) {
      readAgain.set(true);
      return;
    }
    events
        .between(delivered, Long.MAX_VALUE, PAGE)
        .subscribe()
        .with(
            page -> {
              boolean waitingAtGap = deliver(page);
              reading.set(false);
              if (readAgain.getAndSet(false) || page.size() == PAGE) {
                read();
              } else if (waitingAtGap) {
                vertx.setTimer(20, t -> read());
              }
            },
            failure -> {
              reading.set(false);
              LOG.warn("Reading new timeline events failed; the next poll retries", failure);
            });
  }

  /** Hands over the events that follow on without a gap; true when it stopped at one. */
  private boolean deliver(List<StreamEvent> page) {
    List<StreamEvent> ready = new ArrayList<>();
    long next = delivered + 1;
    boolean waiting = false;
    for (StreamEvent event : page) {
      if (event.id() != next && !gapOutlived()) {
        waiting = true;
        break;
      }
      gapSeenAt = null;
      ready.add(event);
      next = event.id() + 1;
    }
    delivered = next - 1;
    publishInOwnContext(ready);
    if (!ready.isEmpty()) {
      newEvents.fire(new NewTimelineEvents(delivered));
    }
    return waiting;
  }

  /**
   * Each send to a socket captures the current context for its callbacks. On the bare event loop
   * every capture would make a duplicated context of its own (tracing asks for one), a thousand per
   * event; one duplicated context for the whole batch serves them all. The batch still goes out
   * synchronously, so batches keep their id order.
   */
  private void publishInOwnContext(List<StreamEvent> ready) {
    if (ready.isEmpty()) {
      return;
    }
    Context current = io.vertx.core.Vertx.currentContext();
    if (current == null) {
      hub.publish(ready);
      return;
    }
    VertxContexts.runNowOn(VertxContext.createNewDuplicatedContext(current), ready, hub::publish);
  }

  private boolean gapOutlived() {
    Instant now = clock.instant();
    if (gapSeenAt == null) {
      gapSeenAt = now;
    }
    return Duration.between(gapSeenAt, now).compareTo(gapTimeout) >= 0;
  }
}
