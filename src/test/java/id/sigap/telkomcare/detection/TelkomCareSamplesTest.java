package id.sigap.telkomcare.detection;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The labelled examples shipped beside SPEC.md: R-TC-1 verdict and C-TC-1..5 one by one. */
class TelkomCareSamplesTest {

  static List<Fixtures.Labelled> samples() {
    return Fixtures.labelled("/telkomcare-samples.json");
  }

  @DisplayName("R-TC-1 and C-TC-1..5 as labelled in telkomcare-samples.json")
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleIsAssessedAsLabelled_R_TC_1(Fixtures.Labelled sample) {
    LabelledAssertions.assertAsLabelled(sample);
  }
}
