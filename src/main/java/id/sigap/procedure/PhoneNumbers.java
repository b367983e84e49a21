package id.sigap.procedure;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sees a customer's phone number whole: those who call the customer or answer for the case (the
 * agent on their own case, TLs, supervisors, managers). Everyone else, QC and PIC Ticket included,
 * and every log line, sees it masked to the operator prefix and the last four digits: {@code +62
 * 812 3456 7890} becomes {@code +62 812 **** 7890}.
 */
public final class PhoneNumbers {

  static final Set<Role> SEE_WHOLE =
      EnumSet.of(Role.AGENT, Role.TEAM_LEADER, Role.PIC_TICKET, Role.SUPERVISOR, Role.MANAGER);

  /** Indonesian numbers as people write them: +62 / 62 / 0, then 8 to 13 more digits. */
  private static final Pattern IN_TEXT =
      Pattern.compile(
          "(?<![\\w.:/-])(?:\\+62|62|0)[ -]?\\d{2,4}(?:[ -]?\\d{2,5}){2,3}(?![\\w.:/-])");

  private PhoneNumbers() {}

  /**
   * R-C-8: one customer's number however it was written (+62, 62 or 0 in front, spaces, dashes,
   * dots, brackets): its digits from the country code on, {@code 6281234567890}; null when it is
   * not an Indonesian number.
   */
  public static String canonical(String phone) {
    if (phone == null) {
      return null;
    }
    String written = phone.strip();
    if (!written.matches("\\+?[0-9 ().-]+")) {
      return null;
    }
    String digits = written.replaceAll("[^0-9]", "");
    if (digits.startsWith("62")) {
      digits = digits.substring(2);
    } else if (digits.startsWith("0")) {
      digits = digits.substring(1);
    } else if (written.startsWith("+")) {
      return null;
    }
    return digits.length() >= 8 && digits.length() <= 13 && !digits.startsWith("0")
        ? "62" + digits
        : null;
  }

  /** The number as the viewer may see it. */
  public static String forViewer(Role viewer, String phone) {
    return phone == null || SEE_WHOLE.contains(viewer) ? phone : mask(phone);
  }

  /** The operator prefix and the last four digits; nothing of a number too short to keep any. */
  public static String mask(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("\\D", "");
    if (digits.length() < 8) {
      return "****";
    }
    String last4 = digits.substring(digits.length() - 4);
    if (digits.startsWith("62")) {
      return "+62 " + digits.substring(2, 5) + " **** " + last4;
    }
    if (digits.startsWith("0")) {
      return digits.substring(0, 4) + " **** " + last4;
    }
    return "**** " + last4;
  }

  /** Free text (a log line) with every phone number in it masked. */
  public static String maskIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = IN_TEXT.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }
}
