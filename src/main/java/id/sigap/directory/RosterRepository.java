package id.sigap.directory;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.Role;
import id.sigap.procedure.RosterShift;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The one owner of {@code roster_shift} (R-F-1): each cluster's weekly roster of TLs and SPVs. Runs
 * on its own connections, outside any Hibernate session.
 */
@ApplicationScoped
public class RosterRepository {

  private static final String COLUMNS =
      "select cluster_id, weekday, starts_at, ends_at, role, username from roster_shift";

  private final Pool pool;

  RosterRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /** Every cluster's roster. */
  public Uni<List<RosterShift>> all() {
    return pool.query(COLUMNS + " order by cluster_id, weekday, starts_at, username")
        .execute()
        .map(RosterRepository::shifts);
  }

  /** One cluster's roster, by day and start. */
  public Uni<List<RosterShift>> of(String clusterId) {
    return pool.preparedQuery(
            COLUMNS + " where cluster_id = $1 order by weekday, starts_at, role, username")
        .execute(Tuple.of(clusterId))
        .map(RosterRepository::shifts);
  }

  /** Replaces the cluster's week with the given shifts, in one transaction. */
  public Uni<Void> replace(String clusterId, List<RosterShift> shifts) {
    return pool.withTransaction(
        sql ->
            sql.preparedQuery("delete from roster_shift where cluster_id = $1")
                .execute(Tuple.of(clusterId))
                .chain(
                    () ->
                        shifts.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : sql.preparedQuery(
                                    "insert into roster_shift (cluster_id, weekday, starts_at,"
                                        + " ends_at, role, username)"
                                        + " values ($1, $2, $3, $4, $5, $6)")
                                .executeBatch(
                                    shifts.stream()
                                        .map(
                                            s ->
                                                Tuple.of(
                                                    clusterId,
                                                    (short) s.day().getValue(),
                                                    s.start(),
                                                    s.end(),
                                                    s.role().name(),
                                                    s.username()))
                                        .toList())
                                .replaceWithVoid()));
  }

  private static List<RosterShift> shifts(RowSet<Row> rows) {
    List<RosterShift> shifts = new ArrayList<>();
    for (Row row : rows) {
      shifts.add(
          new RosterShift(
              row.getString("cluster_id"),
              DayOfWeek.of(row.getShort("weekday")),
              row.getLocalTime("starts_at"),
              row.getLocalTime("ends_at"),
              Role.valueOf(row.getString("role")),
              row.getString("username")));
    }
    return shifts;
  }
}
