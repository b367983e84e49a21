package id.sigap.coordination;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.RelatedUnit;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one owner of {@code related_unit_member} (R-C-5): who answers for each related unit. Runs on
 * its own connections, outside any Hibernate session.
 */
@ApplicationScoped
public class UnitMemberRepository {

  private final Pool pool;

  UnitMemberRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /** The units the person answers for. */
  public Uni<Set<RelatedUnit>> unitsOf(String username) {
    return pool.preparedQuery("select unit from related_unit_member where username = $1")
        .execute(Tuple.of(username))
        .map(
            rows -> {
              Set<RelatedUnit> units = EnumSet.noneOf(RelatedUnit.class);
              for (Row row : rows) {
                units.add(RelatedUnit.valueOf(row.getString("unit")));
              }
              return units;
            });
  }

  /** The unit's members, by username. */
  public Uni<List<String>> membersOf(RelatedUnit unit) {
    return pool.preparedQuery(
            "select username from related_unit_member where unit = $1 order by username")
        .execute(Tuple.of(unit.name()))
        .map(rows -> rows.stream().map(row -> row.getString("username")).toList());
  }

  /** A unit and one who answers for it. */
  public record Member(RelatedUnit unit, String username) {}

  /**
   * Gives the units these members when no unit has any yet (the demo center's first start), so an
   * admin's later changes stay.
   */
  public Uni<Void> setUpOnce(List<Member> members) {
    if (members.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return pool.preparedQuery(
            "insert into related_unit_member (unit, username) select * from unnest($1::varchar[],"
                + " $2::varchar[]) where not exists (select 1 from related_unit_member)")
        .execute(
            Tuple.of(
                members.stream().map(m -> m.unit().name()).toArray(String[]::new),
                members.stream().map(Member::username).toArray(String[]::new)))
        .replaceWithVoid();
  }

  /** Replaces the unit's members, in one transaction. */
  public Uni<Void> replace(RelatedUnit unit, List<String> usernames) {
    return pool.withTransaction(
        sql ->
            sql.preparedQuery("delete from related_unit_member where unit = $1")
                .execute(Tuple.of(unit.name()))
                .chain(
                    () ->
                        usernames.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : sql.preparedQuery(
                                    "insert into related_unit_member (unit, username)"
                                        + " values ($1, $2)")
                                .executeBatch(
                                    usernames.stream().map(u -> Tuple.of(unit.name(), u)).toList())
                                .replaceWithVoid()));
  }
}
