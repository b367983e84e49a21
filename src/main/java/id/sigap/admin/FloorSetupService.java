package id.sigap.admin;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;

import id.sigap.admin.FloorSetupRepository.Cluster;
import id.sigap.admin.FloorSetupRepository.Desk;
import id.sigap.admin.FloorSetupRepository.NewPerson;
import id.sigap.admin.FloorSetupRepository.Person;
import id.sigap.directory.RosterRepository;
import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Actor;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.RosterShift;
import id.sigap.security.SessionCache;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * R-F-1: admins set the center up without SQL: clusters, desks, people and each cluster's weekly
 * roster. Every refusal names R-F-1 and changes nothing.
 */
@ApplicationScoped
public class FloorSetupService {

  static final String RULE = "R-F-1";

  private final FloorSetupRepository setup;
  private final RosterRepository roster;
  private final Vertx vertx;
  private final Clock clock;
  private final SessionCache sessionCache;

  FloorSetupService(
      FloorSetupRepository setup,
      RosterRepository roster,
      Vertx vertx,
      Clock clock,
      SessionCache sessionCache) {
    this.setup = setup;
    this.roster = roster;
    this.vertx = vertx;
    this.clock = clock;
    this.sessionCache = sessionCache;
  }

  // --- clusters ---------------------------------------------------------------------------

  public Uni<List<Cluster>> clusters() {
    return setup.clusters();
  }

  public Uni<Cluster> createCluster(String id, String name) {
    Cluster cluster = new Cluster(id, name);
    return setup
        .createCluster(cluster)
        .map(
            created ->
                orRefuse(
                    created,
                    cluster,
                    conflict(RULE, "Cluster exists", "There is a cluster " + id + " already")));
  }

  public Uni<Cluster> renameCluster(String id, String name) {
    return setup
        .renameCluster(id, name)
        .map(
            renamed -> {
              if (!renamed) {
                throw new NotFoundProblem("Cluster", id);
              }
              return new Cluster(id, name);
            });
  }

  // --- desks ------------------------------------------------------------------------------

  public Uni<List<Desk>> desks() {
    return setup.desks().map(desks -> desks.stream().filter(d -> d.removedAt() == null).toList());
  }

  public Uni<Desk> createDesk(String id, String clusterId, String kind, boolean recorded) {
    Desk desk = new Desk(id, clusterId, kind, recorded, null);
    return knownCluster(clusterId)
        .chain(() -> setup.createDesk(desk))
        .map(
            created ->
                orRefuse(
                    created,
                    desk,
                    conflict(RULE, "Desk exists", "There is a desk " + id + " already")));
  }

  /**
   * Changes the desk; a person who holds it is checked out first when its cluster or kind changes
   * (they may not belong there any more, R-F-2).
   */
  public Uni<Desk> updateDesk(String id, String clusterId, String kind, boolean recorded) {
    Desk changed = new Desk(id, clusterId, kind, recorded, null);
    return onTheFloor(id)
        .call(() -> knownCluster(clusterId))
        .chain(
            desk ->
                setup.updateDesk(
                    changed,
                    !desk.clusterId().equals(clusterId) || !desk.kind().equals(kind),
                    clock.instant()))
        .replaceWith(changed);
  }

  /** Removes the desk from the floor; whoever holds it is checked out first (R-F-2). */
  public Uni<String> removeDesk(String id) {
    return onTheFloor(id).chain(() -> setup.removeDesk(id, clock.instant()));
  }

  private Uni<Desk> onTheFloor(String id) {
    return setup
        .desk(id)
        .map(
            found ->
                found
                    .filter(d -> d.removedAt() == null)
                    .orElseThrow(() -> new NotFoundProblem("Desk", id)));
  }

  // --- people -----------------------------------------------------------------------------

  public Uni<List<Person>> people() {
    return setup.people();
  }

  /** Creates a person; without a password they sign in at the identity provider only. */
  public Uni<Person> createPerson(
      String username,
      String name,
      Role role,
      String clusterId,
      String password,
      boolean telkomCare) {
    return checkRoleAndCluster(role, clusterId)
        .call(() -> checkTelkomCare(role, telkomCare))
        .chain(() -> hash(password))
        .chain(
            hash ->
                setup
                    .createPerson(
                        new NewPerson(username, name, role.name(), clusterId, hash, telkomCare))
                    .map(
                        created ->
                            orRefuse(
                                created,
                                new Person(
                                    username,
                                    name,
                                    role.name(),
                                    clusterId,
                                    "PERSON",
                                    !hash.isEmpty(),
                                    null,
                                    telkomCare),
                                conflict(
                                    RULE,
                                    "Username taken",
                                    "There is an account " + username + " already"))));
  }

