package id.sigap.platform.problem;

/**
 * Why the procedure refuses an action: the rule that refuses it (may be null when no numbered rule
 * applies), the HTTP status it maps to, and words for the person who tried.
 */
public record Rejection(String rule, int status, String title, String detail) {

  /** The action conflicts with the state the case is in (409). */
  public static Rejection conflict(String rule, String title, String detail) {
    return new Rejection(rule, 409, title, detail);
  }

  /** The action is well-formed but the procedure does not accept what it says (422). */
  public static Rejection unprocessable(String rule, String title, String detail) {
    return new Rejection(rule, 422, title, detail);
  }

  public RejectedException asException() {
    return new RejectedException(this);
  }
}
