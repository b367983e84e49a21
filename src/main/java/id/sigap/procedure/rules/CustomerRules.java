package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;

import id.sigap.procedure.Rejection;
import id.sigap.procedure.ServiceNumbers;
import java.util.Optional;
import java.util.UUID;

/**
 * R-C-8 one customer: what a contact may name a customer by, and merging two records of one
 * customer and undoing it. A merge moves nothing: the merged customer points to the one it went
 * into, so that undoing it gives back exactly what was there.
 */
public final class CustomerRules {

  private CustomerRules() {}

  /** A customer record as the merge rules read it; {@code mergedInto} null when in no merge. */
  public record CustomerState(UUID id, UUID mergedInto) {
    boolean mergedAway() {
      return mergedInto != null;
    }
  }

  /** A merge as undoing it reads it. */
  public record MergeState(UUID id, boolean inForce) {}

  /** R-C-8: a service number the contact gives must read as one; none is fine. */
  public static Optional<Rejection> serviceNumber(String written) {
    if (written == null || ServiceNumbers.canonical(written) != null) {
      return Optional.empty();
    }
    return Optional.of(
        unprocessable(
            "R-C-8",
            "Not a service number",
            "A service number (IndiHome, internet) is 9 to 14 digits, the first not 0; spaces,"
                + " dashes and dots are allowed"));
  }

  /** R-C-8: whether {@code merged} may be merged into {@code into}. */
  public static Optional<Rejection> merge(CustomerState merged, CustomerState into) {
    if (merged.id().equals(into.id())) {
      return Optional.of(
          unprocessable(
              "R-C-8", "Merge into itself", "A customer cannot be merged into themselves"));
    }
    if (merged.mergedAway()) {
      return Optional.of(
          conflict(
              "R-C-8",
              "Already merged",
              "Customer "
                  + merged.id()
                  + " is already merged into "
                  + merged.mergedInto()
                  + "; undo that merge first"));
    }
    if (into.mergedAway()) {
      return Optional.of(
          conflict(
              "R-C-8",
              "Merged away",
              "Customer "
                  + into.id()
                  + " is merged into "
                  + into.mergedInto()
                  + "; merge into that customer instead"));
    }
    return Optional.empty();
  }

  /** R-C-8: only a merge in force can be undone. */
  public static Optional<Rejection> undoMerge(MergeState merge) {
    if (merge.inForce()) {
      return Optional.empty();
    }
    return Optional.of(
        conflict("R-C-8", "Merge not in force", "Merge " + merge.id() + " was already undone"));
  }
}
