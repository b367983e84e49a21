package id.sigap.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.cases.domain.Channel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads timeline events, with what decides their audience, in the order of their ids. */
@ApplicationScoped
class StreamEvents {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final Pool pool;
  private final ObjectMapper json;

  StreamEvents(Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
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
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", row.getLong("id"));
    message.put("caseId", row.getUUID("case_id").toString());
    message.put("type", row.getString("type"));
    message.put("at", row.getOffsetDateTime("at").toInstant().toString());
    message.put("actor", row.getString("actor"));
    try {
      Map<String, Object> details = json.readValue(row.getString("details"), DETAILS);
      message.putAll(details);
      return new StreamEvent(
          row.getLong("id"),
          json.writeValueAsString(message),
          row.getString("cluster_id"),
          row.getString("created_by"),
          Channel.valueOf(row.getString("channel")),
          details.get("targetTl") instanceof String tl ? tl : null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored event details are not JSON", e);
    }
  }
}
