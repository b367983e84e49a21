package id.sigap.procedure;

import java.util.List;
import java.util.Optional;

/**
 * The floor at one moment (R-F-2): who is checked in at which desk and whether they are busy with a
 * hand, and the supervisors there are. What routing (R-F-3) decides from.
 */
public record Floor(List<Seat> seats, List<String> supervisors) {

  public Floor {
    seats = List.copyOf(seats);
    supervisors = List.copyOf(supervisors);
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
