package id.sigap.security;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deletes what sign-in leaves behind once it can no longer matter: sessions ended or expired more
 * than a day ago with their refresh tokens, stream tickets expired an hour ago, throttle records
 * whose window and lock have passed. Idempotent, so every replica may run it.
 */
@ApplicationScoped
public class SignInHousekeeping {

  static final Duration KEEP_SESSIONS = Duration.ofDays(1);
  static final Duration KEEP_TICKETS = Duration.ofHours(1);

  private final Pool pool;
  private final LoginThrottle.Config throttle;
  private final Clock clock = WallClock.UTC;

  SignInHousekeeping(Pool pool, LoginThrottle.Config throttle) {
    this.pool = pool;
    this.throttle = throttle;
  }

  @Scheduled(
      every = "${sigap.security.housekeeping-interval}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return purge().onFailure().recoverWithNull().replaceWithVoid();
  }

  public Uni<Void> purge() {
    Instant now = clock.instant();
    var sessionsBefore = now.minus(KEEP_SESSIONS).atOffset(ZoneOffset.UTC);
    var ticketsBefore = now.minus(KEEP_TICKETS).atOffset(ZoneOffset.UTC);
    var throttleBefore = now.minus(throttle.window()).atOffset(ZoneOffset.UTC);
    String gone = "(s.expires_at < $1 or s.revoked_at < $1)";
    return pool.withTransaction(
        sql ->
            sql.preparedQuery("delete from stream_ticket where expires_at < $1")
                .execute(Tuple.of(ticketsBefore))
                .chain(
                    () ->
                        sql.preparedQuery(
                                "delete from refresh_token t using user_session s"
                                    + " where t.session_id = s.id and "
                                    + gone)
                            .execute(Tuple.of(sessionsBefore)))
                .chain(
                    () ->
                        sql.preparedQuery(
                                "delete from user_session s where "
                                    + gone
                                    + " and not exists (select 1 from stream_ticket k"
                                    + " where k.session_id = s.id)")
                            .execute(Tuple.of(sessionsBefore)))
                .chain(
                    () ->
                        sql.preparedQuery(
                                "delete from login_throttle where window_started_at < $1"
                                    + " and (locked_until is null or locked_until < $1)")
                            .execute(Tuple.of(throttleBefore)))
                .replaceWithVoid());
  }
}
