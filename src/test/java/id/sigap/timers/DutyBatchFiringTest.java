package id.sigap.timers;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.cases.Timeline;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.event.CaseEvent.ProgressCheckOverdue;
import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Firing many due duties at once: each batch's events go to the timeline in one statement, its duty
 * moves in batched statements, and every duty still fires once, as the rules decide.
 */
@QuarkusTest
class DutyBatchFiringTest {

  @Inject TestClock clock;
  @Inject DueDuties duties;
  @Inject PolicyRevisions policies;
  @Inject TimersConfig config;
  @Inject Timeline timeline;
  @Inject Pool pool;

  @BeforeEach
  void inTheMorning() {
    clock.advanceToMorningInJakarta(); // call backs due in a few hours stay out of the quiet hours
  }

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  @Test
  void manyChecksAndCallBacksDueAtOnceFireOnceEachUpTheLadder_R_IN_11_R_IN_12_R_X_5_R_F_5()
      throws Exception {
    int caseCount = 300;
    Instant due = clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
    List<UUID> cases = seedCases(caseCount);
    // each case: its first progress check and its call back's second reminder, both due at once
    armAll(cases, DutyKind.PROGRESS_CHECK, 0, due);
    armAll(cases, DutyKind.CALLBACK, 1, due);
    assertThat(2 * caseCount).isGreaterThan(config.batchSize()); // more than one batch

    clock.advance(Duration.ofMinutes(2));
    duties.fireAndSettle();

    Map<String, Long> fired = new HashMap<>();
    for (Object[] row :
        rows(
            "select type || ' ' || (details::jsonb ->> 'alerted') || ' '"
                + " || (details::jsonb ->> 'overdueCount') || ' ' || (details::jsonb ->> 'alertFor'),"
                + " count(distinct case_id), count(*)"
                + " from case_event where case_id = any(cast(cast(:ids as text[]) as uuid[]))"
                + " and type in ('PROGRESS_CHECK_OVERDUE', 'CALLBACK_OVERDUE') group by 1",
            cases)) {
      assertThat(((Number) row[1]).longValue()).as("cases of %s", row[0]).isEqualTo(caseCount);
      fired.put((String) row[0], ((Number) row[2]).longValue());
    }
    // stage 0 alerts the handling TL, stage 1 the supervisor on shift; each exactly once
    assertThat(fired)
        .hasSize(2)
        .allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo((long) caseCount));
    assertThat(fired).containsKey("PROGRESS_CHECK_OVERDUE TEAM_LEADER 1 [\"tl1\"]");
    assertThat(fired.keySet()).anyMatch(k -> k.startsWith("CALLBACK_OVERDUE SUPERVISOR 2 "));

