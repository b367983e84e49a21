package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;

import id.sigap.procedure.Actor;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Desk.DeskKind;
import id.sigap.procedure.Floor;
import id.sigap.procedure.Floor.Seat;
import id.sigap.procedure.Presence;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.RosterShift;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The floor the procedure runs on (SPEC section 8): R-F-2 who may check in at which desk and who is
 * free, busy or away; R-F-3 where a raised hand goes; R-F-6 it names the agent's workstation and
 * cluster. No framework, no database: the caller passes a snapshot of the floor.
 */
public final class FloorRules {

  private FloorRules() {}

  /** R-F-3: why a hand went where it went. */
  public enum RouteReason {
    /** The TL checked in at the agent's recorded cluster desk. */
    CLUSTER_DESK,
    /** The desk's TL is busy with another hand: another free TL of the cluster. */
    CLUSTER_DESK_TL_BUSY,
    /** Nobody is checked in at the recorded cluster desk: another free TL of the cluster. */
    NO_TL_AT_CLUSTER_DESK,
    /** R-X-2: the desk's TL let the hand wait: another free TL of the cluster. */
    CLUSTER_DESK_TL_DID_NOT_ANSWER,
    /** No free TL of the cluster at a recorded desk: the SPV on shift. */
    SUPERVISOR
  }

  /**
   * Where a hand goes: {@code to} is null when nobody can receive it (R-IN-5); {@code workstation}
   * is the agent's checked-in desk (R-F-6), null when the agent is not checked in.
   */
  public record Route(
      String to, RouteReason reason, String workstation, String clusterId, String note) {

    public boolean toSupervisor() {
      return reason == RouteReason.SUPERVISOR;
    }

    public boolean found() {
      return to != null;
    }
  }

  /**
   * R-F-2: whether the person may check in at the desk ({@code desk} null: no such desk). A desk
   * holds at most one person; checking in again at one's own desk is fine (and says one is back
   * there).
   */
  public static Optional<Rejection> checkIn(Actor person, String deskId, Desk desk, Floor floor) {
    if (desk == null) {
      return Optional.of(
          unprocessable("R-F-2", "Unknown desk", "There is no desk " + deskId + " to check in at"));
    }
    Role role = person.role();
    if (role == Role.AGENT && desk.kind() != DeskKind.WORKSTATION) {
      return Optional.of(
          unprocessable(
              "R-F-2",
              "Not a workstation",
              "An agent checks in at an agent workstation; " + desk.id() + " is a " + desk.kind()));
    }
    if ((role == Role.TEAM_LEADER || role == Role.SUPERVISOR)
        && desk.kind() == DeskKind.WORKSTATION) {
      return Optional.of(
          unprocessable(
              "R-F-2",
              "An agent's workstation",
              desk.id()
                  + " is an agent workstation; a TL checks in at a cluster desk or extension"));
    }
    if (role != Role.AGENT && role != Role.TEAM_LEADER && role != Role.SUPERVISOR) {
      return Optional.of(
          unprocessable(
              "R-F-2", "Not on the floor", "Only agents, TLs and supervisors check in at desks"));
    }
    if (role != Role.SUPERVISOR && !Objects.equals(desk.clusterId(), person.clusterId())) {
      return Optional.of(
          unprocessable(
              "R-F-2",
              "Another cluster's desk",
              desk.id()
                  + " belongs to cluster "
                  + desk.clusterId()
                  + "; check in at a desk of cluster "
                  + person.clusterId()));
    }
    Optional<Seat> taken =
        floor.atDesk(desk.id()).filter(s -> !s.username().equals(person.username()));
    if (taken.isPresent()) {
      return Optional.of(deskTaken(desk.id(), taken.get().username()));
    }
    return Optional.empty();
  }

  /** R-F-2: a desk holds one person (also when two raced for it and the database said so). */
  public static Rejection deskTaken(String deskId, String holder) {
    return conflict(
        "R-F-2",
        "Desk taken",
        holder == null
            ? deskId + " was just taken by someone else"
            : deskId + " is taken: " + holder + " is checked in there");
  }

  /** R-F-2: away when checked out, busy for a TL with a hand taken up, else free. */
  public static Presence presence(Role role, boolean checkedIn, boolean busyWithAHand) {
    if (!checkedIn) {
      return Presence.AWAY;
    }
    return role == Role.TEAM_LEADER && busyWithAHand ? Presence.BUSY : Presence.FREE;
  }

