package id.sigap.security;

import id.sigap.platform.persistence.StatementPool;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Slows down password guessing: after {@code user-failures} wrong passwords for one username, or
 * {@code address-failures} from one address, within {@code window}, that key is locked. The first
 * lock lasts {@code first-lock}, each next one twice as long, never more than {@code max-lock}. A
 * successful sign-in clears the username's record (not the address's: one valid account must not
 * let an address guess on). The counters live in the database, so every replica counts together.
 */
@ApplicationScoped
public class LoginThrottle {

  @ConfigMapping(prefix = "sigap.login")
  public interface Config {
    @WithDefault("5")
    @Positive
    int userFailures();

    @WithDefault("20")
    @Positive
    int addressFailures();

    @WithDefault("PT15M")
    @DurationMin(seconds = 1)
    Duration window();

    @WithDefault("PT30S")
    @DurationMin(seconds = 1)
    Duration firstLock();

    @WithDefault("PT15M")
    @DurationMin(seconds = 1)
    Duration maxLock();
  }

  private final Pool pool;
  private final Clock clock;
  private final Config config;

  LoginThrottle(@StatementPool Pool pool, Config config) {
    this.pool = pool;
    this.clock = WallClock.UTC;
    this.config = config;
  }

  /** How a caller is known to the throttle: the name they try and where they come from. */
  public record Attempt(String subject, String address) {
    List<String> keys() {
      return List.of("subject:" + subject, "address:" + address);
    }
  }

  /** How long the attempt must wait, if any of its keys is locked. */
  public Uni<Optional<Duration>> lockedFor(Attempt attempt) {
    Instant now = clock.instant();
    return pool.preparedQuery(
            "select max(locked_until) as until from login_throttle"
                + " where key = any($1) and locked_until > $2")
        .execute(Tuple.of(attempt.keys().toArray(String[]::new), utc(now)))
        .map(
            rows -> {
              OffsetDateTime until = rows.iterator().next().getOffsetDateTime("until");
              return until == null
                  ? Optional.<Duration>empty()
                  : Optional.of(Duration.between(now, until.toInstant()));
            });
  }

  public Uni<Void> failed(Attempt attempt) {
    Instant now = clock.instant();
    return pool.withTransaction(
        sql ->
            count(sql, attempt.keys().get(0), config.userFailures(), now)
                .chain(() -> count(sql, attempt.keys().get(1), config.addressFailures(), now)));
  }

  public Uni<Void> succeeded(Attempt attempt) {
    return pool.preparedQuery("delete from login_throttle where key = $1")
        .execute(Tuple.of(attempt.keys().get(0)))
        .replaceWithVoid();
  }

  /** Deletes the records whose window and lock have both passed. */
  public Uni<Void> purgePassed(Instant now) {
    OffsetDateTime before = utc(now.minus(config.window()));
    return pool.preparedQuery(
            "delete from login_throttle where window_started_at < $1"
                + " and (locked_until is null or locked_until < $1)")
        .execute(Tuple.of(before))
        .replaceWithVoid();
  }

  private Uni<Void> count(SqlClient sql, String key, int threshold, Instant now) {
    return sql.preparedQuery(
            "insert into login_throttle (key, failures, window_started_at) values ($1, 0, $2)"
                + " on conflict do nothing")
        .execute(Tuple.of(key, utc(now)))
        .chain(
            () ->
                sql.preparedQuery(
                        "select failures, window_started_at, lockouts, locked_until"
                            + " from login_throttle where key = $1 for update")
                    .execute(Tuple.of(key)))
        .chain(
            rows -> {
              Counter next =
                  Counter.of(rows.iterator().next()).afterFailure(now, threshold, config);
              return sql.preparedQuery(
                      "update login_throttle set failures = $2, window_started_at = $3,"
                          + " lockouts = $4, locked_until = $5 where key = $1")
                  .execute(
                      Tuple.of(
                          key,
                          next.failures,
                          utc(next.windowStartedAt),
                          next.lockouts,
                          next.lockedUntil == null ? null : utc(next.lockedUntil)));
            })
        .replaceWithVoid();
  }

  /** One key's record, and the rule that moves it on after a failure. */
  record Counter(int failures, Instant windowStartedAt, int lockouts, Instant lockedUntil) {

    static Counter of(Row row) {
      OffsetDateTime locked = row.getOffsetDateTime("locked_until");
      return new Counter(
          row.getInteger("failures"),
          row.getOffsetDateTime("window_started_at").toInstant(),
          row.getInteger("lockouts"),
          locked == null ? null : locked.toInstant());
    }

    Counter afterFailure(Instant now, int threshold, Config config) {
      int failures = this.failures;
      Instant windowStart = this.windowStartedAt;
      int lockouts = this.lockouts;
      if (windowStart.plus(config.window()).isBefore(now)) {
        failures = 0;
        windowStart = now;
        boolean quietSinceLastLock =
            lockedUntil == null || lockedUntil.plus(config.window()).isBefore(now);
        if (quietSinceLastLock) {
          lockouts = 0;
        }
      }
      failures++;
      if (failures < threshold) {
        return new Counter(failures, windowStart, lockouts, lockedUntil);
      }
      lockouts++;
      return new Counter(0, now, lockouts, now.plus(lockDuration(lockouts, config)));
    }

    /** first-lock, doubled for each lock since the key was last quiet, capped at max-lock. */
    static Duration lockDuration(int lockouts, Config config) {
      Duration lock = config.firstLock();
      for (int i = 1; i < lockouts && lock.compareTo(config.maxLock()) < 0; i++) {
        lock = lock.multipliedBy(2);
      }
      return lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock;
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
