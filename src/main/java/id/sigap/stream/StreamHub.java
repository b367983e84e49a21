package id.sigap.stream;

import id.sigap.security.Sessions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.websockets.next.CloseReason;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The open streams of this replica. Every few seconds it asks the database which of their sessions
 * are still active, and closes the others: a sign-out or a role change on any replica ends the
 * person's streams everywhere within seconds.
 */
@ApplicationScoped
class StreamHub {

  private static final Logger LOG = Logger.getLogger(StreamHub.class);

  /** RFC 6455 "going away": the client reconnects, through the load balancer, and resumes. */
  static final int GOING_AWAY = 1001;

  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
  private volatile boolean shuttingDown;
  private final Sessions sessions;

  StreamHub(MeterRegistry registry, Sessions sessions) {
    this.sessions = sessions;
    Gauge.builder("sigap.stream.connections", subscribers, Map::size)
        .description("Open WebSocket streams on this replica")
        .register(registry);
  }

  @Scheduled(
      every = "${sigap.stream.session-check-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> closeEndedSessions() {
    return closeEndedSessions(sessions::activeAmong);
  }

  /**
   * Closes the streams whose sessions the database no longer has as active. Only the sessions it
   * asked about can be judged: a stream that opened while the answer was on its way is not in it,
   * and is checked next time.
   */
  Uni<Void> closeEndedSessions(Function<Set<UUID>, Uni<Set<UUID>>> activeAmong) {
    Set<UUID> asked =
        subscribers.values().stream()
            .map(Subscriber::session)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return activeAmong
        .apply(asked)
        .invoke(
            active ->
                subscribers.values().stream()
                    .filter(s -> asked.contains(s.session()) && !active.contains(s.session()))
                    .forEach(Subscriber::closeAsSignedOut))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  void join(Subscriber subscriber) {
    subscribers.put(subscriber.connection().id(), subscriber);
    // a stream whose opening finished after shutdown began (its session is read first) would
    // otherwise stay open, unwarned, until the shutdown timeout cuts it
    if (shuttingDown && subscribers.remove(subscriber.connection().id()) != null) {
      subscriber
          .connection()
          .close(new CloseReason(GOING_AWAY, "server shutting down: reconnect"))
          .subscribe()
          .with(ignored -> {}, failure -> {});
    }
  }

  /** The session of an open stream. */
  Optional<UUID> sessionOf(String connectionId) {
    return Optional.ofNullable(subscribers.get(connectionId)).map(Subscriber::session);
  }

  void leave(String connectionId) {
    subscribers.remove(connectionId);
  }

  /**
   * Offers new events to every stream, first to the streams of the people the events name (the
   * addressed TL, the case's agent): with a thousand streams open, the TL a hand is raised to must
   * not wait behind the supervisors' dashboards.
   */
  void publish(List<StreamEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Set<String> named = new HashSet<>();
    for (StreamEvent event : events) {
      named.addAll(event.named());
    }
    List<Subscriber> watchers = new ArrayList<>(subscribers.size());
    for (Subscriber subscriber : subscribers.values()) {
      if (named.contains(subscriber.actor().username())) {
        subscriber.offer(events);
      } else {
        watchers.add(subscriber);
      }
    }
    watchers.forEach(s -> s.offer(events));
  }

  int size() {
    return subscribers.size();
  }

  /**
   * A replica that stops closes its streams with "going away" instead of letting them drop, so that
   * clients reconnect at once to another replica with {@code since} and miss nothing. This happens
   * as shutdown begins: an open stream would otherwise hold the graceful shutdown for its whole
   * timeout. The shutdown event itself closes whatever opened after that.
   */
  void goingAway(@Observes ShutdownDelayInitiatedEvent event) {
    closeAll();
  }

  void goingAway(@Observes ShutdownEvent event) {
    closeAll();
  }

  private void closeAll() {
    shuttingDown = true;
    List<Subscriber> open = List.copyOf(subscribers.values());
    subscribers.clear();
    if (open.isEmpty()) {
      return;
    }
    LOG.infof("Closing %d stream(s): this replica is shutting down", open.size());
    List<Uni<Void>> closing =
        open.stream()
            .map(
                s ->
                    s.connection()
                        .close(new CloseReason(GOING_AWAY, "server shutting down: reconnect"))
                        .onFailure()
                        .recoverWithNull())
            .toList();
    try {
      Uni.join().all(closing).andCollectFailures().await().atMost(CLOSE_WAIT);
    } catch (RuntimeException e) {
      LOG.warn("Some streams did not close in time", e);
    }
  }
}
