package id.sigap.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-C-3: the hours in the center's zone when no call back falls due, written {@code 21:00-07:00}
 * (start inclusive, end exclusive; a range that crosses midnight runs into the next day). {@code
 * none} is a policy without quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

  public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  private static final Pattern RANGE = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

  /** The range written as in the policy, or empty when it is not a valid range. */
  public static Optional<QuietHours> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.equals("none")) {
      return Optional.of(NONE);
    }
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalTime start = LocalTime.parse(m.group(1));
      LocalTime end = LocalTime.parse(m.group(2));
      return start.equals(end) ? Optional.empty() : Optional.of(new QuietHours(start, end));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public boolean none() {
    return start.equals(end);
  }

  public boolean contains(Instant at, ZoneId zone) {
    if (none()) {
      return false;
    }
    LocalTime t = at.atZone(zone).toLocalTime();
    return start.isBefore(end)
        ? !t.isBefore(start) && t.isBefore(end)
        : !t.isBefore(start) || t.isBefore(end);
  }

  /** The end of the quiet hours {@code at} falls in; {@code at} itself when it falls in none. */
  public Instant endAfter(Instant at, ZoneId zone) {
    if (!contains(at, zone)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = local.toLocalDate();
    // after midnight in a range that crosses it, the end is the same day; before, the next one
    boolean endsToday = start.isBefore(end) || local.toLocalTime().isBefore(end);
    return ZonedDateTime.of(endsToday ? day : day.plusDays(1), end, zone).toInstant();
  }

  @Override
  public String toString() {
    return none() ? "none" : start + "-" + end;
  }
}
