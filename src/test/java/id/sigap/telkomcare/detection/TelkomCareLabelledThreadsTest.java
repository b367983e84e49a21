package id.sigap.telkomcare.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Threads labelled from SPEC section 4 (slang, e-mail, window boundaries, decoys), each checked
 * criterion by criterion; then verdict accuracy and per-criterion F1 over these and the samples.
 */
class TelkomCareLabelledThreadsTest {

  static List<Fixtures.Labelled> labelled() {
    return Fixtures.labelled("/telkomcare-labelled.json");
  }

  @DisplayName("R-TC-1 and C-TC-1..5 as labelled in telkomcare-labelled.json")
  @ParameterizedTest(name = "{0}")
  @MethodSource("labelled")
  void threadIsAssessedAsLabelled_R_TC_1(Fixtures.Labelled thread) {
    LabelledAssertions.assertAsLabelled(thread);
  }

  @Test
  @DisplayName("R-TC-1 accuracy >= 0.95 and C-TC-1..5 F1 >= 0.9 over samples and labelled threads")
  void accuracyAndF1_R_TC_1() {
    List<Fixtures.Labelled> all = new ArrayList<>(TelkomCareSamplesTest.samples());
    all.addAll(labelled());
    int correct = 0;
    int[][] counts = new int[Criterion.values().length][3]; // true pos, false pos, false neg
    for (Fixtures.Labelled thread : all) {
      Assessment assessment = Fixtures.assess(thread.thread());
      correct += assessment.hardComplaint() == thread.hardComplaint() ? 1 : 0;
      for (Criterion criterion : Criterion.values()) {
        boolean expected = thread.criteria().get(criterion);
        boolean actual = assessment.result(criterion).met();
        int[] c = counts[criterion.ordinal()];
        c[0] += expected && actual ? 1 : 0;
        c[1] += !expected && actual ? 1 : 0;
        c[2] += expected && !actual ? 1 : 0;
      }
    }
    double accuracy = (double) correct / all.size();
    System.out.printf(
        Locale.ROOT, "R-TC-1 verdict accuracy %.3f over %d threads%n", accuracy, all.size());
    for (Criterion criterion : Criterion.values()) {
      int[] c = counts[criterion.ordinal()];
      double f1 = f1(c[0], c[1], c[2]);
      System.out.printf(
          Locale.ROOT, "%s F1 %.3f (tp %d, fp %d, fn %d)%n", criterion.id(), f1, c[0], c[1], c[2]);
      assertThat(f1).as("%s F1", criterion.id()).isGreaterThanOrEqualTo(0.9);
    }
    assertThat(accuracy).as("R-TC-1 accuracy").isGreaterThanOrEqualTo(0.95);
  }

  private static double f1(int truePositives, int falsePositives, int falseNegatives) {
    int denominator = 2 * truePositives + falsePositives + falseNegatives;
    return denominator == 0 ? 1.0 : 2.0 * truePositives / denominator;
  }
}
