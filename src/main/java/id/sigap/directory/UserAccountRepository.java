package id.sigap.directory;

import id.sigap.platform.persistence.StatementPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The only writer of {@code user_account}: the people admins set up, the demo center's, the
 * identity provider's, and the rows service accounts sign in as. Methods taking a {@link SqlClient}
 * run in the caller's transaction, beside what it writes to its own tables.
 */
@ApplicationScoped
public class UserAccountRepository {

  private final Pool pool;

  UserAccountRepository(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /** A person with a password (bcrypt hash) set up by an admin or the demo center. */
  public record NewAccount(
      String username,
      String name,
      String passwordHash,
      String role,
      String clusterId,
      boolean telkomCare) {}

  /** What an admin may change of a person; {@code passwordHash} null keeps the password. */
  public record AccountChange(
      String username,
      String name,
      String role,
      String clusterId,
      String passwordHash,
      Instant deactivatedAt,
      boolean telkomCare) {}

  private static final String INSERT_PERSON =
      "insert into user_account (username, display_name, password_hash, role, cluster_id,"
          + " telkomcare) values ($1, $2, $3, $4, $5, $6)";

  /** Creates the person; false when the username is taken. */
  public Uni<Boolean> create(NewAccount account) {
    return pool.preparedQuery(INSERT_PERSON + " on conflict do nothing returning username")
        .execute(tupleOf(account))
        .map(rows -> rows.size() > 0);
  }

  /** Creates all of the people, or fails with a unique violation when a username is taken. */
  public Uni<Void> createAll(SqlClient sql, List<NewAccount> accounts) {
    return batch(sql, INSERT_PERSON, accounts);
  }

  /** Creates the people whose usernames are free and leaves the others as they are. */
  public Uni<Void> createMissing(List<NewAccount> accounts) {
    return batch(pool, INSERT_PERSON + " on conflict do nothing", accounts);
  }

  private static Uni<Void> batch(SqlClient sql, String statement, List<NewAccount> accounts) {
    if (accounts.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return sql.preparedQuery(statement)
        .executeBatch(accounts.stream().map(UserAccountRepository::tupleOf).toList())
        .replaceWithVoid();
  }

  private static Tuple tupleOf(NewAccount a) {
    return Tuple.of(
        a.username(), a.name(), a.passwordHash(), a.role(), a.clusterId(), a.telkomCare());
  }

  public Uni<Void> change(SqlClient sql, AccountChange change) {
    return sql.preparedQuery(
            "update user_account set display_name = $2, role = $3, cluster_id = $4,"
                + " password_hash = coalesce($5, password_hash), deactivated_at = $6,"
                + " telkomcare = $7 where username = $1")
        .execute(
            Tuple.tuple(
                Arrays.asList(
                    change.username(),
                    change.name(),
                    change.role(),
                    change.clusterId(),
                    change.passwordHash(),
                    change.deactivatedAt() == null
                        ? null
                        : change.deactivatedAt().atOffset(ZoneOffset.UTC),
                    change.telkomCare())))
        .replaceWithVoid();
  }

  /**
   * The row a service account signs in as: its name is its display name, and its password hash is
   * not a bcrypt hash, so no password matches it.
   */
  public Uni<Void> createServiceAccount(
      SqlClient sql, String name, String role, String clusterId, String noPassword) {
    return sql.preparedQuery(
            "insert into user_account (username, display_name, password_hash, role, cluster_id,"
                + " kind) values ($1, $1, $2, $3, $4, 'SERVICE')")
        .execute(Tuple.of(name, noPassword, role, clusterId))
        .replaceWithVoid();
  }

  /**
   * Writes a person of the identity provider: created on first sign-in, updated when their name,
   * role or cluster changed. False when the username belongs to a service account, a deactivated
   * person or another subject, which are left as they are. A subject bound to another username or
   * an unknown cluster fails with the database's constraint violation.
   */
  public Uni<Boolean> recordProviderPerson(
      String username, String name, String role, String clusterId, String subject) {
    return pool.preparedQuery(
            "insert into user_account (username, display_name, password_hash, role, cluster_id,"
                + " kind, provider_subject) values ($1, $2, '', $3, $4, 'PERSON', $5)"
                + " on conflict (username) do update set display_name = excluded.display_name,"
                + " role = excluded.role, cluster_id = excluded.cluster_id,"
                + " provider_subject = excluded.provider_subject"
                + " where user_account.kind = 'PERSON' and user_account.deactivated_at is null"
                + " and (user_account.provider_subject is null"
                + " or user_account.provider_subject = excluded.provider_subject)"
                + " returning username")
        .execute(Tuple.of(username, name, role, clusterId, subject))
        .map(rows -> rows.iterator().hasNext());
  }

  /** Of the given usernames, those taken by a person or a service account. */
  public Uni<Set<String>> taken(Set<String> usernames) {
    if (usernames.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    return pool.preparedQuery("select username from user_account where username = any($1)")
        .execute(Tuple.of(usernames.toArray(String[]::new)))
        .map(UserAccountRepository::usernames);
  }

  private static Set<String> usernames(RowSet<Row> rows) {
    Set<String> found = new HashSet<>();
    rows.forEach(r -> found.add(r.getString("username")));
    return found;
  }
}
