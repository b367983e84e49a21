package id.sigap.security;

import id.sigap.platform.persistence.StatementPool;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sign-in sessions in the database, so that every replica sees a sign-out at once: each session has
 * an absolute expiry, a refresh token that is replaced on every use, and can be revoked.
 */
@ApplicationScoped
public class Sessions {

  // per bean, not static: a static one would be seeded when the native image is built
  private final SecureRandom random = new SecureRandom();

  private final Pool pool;
  private final SessionCache cache;
  private final Clock clock;
  private final Duration lifetime;

  Sessions(@StatementPool Pool pool, SessionCache cache, TokenConfig config) {
    this.pool = pool;
    this.cache = cache;
    this.clock = WallClock.UTC;
    this.lifetime = config.sessionLifetime();
  }

  /** A session and the refresh token that renews it. */
  public record Opened(UUID sessionId, String username, String refreshToken, Instant expiresAt) {}

  public Uni<Opened> open(String username) {
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    Instant expiresAt = now.plus(lifetime);
    return pool.withTransaction(
        sql ->
            insert(sql, id, username, now, expiresAt)
                .chain(() -> newRefreshToken(sql, id, now))
                .map(token -> new Opened(id, username, token, expiresAt)));
  }

  /** A session for one access token and no refresh token: an integrator asks again. */
  public Uni<Opened> openWithoutRefresh(String username, Duration length) {
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    Instant expiresAt = now.plus(length);
    return insert(pool, id, username, now, expiresAt)
        .replaceWith(new Opened(id, username, null, expiresAt));
  }

  /**
   * The session a stream (or a stream ticket) of this identity belongs to: Sigap's own session, or,
   * for a person of the identity provider, a new session that ends when the provider's access token
   * expires. Such a session ends early like any other: on sign-out, and when the person's role or
   * cluster changes in {@code user_account} (V20). Empty for an identity with neither.
   */
  public Uni<Optional<UUID>> forStream(SecurityIdentity identity) {
    Optional<UUID> own = CurrentActor.sessionOf(identity);
    if (own.isPresent() || !ProviderIdentity.isProviders(identity)) {
      return Uni.createFrom().item(own);
    }
    Instant now = clock.instant();
    Instant expiresAt =
        identity.getAttribute(ProviderIdentity.EXPIRES_AT_ATTRIBUTE) instanceof Instant exp
            ? exp
            : now.plus(TokenIssuer.MAX_LIFETIME);
    UUID id = UUID.randomUUID();
    return insert(pool, id, identity.getPrincipal().getName(), now, expiresAt)
        .replaceWith(Optional.of(id));
  }

  private static Uni<Void> insert(
      SqlClient sql, UUID id, String username, Instant now, Instant expiresAt) {
    return sql.preparedQuery(
            "insert into user_session (id, username, created_at, expires_at)"
                + " values ($1, $2, $3, $4)")
        .execute(Tuple.of(id, username, utc(now), utc(expiresAt)))
        .replaceWithVoid();
  }

