package id.sigap.stream;

import id.sigap.cases.domain.Actor;
import id.sigap.security.CurrentActor;
import id.sigap.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /api/v1/stream}: every timeline event the signed-in user may see, as it happens. With
 * {@code ?since=<id>} it first replays the later events, then goes live. The upgrade is refused
 * without a valid bearer token or stream ticket.
 */
@WebSocket(path = "/api/v1/stream")
@RolesAllowed({
  Roles.AGENT,
  Roles.TEAM_LEADER,
  Roles.SUPERVISOR,
  Roles.MANAGER,
  Roles.QC,
  Roles.PIC_TICKET,
  Roles.LIAISON_OFFICER,
  Roles.ADMIN
})
public class StreamEndpoint {

  private static final int REPLAY_PAGE = 500;

  @Inject SecurityIdentity identity;
  @Inject StreamHub hub;
  @Inject EventTail tail;
  @Inject StreamEvents events;

  @ConfigProperty(name = "sigap.stream.max-pending", defaultValue = "1000")
  int maxPending;

  @OnOpen
  Uni<Void> open(WebSocketConnection connection) {
    Actor actor = CurrentActor.of(identity);
    long until = tail.delivered();
    long since = sinceOf(connection.handshakeRequest().query(), until);
    Subscriber subscriber = new Subscriber(connection, actor, since, maxPending);
    hub.join(subscriber);
    return replay(subscriber, since, until).invoke(() -> subscriber.goLive(until));
  }

  @OnClose
  void close(WebSocketConnection connection) {
    hub.leave(connection.id());
  }

  private Uni<Void> replay(Subscriber subscriber, long after, long until) {
    if (after >= until) {
      return Uni.createFrom().voidItem();
    }
    return events
        .between(after, until, REPLAY_PAGE)
        .chain(
            page -> {
              subscriber.replay(page);
              return page.size() < REPLAY_PAGE
                  ? Uni.createFrom().voidItem()
                  : replay(subscriber, lastIdOf(page), until);
            });
  }

  private static long lastIdOf(List<StreamEvent> page) {
    return page.get(page.size() - 1).id();
  }

  /** No {@code since}: live only, from now on. */
  static long sinceOf(String query, long now) {
    if (query == null) {
      return now;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("since=")) {
        try {
          return Math.max(0, Long.parseLong(pair.substring("since=".length())));
        } catch (NumberFormatException e) {
          return now;
        }
      }
    }
    return now;
  }
}