    // each duty moved on one interval from when it fell due, one stage up the ladder
    Policy policy = policies.active();
    Map<String, Long> moved = new HashMap<>();
    for (Object[] row :
        rows(
            "select kind || ' ' || stage || ' ' || to_char(due_at at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), count(*) from duty"
                + " where case_id = any(cast(cast(:ids as text[]) as uuid[])) group by 1",
            cases)) {
      moved.put((String) row[0], ((Number) row[1]).longValue());
    }
    assertThat(moved)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "PROGRESS_CHECK 1 " + due.plus(policy.progressCheckInterval()),
                (long) caseCount,
                "CALLBACK 2 " + due.plus(policy.callbackInterval()),
                (long) caseCount));
  }

  @Test
  void aCaseBusyWithAnActionIsPassedOverAndFiredByTheNextPoll_R_IN_11() throws Exception {
    Instant due = clock.instant().plus(Duration.ofMinutes(1));
    List<UUID> cases = seedCases(1);
    armAll(cases, DutyKind.PROGRESS_CHECK, 0, due);
    SqlConnection connection = pool.getConnection().await().indefinitely();
    try {
      Transaction action = connection.begin().await().indefinitely();
      connection
          .preparedQuery("select id from hard_complaint_case where id = $1 for update")
          .execute(Tuple.of(cases.get(0)))
          .await()
          .indefinitely();
      clock.advance(Duration.ofMinutes(2));
      duties.fireDue();
      assertThat(overdueEvents(cases)).isZero();
      assertThat(
              ((Number)
                      single(
                          "select stage from duty where case_id = cast(cast(:id as text) as uuid)",
                          cases))
                  .intValue())
          .isZero();
      action.rollback().await().indefinitely();
    } finally {
      connection.close().await().indefinitely();
    }
    duties.fireAndSettle();
    assertThat(overdueEvents(cases)).isEqualTo(1);
  }

  @Test
  void eventsAppendedInOneStatementKeepTheirOrder_R_X_3() throws Exception {
    UUID caseId = seedCases(1).get(0);
    Instant now = clock.instant();
    List<Timeline.Entry> entries =
        List.of(1, 2, 3).stream()
            .map(
                n ->
                    new Timeline.Entry(
                        caseId,
                        new ProgressCheckOverdue(
                            "sigap",
                            now,
                            now,
                            "tl1",
                            "TEAM_LEADER",
                            null,
                            n,
                            policies.active().revision(),
                            List.of("tl1"))))
            .toList();
    await(() -> Panache.withTransaction(() -> timeline.appendAll(entries)));
    List<Object[]> appended =
        rows(
            "select id, details::jsonb ->> 'overdueCount',"
                + " cast(extract(epoch from at) * 1000000 as bigint) from case_event"
                + " where case_id = any(cast(cast(:ids as text[]) as uuid[])) order by id",
            List.of(caseId));
    assertThat(appended).extracting(row -> row[1]).containsExactly("1", "2", "3");
    assertThat(appended)
        .extracting(row -> ((Number) row[2]).longValue())
        .containsOnly(ChronoUnit.MICROS.between(Instant.EPOCH, now));
  }

  private long overdueEvents(List<UUID> cases) throws Exception {
    return ((Number)
            single(
                "select count(*) from case_event where case_id = cast(cast(:id as text) as uuid)"
                    + " and type = 'PROGRESS_CHECK_OVERDUE'",
                cases))
        .longValue();
  }

  /** Hard complaints in follow-up with tl1, of one customer, taken in under the active policy. */
  private List<UUID> seedCases(int count) throws Exception {
    UUID customer = UUID.randomUUID();
    String marker = "Uji batch " + UUID.randomUUID();
    Instant now = clock.instant();
    update(
        "insert into customer (id, name, created_at, root_id)"
            + " values (:customer, 'Pelanggan uji', :now, :customer)",
        Map.of("customer", customer, "now", now));
    update(
        "insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name,"
            + " customer_phone, summary, cluster_id, created_by, created_at, handling_tl,"
            + " policy_revision, customer_id)"
            + " select gen_random_uuid(), 'INBOUND_VOICE', 'IN_PROGRESS', true,"
            + " 'Pelanggan ' || n, '0812' || n, :marker, 'C1', 'agent1', :now, 'tl1', :revision,"
            + " :customer from generate_series(1, :count) n",
        Map.of(
            "marker", marker,
            "now", now,
            "revision", policies.active().revision(),
            "customer", customer,
            "count", count));
    return rows(
            "select cast(id as text) from hard_complaint_case where summary = :marker",
            Map.of("marker", marker))
        .stream()
        .map(row -> UUID.fromString((String) row[0]))
        .toList();
  }

  private void armAll(List<UUID> cases, DutyKind kind, int stage, Instant due) throws Exception {
    update(
        "insert into duty (key, kind, case_id, due_at, stage, policy_revision, armed_at)"
            + " select :prefix || id, :kind, id, :due, :stage, :revision, :now"
            + " from unnest(cast(cast(:ids as text[]) as uuid[])) id",
        Map.of(
            "prefix", kind.keyFor(""),
            "kind", kind.name(),
            "due", due,
            "stage", stage,
            "revision", policies.active().revision(),
            "now", clock.instant(),
            "ids", idArray(cases)));
  }

  /** One statement in a transaction of its own. */
  private void update(String sql, Map<String, Object> parameters) throws Exception {
    await(
        () ->
            Panache.withTransaction(
                () ->
                    Panache.getSession()
                        .chain(
                            s -> {
                              var statement = s.createNativeQuery(sql);
                              parameters.forEach(statement::setParameter);
                              return statement.executeUpdate();
                            })));
  }

  /** The one value the statement finds for the first case ({@code :id}). */
  private Object single(String sql, List<UUID> cases) throws Exception {
    return rows(sql, Map.of("id", cases.get(0).toString())).get(0)[0];
  }

  private List<Object[]> rows(String sql, List<UUID> cases) throws Exception {
    return rows(sql, Map.of("ids", idArray(cases)));
  }

  private List<Object[]> rows(String sql, Map<String, Object> parameters) throws Exception {
    return await(
        () ->
            Panache.withSession(
                () ->
                    Panache.getSession()
                        .chain(
                            s -> {
                              var query = s.<Object>createNativeQuery(sql);
                              parameters.forEach(query::setParameter);
                              return query.getResultList();
                            })
                        .map(
                            found ->
                                found.stream()
                                    .map(row -> row instanceof Object[] r ? r : new Object[] {row})
                                    .toList())));
  }

  /** The ids as a text array, cast by the statement (as {@link Timeline} binds its arrays). */
  private static String[] idArray(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toArray(String[]::new);
  }

  private static <T> T await(Supplier<Uni<T>> work) throws Exception {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
