package id.sigap.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import id.sigap.security.Sessions;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /api/v1/stream}: every timeline event the signed-in user may see, as it happens. With
 * {@code ?since=<id>} it first replays the later events, then goes live. The upgrade is refused
 * without a valid bearer token or stream ticket. Every stream belongs to a session and closes
 * (4401) when it ends; a stream that a provider's token opened gets a session that ends with that
 * token.
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
  @Inject StreamEventQueries events;
  @Inject Sessions sessions;
  @Inject ObjectMapper json;
  @Inject StreamConfig config;

  @OnOpen
  Uni<Void> open(WebSocketConnection connection) {
    Actor actor = CurrentActor.of(identity);
    return sessions
        .forStream(identity)
        .chain(
            session -> {
              long since = sinceOf(connection.handshakeRequest().query(), tail.delivered());
              Subscriber subscriber =
                  new Subscriber(
                      connection, actor, session.orElse(null), since, config.maxPending());
              hub.join(subscriber);
              // read after joining: what the tail hands over from now on reaches the subscriber's
              // buffer, and everything it handed over before is in the replay; read before
              // joining, the events handed over in between would reach neither
              long until = tail.delivered();
              return replay(subscriber, since, until).invoke(() -> subscriber.goLive(until));
            });
  }

  @OnClose
  void close(WebSocketConnection connection) {
    hub.leave(connection.id());
  }

  /**
   * The stream is one-way: the only message a client may send is {@code {"type":"ping"}}, answered
   * with a pong while its session is active. Anything else closes the stream (1008); a ping from an
   * ended session closes it as signed out (4401).
   */
  @OnTextMessage
  Uni<Void> message(String text, WebSocketConnection connection) {
    if (!isPing(text)) {
      return connection.close(new CloseReason(1008, "only {\"type\":\"ping\"} is accepted"));
    }
    Optional<UUID> session = hub.sessionOf(connection.id());
    Uni<Boolean> active =
        session.isEmpty()
            ? Uni.createFrom().item(true)
            : sessions.isActive(session.get(), identity.getPrincipal().getName());
    return active.chain(
        ok ->
            ok
                ? connection.sendText("{\"type\":\"pong\"}")
                : connection.close(new CloseReason(4401, "signed out")));
  }

  @OnBinaryMessage
  Uni<Void> binary(Buffer message, WebSocketConnection connection) {
    return connection.close(new CloseReason(1008, "only {\"type\":\"ping\"} is accepted"));
  }

  private boolean isPing(String text) {
    try {
      JsonNode message = json.readTree(text);
      return message != null
          && message.isObject()
          && message.size() == 1
          && "ping".equals(message.path("type").textValue());
    } catch (IOException e) {
      return false;
    }
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
