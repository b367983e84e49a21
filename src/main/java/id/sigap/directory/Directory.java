package id.sigap.directory;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Floor;
import id.sigap.procedure.Role;
import id.sigap.procedure.rules.FloorRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Who works where: the queries the procedure needs about people and desks. */
@ApplicationScoped
public class Directory {

  private final PresenceRepository presence;

  Directory(PresenceRepository presence) {
    this.presence = presence;
  }

  public Uni<UserAccount> user(String username) {
    // PostgreSQL text cannot hold NUL: such a name belongs to no one, rather than to an error
    if (username == null || username.indexOf('\0') >= 0) {
      return Uni.createFrom().nullItem();
    }
    return UserAccount.findById(username);
  }

  public Uni<Desk> desk(String deskId) {
    return DeskEntity.<DeskEntity>findById(deskId)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundProblem("Desk", deskId))
        .map(DeskEntity::asDesk);
  }

  /** R-F-2: who is checked in where, and who is busy. */
  public Uni<Floor> floor() {
    return presence.floor();
  }

  /**
   * R-F-3 (and R-IN-5): where a hand of the cluster raised by {@code agent} goes now, passing over
   * those who let it wait (R-X-2).
   */
  public Uni<FloorRules.Route> route(String clusterId, String agent, Set<String> passedOver) {
    return presence.floor().map(floor -> FloorRules.route(floor, clusterId, agent, passedOver));
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
    return DeskEntity.<DeskEntity>findById(deskId).map(desk -> desk == null ? null : desk.asDesk());
  }

  public Uni<List<DeskEntity>> desks() {
    return DeskEntity.listAll(io.quarkus.panache.common.Sort.by("id"));
  }

  public Uni<List<UserAccount>> users(Role role) {
    return role == null
        ? UserAccount.listAll(io.quarkus.panache.common.Sort.by("username"))
        : UserAccount.list("role = ?1 order by username", role);
  }
}
