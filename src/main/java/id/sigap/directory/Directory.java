package id.sigap.directory;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.time.ZoneConfig;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Floor;
import id.sigap.procedure.Role;
import id.sigap.procedure.RosterShift;
import id.sigap.procedure.rules.FloorRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Who works where: the queries the procedure needs about people and desks. */
@ApplicationScoped
public class Directory {

  private final PresenceRepository presence;
  private final RosterRepository roster;
  private final Clock clock;
  private final ZoneId zone;

  Directory(PresenceRepository presence, RosterRepository roster, Clock clock, ZoneConfig zone) {
    this.presence = presence;
    this.roster = roster;
    this.clock = clock;
    this.zone = zone.zone();
  }

  public Uni<UserAccount> user(String username) {
    // PostgreSQL text cannot hold NUL: such a name belongs to no one, rather than to an error
    if (username == null || username.indexOf('\0') >= 0) {
      return Uni.createFrom().nullItem();
    }
    return UserAccount.findById(username);
  }

  /**
   * The person of this username as the procedure may give them work (a handling TL, a handover, a
   * PIC Ticket): null for no one, a service account or a deactivated account (R-F-1).
   */
  public Uni<Actor> activePerson(String username) {
    return user(username)
        .map(u -> u == null || u.isService() || u.isDeactivated() ? null : u.asActor());
  }

  public Uni<Desk> desk(String deskId) {
    return DeskEntity.<DeskEntity>find("id = ?1 and removedAt is null", deskId)
        .firstResult()
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Desk", deskId))
        .map(DeskEntity::asDesk);
  }

  /**
   * R-F-2: who is checked in where, and who is busy; with the roster's shifts that hold now in the
   * center's zone (R-F-1).
   */
  public Uni<Floor> floor() {
    LocalDateTime local = LocalDateTime.ofInstant(clock.instant(), zone);
    return presence
        .floor()
        .chain(
            floor ->
                roster.all().map(shifts -> floor.withOnShift(RosterShift.onShift(shifts, local))));
  }

  /**
   * R-F-3 (and R-IN-5): where a hand of the cluster raised by {@code agent} goes now, passing over
   * those who let it wait (R-X-2).
   */
  public Uni<FloorRules.Route> route(String clusterId, String agent, Set<String> passedOver) {
    return floor().map(floor -> FloorRules.route(floor, clusterId, agent, passedOver));
  }

  /** R-C-9: the active TelkomCare agents of the cluster, checked in or not, by username. */
  public Uni<List<PresenceRepository.TelkomCareAgent>> telkomCareAgents(String clusterId) {
    return presence.telkomCareAgents(clusterId);
  }

  /** R-F-2: who is checked in at each desk, by desk id. */
  public Uni<java.util.Map<String, String>> seatedByDesk() {
    return presence.seatedByDesk();
  }

  /** The desk, or null when there is none of that id. */
  public Uni<Desk> deskOrNull(String deskId) {
    if (deskId == null || deskId.indexOf('\0') >= 0) {
      return Uni.createFrom().nullItem();
    }
    return DeskEntity.<DeskEntity>find("id = ?1 and removedAt is null", deskId)
        .firstResult()
        .map(desk -> desk == null ? null : desk.asDesk());
  }

  /** The desks on the floor (not removed), by id. */
  public Uni<List<DeskEntity>> desks() {
    return DeskEntity.list("removedAt is null order by id");
  }

  /** The people who may sign in (not deactivated), optionally of one role, by username. */
  public Uni<List<UserAccount>> users(Role role) {
    return role == null
        ? UserAccount.list("deactivatedAt is null order by username")
        : UserAccount.list("role = ?1 and deactivatedAt is null order by username", role);
  }
}
