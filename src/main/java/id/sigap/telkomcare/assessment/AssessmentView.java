package id.sigap.telkomcare.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.sigap.telkomcare.detection.Assessment;
import id.sigap.telkomcare.detection.Criterion;
import id.sigap.telkomcare.detection.CriterionResult;
import id.sigap.telkomcare.detection.Evidence;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R-TC-1's verdict with the five criteria, always all five and in order. */
@Schema(name = "TelkomCareAssessment")
public record AssessmentView(boolean hardComplaint, int criteriaMet, Criteria criteria) {

  public static AssessmentView of(Assessment assessment) {
    return new AssessmentView(
        assessment.hardComplaint(),
        assessment.criteriaMet(),
        new Criteria(
            CriterionView.of(assessment.result(Criterion.C_TC_1)),
            CriterionView.of(assessment.result(Criterion.C_TC_2)),
            CriterionView.of(assessment.result(Criterion.C_TC_3)),
            CriterionView.of(assessment.result(Criterion.C_TC_4)),
            CriterionView.of(assessment.result(Criterion.C_TC_5))));
  }

  @Schema(name = "TelkomCareCriteria")
  public record Criteria(
      @JsonProperty("C-TC-1") @Schema(description = "Writes in capitals and complains")
          CriterionView shouting,
      @JsonProperty("C-TC-2") @Schema(description = "At least 5 messages within a short span")
          CriterionView burst,
      @JsonProperty("C-TC-3") @Schema(description = "Mentions officials, bodies or KOLs")
          CriterionView mention,
      @JsonProperty("C-TC-4") @Schema(description = "Threatens to go to the mass media")
          CriterionView mediaThreat,
      @JsonProperty("C-TC-5") @Schema(description = "An official, influential or press profile")
          CriterionView profile) {}

  @Schema(name = "TelkomCareCriterion")
  public record CriterionView(boolean met, List<EvidenceView> evidence) {

    static CriterionView of(CriterionResult result) {
      return new CriterionView(
          result.met(), result.evidence().stream().map(EvidenceView::of).toList());
    }
  }

  @Schema(name = "TelkomCareEvidence")
  public record EvidenceView(
      @Schema(
              description =
                  "0-based index of the message; -1 for the author's profile; -2 for a message of"
                      + " another open thread of the same customer (C-TC-2 across platforms, R-C-8)")
          int message,
      @Schema(
              description =
                  "The words as written; for C-TC-2 the message's timestamp; for C-TC-5 the"
                      + " handle, the bio words or the follower count")
          String excerpt,
      @Schema(
              description =
                  "Why it counts, e.g. GOVERNMENT_BODY or '5 messages in 3m20s'; a burst across"
                      + " platforms adds them and the message's own, e.g. '5 messages in 8m0s"
                      + " across TWITTER, EMAIL; this one: TWITTER, another thread'")
          String note) {

    static EvidenceView of(Evidence evidence) {
      return new EvidenceView(evidence.message(), evidence.excerpt(), evidence.note());
    }
  }
}
