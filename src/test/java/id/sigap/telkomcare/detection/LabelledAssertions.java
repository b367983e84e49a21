package id.sigap.telkomcare.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

final class LabelledAssertions {

  private LabelledAssertions() {}

  /** Every criterion and the verdict, reported together so one run shows all disagreements. */
  static void assertAsLabelled(Fixtures.Labelled labelled) {
    Assessment assessment = Fixtures.assess(labelled.thread());
    SoftAssertions softly = new SoftAssertions();
    labelled
        .criteria()
        .forEach(
            (criterion, expected) ->
                softly
                    .assertThat(assessment.result(criterion).met())
                    .as(
                        "%s %s, evidence %s",
                        labelled.id(), criterion.id(), assessment.result(criterion).evidence())
                    .isEqualTo(expected));
    softly
        .assertThat(assessment.hardComplaint())
        .as("%s R-TC-1 verdict", labelled.id())
        .isEqualTo(labelled.hardComplaint());
    softly.assertAll();
    assertThat(assessment.criteria()).containsOnlyKeys(Criterion.values());
  }
}
