package id.sigap.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.stream.StreamTickets;
import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What sign-in leaves behind is deleted once it cannot matter, and nothing that still can. */
@QuarkusTest
class SignInHousekeepingTest {

  @Inject Pool pool;
  @Inject SignInHousekeeping housekeeping;

  static OffsetDateTime ago(Duration duration) {
    return OffsetDateTime.now(ZoneOffset.UTC).minus(duration);
  }

  UUID session(String user, OffsetDateTime expiresAt) {
    UUID id = UUID.randomUUID();
    TestUsers.sql(
        "insert into user_session (id, username, created_at, expires_at) values ($1, $2, $3, $4)",
        Tuple.of(id, user, expiresAt.minusHours(12), expiresAt));
    TestUsers.sql(
        "insert into refresh_token (token_hash, session_id, issued_at) values ($1, $2, $3)",
        Tuple.of(UUID.randomUUID().toString(), id, expiresAt.minusHours(12)));
    return id;
  }

  long count(String sql, Object id) {
    return pool.preparedQuery(sql)
        .execute(Tuple.of(id))
        .await()
        .indefinitely()
        .iterator()
        .next()
        .getLong(0);
  }

  @Test
  void sessionsOverADayGoneAreDeletedWithTheirRefreshTokensAndLiveOnesStay() {
    String user = TestUsers.create("QC");
    UUID old = session(user, ago(Duration.ofDays(2)));
    UUID live = session(user, ago(Duration.ofHours(-6)));
    String staleKey = "subject:" + UUID.randomUUID();
    TestUsers.sql(
        "insert into login_throttle (key, failures, window_started_at) values ($1, 3, $2)",
        Tuple.of(staleKey, ago(Duration.ofHours(1))));

    housekeeping.purge().await().indefinitely();

    assertThat(count("select count(*) from user_session where id = $1", old)).isZero();
    assertThat(count("select count(*) from refresh_token where session_id = $1", old)).isZero();
    assertThat(count("select count(*) from user_session where id = $1", live)).isOne();
    assertThat(count("select count(*) from refresh_token where session_id = $1", live)).isOne();
    assertThat(count("select count(*) from login_throttle where key = $1", staleKey)).isZero();
  }

  @Inject StreamTickets tickets;
  @Inject Clock clock;

  @Test
  void streamTicketsExpiredOverAnHourAgoAreDeletedAndOthersStay() {
    String user = TestUsers.create("TEAM_LEADER");
    UUID session = session(user, ago(Duration.ofHours(-6)));
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    String old = "old-" + UUID.randomUUID();
    String recent = "recent-" + UUID.randomUUID();
    for (var ticket :
        java.util.Map.of(old, now.minusHours(2), recent, now.minusMinutes(10)).entrySet()) {
      TestUsers.sql(
          "insert into stream_ticket (ticket, username, role, cluster_id, expires_at, session_id)"
              + " values ($1, $2, 'TEAM_LEADER', 'C1', $3, $4)",
          Tuple.of(ticket.getKey(), user, ticket.getValue(), session));
    }

    tickets.purgeExpired().await().indefinitely();

    assertThat(count("select count(*) from stream_ticket where ticket = $1", old)).isZero();
    assertThat(count("select count(*) from stream_ticket where ticket = $1", recent)).isOne();
  }
}
