package id.sigap.telkomcare.detection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** R-TC-1 verdict: all five criteria, in enum order, each with its evidence. */
public record Assessment(
    boolean hardComplaint, int criteriaMet, Map<Criterion, CriterionResult> criteria) {

  public Assessment {
    EnumMap<Criterion, CriterionResult> copy = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      CriterionResult result = criteria == null ? null : criteria.get(criterion);
      copy.put(criterion, result == null ? CriterionResult.NOT_MET : result);
    }
    criteria = Collections.unmodifiableMap(copy);
  }

  public CriterionResult result(Criterion criterion) {
    return criteria.get(criterion);
  }
}
