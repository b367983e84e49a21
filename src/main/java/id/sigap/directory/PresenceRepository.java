package id.sigap.directory;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Floor;
import id.sigap.procedure.Role;
import id.sigap.procedure.rules.FloorRules;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one owner of {@code presence} and {@code presence_log} (R-F-2): who is checked in where, and
 * every check-in and check-out. Runs on its own connections, outside any Hibernate session.
 */
@ApplicationScoped
public class PresenceRepository {

  /**
   * Whether the TL checked in as {@code p} is busy: addressee of a hand they took up (listening, or
   * at the workstation while the call is on: the case not closed and its handling TL not named yet)
   * since they last checked in.
   */
  private static final String BUSY =
      """
      exists (
        select 1 from escalation e join hard_complaint_case c on c.id = e.case_id
        where e.target_tl = p.username and c.status <> 'CLOSED'
          and (e.status = 'LISTENING'
            or (e.status = 'AT_WORKSTATION' and c.handling_tl is null))
          and exists (
            select 1 from case_event ev
            where ev.case_id = e.case_id and ev.id > p.after_event_id
              and ev.actor = p.username and ev.type in ('TL_LISTENING', 'TL_ARRIVED')))""";

  /** Everyone checked in, with their desk. */
  private static final String FLOOR =
      "select p.username, u.role, u.cluster_id as user_cluster, d.id as desk_id, d.kind,"
          + " d.cluster_id as desk_cluster, d.voice_recording, "
          + BUSY
          + " as busy from presence p join user_account u on u.username = p.username"
          + " join desk d on d.id = p.desk_id order by p.username";

  /** The people who may be on the floor, checked in or not. */
  private static final String PEOPLE =
      "select u.username, u.role, u.cluster_id, p.desk_id, p.checked_in_at,"
          + " (p.username is not null and "
          + BUSY
          + ") as busy from user_account u left join presence p on p.username = u.username"
          + " where u.kind = 'PERSON' and u.deactivated_at is null"
          + " and u.role in ('AGENT', 'TEAM_LEADER', 'SUPERVISOR')"
          + " order by u.username";

  private static final String CHECK_IN =
      """
      insert into presence (username, desk_id, checked_in_at, after_event_id)
      values ($1, $2, $3, (select coalesce(max(id), 0) from case_event))
      on conflict (username) do update
        set desk_id = excluded.desk_id, checked_in_at = excluded.checked_in_at,
            after_event_id = excluded.after_event_id""";

  private final Pool pool;

  PresenceRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /** A person on the floor: checked in ({@code deskId} set) or not. */
  public record Person(
      String username, Role role, String clusterId, String deskId, Instant since, boolean busy) {}

  public Uni<Floor> floor() {
    return pool.query(FLOOR)
        .execute()
        .chain(
            rows -> {
              List<Floor.Seat> seats = new ArrayList<>();
              for (Row row : rows) {
                seats.add(seat(row));
              }
              return supervisors().map(spvs -> new Floor(seats, spvs));
            });
  }

  private static Floor.Seat seat(Row row) {
    Desk desk =
        new Desk(
            row.getString("desk_id"),
            Desk.DeskKind.valueOf(row.getString("kind")),
            row.getString("desk_cluster"),
            row.getBoolean("voice_recording"));
    return new Floor.Seat(
        row.getString("username"),
        Role.valueOf(row.getString("role")),
        row.getString("user_cluster"),
        desk,
        row.getBoolean("busy"));
  }

  private Uni<List<String>> supervisors() {
    return pool.preparedQuery(
            "select username from user_account where role = $1 and kind = 'PERSON'"
                + " and deactivated_at is null order by username")
        .execute(Tuple.of(Role.SUPERVISOR.name()))
        .map(rows -> rowsOf(rows, "username"));
  }

  /** R-C-9: an active TelkomCare agent of a cluster, checked in or not. */
  public record TelkomCareAgent(String username, boolean checkedIn) {}

  public Uni<List<TelkomCareAgent>> telkomCareAgents(String clusterId) {
    return pool.preparedQuery(
            "select u.username, p.username is not null as checked_in from user_account u"
                + " left join presence p on p.username = u.username"
                + " where u.telkomcare and u.role = 'AGENT' and u.cluster_id = $1"
                + " and u.kind = 'PERSON' and u.deactivated_at is null order by u.username")
        .execute(Tuple.of(clusterId))
        .map(
            rows -> {
              List<TelkomCareAgent> agents = new ArrayList<>();
              for (Row row : rows) {
                agents.add(
                    new TelkomCareAgent(row.getString("username"), row.getBoolean("checked_in")));
              }
              return agents;
            });
  }

