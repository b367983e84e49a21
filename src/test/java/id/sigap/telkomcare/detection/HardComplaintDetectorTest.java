package id.sigap.telkomcare.detection;

import static id.sigap.telkomcare.detection.Fixtures.assess;
import static id.sigap.telkomcare.detection.Fixtures.social;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** R-TC-1: at least the policy's minimum of C-TC-1..5, always all five reported. */
class HardComplaintDetectorTest {

  private static final MessageThread THREE =
      social("INTERNET MATI DARI PAGI!!", "cc @YLKI_ID", "saya viralkan kalau tidak beres");
  private static final MessageThread TWO = social("cc @YLKI_ID", "saya viralkan kalau tidak beres");

  @Test
  void threeOfFiveIsAHardComplaint_R_TC_1() {
    Assessment assessment = assess(THREE);

    assertThat(assessment.criteriaMet()).isEqualTo(3);
    assertThat(assessment.hardComplaint()).isTrue();
  }

  @Test
  void twoOfFiveIsNot_R_TC_1() {
    Assessment assessment = assess(TWO);

    assertThat(assessment.criteriaMet()).isEqualTo(2);
    assertThat(assessment.hardComplaint()).isFalse();
  }

  @Test
  void theMinimumComesFromThePolicy_R_TC_1() {
    DetectionPolicy lenient =
        new DetectionPolicy(2, 5, Duration.ofMinutes(5), Duration.ofMinutes(15), 10_000);

    assertThat(Fixtures.detector().assess(TWO, lenient).hardComplaint()).isTrue();
  }

  @Test
  void allFiveCriteriaAreAlwaysReportedInOrder_R_TC_1() {
    assertThat(assess(social("halo")).criteria().keySet()).containsExactly(Criterion.values());
  }

  @Test
  void noMessagesMeetNothingEvenForAnInfluentialJournalist_R_TC_1() {
    Author journalist = new Author("@kol_teknologi", "KOL", true, 1_000_000, "Wartawan");
    Assessment assessment =
        assess(new MessageThread(TelkomCareChannel.SOCIAL, journalist, List.of()));

    assertThat(assessment.criteriaMet()).isZero();
    assertThat(assessment.criteria().values()).noneMatch(CriterionResult::met);
    assertThat(assess(null).criteriaMet()).isZero();
    assertThat(assess(new MessageThread(null, null, null)).criteriaMet()).isZero();
  }

  @Test
  void nullsAndEmptyStringsNeverThrow_R_TC_1() {
    MessageThread thread =
        new MessageThread(
            null,
            new Author(null, null, false, 0, null),
            Arrays.asList(
                new Message(null, null),
                null,
                new Message(Fixtures.T0, ""),
                new Message(Fixtures.T0, "@ # \"  > ")));

    assertThat(assess(thread).criteriaMet()).isZero();
  }

  @Test
  void evidenceIndexesPointIntoTheCallersListPastNullGaps_R_TC_1() {
    MessageThread thread =
        new MessageThread(
            TelkomCareChannel.SOCIAL,
            Fixtures.customer(),
            Arrays.asList(null, new Message(Fixtures.T0, "cc @BRTI_ID")));

    assertThat(assess(thread).result(Criterion.C_TC_3).evidence())
        .extracting(Evidence::message)
        .containsExactly(1);
  }

  @Test
  void assessingConcurrentlyGivesTheSameAnswers_R_TC_1() {
    Assessment expected = assess(THREE);

    List<Assessment> parallel =
        IntStream.range(0, 2_000).parallel().mapToObj(i -> assess(THREE)).toList();

    assertThat(parallel).allMatch(expected::equals);
  }

  @Test
  void criterionIdsReadLikeTheSpec_R_TC_1() {
    assertThat(Criterion.C_TC_4.id()).isEqualTo("C-TC-4");
    assertThat(Criterion.fromId("C-TC-2")).isEqualTo(Criterion.C_TC_2);
    assertThatThrownBy(() -> Criterion.fromId("C-IN-1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void w10Rev02HasTheSpecDefaults_R_TC_1() {
    assertThat(DetectionPolicy.w10Rev02())
        .isEqualTo(
            new DetectionPolicy(3, 5, Duration.ofMinutes(5), Duration.ofMinutes(15), 10_000));
  }
}
