package id.sigap.admin;

import id.sigap.directory.PresenceRepository;
import id.sigap.directory.UserAccountRepository;
import id.sigap.directory.UserAccountRepository.AccountChange;
import id.sigap.directory.UserAccountRepository.NewAccount;
import id.sigap.platform.persistence.StatementPool;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Rejection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What admins write when they set the center up (R-F-1): {@code cluster} and {@code desk}, its only
 * writer. The people go to {@link UserAccountRepository} and check-outs to {@link
 * PresenceRepository}, in the same transaction. Runs on its own connections, outside any Hibernate
 * session.
 */
@ApplicationScoped
public class FloorSetupRepository {

  private final Pool pool;
  private final PresenceRepository presence;
  private final UserAccountRepository accounts;

  FloorSetupRepository(
      @StatementPool Pool pool, PresenceRepository presence, UserAccountRepository accounts) {
    this.pool = pool;
    this.presence = presence;
    this.accounts = accounts;
  }

  public record Cluster(String id, String name) {}

  public record Desk(
      String id, String clusterId, String kind, boolean recorded, Instant removedAt) {}

  public record Person(
      String username,
      String name,
      String role,
      String clusterId,
      String kind,
      boolean hasPassword,
      Instant deactivatedAt,
      boolean telkomCare) {}

  /** A person to create; {@code passwordHash} is empty for one who signs in at the provider. */
  public record NewPerson(
      String username,
      String name,
      String role,
      String clusterId,
      String passwordHash,
      boolean telkomCare) {}

  public Uni<List<Cluster>> clusters() {
    return pool.query("select id, name from cluster order by id")
        .execute()
        .map(
            rows -> {
              List<Cluster> clusters = new ArrayList<>();
              rows.forEach(r -> clusters.add(new Cluster(r.getString("id"), r.getString("name"))));
              return clusters;
            });
  }

  public Uni<Optional<Cluster>> cluster(String id) {
    return pool.preparedQuery("select id, name from cluster where id = $1")
        .execute(Tuple.of(id))
        .map(
            rows ->
                rows.size() == 0
                    ? Optional.empty()
                    : Optional.of(
                        new Cluster(
                            rows.iterator().next().getString("id"),
                            rows.iterator().next().getString("name"))));
  }

  /** Creates the cluster; false when one of that id exists. */
  public Uni<Boolean> createCluster(Cluster cluster) {
    return pool.preparedQuery(
            "insert into cluster (id, name) values ($1, $2) on conflict do nothing returning id")
        .execute(Tuple.of(cluster.id(), cluster.name()))
        .map(rows -> rows.size() > 0);
  }

  /** Renames the cluster; false when there is none of that id. */
  public Uni<Boolean> renameCluster(String id, String name) {
    return pool.preparedQuery("update cluster set name = $2 where id = $1 returning id")
        .execute(Tuple.of(id, name))
        .map(rows -> rows.size() > 0);
  }

  /** Every desk, removed ones too (their ids stay taken by the presence log). */
  public Uni<List<Desk>> desks() {
    return pool.query(
            "select id, cluster_id, kind, voice_recording, removed_at from desk order by id")
        .execute()
        .map(
            rows -> {
              List<Desk> desks = new ArrayList<>();
              rows.forEach(r -> desks.add(desk(r)));
              return desks;
            });
  }

  public Uni<Optional<Desk>> desk(String id) {
    return pool.preparedQuery(
            "select id, cluster_id, kind, voice_recording, removed_at from desk where id = $1")
        .execute(Tuple.of(id))
        .map(
            rows ->
                rows.size() == 0 ? Optional.empty() : Optional.of(desk(rows.iterator().next())));
  }

  private static Desk desk(Row r) {
    OffsetDateTime removed = r.getOffsetDateTime("removed_at");
    return new Desk(
        r.getString("id"),
        r.getString("cluster_id"),
        r.getString("kind"),
        r.getBoolean("voice_recording"),
        removed == null ? null : removed.toInstant());
  }