  /**
   * Changes a person. A changed role or cluster, or a deactivation, checks them out and ends their
   * sessions and streams, as signing out does. {@code password} null keeps theirs.
   */
  public Uni<Person> updatePerson(
      Actor admin,
      String username,
      String name,
      Role role,
      String clusterId,
      boolean active,
      String password,
      Boolean telkomCare) {
    return setup
        .person(username)
        .map(found -> found.orElseThrow(() -> new NotFoundProblem("User", username)))
        .call(() -> checkRoleAndCluster(role, clusterId))
        .call(() -> checkTelkomCare(role, Boolean.TRUE.equals(telkomCare)))
        .chain(
            person -> {
              if (!"PERSON".equals(person.kind())) {
                return refuse(
                    conflict(
                        RULE,
                        "A service account",
                        username + " is an integrator's service account: manage it there"));
              }
              boolean rightsChange =
                  !person.role().equals(role.name())
                      || !Objects.equals(person.clusterId(), clusterId)
                      || (!active && person.deactivatedAt() == null);
              if (admin.username().equals(username) && rightsChange) {
                return refuse(
                    conflict(
                        RULE,
                        "Your own account",
                        "An admin does not change their own role or cluster, nor deactivate"
                            + " themselves: another admin does"));
              }
              Person changed =
                  new Person(
                      username,
                      name,
                      role.name(),
                      clusterId,
                      person.kind(),
                      person.hasPassword() || password != null,
                      active
                          ? null
                          : Optional.ofNullable(person.deactivatedAt()).orElse(clock.instant()),
                      // absent keeps it; an agent who takes another role answers no threads
                      telkomCare != null ? telkomCare : person.telkomCare() && role == Role.AGENT);
              return (password == null ? Uni.createFrom().<String>nullItem() : hash(password))
                  .chain(hash -> setup.updatePerson(changed, hash, rightsChange, clock.instant()))
                  // the database ended their sessions (V20, V35); this replica forgets them now
                  .invoke(() -> sessionCache.forgetUser(username))
                  .replaceWith(changed);
            });
  }

  /** R-C-9: TelkomCare threads are answered by agents. */
  private static Uni<Void> checkTelkomCare(Role role, boolean telkomCare) {
    return telkomCare && role != Role.AGENT
        ? refuse(
            unprocessable(
                "R-C-9",
                "Not an agent",
                "Only an agent answers TelkomCare threads: telkomCare is for the AGENT role"))
        : Uni.createFrom().voidItem();
  }

  /** Agents and TLs work in a cluster; anyone's cluster must exist. */
  private Uni<Void> checkRoleAndCluster(Role role, String clusterId) {
    if (role == Role.CTI) {
      return refuse(
          unprocessable(
              "R-I-1",
              "Not a person's role",
              "CTI is an integrator's role: create a service account for it"));
    }
    if (clusterId == null && (role == Role.AGENT || role == Role.TEAM_LEADER)) {
      return refuse(
          unprocessable(RULE, "Cluster needed", "An agent or a TL works in a cluster: name it"));
    }
    return clusterId == null ? Uni.createFrom().voidItem() : knownCluster(clusterId);
  }

  private Uni<Void> knownCluster(String clusterId) {
    return setup
        .cluster(clusterId)
        .chain(
            found ->
                found.isPresent()
                    ? Uni.createFrom().voidItem()
                    : refuse(
                        unprocessable(
                            RULE, "Unknown cluster", "There is no cluster " + clusterId)));
  }

  /** The password's hash, off the event loop; empty for none. */
  private Uni<String> hash(String password) {
    if (password == null) {
      return Uni.createFrom().item("");
    }
    return vertx.executeBlocking(() -> BcryptUtil.bcryptHash(password));
  }

  // --- roster -----------------------------------------------------------------------------

  /** One shift of a roster as the admin writes it: TL or SPV. */
  public enum RosterRole {
    TL(Role.TEAM_LEADER),
    SPV(Role.SUPERVISOR);

    final Role role;

    RosterRole(Role role) {
      this.role = role;
    }

    static RosterRole of(Role role) {
      return role == Role.TEAM_LEADER ? TL : SPV;
    }
  }

  public Uni<List<RosterShift>> roster(String clusterId) {
    return setup
        .cluster(clusterId)
        .chain(
            found -> {
              if (found.isEmpty()) {
                throw new NotFoundProblem("Cluster", clusterId);
              }
              return roster.of(clusterId);
            });
  }

  /**
   * Replaces the cluster's week. Each shift names a TL of the cluster or a supervisor, signing in
   * (not deactivated), and does not end when it starts.
   */
  public Uni<List<RosterShift>> replaceRoster(String clusterId, List<RosterShift> shifts) {
    return setup
        .cluster(clusterId)
        .chain(
            found -> {
              if (found.isEmpty()) {
                throw new NotFoundProblem("Cluster", clusterId);
              }
              return setup.people();
            })
        .chain(
            people -> {
              Map<String, Person> byName = new HashMap<>();
              people.forEach(p -> byName.put(p.username(), p));
              List<String> problems = new ArrayList<>();
              for (int i = 0; i < shifts.size(); i++) {
                RosterShift s = shifts.get(i);
                String at = "shifts[" + i + "]: ";
                Person p = byName.get(s.username());
                if (s.start().equals(s.end())) {
                  problems.add(at + "the shift ends when it starts");
                }
                if (p == null || !"PERSON".equals(p.kind()) || p.deactivatedAt() != null) {
                  problems.add(at + "there is no active person " + s.username());
                } else if (!p.role().equals(s.role().name())) {
                  problems.add(
                      at
                          + s.username()
                          + " is "
                          + p.role()
                          + ", not "
                          + RosterRole.of(s.role()).role.name());
                } else if (s.role() == Role.TEAM_LEADER
                    && !Objects.equals(p.clusterId(), clusterId)) {
                  problems.add(at + s.username() + " is a TL of cluster " + p.clusterId());
                }
              }
              if (!problems.isEmpty()) {
                return refuse(unprocessable(RULE, "Roster refused", String.join("; ", problems)));
              }
              return roster.replace(clusterId, shifts);
            })
        .chain(() -> roster.of(clusterId));
  }

  // ---------------------------------------------------------------------------------------

  private static <T> T orRefuse(boolean done, T result, Rejection otherwise) {
    if (!done) {
      throw new RejectedException(otherwise);
    }
    return result;
  }

  static <T> Uni<T> refuse(Rejection rejection) {
    return Uni.createFrom().failure(new RejectedException(rejection));
  }
}
