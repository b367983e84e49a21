package id.sigap.stream;

import id.sigap.procedure.Actor;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * One open stream: first it replays what the client missed while live events wait in a buffer, then
 * it goes live. Ids only ever increase on the wire, so the seam has no gap and no duplicate. A
 * client that cannot keep up is disconnected; it resumes with {@code since}.
 */
final class Subscriber {

  private static final Logger LOG = Logger.getLogger(Subscriber.class);

  private final WebSocketConnection connection;
  private final Actor actor;
  private final UUID session;
  private final int maxPending;
  private final AtomicInteger pending = new AtomicInteger();
  private List<StreamEvent> buffer = new ArrayList<>();
  private long lastSent;

  Subscriber(
      WebSocketConnection connection, Actor actor, UUID session, long since, int maxPending) {
    this.connection = connection;
    this.actor = actor;
    this.session = session;
    this.lastSent = since;
    this.maxPending = maxPending;
  }

  Actor actor() {
    return actor;
  }

  WebSocketConnection connection() {
    return connection;
  }

  /** The sign-in session the stream was opened in; null when it has none to check. */
  UUID session() {
    return session;
  }

  /** The session ended (sign-out, role change, expiry, revoked service account). */
  void closeAsSignedOut() {
    LOG.infof("Closing the stream of %s: the session ended", actor.username());
    connection
        .close(new io.quarkus.websockets.next.CloseReason(4401, "signed out"))
        .subscribe()
        .with(closed -> {}, failure -> {});
  }

  /** Live events from the tail: held back while the replay runs. */
  synchronized void offer(List<StreamEvent> events) {
    if (buffer != null) {
      buffer.addAll(events);
      if (buffer.size() > maxPending) {
        disconnectAsTooSlow();
      }
      return;
    }
    events.forEach(this::send);
  }

  synchronized void replay(List<StreamEvent> events) {
    events.forEach(this::send);
  }

  /** The replay reached {@code until}: send what arrived meanwhile and stay live. */
  synchronized void goLive(long until) {
    lastSent = Math.max(lastSent, until);
    List<StreamEvent> held = buffer;
    buffer = null;
    held.forEach(this::send);
  }

  private void send(StreamEvent event) {
    // a closed connection fails the send, which only counts it as no longer pending
    if (event.id() <= lastSent || !event.visibleTo(actor)) {
      lastSent = Math.max(lastSent, event.id());
      return;
    }
    lastSent = event.id();
    if (pending.incrementAndGet() > maxPending) {
      disconnectAsTooSlow();
      return;
    }
    connection
        .sendText(event.json())
        .subscribe()
        .with(sent -> pending.decrementAndGet(), failure -> pending.decrementAndGet());
  }

  private void disconnectAsTooSlow() {
    LOG.infof("Closing the stream of %s: the client is not keeping up", actor.username());
    connection
        .close(
            new io.quarkus.websockets.next.CloseReason(
                4008, "too slow: reconnect with since=" + lastSent))
        .subscribe()
        .with(closed -> {}, failure -> {});
  }
}
