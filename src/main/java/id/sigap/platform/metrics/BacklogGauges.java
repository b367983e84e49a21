package id.sigap.platform.metrics;

import id.sigap.cases.domain.CaseStatus;
import id.sigap.timers.DutyKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What is waiting right now, read from the database on a schedule rather than on every scrape:
 * duties past their due time that no replica has fired yet (should stay near 0; a rise means the
 * timers are stuck), hands not yet acknowledged, and cases by status. Every replica reports the
 * same database, so dashboards take {@code max} of these across pods, not {@code sum}.
 */
@ApplicationScoped
public class BacklogGauges {

  private static final Logger LOG = Logger.getLogger(BacklogGauges.class);

  private final Pool pool;
  private final Map<String, AtomicLong> overdueDuties = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> casesByStatus = new ConcurrentHashMap<>();
  private final AtomicLong handsWaiting = new AtomicLong();

  BacklogGauges(Pool pool, MeterRegistry registry) {
    this.pool = pool;
    for (DutyKind kind : DutyKind.values()) {
      AtomicLong value = overdueDuties.computeIfAbsent(kind.name(), k -> new AtomicLong());
      Gauge.builder("sigap.duties.overdue", value, AtomicLong::get)
          .description("Duties past their due time, not fired yet")
          .tag("kind", kind.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    for (CaseStatus status : CaseStatus.values()) {
      AtomicLong value = casesByStatus.computeIfAbsent(status.name(), k -> new AtomicLong());
      Gauge.builder("sigap.cases", value, AtomicLong::get)
          .description("Cases by status")
          .tag("status", status.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    Gauge.builder("sigap.hands.waiting", handsWaiting, AtomicLong::get)
        .description("Raised hands no TL has acknowledged yet")
        .register(registry);
  }

  @Scheduled(
      every = "${sigap.metrics.backlog-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> refresh() {
    return Uni.combine()
        .all()
        .unis(readOverdueDuties(), readCasesByStatus(), readHandsWaiting())
        .discardItems()
        .onFailure()
        .invoke(e -> LOG.debug("Reading the backlog gauges failed; the next run retries", e))
        .onFailure()
        .recoverWithNull();
  }

  private Uni<Void> readOverdueDuties() {
    return pool.query("select kind, count(*) as n from duty where due_at <= now() group by kind")
        .execute()
        .invoke(rows -> fill(overdueDuties, rows, "kind"))
        .replaceWithVoid();
  }

  private Uni<Void> readCasesByStatus() {
    return pool.query("select status, count(*) as n from hard_complaint_case group by status")
        .execute()
        .invoke(rows -> fill(casesByStatus, rows, "status"))
        .replaceWithVoid();
  }

  private Uni<Void> readHandsWaiting() {
    return pool.query("select count(*) as n from escalation where status = 'RAISED'")
        .execute()
        .invoke(rows -> handsWaiting.set(rows.iterator().next().getLong("n")))
        .replaceWithVoid();
  }

  private static void fill(Map<String, AtomicLong> values, Iterable<Row> rows, String keyColumn) {
    Map<String, Long> read = new HashMap<>();
    for (Row row : rows) {
      read.put(row.getString(keyColumn), row.getLong("n"));
    }
    values.forEach((key, value) -> value.set(read.getOrDefault(key, 0L)));
  }
}
