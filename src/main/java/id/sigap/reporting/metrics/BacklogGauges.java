package id.sigap.reporting.metrics;

import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.DutyKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

  private final BacklogQueries queries;
  private final Map<String, AtomicLong> overdueDuties = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> casesByStatus = new ConcurrentHashMap<>();
  private final AtomicLong handsWaiting = new AtomicLong();

  BacklogGauges(BacklogQueries queries, MeterRegistry registry) {
    this.queries = queries;
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
    return queries
        .overdueDutiesByKind()
        .invoke(read -> fill(overdueDuties, read))
        .replaceWithVoid();
  }

  private Uni<Void> readCasesByStatus() {
    return queries.casesByStatus().invoke(read -> fill(casesByStatus, read)).replaceWithVoid();
  }

  private Uni<Void> readHandsWaiting() {
    return queries.handsWaiting().invoke(handsWaiting::set).replaceWithVoid();
  }

  private static void fill(Map<String, AtomicLong> values, Map<String, Long> read) {
    values.forEach((key, value) -> value.set(read.getOrDefault(key, 0L)));
  }
}
