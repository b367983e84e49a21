package id.sigap.admin;

import id.sigap.admin.FloorSetupRepository.Cluster;
import id.sigap.admin.FloorSetupRepository.Desk;
import id.sigap.coordination.UnitMemberRepository;
import id.sigap.coordination.UnitMemberRepository.Member;
import id.sigap.directory.PresenceRepository;
import id.sigap.directory.PresenceRepository.Seat;
import id.sigap.directory.UserAccountRepository;
import id.sigap.directory.UserAccountRepository.NewAccount;
import id.sigap.procedure.RelatedUnit;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

  static final List<Cluster> CLUSTERS =
      List.of(new Cluster("C1", "Cluster 1"), new Cluster("C2", "Cluster 2"));

  /**
   * R-C-5: who answers for each related unit in the demo center: the liaison officer also for
   * complaint handling, the supervisor for SPV service operation, the manager for the manager.
   */
  static final List<Member> UNIT_MEMBERS =
      List.of(
          new Member(RelatedUnit.LIAISON_OFFICER, "lo1"),
          new Member(RelatedUnit.COMPLAINT_HANDLING, "lo1"),
          new Member(RelatedUnit.SPV_SERVICE_OPERATION, "spv1"),
          new Member(RelatedUnit.MANAGER, "manager1"));

  private final FloorSetupRepository floor;
  private final UserAccountRepository accounts;
  private final PresenceRepository presence;
  private final UnitMemberRepository units;
  private final Clock clock;
  private final boolean enabled;

  DemoCenterSeeder(
      FloorSetupRepository floor,
      UserAccountRepository accounts,
      PresenceRepository presence,
      UnitMemberRepository units,
      Clock clock,
      DemoConfig config) {
    this.floor = floor;
    this.accounts = accounts;
    this.presence = presence;
    this.units = units;
    this.clock = clock;
    this.enabled = config.seed();
  }

  void onStart(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    // Runs on the main thread before traffic is served: waiting and hashing here block no event
    // loop. Only the missing people are hashed, as bcrypt is slow on purpose.
    Set<String> existing =
        accounts
            .taken(USERS.stream().map(DemoUser::username).collect(Collectors.toSet()))
            .await()
            .indefinitely();
    List<NewAccount> newUsers =
        USERS.stream()
            .filter(u -> !existing.contains(u.username()))
            .map(
                u ->
                    new NewAccount(
                        u.username(),
                        u.name(),
                        BcryptUtil.bcryptHash(u.username()),
                        u.role(),
                        u.cluster(),
                        u.telkomCare()))
            .toList();
    List<Desk> desks =
        DESKS.stream()
            .map(d -> new Desk(d.id(), d.cluster(), d.kind(), d.recorded(), null))
            .toList();
    List<Seat> seats = SEATS.stream().map(s -> new Seat(s.username(), s.deskId())).toList();
    // Every write skips what exists, so replicas starting together seed once, a start cut short
    // is completed by the next, and an admin's later changes stay.
    floor
        .createMissing(CLUSTERS, desks)
        .chain(() -> accounts.createMissing(newUsers))
        .chain(() -> presence.seatOnce(seats, clock.instant()))
        .chain(() -> units.setUpOnce(UNIT_MEMBERS))
        .await()
        .indefinitely();
    LOG.info(
        "Demo contact center ready: clusters C1 and C2, users agent1..admin1, tl3, lo1 and agent4");
  }
}