  /**
   * Creates the desk, or puts a removed desk of that id back on the floor as given; false when a
   * desk of that id is on the floor.
   */
  public Uni<Boolean> createDesk(Desk desk) {
    return pool.preparedQuery(
            "insert into desk (id, kind, cluster_id, voice_recording) values ($1, $2, $3, $4)"
                + " on conflict (id) do update set kind = excluded.kind,"
                + " cluster_id = excluded.cluster_id, voice_recording = excluded.voice_recording,"
                + " removed_at = null where desk.removed_at is not null returning id")
        .execute(Tuple.of(desk.id(), desk.kind(), desk.clusterId(), desk.recorded()))
        .map(rows -> rows.size() > 0);
  }

  /**
   * Changes the desk; when {@code checkOut}, whoever holds it is checked out first (R-F-2), in the
   * same transaction. Answers who was checked out (null: nobody).
   */
  public Uni<String> updateDesk(Desk desk, boolean checkOut, Instant at) {
    return pool.withTransaction(
        sql ->
            (checkOut
                    ? presence.checkOutAtDesk(sql, desk.id(), at)
                    : Uni.createFrom().<String>nullItem())
                .call(
                    () ->
                        sql.preparedQuery(
                                "update desk set kind = $2, cluster_id = $3, voice_recording = $4"
                                    + " where id = $1")
                            .execute(
                                Tuple.of(
                                    desk.id(), desk.kind(), desk.clusterId(), desk.recorded()))));
  }

  /**
   * Removes the desk from the floor, checking out whoever holds it first (on the presence log), in
   * one transaction. Answers who was checked out (null: nobody).
   */
  public Uni<String> removeDesk(String id, Instant at) {
    return pool.withTransaction(
        sql ->
            presence
                .checkOutAtDesk(sql, id, at)
                .call(
                    () ->
                        sql.preparedQuery("update desk set removed_at = $2 where id = $1")
                            .execute(Tuple.of(id, at.atOffset(ZoneOffset.UTC)))));
  }

  private static final String PERSON_COLUMNS =
      "select username, display_name, role, cluster_id, kind, password_hash <> '' as has_password,"
          + " deactivated_at, telkomcare from user_account";

  public Uni<List<Person>> people() {
    return pool.query(PERSON_COLUMNS + " order by username")
        .execute()
        .map(
            rows -> {
              List<Person> people = new ArrayList<>();
              rows.forEach(r -> people.add(person(r)));
              return people;
            });
  }

  public Uni<Optional<Person>> person(String username) {
    return pool.preparedQuery(PERSON_COLUMNS + " where username = $1")
        .execute(Tuple.of(username))
        .map(
            rows ->
                rows.size() == 0 ? Optional.empty() : Optional.of(person(rows.iterator().next())));
  }

  private static Person person(Row r) {
    OffsetDateTime deactivated = r.getOffsetDateTime("deactivated_at");
    return new Person(
        r.getString("username"),
        r.getString("display_name"),
        r.getString("role"),
        r.getString("cluster_id"),
        r.getString("kind"),
        r.getBoolean("has_password"),
        deactivated == null ? null : deactivated.toInstant(),
        r.getBoolean("telkomcare"));
  }

  /** Creates the person; false when the username is taken. */
  public Uni<Boolean> createPerson(NewPerson p) {
    return accounts.create(accountOf(p));
  }

  private static NewAccount accountOf(NewPerson p) {
    return new NewAccount(
        p.username(), p.name(), p.passwordHash(), p.role(), p.clusterId(), p.telkomCare());
  }

