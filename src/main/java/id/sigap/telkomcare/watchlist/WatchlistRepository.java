package id.sigap.telkomcare.watchlist;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.telkomcare.detection.WatchlistCategory;
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

/** Reads and writes {@code watchlist_entry}; nothing else. */
@ApplicationScoped
class WatchlistRepository {

  private static final String COLUMNS = "id, category, kind, value, created_at, created_by";

  private final Pool pool;

  WatchlistRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /** Every entry, oldest first: a name listed twice keeps the category it was first given. */
  Uni<List<WatchlistRow>> all() {
    return pool.query("select " + COLUMNS + " from watchlist_entry order by id")
        .execute()
        .map(WatchlistRepository::rows);
  }

  /** The new row, or null when the handle or name is already listed. */
  Uni<WatchlistRow> insert(
      WatchlistCategory category,
      WatchlistKind kind,
      String value,
      Instant createdAt,
      String createdBy) {
    return pool.preparedQuery(
            "insert into watchlist_entry (category, kind, value, created_at, created_by)"
                + " values ($1, $2, $3, $4, $5) on conflict do nothing returning "
                + COLUMNS)
        .execute(
            Tuple.of(
                category == null ? null : category.name(),
                kind.name(),
                value,
                OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC),
                createdBy))
        .map(rows -> rows.size() == 0 ? null : row(rows.iterator().next()));
  }

  /** Whether a row was there to delete. */
  Uni<Boolean> delete(long id) {
    return pool.preparedQuery("delete from watchlist_entry where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.rowCount() > 0);
  }

  private static List<WatchlistRow> rows(RowSet<Row> rows) {
    List<WatchlistRow> list = new ArrayList<>(rows.size());
    rows.forEach(row -> list.add(row(row)));
    return list;
  }

  private static WatchlistRow row(Row row) {
    String category = row.getString("category");
    return new WatchlistRow(
        row.getLong("id"),
        category == null ? null : WatchlistCategory.valueOf(category),
        WatchlistKind.valueOf(row.getString("kind")),
        row.getString("value"),
        row.getOffsetDateTime("created_at").toInstant(),
        row.getString("created_by"));
  }
}
