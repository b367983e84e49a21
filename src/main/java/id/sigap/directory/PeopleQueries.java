package id.sigap.directory;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The people of {@code user_account} read on their own connection, outside any Hibernate session:
 * for checks that run before a request's session opens (R-I-1's on-behalf-of).
 */
@ApplicationScoped
public class PeopleQueries {

  private final Pool pool;

  PeopleQueries(@StatementPool Pool pool) {
    this.pool = pool;
  }

  /**
   * The active person of this username; null for no one, a service account or a deactivated one.
   */
  public Uni<Actor> activePerson(String username) {
    if (username == null || username.indexOf('\0') >= 0 || username.length() > 64) {
      return Uni.createFrom().nullItem();
    }
    return pool.preparedQuery(
            "select username, role, cluster_id from user_account"
                + " where username = $1 and kind = 'PERSON' and deactivated_at is null")
        .execute(Tuple.of(username))
        .map(rows -> rows.size() == 0 ? null : person(rows.iterator().next()));
  }

  private static Actor person(Row row) {
    return new Actor(
        row.getString("username"),
        Role.valueOf(row.getString("role")),
        row.getString("cluster_id"));
  }
}
