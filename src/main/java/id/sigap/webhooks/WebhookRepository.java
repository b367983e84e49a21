package id.sigap.webhooks;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook subscriptions (R-I-2). */
@ApplicationScoped
class WebhookRepository {

  private static final String COLUMNS =
      "id, url, events, cluster_id, status, consecutive_failures, created_by, created_at,"
          + " paused_at";

  private final Pool pool;

  WebhookRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  Uni<Void> insert(
      UUID id,
      String url,
      List<String> events,
      String clusterId,
      String secret,
      String by,
      Instant at) {
    return pool.preparedQuery(
            "insert into webhook_subscription (id, url, events, cluster_id, secret, status,"
                + " created_by, created_at) values ($1, $2, $3, $4, $5, 'ACTIVE', $6, $7)")
        .execute(
            Tuple.from(
                new Object[] {
                  id, url, events.toArray(String[]::new), clusterId, secret, by, utc(at)
                }))
        .replaceWithVoid();
  }

  Uni<List<Webhook>> list() {
    return pool.query("select " + COLUMNS + " from webhook_subscription order by created_at, id")
        .execute()
        .map(WebhookRepository::all);
  }

  Uni<Optional<Webhook>> find(UUID id) {
    return pool.preparedQuery("select " + COLUMNS + " from webhook_subscription where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> all(rows).stream().findFirst());
  }

  /** Pauses or resumes; resuming forgets the failures in a row. False when there is no such id. */
  Uni<Boolean> setStatus(UUID id, Webhook.Status status, Instant at) {
    return pool.preparedQuery(
            "update webhook_subscription set status = $2,"
                + " paused_at = case when $2 = 'PAUSED' then coalesce(paused_at, $3) end,"
                + " consecutive_failures = case when $2 = 'ACTIVE' then 0"
                + " else consecutive_failures end"
                + " where id = $1")
        .execute(Tuple.of(id, status.name(), utc(at)))
        .map(rows -> rows.rowCount() == 1);
  }

  Uni<Boolean> delete(UUID id) {
    return pool.preparedQuery("delete from webhook_subscription where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1);
  }

  Uni<Long> countPaused() {
    return pool.query("select count(*) as paused from webhook_subscription where status = 'PAUSED'")
        .execute()
        .map(rows -> rows.iterator().next().getLong("paused"));
  }

  private static List<Webhook> all(RowSet<Row> rows) {
    List<Webhook> found = new ArrayList<>();
    for (Row row : rows) {
      found.add(
          new Webhook(
              row.getUUID("id"),
              row.getString("url"),
              Arrays.asList(row.getArrayOfStrings("events")),
              row.getString("cluster_id"),
              Webhook.Status.valueOf(row.getString("status")),
              row.getInteger("consecutive_failures"),
              row.getString("created_by"),
              instant(row.getOffsetDateTime("created_at")),
              instant(row.getOffsetDateTime("paused_at"))));
    }
    return found;
  }

  static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