  /**
   * Changes the person; when {@code checkOut} (a changed role or cluster, a deactivation) they are
   * checked out first, in the same transaction. Their sessions end with it (V20 and V35: the
   * database's trigger), and their streams close with their sessions. {@code passwordHash} null
   * keeps the password.
   */
  public Uni<Void> updatePerson(Person changed, String passwordHash, boolean checkOut, Instant at) {
    return pool.withTransaction(
        sql ->
            (checkOut
                    ? presence.checkOutPerson(sql, changed.username(), at)
                    : Uni.createFrom().<String>nullItem())
                .chain(
                    () ->
                        accounts.change(
                            sql,
                            new AccountChange(
                                changed.username(),
                                changed.name(),
                                changed.role(),
                                changed.clusterId(),
                                passwordHash,
                                changed.deactivatedAt(),
                                changed.telkomCare()))));
  }

  /** Of the given ids, those of clusters that exist. */
  public Uni<Set<String>> existingClusters(Set<String> ids) {
    return existing("select id as v from cluster where id = any($1)", ids);
  }

  /** Of the given ids, those of desks that exist (removed ones too). */
  public Uni<Set<String>> existingDesks(Set<String> ids) {
    return existing("select id as v from desk where id = any($1)", ids);
  }

  /** Of the given usernames, those taken. */
  public Uni<Set<String>> existingUsernames(Set<String> usernames) {
    return accounts.taken(usernames);
  }

  private Uni<Set<String>> existing(String query, Set<String> values) {
    if (values.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    return pool.preparedQuery(query)
        .execute(Tuple.of(values.toArray(String[]::new)))
        .map(FloorSetupRepository::strings);
  }

  private static Set<String> strings(RowSet<Row> rows) {
    Set<String> found = new HashSet<>();
    rows.forEach(r -> found.add(r.getString("v")));
    return found;
  }

  /**
   * Writes a whole import in one transaction: clusters, then people and desks. An id another admin
   * took meanwhile refuses all of it (R-F-1).
   */
  public Uni<Void> importCenter(List<Cluster> clusters, List<NewPerson> people, List<Desk> desks) {
    return pool.<Void>withTransaction(
            sql ->
                batch(
                        sql,
                        "insert into cluster (id, name) values ($1, $2)",
                        clusters.stream().map(c -> Tuple.of(c.id(), c.name())).toList())
                    .chain(
                        () ->
                            accounts.createAll(
                                sql, people.stream().map(FloorSetupRepository::accountOf).toList()))
                    .chain(
                        () ->
                            batch(
                                sql,
                                "insert into desk (id, kind, cluster_id, voice_recording)"
                                    + " values ($1, $2, $3, $4)",
                                desks.stream()
                                    .map(
                                        d ->
                                            Tuple.of(d.id(), d.kind(), d.clusterId(), d.recorded()))
                                    .toList())))
        .onFailure(
            failure ->
                failure instanceof PgException pg
                    && pg.getSqlState() != null
                    && pg.getSqlState().startsWith("23"))
        .transform(
            failure ->
                new RejectedException(
                    Rejection.conflict(
                        "R-F-1",
                        "Taken meanwhile",
                        "A cluster, username or desk of the import was created meanwhile;"
                            + " nothing was imported, try again")));
  }

  /** Creates the clusters and desks not there yet and leaves the others as they are. */
  public Uni<Void> createMissing(List<Cluster> clusters, List<Desk> desks) {
    return batch(
            pool,
            "insert into cluster (id, name) values ($1, $2) on conflict do nothing",
            clusters.stream().map(c -> Tuple.of(c.id(), c.name())).toList())
        .chain(
            () ->
                batch(
                    pool,
                    "insert into desk (id, kind, cluster_id, voice_recording)"
                        + " values ($1, $2, $3, $4) on conflict do nothing",
                    desks.stream()
                        .map(d -> Tuple.of(d.id(), d.kind(), d.clusterId(), d.recorded()))
                        .toList()));
  }

  private static Uni<Void> batch(SqlClient sql, String statement, List<Tuple> rows) {
    return rows.isEmpty()
        ? Uni.createFrom().voidItem()
        : sql.preparedQuery(statement).executeBatch(rows).replaceWithVoid();
  }
}
