package id.sigap.telkomcare.detection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * R-TC-1: a TelkomCare customer is a hard complaint when at least the policy's minimum of the five
 * criteria C-TC-1..5 hold. Pure and thread-safe: no I/O, no clock, nothing kept between calls.
 */
public final class HardComplaintDetector {

  private final TextNormalizer normalizer;
  private final List<CriterionCheck> checks;

  public HardComplaintDetector(Watchlist watchlist, PhraseBook phrases) {
    Objects.requireNonNull(watchlist, "watchlist");
    Objects.requireNonNull(phrases, "phrases");
    this.normalizer = phrases.normalizer();
    this.checks =
        List.of(
            new ShoutingCriterion(phrases),
            new BurstCriterion(),
            new MentionCriterion(watchlist),
            new MediaThreatCriterion(watchlist, phrases),
            new ProfileCriterion(watchlist, phrases));
  }

  /** A null thread or one without messages meets nothing: there is no complaint to judge. */
  public Assessment assess(MessageThread thread, DetectionPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    AnalysedThread analysed = new AnalysedThread(thread, normalizer);
    Map<Criterion, CriterionResult> results = new EnumMap<>(Criterion.class);
    int met = 0;
    for (CriterionCheck check : checks) {
      CriterionResult result =
          analysed.messages().isEmpty()
              ? CriterionResult.NOT_MET
              : check.evaluate(analysed, policy);
      results.put(check.criterion(), result);
      met += result.met() ? 1 : 0;
    }
    return new Assessment(met >= policy.minimumCriteria(), met, results);
  }
}