  /**
   * Trades a refresh token for a new one in the same session. A token that was already used is a
   * copy in someone else's hands: the whole session ends. Empty when the token is refused.
   */
  public Uni<Optional<Opened>> rotate(String refreshToken) {
    Instant now = clock.instant();
    return pool.withTransaction(
        sql ->
            sql.preparedQuery(
                    "select t.used_at, s.id, s.username, s.expires_at, s.revoked_at"
                        + " from refresh_token t join user_session s on s.id = t.session_id"
                        + " where t.token_hash = $1 for update of t, s")
                .execute(Tuple.of(hash(refreshToken)))
                .chain(
                    rows -> {
                      if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().item(Optional.<Opened>empty());
                      }
                      Row row = rows.iterator().next();
                      UUID session = row.getUUID("id");
                      Instant expiresAt = row.getOffsetDateTime("expires_at").toInstant();
                      if (row.getValue("used_at") != null) {
                        return revoke(sql, session, now).replaceWith(Optional.<Opened>empty());
                      }
                      if (row.getValue("revoked_at") != null || !expiresAt.isAfter(now)) {
                        return Uni.createFrom().item(Optional.<Opened>empty());
                      }
                      return sql.preparedQuery(
                              "update refresh_token set used_at = $2 where token_hash = $1")
                          .execute(Tuple.of(hash(refreshToken), utc(now)))
                          .chain(() -> newRefreshToken(sql, session, now))
                          .map(
                              token ->
                                  Optional.of(
                                      new Opened(
                                          session, row.getString("username"), token, expiresAt)));
                    }));
  }

  /** Signs the person out everywhere: every session, its refresh token and its streams. */
  public Uni<Void> revokeAll(String username) {
    return revokeAll(pool, username, clock.instant());
  }

  /** As {@link #revokeAll(String)}, in the caller's transaction. */
  public Uni<Void> revokeAll(SqlClient sql, String username, Instant at) {
    // forgotten before and after: a request that read the session meanwhile is not remembered
    cache.forgetUser(username);
    return sql.preparedQuery(
            "update user_session set revoked_at = $2 where username = $1 and revoked_at is null")
        .execute(Tuple.of(username, utc(at)))
        .invoke(() -> cache.forgetUser(username))
        .replaceWithVoid();
  }

  /**
   * Deletes sessions that ended or expired before the instant, with their refresh tokens; a session
   * a stream ticket still names stays until the ticket goes.
   */
  public Uni<Void> purgeEndedBefore(Instant before) {
    String gone = "(s.expires_at < $1 or s.revoked_at < $1)";
    Tuple at = Tuple.of(utc(before));
    return pool.withTransaction(
        sql ->
            sql.preparedQuery(
                    "delete from refresh_token t using user_session s where t.session_id = s.id and "
                        + gone)
                .execute(at)
                .chain(
                    () ->
                        sql.preparedQuery(
                                "delete from user_session s where "
                                    + gone
                                    + " and not exists (select 1 from stream_ticket k"
                                    + " where k.session_id = s.id)")
                            .execute(at))
                .replaceWithVoid());
  }

  /**
   * Whether the session is the person's, neither revoked nor expired: known for a few seconds after
   * it was read, and read otherwise ({@link SessionCache}).
   */
  public Uni<Boolean> isActive(UUID sessionId, String username) {
    Instant now = clock.instant();
    if (cache.isKnownActive(sessionId, username, now)) {
      return Uni.createFrom().item(true);
    }
    long beforeRead = cache.beforeRead();
    return pool.preparedQuery(
            "select expires_at from user_session where id = $1 and username = $2"
                + " and revoked_at is null and expires_at > $3")
        .execute(Tuple.of(sessionId, username, utc(now)))
        .map(
            rows -> {
              if (!rows.iterator().hasNext()) {
                return false;
              }
              Instant expiresAt =
                  rows.iterator().next().getOffsetDateTime("expires_at").toInstant();
              cache.remember(sessionId, username, expiresAt, now, beforeRead);
              return true;
            });
  }

  /** Of the given sessions, those still active. */
  public Uni<Set<UUID>> activeAmong(Set<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    return pool.preparedQuery(
            "select id from user_session where id = any($1)"
                + " and revoked_at is null and expires_at > $2")
        .execute(Tuple.of(sessionIds.toArray(UUID[]::new), utc(clock.instant())))
        .map(
            rows -> {
              Set<UUID> active = new HashSet<>();
              rows.forEach(row -> active.add(row.getUUID("id")));
              return active;
            });
  }

  private Uni<Void> revoke(SqlClient sql, UUID session, Instant now) {
    cache.forget(session);
    return sql.preparedQuery("update user_session set revoked_at = $2 where id = $1")
        .execute(Tuple.of(session, utc(now)))
        .invoke(() -> cache.forget(session))
        .replaceWithVoid();
  }

  private Uni<String> newRefreshToken(SqlClient sql, UUID session, Instant now) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return sql.preparedQuery(
            "insert into refresh_token (token_hash, session_id, issued_at) values ($1, $2, $3)")
        .execute(Tuple.of(hash(token), session, utc(now)))
        .replaceWith(token);
  }

  static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static java.time.OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