  /** The people who may be on the floor (agents, TLs, supervisors), with their check-in. */
  public Uni<List<Person>> people() {
    return pool.query(PEOPLE)
        .execute()
        .map(
            rows -> {
              List<Person> people = new ArrayList<>();
              for (Row row : rows) {
                OffsetDateTime since = row.getOffsetDateTime("checked_in_at");
                people.add(
                    new Person(
                        row.getString("username"),
                        Role.valueOf(row.getString("role")),
                        row.getString("cluster_id"),
                        row.getString("desk_id"),
                        since == null ? null : since.toInstant(),
                        row.getBoolean("busy")));
              }
              return people;
            });
  }

  /**
   * Checks the person in at the desk (moving them from another desk), with its log entry; a desk
   * someone else holds, also one just taken in a race, is refused with R-F-2.
   */
  public Uni<Void> checkIn(String username, String deskId, Instant at) {
    OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
    return pool.withTransaction(
            sql ->
                sql.preparedQuery(CHECK_IN)
                    .execute(Tuple.of(username, deskId, when))
                    .chain(() -> log(sql, username, deskId, "CHECK_IN", when)))
        .onFailure(PresenceRepository::uniqueViolation)
        .transform(failure -> new RejectedException(FloorRules.deskTaken(deskId, null)));
  }

  /** Checks the person out; answers whether they were checked in. */
  public Uni<Boolean> checkOut(String username, Instant at) {
    OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
    return pool.withTransaction(
        sql ->
            sql.preparedQuery("delete from presence where username = $1 returning desk_id")
                .execute(Tuple.of(username))
                .chain(
                    rows ->
                        rows.size() == 0
                            ? Uni.createFrom().item(false)
                            : log(
                                    sql,
                                    username,
                                    rows.iterator().next().getString("desk_id"),
                                    "CHECK_OUT",
                                    when)
                                .replaceWith(true)));
  }

  /** Who starts at which desk. */
  public record Seat(String username, String deskId) {}

  /**
   * Checks these people in (the demo center's first start), each once: whoever has checked in or
   * out before stays as they left it, and a desk or person taken meanwhile is skipped.
   */
  public Uni<Void> seatOnce(List<Seat> seats, Instant at) {
    if (seats.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return pool.preparedQuery(
            "with seated as (insert into presence (username, desk_id, checked_in_at)"
                + " select $1::varchar, $2::varchar, $3"
                + " where not exists (select 1 from presence_log where username = $1::varchar)"
                + " on conflict do nothing returning username, desk_id, checked_in_at)"
                + " insert into presence_log (username, desk_id, action, at)"
                + " select username, desk_id, 'CHECK_IN', checked_in_at from seated")
        .executeBatch(
            seats.stream()
                .map(s -> Tuple.of(s.username(), s.deskId(), at.atOffset(ZoneOffset.UTC)))
                .toList())
        .replaceWithVoid();
  }

  /**
   * R-F-1: checks out whoever holds the desk, in the caller's transaction, with its log entry;
   * answers who that was (null: nobody).
   */
  public Uni<String> checkOutAtDesk(SqlClient sql, String deskId, Instant at) {
    OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
    return sql.preparedQuery("delete from presence where desk_id = $1 returning username")
        .execute(Tuple.of(deskId))
        .chain(
            rows -> {
              if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
              }
              String holder = rows.iterator().next().getString("username");
              return log(sql, holder, deskId, "CHECK_OUT", when).replaceWith(holder);
            });
  }

  /**
   * R-F-1: checks the person out, in the caller's transaction, with its log entry; answers the desk
   * they held (null: none).
   */
  public Uni<String> checkOutPerson(SqlClient sql, String username, Instant at) {
    OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
    return sql.preparedQuery("delete from presence where username = $1 returning desk_id")
        .execute(Tuple.of(username))
        .chain(
            rows -> {
              if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
              }
              String desk = rows.iterator().next().getString("desk_id");
              return log(sql, username, desk, "CHECK_OUT", when).replaceWith(desk);
            });
  }

  private static Uni<Void> log(
      SqlClient sql, String username, String deskId, String action, OffsetDateTime at) {
    return sql.preparedQuery(
            "insert into presence_log (username, desk_id, action, at) values ($1, $2, $3, $4)")
        .execute(Tuple.of(username, deskId, action, at))
        .replaceWithVoid();
  }

  /** Who is checked in at each desk, by desk id. */
  public Uni<java.util.Map<String, String>> seatedByDesk() {
    return pool.query("select desk_id, username from presence")
        .execute()
        .map(
            rows -> {
              java.util.Map<String, String> seated = new java.util.HashMap<>();
              for (Row row : rows) {
                seated.put(row.getString("desk_id"), row.getString("username"));
              }
              return seated;
            });
  }

  private static boolean uniqueViolation(Throwable failure) {
    return failure instanceof PgException pg
        && pg.getSqlState() != null
        && pg.getSqlState().equals("23505");
  }

  private static List<String> rowsOf(io.vertx.mutiny.sqlclient.RowSet<Row> rows, String column) {
    List<String> values = new ArrayList<>();
    for (Row row : rows) {
      values.add(row.getString(column));
    }
    return values;
  }
}
