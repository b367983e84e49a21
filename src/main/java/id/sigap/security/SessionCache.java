package id.sigap.security;

import id.sigap.platform.persistence.ListenConnections;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What this replica knows of active sessions, so that a request need not read its session back: a
 * session read as active is trusted for {@code sigap.token.session-check-cache}, never past its
 * expiry, and only while this replica listens to {@code sigap_sessions}, where every revocation is
 * announced at commit (V52). While not listening (at start, after the connection dropped) nothing
 * is trusted and every request reads its session, as with the cache switched off.
 */
@ApplicationScoped
public class SessionCache {

  private static final Logger LOG = Logger.getLogger(SessionCache.class);

  /** Beyond this many the cache starts again: a bound on memory, not a working size. */
  static final int MAX_ENTRIES = 100_000;

  private record Known(String username, Instant expiresAt, Instant readAt) {}

  private final Map<UUID, Known> known = new ConcurrentHashMap<>();

  /** Counts what was forgotten, so that a read that overlapped a revocation is not remembered. */
  private final AtomicLong forgettings = new AtomicLong();

  private final Duration trustFor;
  private final ListenConnections listenConnections;
  private volatile PgSubscriber subscriber;
  private volatile boolean listening;

  SessionCache(TokenConfig config, ListenConnections listenConnections) {
    this.trustFor = config.sessionCheckCache();
    this.listenConnections = listenConnections;
  }

  void onStart(@Observes StartupEvent event) {
    if (trustFor.isZero()) {
      return;
    }
    subscriber = listenConnections.subscriber("sigap-session-revocations");
    subscriber.closeHandler(this::stopTrusting);
    subscriber
        .channel("sigap_sessions")
        // (re)subscribed: what was known before may have been revoked unheard
        .subscribeHandler(
            () -> {
              forgetAll();
              listening = true;
            })
        .handler(this::revoked);
    subscriber
        .connect()
        .subscribe()
        .with(
            ok -> {},
            e -> LOG.warn("LISTEN sigap_sessions failed; every request reads its session", e));
  }

  @PreDestroy
  void stop() {
    stopTrusting();
    if (subscriber != null) {
      subscriber.close().subscribe().with(ok -> {}, e -> {});
    }
  }

  private void stopTrusting() {
    listening = false;
    forgetAll();
  }

  private void forgetAll() {
    forgettings.incrementAndGet();
    known.clear();
  }

  private void revoked(String sessionId) {
    try {
      forget(UUID.fromString(sessionId));
    } catch (IllegalArgumentException e) {
      forgetAll();
    }
  }

  /** True when the session is known to be this person's and active at {@code now}. */
  boolean isKnownActive(UUID session, String username, Instant now) {
    if (!listening || subscriber.getDelegate().actualConnection() == null) {
      return false;
    }
    Known k = known.get(session);
    return k != null
        && k.username().equals(username)
        && now.isBefore(k.expiresAt())
        && now.isBefore(k.readAt().plus(trustFor));
  }

  /** To pass to {@link #remember} with what a read that starts now finds. */
  long beforeRead() {
    return forgettings.get();
  }

  /**
   * The session was read as active at {@code readAt}; kept unless something was forgotten since
   * {@code beforeRead} (the session may have been revoked while it was read).
   */
  void remember(UUID session, String username, Instant expiresAt, Instant readAt, long beforeRead) {
    if (!listening || forgettings.get() != beforeRead) {
      return;
    }
    if (known.size() >= MAX_ENTRIES) {
      known.clear();
    }
    known.put(session, new Known(username, expiresAt, readAt));
  }

  /** This replica ended the session: forgotten at once, before the announcement comes back. */
  void forget(UUID session) {
    forgettings.incrementAndGet();
    known.remove(session);
  }

  /** The person's sessions ended here (signed out everywhere, rights changed). */
  public void forgetUser(String username) {
    forgettings.incrementAndGet();
    known.values().removeIf(k -> k.username().equals(username));
  }
}
