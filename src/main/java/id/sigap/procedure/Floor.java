package id.sigap.procedure;

import java.util.List;
import java.util.Optional;

/**
 * The floor at one moment (R-F-2): who is checked in at which desk and whether they are busy with a
 * hand, the supervisors there are, and the roster's shifts that hold now (R-F-1). What routing
 * (R-F-3) decides from.
 */
public record Floor(List<Seat> seats, List<String> supervisors, List<RosterShift> onShift) {

  public Floor {
    seats = List.copyOf(seats);
    supervisors = List.copyOf(supervisors);
    onShift = List.copyOf(onShift);
  }

  /** A floor without a roster. */
  public Floor(List<Seat> seats, List<String> supervisors) {
    this(seats, supervisors, List.of());
  }

  /** The same floor, with the roster's shifts that hold now. */
  public Floor withOnShift(List<RosterShift> shifts) {
    return new Floor(seats, supervisors, shifts);
  }

  /** One person checked in at one desk; {@code busy} only ever holds for a TL. */
  public record Seat(String username, Role role, String clusterId, Desk desk, boolean busy) {}

  /** Where the person is checked in, if they are. */
  public Optional<Seat> seatOf(String username) {
    return seats.stream().filter(s -> s.username().equals(username)).findFirst();
  }

  /** Whether someone else is checked in at the desk. */
  public Optional<Seat> atDesk(String deskId) {
    return seats.stream().filter(s -> s.desk().id().equals(deskId)).findFirst();
  }
}
