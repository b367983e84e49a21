package id.sigap.directory;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Role;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Who works where: the queries the procedure needs about people and desks. */
@ApplicationScoped
public class Directory {

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

  /** R-IN-5: the TL seated at the cluster's desk, when that desk records calls. */
  public Uni<String> tlAtRecordedClusterDesk(String clusterId) {
    return DeskEntity.<DeskEntity>find(
            "clusterId = ?1 and kind = ?2 and voiceRecording = true and seatedUsername is not null",
            clusterId,
            Desk.DeskKind.CLUSTER_DESK)
        .firstResult()
        .map(desk -> desk == null ? null : desk.seatedUsername);
  }

  /** R-X-2: another TL of the cluster who can take an unanswered hand. */
  public Uni<String> backupTl(String clusterId, String excluding) {
    return UserAccount.<UserAccount>find(
            "role = ?1 and clusterId = ?2 and username <> ?3 and kind = 'PERSON'"
                + " order by username",
            Role.TEAM_LEADER,
            clusterId,
            excluding == null ? "" : excluding)
        .firstResult()
        .map(user -> user == null ? null : user.username);
  }

  public Uni<String> anySupervisor() {
    return UserAccount.<UserAccount>find(
            "role = ?1 and kind = 'PERSON' order by username", Role.SUPERVISOR)
        .firstResult()
        .map(user -> user == null ? null : user.username);
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
