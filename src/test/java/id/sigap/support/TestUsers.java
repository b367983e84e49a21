package id.sigap.support;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/** People made for one test, so that signing them out or changing them touches no one else. */
public final class TestUsers {

  private TestUsers() {}

  /** A new person of the role (and cluster, may be null); the password is the username. */
  public static String create(String role, String cluster) {
    String username =
        role.toLowerCase().replace("_", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
    sql(
        "insert into user_account (username, display_name, password_hash, role, cluster_id)"
            + " values ($1, $2, $3, $4, $5)",
        Tuple.of(username, "Test " + username, BcryptUtil.bcryptHash(username), role, cluster));
    return username;
  }

  public static void sql(String statement, Tuple arguments) {
    Arc.container()
        .instance(Pool.class)
        .get()
        .preparedQuery(statement)
        .execute(arguments)
        .await()
        .indefinitely();
  }
}
