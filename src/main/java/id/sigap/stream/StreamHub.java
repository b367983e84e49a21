package id.sigap.stream;

import id.sigap.security.Sessions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The open streams of this replica. Every few seconds it asks the database which of their sessions
 * are still active, and closes the others: a sign-out or a role change on any replica ends the
 * person's streams everywhere within seconds.
 */
@ApplicationScoped
class StreamHub {

  private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
  private final Sessions sessions;

  StreamHub(Sessions sessions) {
    this.sessions = sessions;
  }

  @Scheduled(
      every = "${sigap.stream.session-check-interval:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> closeEndedSessions() {
    Set<UUID> open =
        subscribers.values().stream()
            .map(Subscriber::session)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return sessions
        .activeAmong(open)
        .invoke(
            active ->
                subscribers.values().stream()
                    .filter(s -> s.session() != null && !active.contains(s.session()))
                    .forEach(Subscriber::closeAsSignedOut))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  void join(Subscriber subscriber) {
    subscribers.put(subscriber.connection().id(), subscriber);
  }

  void leave(String connectionId) {
    subscribers.remove(connectionId);
  }

  void publish(List<StreamEvent> events) {
    if (!events.isEmpty()) {
      subscribers.values().forEach(s -> s.offer(events));
    }
  }

  int size() {
    return subscribers.size();
  }
}
