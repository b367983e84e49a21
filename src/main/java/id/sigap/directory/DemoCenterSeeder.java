package id.sigap.directory;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Seeds the demo contact center of SPEC section 7 when {@code sigap.demo.seed} is on. Every insert
 * skips rows that exist, so replicas starting together on one database seed it once.
 */
@ApplicationScoped
public class DemoCenterSeeder {

  private static final Logger LOG = Logger.getLogger(DemoCenterSeeder.class);

  record DemoUser(String username, String name, String role, String cluster, boolean telkomCare) {
    DemoUser(String username, String name, String role, String cluster) {
      this(username, name, role, cluster, false);
    }
  }

  record DemoDesk(String id, String kind, String cluster, boolean recorded) {}

  /** SPEC section 10: who starts checked in where (R-F-2). */
  record DemoSeat(String username, String deskId) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("agent1", "Ayu Lestari", "AGENT", "C1"),
          new DemoUser("agent2", "Bima Saputra", "AGENT", "C1"),
          new DemoUser("agent3", "Citra Dewi", "AGENT", "C2"),
          // not in SPEC section 7: C1's TelkomCare agent, who is given the threads (R-C-9)
          new DemoUser("agent4", "Nadia Putri", "AGENT", "C1", true),
          new DemoUser("tl1", "Dimas Pratama", "TEAM_LEADER", "C1"),
          new DemoUser("tl2", "Eka Wulandari", "TEAM_LEADER", "C2"),
          // not in SPEC section 7: C1's second TL, not checked in, who takes handovers (R-F-4)
          new DemoUser("tl3", "Rudi Hartono", "TEAM_LEADER", "C1"),
          new DemoUser("spv1", "Fajar Nugroho", "SUPERVISOR", null),
          new DemoUser("manager1", "Gita Permata", "MANAGER", null),
          new DemoUser("qc1", "Hendra Wijaya", "QC", null),
          new DemoUser("pic1", "Indah Sari", "PIC_TICKET", null),
          // not in SPEC section 7: the one liaison officer, so that every role can sign in
          new DemoUser("lo1", "Kartika Rahman", "LIAISON_OFFICER", null),
          new DemoUser("admin1", "Joko Santoso", "ADMIN", null));

  static final List<DemoDesk> DESKS =
      List.of(
          new DemoDesk("DESK-C1", "CLUSTER_DESK", "C1", true),
          new DemoDesk("DESK-C2", "CLUSTER_DESK", "C2", true),
          new DemoDesk("EXT-TL1", "TL_EXTENSION", "C1", true),
          new DemoDesk("EXT-TL2", "TL_EXTENSION", "C2", true),
          new DemoDesk("WS-C1-01", "WORKSTATION", "C1", false),
          new DemoDesk("WS-C1-02", "WORKSTATION", "C1", false),
          new DemoDesk("WS-C1-03", "WORKSTATION", "C1", false),
          new DemoDesk("WS-C2-01", "WORKSTATION", "C2", false));

  static final List<DemoSeat> SEATS =
      List.of(
          new DemoSeat("tl1", "DESK-C1"),
          new DemoSeat("tl2", "DESK-C2"),
          new DemoSeat("agent1", "WS-C1-01"),
          new DemoSeat("agent2", "WS-C1-02"),
          new DemoSeat("agent4", "WS-C1-03"),
          new DemoSeat("agent3", "WS-C2-01"));

  private final Pool pool;
  private final boolean enabled;

  DemoCenterSeeder(Pool pool, DemoConfig config) {
    this.pool = pool;
    this.enabled = config.seed();
  }

  void onStart(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    // Runs on the main thread before traffic is served: waiting and hashing here block no event
    // loop.
    List<String> existing =
        pool.query("select username from user_account").execute().await().indefinitely().stream()
            .map(row -> row.getString("username"))
            .toList();
    List<Tuple> newUsers =
        USERS.stream()
            .filter(u -> !existing.contains(u.username()))
            .map(
                u ->
                    Tuple.of(
                        u.username(),
                        u.name(),
                        BcryptUtil.bcryptHash(u.username()),
                        u.role(),
                        u.cluster(),
                        u.telkomCare()))
            .toList();
    pool.withTransaction(sql -> seed(sql, newUsers)).await().indefinitely();
    LOG.info(
        "Demo contact center ready: clusters C1 and C2, users agent1..admin1, tl3, lo1 and agent4");
  }

  private io.smallrye.mutiny.Uni<Void> seed(SqlClient sql, List<Tuple> newUsers) {
    return sql.preparedQuery(
            "insert into cluster (id, name) values ('C1', 'Cluster 1'), ('C2', 'Cluster 2')"
                + " on conflict do nothing")
        .execute()
        .chain(() -> insertUsers(sql, newUsers))
        .chain(() -> insertDesks(sql))
        .chain(() -> checkIn(sql))
        .chain(() -> unitMembers(sql));
  }

  /**
   * R-C-5: who answers for each related unit in the demo center, once (an admin's later changes
   * stay): the liaison officer also for complaint handling, the supervisor for SPV service
   * operation, the manager for the manager.
   */
  private io.smallrye.mutiny.Uni<Void> unitMembers(SqlClient sql) {
    return sql.query(
            "insert into related_unit_member (unit, username)"
                + " select v.unit, v.username from (values ('LIAISON_OFFICER', 'lo1'),"
                + " ('COMPLAINT_HANDLING', 'lo1'), ('SPV_SERVICE_OPERATION', 'spv1'),"
                + " ('MANAGER', 'manager1')) as v (unit, username)"
                + " where not exists (select 1 from related_unit_member)")
        .execute()
        .replaceWithVoid();
  }

  /**
   * The demo people start checked in (SPEC section 10), once: whoever has checked in or out before
   * stays as they left it, and a desk or person taken meanwhile is skipped.
   */
  private io.smallrye.mutiny.Uni<Void> checkIn(SqlClient sql) {
    List<Tuple> rows = SEATS.stream().map(s -> Tuple.of(s.username(), s.deskId())).toList();
    return sql.preparedQuery(
            "with seated as (insert into presence (username, desk_id, checked_in_at)"
                + " select $1::varchar, $2::varchar, now()"
                + " where not exists (select 1 from presence_log where username = $1::varchar)"
                + " on conflict do nothing returning username, desk_id, checked_in_at)"
                + " insert into presence_log (username, desk_id, action, at)"
                + " select username, desk_id, 'CHECK_IN', checked_in_at from seated")
        .executeBatch(rows)
        .replaceWithVoid();
  }

  private io.smallrye.mutiny.Uni<Void> insertUsers(SqlClient sql, List<Tuple> rows) {
    if (rows.isEmpty()) {
      return io.smallrye.mutiny.Uni.createFrom().voidItem();
    }
    return sql.preparedQuery(
            "insert into user_account (username, display_name, password_hash, role, cluster_id,"
                + " telkomcare) values ($1, $2, $3, $4, $5, $6) on conflict do nothing")
        .executeBatch(rows)
        .replaceWithVoid();
  }

  private io.smallrye.mutiny.Uni<Void> insertDesks(SqlClient sql) {
    List<Tuple> rows =
        DESKS.stream().map(d -> Tuple.of(d.id(), d.kind(), d.cluster(), d.recorded())).toList();
    return sql.preparedQuery(
            "insert into desk (id, kind, cluster_id, voice_recording)"
                + " values ($1, $2, $3, $4) on conflict do nothing")
        .executeBatch(rows)
        .replaceWithVoid();
  }
}
