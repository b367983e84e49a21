package id.sigap.procedure;

/**
 * Why an action is refused: the rule that refuses it (null when no numbered rule applies), what
 * kind of refusal it is, and words for the person who tried. The kind, not an HTTP status, is the
 * procedure's to say; the problem mapper turns it into one.
 */
public record Rejection(String rule, Kind kind, String title, String detail) {

  /** How an action was refused. */
  public enum Kind {
    /** The action conflicts with the state things are in. */
    CONFLICT,
    /** The action is well-formed but what it says is not accepted. */
    UNPROCESSABLE,
    /** The request itself is incomplete or malformed. */
    INVALID
  }

  public static Rejection conflict(String rule, String title, String detail) {
    return new Rejection(rule, Kind.CONFLICT, title, detail);
  }

  public static Rejection unprocessable(String rule, String title, String detail) {
    return new Rejection(rule, Kind.UNPROCESSABLE, title, detail);
  }

  public static Rejection invalid(String rule, String title, String detail) {
    return new Rejection(rule, Kind.INVALID, title, detail);
  }
}
