package id.sigap.platform.problem;

/** An id that does not exist, or that the caller may not know exists. */
public class NotFoundProblem extends RuntimeException {

  public NotFoundProblem(String what, String id) {
    super(what + " " + id + " was not found", null, false, false);
  }
}
