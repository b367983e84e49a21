package id.sigap.telkomcare.detection;

import java.util.List;

/** Whether one criterion holds, and why. */
public record CriterionResult(boolean met, List<Evidence> evidence) {

  static final CriterionResult NOT_MET = new CriterionResult(false, List.of());

  public CriterionResult {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  static CriterionResult of(List<Evidence> evidence) {
    return new CriterionResult(!evidence.isEmpty(), evidence);
  }
}
