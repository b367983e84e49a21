package id.sigap.procedure;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One shift of a cluster's weekly roster (R-F-1): on {@code day} from {@code start} to {@code end},
 * local times in the center's zone, {@code username} is the cluster's TL or SPV. A shift whose end
 * is at or before its start ends on the next day.
 */
public record RosterShift(
    String clusterId, DayOfWeek day, LocalTime start, LocalTime end, Role role, String username) {

  /** Whether the shift holds at the local time of the center. */
  public boolean covers(LocalDateTime local) {
    DayOfWeek today = local.getDayOfWeek();
    LocalTime time = local.toLocalTime();
    if (end.isAfter(start)) {
      return today == day && !time.isBefore(start) && time.isBefore(end);
    }
    return (today == day && !time.isBefore(start)) || (today == day.plus(1) && time.isBefore(end));
  }

  /** The shifts of the roster that hold at the local time of the center. */
  public static List<RosterShift> onShift(List<RosterShift> roster, LocalDateTime local) {
    return roster.stream().filter(s -> s.covers(local)).toList();
  }
}
