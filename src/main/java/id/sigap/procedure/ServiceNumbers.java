package id.sigap.procedure;

/**
 * R-C-8: a customer's IndiHome or internet service number (nomor layanan), as printed on the bill:
 * 9 to 14 digits, the first not 0 (a number starting with 0 or +62 is a phone number), written with
 * or without spaces, dashes or dots ({@code 1221-0123-4567}).
 */
public final class ServiceNumbers {

  private ServiceNumbers() {}

  /** The number's digits; null when it is not a service number. */
  public static String canonical(String written) {
    if (written == null) {
      return null;
    }
    String stripped = written.strip();
    if (!stripped.matches("[0-9][0-9 .-]*")) {
      return null;
    }
    String digits = stripped.replaceAll("[^0-9]", "");
    return digits.length() >= 9 && digits.length() <= 14 && digits.charAt(0) != '0' ? digits : null;
  }
}