  /**
   * R-F-3: a hand of the cluster goes to the TL checked in at its recorded cluster desk; when that
   * TL is busy, passed over or absent, to another free TL of the cluster checked in at a recorded
   * desk (by username); else to the SPV on shift ({@link #supervisorOnShift(Floor, String, Set)}).
   * Nobody in {@code passedOver} (those who let the hand wait, R-X-2) receives it again.
   */
  public static Route route(Floor floor, String clusterId, String agent, Set<String> passedOver) {
    String workstation =
        agent == null ? null : floor.seatOf(agent).map(s -> s.desk().id()).orElse(null);
    Optional<Seat> deskTl =
        floor.seats().stream()
            .filter(s -> s.role() == Role.TEAM_LEADER)
            .filter(s -> s.desk().kind() == DeskKind.CLUSTER_DESK)
            .filter(s -> s.desk().voiceRecording())
            .filter(s -> Objects.equals(s.desk().clusterId(), clusterId))
            .min(Comparator.comparing(Seat::username));
    boolean deskTlPassedOver = deskTl.map(s -> passedOver.contains(s.username())).orElse(false);
    if (deskTl.isPresent() && !deskTl.get().busy() && !deskTlPassedOver) {
      return new Route(
          deskTl.get().username(), RouteReason.CLUSTER_DESK, workstation, clusterId, null);
    }
    RouteReason why =
        deskTl.isEmpty()
            ? RouteReason.NO_TL_AT_CLUSTER_DESK
            : deskTlPassedOver
                ? RouteReason.CLUSTER_DESK_TL_DID_NOT_ANSWER
                : RouteReason.CLUSTER_DESK_TL_BUSY;
    Optional<Seat> otherTl =
        floor.seats().stream()
            .filter(s -> s.role() == Role.TEAM_LEADER)
            .filter(s -> s.desk().voiceRecording())
            .filter(s -> Objects.equals(s.desk().clusterId(), clusterId))
            .filter(s -> !s.busy())
            .filter(s -> !passedOver.contains(s.username()))
            .filter(s -> deskTl.map(d -> !d.username().equals(s.username())).orElse(true))
            .min(Comparator.comparing(Seat::username));
    if (otherTl.isPresent()) {
      return new Route(
          otherTl.get().username(),
          why,
          workstation,
          clusterId,
          explain(why, deskTl, clusterId) + ": routed to " + otherTl.get().username() + " (R-F-3)");
    }
    Optional<String> supervisor = supervisorOnShift(floor, clusterId, passedOver);
    if (supervisor.isPresent()) {
      return new Route(
          supervisor.get(),
          RouteReason.SUPERVISOR,
          workstation,
          clusterId,
          explain(why, deskTl, clusterId)
              + " and no other free TL of the cluster at a recorded desk: routed to the supervisor"
              + " (R-F-3)");
    }
    return new Route(null, null, workstation, clusterId, null);
  }

  /** The SPV on shift for any cluster: {@link #supervisorOnShift(Floor, String, Set)}. */
  public static Optional<String> supervisorOnShift(Floor floor, Set<String> passedOver) {
    return supervisorOnShift(floor, null, passedOver);
  }

  /**
   * The SPV on shift for the cluster ({@code clusterId} null: for any cluster). The roster says who
   * is on shift now (R-F-1): of the supervisors it names, one checked in first, else one not
   * checked in (the first by username). Without a supervisor on the roster now, as before rosters:
   * a supervisor checked in, else any supervisor (the first by username). Only people who are
   * supervisors now count, whatever an older roster says.
   */
  public static Optional<String> supervisorOnShift(
      Floor floor, String clusterId, Set<String> passedOver) {
    List<String> rostered = rosteredSupervisors(floor, clusterId);
    List<String> checkedIn =
        floor.seats().stream()
            .filter(s -> s.role() == Role.SUPERVISOR)
            .map(Seat::username)
            .toList();
    return firstNotPassedOver(rostered.stream().filter(checkedIn::contains).toList(), passedOver)
        .or(() -> firstNotPassedOver(rostered, passedOver))
        .or(() -> firstNotPassedOver(checkedIn, passedOver))
        .or(() -> firstNotPassedOver(floor.supervisors(), passedOver));
  }

  /**
   * R-C-4: who may answer for the SPV on shift of the cluster: the supervisors the roster names now
   * for it; without any, every supervisor (as before rosters).
   */
  public static Set<String> supervisorsOnShift(Floor floor, String clusterId) {
    List<String> rostered = rosteredSupervisors(floor, clusterId);
    return Set.copyOf(rostered.isEmpty() ? floor.supervisors() : rostered);
  }

  /** The people the roster names as SPV of the cluster now who are supervisors now (R-F-1). */
  private static List<String> rosteredSupervisors(Floor floor, String clusterId) {
    return floor.onShift().stream()
        .filter(s -> s.role() == Role.SUPERVISOR)
        .filter(s -> clusterId == null || clusterId.equals(s.clusterId()))
        .map(RosterShift::username)
        .filter(floor.supervisors()::contains)
        .distinct()
        .toList();
  }

  private static Optional<String> firstNotPassedOver(List<String> people, Set<String> passedOver) {
    return people.stream().filter(p -> !passedOver.contains(p)).sorted().findFirst();
  }

  private static String explain(RouteReason why, Optional<Seat> deskTl, String clusterId) {
    return switch (why) {
      case CLUSTER_DESK_TL_BUSY -> deskTl.get().username() + " at the cluster desk is busy";
      case CLUSTER_DESK_TL_DID_NOT_ANSWER ->
          deskTl.get().username() + " at the cluster desk let the hand wait";
      default -> "No TL checked in at a recorded cluster desk of cluster " + clusterId;
    };
  }
}
