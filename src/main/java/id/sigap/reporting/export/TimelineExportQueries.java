package id.sigap.reporting.export;

import id.sigap.platform.persistence.StatementPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads timelines for export from the event log and the cases, as they are. */
@ApplicationScoped
class TimelineExportQueries {

  private static final String ROWS =
      """
      select k.id as case_id, k.ticket_number, k.channel, k.status, k.hard_complaint, k.cluster_id,
             k.customer_id, k.created_at as case_created_at, k.created_by, k.handling_tl,
             e.id as event_id, e.type, e.at, e.actor, e.details
      from hard_complaint_case k join case_event e on e.case_id = k.id
      """;

  private final Pool pool;

  TimelineExportQueries(@StatementPool Pool pool) {
    this.pool = pool;
  }

  Uni<List<TimelineCsv.Row>> ofCase(UUID caseId) {
    return pool.preparedQuery(ROWS + " where k.id = $1 order by e.id")
        .execute(Tuple.of(caseId))
        .map(TimelineExportQueries::rows);
  }

  /** The timelines of the cases taken in within [from, to), at most {@code max} events. */
  Uni<List<TimelineCsv.Row>> ofPeriod(Instant from, Instant to, int max) {
    return pool.preparedQuery(
            ROWS
                + " where k.created_at >= $1 and k.created_at < $2"
                + " order by k.created_at, k.id, e.id limit $3")
        .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), max))
        .map(TimelineExportQueries::rows);
  }

  private static List<TimelineCsv.Row> rows(RowSet<Row> found) {
    List<TimelineCsv.Row> rows = new ArrayList<>();
    for (Row r : found) {
      UUID customer = r.getUUID("customer_id");
      rows.add(
          new TimelineCsv.Row(
              r.getUUID("case_id").toString(),
              r.getString("ticket_number"),
              r.getString("channel"),
              r.getString("status"),
              r.getBoolean("hard_complaint"),
              r.getString("cluster_id"),
              customer == null ? null : customer.toString(),
              instant(r.getOffsetDateTime("case_created_at")),
              r.getString("created_by"),
              r.getString("handling_tl"),
              r.getLong("event_id"),
              r.getString("type"),
              instant(r.getOffsetDateTime("at")),
              r.getString("actor"),
              r.getString("details")));
    }
    return rows;
  }

  private static String instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant().toString();
  }
}
