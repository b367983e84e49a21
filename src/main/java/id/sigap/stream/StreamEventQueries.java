package id.sigap.stream;

import id.sigap.cases.EventCodec;
import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.Channel;
import id.sigap.procedure.event.EventType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads timeline events, with what decides their audience, in the order of their ids. */
@ApplicationScoped
class StreamEventQueries {

  private final Pool pool;
  private final EventCodec codec;

  StreamEventQueries(@StatementPool Pool pool, EventCodec codec) {
    this.pool = pool;
    this.codec = codec;
  }

  Uni<Long> latestId() {
    return pool.query("select coalesce(max(id), 0) as latest from case_event")
        .execute()
        .map(rows -> rows.iterator().next().getLong("latest"));
  }

  /** Events after {@code afterId} up to {@code untilId} (inclusive), oldest first. */
  Uni<List<StreamEvent>> between(long afterId, long untilId, int limit) {
    return pool.preparedQuery(
            "select e.id, e.case_id, e.type, e.at, e.actor, e.details,"
                + " c.cluster_id, c.created_by, c.channel"
                + " from case_event e join hard_complaint_case c on c.id = e.case_id"
                + " where e.id > $1 and e.id <= $2 order by e.id limit $3")
        .execute(Tuple.of(afterId, untilId, limit))
        .map(
            rows -> {
              List<StreamEvent> events = new ArrayList<>();
              for (Row row : rows) {
                events.add(toEvent(row));
              }
              return events;
            });
  }

  private StreamEvent toEvent(Row row) {
    long id = row.getLong("id");
    EventType type = EventType.valueOf(row.getString("type"));
    Instant at = row.getOffsetDateTime("at").toInstant();
    String actor = row.getString("actor");
    String details = row.getString("details");
    return new StreamEvent(
        id,
        codec.wireJson(id, row.getUUID("case_id"), type, at, actor, details),
        row.getString("cluster_id"),
        row.getString("created_by"),
        Channel.valueOf(row.getString("channel")),
        codec.addresseeOf(type, actor, at, details));
  }
}
