package id.sigap.telkomcare.detection;

import static id.sigap.telkomcare.detection.Fixtures.T0;
import static id.sigap.telkomcare.detection.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C-TC-2: five messages in a window strictly shorter than the channel's limit. */
class BurstCriterionTest {

  private static MessageThread timed(TelkomCareChannel channel, long... seconds) {
    List<Message> messages = new ArrayList<>();
    for (long s : seconds) {
      messages.add(new Message(T0.plusSeconds(s), "halo min, internet mati"));
    }
    return new MessageThread(channel, customer(), messages);
  }

  private static CriterionResult burst(MessageThread thread) {
    return Fixtures.assess(thread).result(Criterion.C_TC_2);
  }

  @Test
  void burstOfFiveIn4m59sOnSocialCounts_C_TC_2() {
    assertThat(burst(timed(TelkomCareChannel.SOCIAL, 0, 60, 120, 180, 299)).met()).isTrue();
  }

  @Test
  void burstOfFiveSpanningExactly5m0sOnSocialDoesNotCount_C_TC_2() {
    assertThat(burst(timed(TelkomCareChannel.SOCIAL, 0, 60, 120, 180, 300)).met()).isFalse();
  }

  @Test
  void burstOfFiveIn14m59sByEmailCounts_C_TC_2() {
    assertThat(burst(timed(TelkomCareChannel.EMAIL, 0, 200, 400, 600, 899)).met()).isTrue();
  }

  @Test
  void burstSpanningExactly15m0sByEmailDoesNotCount_C_TC_2() {
    assertThat(burst(timed(TelkomCareChannel.EMAIL, 0, 200, 400, 600, 900)).met()).isFalse();
  }

  @Test
  void fiveInTenMinutesCountsByEmailButNotOnSocial_C_TC_2() {
    assertThat(burst(timed(TelkomCareChannel.EMAIL, 0, 150, 300, 450, 600)).met()).isTrue();
    assertThat(burst(timed(TelkomCareChannel.SOCIAL, 0, 150, 300, 450, 600)).met()).isFalse();
  }

  @Test
  void fourMessagesAreNotABurst_C_TC_2() {
    assertThat(burst(timed(TelkomCareChannel.SOCIAL, 0, 1, 2, 3)).met()).isFalse();
  }

  @Test
  void unsortedMessagesAreSortedByTimeAndEvidenceNamesTheirIndexes_C_TC_2() {
    CriterionResult result = burst(timed(TelkomCareChannel.SOCIAL, 180, 0, 299, 60, 120));

    assertThat(result.met()).isTrue();
    assertThat(result.evidence()).extracting(Evidence::message).containsExactly(1, 3, 4, 0, 2);
    assertThat(result.evidence())
        .extracting(Evidence::excerpt)
        .containsExactly(
            "2026-10-05T03:00:00Z",
            "2026-10-05T03:01:00Z",
            "2026-10-05T03:02:00Z",
            "2026-10-05T03:03:00Z",
            "2026-10-05T03:04:59Z");
    assertThat(result.evidence()).extracting(Evidence::note).containsOnly("5 messages in 4m59s");
  }

  @Test
  void aLaterBurstInALongThreadCounts_C_TC_2() {
    assertThat(burst(timed(TelkomCareChannel.SOCIAL, 0, 900, 1800, 1860, 1900, 1950, 2000)).met())
        .isTrue();
  }

  @Test
  void messagesWithoutATimeAreLeftOut_C_TC_2() {
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      messages.add(new Message(T0.plusSeconds(i), "min"));
    }
    messages.add(new Message(null, "min"));
    assertThat(burst(new MessageThread(TelkomCareChannel.SOCIAL, customer(), messages)).met())
        .isFalse();
  }

  @Test
  void theBurstSizeAndWindowComeFromThePolicy_C_TC_2() {
    DetectionPolicy policy =
        new DetectionPolicy(3, 3, Duration.ofMinutes(1), Duration.ofMinutes(2), 10_000);
    MessageThread thread = timed(TelkomCareChannel.SOCIAL, 0, 30, 59);

    assertThat(Fixtures.detector().assess(thread, policy).result(Criterion.C_TC_2).met()).isTrue();
  }

  @Test
  void aThreadWithoutAChannelUsesTheNonSocialWindow_C_TC_2() {
    assertThat(burst(timed(null, 0, 150, 300, 450, 600)).met()).isTrue();
  }

  @Test
  void windowIsFormattedForAnAgent_C_TC_2() {
    assertThat(BurstCriterion.format(Duration.ofSeconds(299))).isEqualTo("4m59s");
    assertThat(BurstCriterion.format(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(BurstCriterion.format(Duration.ofSeconds(3602))).isEqualTo("1h0m2s");
  }
}
