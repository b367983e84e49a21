package id.sigap.support;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/**
 * People made for one test, so that signing them out or changing them touches no one else. They
 * never take part in the demo center's routing: their names sort after every demo person's (the
 * first supervisor by name gets unrouted hands) and agents and TLs get a cluster of their own (a
 * cluster's other TL is its backup).
 */
public final class TestUsers {

  private TestUsers() {}

  /** A new person of the role; agents and TLs in a new cluster. The password is the username. */
  public static String create(String role) {
    boolean clustered = role.equals("AGENT") || role.equals("TEAM_LEADER");
    return create(role, clustered ? cluster() : null);
  }

  /** A new person of the role in the given cluster (may be null). */
  public static String create(String role, String cluster) {
    String username =
        "zz-"
            + role.toLowerCase().replace("_", "")
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    sql(
        "insert into user_account (username, display_name, password_hash, role, cluster_id)"
            + " values ($1, $2, $3, $4, $5)",
        Tuple.of(username, "Test " + username, BcryptUtil.bcryptHash(username), role, cluster));
    return username;
  }

  /** A new cluster with no desks and no people. */
  public static String cluster() {
    String id = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    sql("insert into cluster (id, name) values ($1, $2)", Tuple.of(id, "Test cluster " + id));
    return id;
  }

  /** A new desk of the kind (CLUSTER_DESK, TL_EXTENSION, WORKSTATION) in the cluster; its id. */
  public static String desk(String cluster, String kind, boolean recorded) {
    String id = cluster + "-" + kind.substring(0, 2) + "-" + (int) (Math.random() * 1e6);
    sql(
        "insert into desk (id, kind, cluster_id, voice_recording) values ($1, $2, $3, $4)",
        Tuple.of(id, kind, cluster, recorded));
    return id;
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
