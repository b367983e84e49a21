package id.sigap.reporting.metrics;

import id.sigap.platform.persistence.StatementPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** The read model of the backlog gauges: counts over duties, cases and hands, without a session. */
@ApplicationScoped
class BacklogQueries {

  private final Pool pool;

  BacklogQueries(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /** Duties past their due time by kind. */
  Uni<Map<String, Long>> overdueDutiesByKind() {
    return countsBy(
        "select kind as key, count(*) as n from duty where due_at <= now() group by kind");
  }

  Uni<Map<String, Long>> casesByStatus() {
    return countsBy("select status as key, count(*) as n from hard_complaint_case group by status");
  }

  Uni<Long> handsWaiting() {
    return pool.query("select count(*) as n from escalation where status = 'RAISED'")
        .execute()
        .map(rows -> rows.iterator().next().getLong("n"));
  }

  private Uni<Map<String, Long>> countsBy(String sql) {
    return pool.query(sql)
        .execute()
        .map(
            rows -> {
              Map<String, Long> counts = new HashMap<>();
              for (Row row : rows) {
                counts.put(row.getString("key"), row.getLong("n"));
              }
              return counts;
            });
  }
}
