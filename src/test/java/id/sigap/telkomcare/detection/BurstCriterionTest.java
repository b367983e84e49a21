package id.sigap.telkomcare.detection;

import static id.sigap.telkomcare.detection.Fixtures.T0;
import static id.sigap.telkomcare.detection.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
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

  // R-C-8: one customer on several platforms; the burst counts the messages of all their threads

  private static MessageThread across(
      TelkomCareChannel channel,
      TelkomCarePlatform platform,
      long[] here,
      TelkomCareChannel otherChannel,
      TelkomCarePlatform otherPlatform,
      long... elsewhere) {
    List<Message> messages = new ArrayList<>();
    for (long s : here) {
      messages.add(new Message(T0.plusSeconds(s), "halo min, internet mati"));
    }
    List<OtherThreadMessage> others = new ArrayList<>();
    for (long s : elsewhere) {
      others.add(new OtherThreadMessage(T0.plusSeconds(s), otherChannel, otherPlatform));
    }
    return new MessageThread(channel, platform, customer(), messages, others);
  }

  @Test
  @DisplayName("R-C-8: three tweets and two e-mails within 15 minutes are one burst")
  void threeTweetsAndTwoEmailsOfOneCustomerAreABurstUnderTheEmailWindow_R_C_8_C_TC_2() {
    MessageThread email =
        across(
            TelkomCareChannel.EMAIL,
            TelkomCarePlatform.EMAIL,
            new long[] {600, 840},
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER,
            0,
            120,
            240);

    CriterionResult result = burst(email);

    assertThat(result.met()).isTrue();
    assertThat(result.evidence())
        .extracting(Evidence::message)
        .containsExactly(Evidence.OTHER_THREAD, Evidence.OTHER_THREAD, Evidence.OTHER_THREAD, 0, 1);
    assertThat(result.evidence())
        .extracting(Evidence::excerpt)
        .containsExactly(
            "2026-10-05T03:00:00Z",
            "2026-10-05T03:02:00Z",
            "2026-10-05T03:04:00Z",
            "2026-10-05T03:10:00Z",
            "2026-10-05T03:14:00Z");
    assertThat(result.evidence().get(0).note())
        .isEqualTo("5 messages in 14m0s across TWITTER, EMAIL; this one: TWITTER, another thread");
    assertThat(result.evidence().get(4).note())
        .isEqualTo("5 messages in 14m0s across TWITTER, EMAIL; this one: EMAIL");
  }

  @Test
  @DisplayName("R-C-8: five social messages on two platforms have the social window")
  void fiveSocialMessagesOnTwoPlatformsKeepTheSocialWindow_R_C_8_C_TC_2() {
    MessageThread within =
        across(
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.INSTAGRAM,
            new long[] {200, 299},
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER,
            0,
            60,
            120);
    MessageThread exactly =
        across(
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.INSTAGRAM,
            new long[] {200, 300},
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER,
            0,
            60,
            120);

    assertThat(burst(within).met()).isTrue();
    assertThat(burst(within).evidence().get(0).note())
        .startsWith("5 messages in 4m59s across TWITTER, INSTAGRAM;");
    assertThat(burst(exactly).met()).isFalse();
  }

  @Test
  @DisplayName("R-C-8: one e-mail among five gives them the 15-minute window, strictly shorter")
  void oneEmailAmongFiveGivesThemTheNonSocialWindowStrictlyShorter_R_C_8_C_TC_2() {
    MessageThread within =
        across(
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER,
            new long[] {0, 300, 600, 899},
            TelkomCareChannel.EMAIL,
            TelkomCarePlatform.EMAIL,
            450);
    MessageThread exactly =
        across(
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER,
            new long[] {0, 300, 600, 900},
            TelkomCareChannel.EMAIL,
            TelkomCarePlatform.EMAIL,
            450);

    assertThat(burst(within).met()).isTrue();
    assertThat(burst(exactly).met()).isFalse();
  }

  @Test
  @DisplayName("R-C-8: the e-mail that sets the window is chosen even when socials lie between")
  void theEmailThatSetsTheWindowIsAmongTheFiveWhateverLiesBetween_R_C_8_C_TC_2() {
    // six tweets 80 s apart, then an e-mail: no five tweets lie within 5 minutes, but the first
    // four with the e-mail lie within 15
    MessageThread tweets =
        across(
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER,
            new long[] {0, 80, 160, 240, 320, 400},
            TelkomCareChannel.EMAIL,
            TelkomCarePlatform.EMAIL,
            420);

    CriterionResult result = burst(tweets);

    assertThat(result.met()).isTrue();
    assertThat(result.evidence())
        .extracting(Evidence::message)
        .containsExactly(0, 1, 2, 3, Evidence.OTHER_THREAD);
    assertThat(result.evidence().get(0).note())
        .startsWith("5 messages in 7m0s across TWITTER, EMAIL");
  }

  @Test
  @DisplayName("R-C-8: a burst of the other threads alone is theirs, not this thread's")
  void aBurstElsewhereAloneDoesNotCountForThisThread_R_C_8_C_TC_2() {
    MessageThread quiet =
        across(
            TelkomCareChannel.EMAIL,
            TelkomCarePlatform.EMAIL,
            new long[] {7200},
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER,
            0,
            30,
            60,
            90,
            120);

    assertThat(burst(quiet).met()).isFalse();
  }

  @Test
  @DisplayName("R-C-8: another thread's messages count, but the thread alone needs five")
  void withoutTheOtherThreadsTheSameMessagesAreNoBurst_R_C_8_C_TC_2() {
    MessageThread alone =
        across(
            TelkomCareChannel.EMAIL,
            TelkomCarePlatform.EMAIL,
            new long[] {600, 840},
            TelkomCareChannel.SOCIAL,
            TelkomCarePlatform.TWITTER);

    assertThat(burst(alone).met()).isFalse();
  }

  @Test
  @DisplayName("R-C-8: a platform is named by its name or, for TWITTER, X; it fits its channel")
  void platformsAreNamedAndFitTheirChannel_R_C_8() {
    assertThat(TelkomCarePlatform.named("X")).contains(TelkomCarePlatform.TWITTER);
    assertThat(TelkomCarePlatform.named(" tiktok ")).contains(TelkomCarePlatform.TIKTOK);
    assertThat(TelkomCarePlatform.named("MYSPACE")).isEmpty();
    assertThat(TelkomCarePlatform.TWITTER.fits(TelkomCareChannel.SOCIAL)).isTrue();
    assertThat(TelkomCarePlatform.TWITTER.fits(TelkomCareChannel.EMAIL)).isFalse();
    assertThat(TelkomCarePlatform.EMAIL.fits(TelkomCareChannel.SOCIAL)).isFalse();
    assertThat(TelkomCarePlatform.OTHER.fits(TelkomCareChannel.EMAIL)).isTrue();
    assertThat(TelkomCarePlatform.of(TelkomCareChannel.SOCIAL)).isEqualTo(TelkomCarePlatform.OTHER);
    assertThat(TelkomCarePlatform.of(TelkomCareChannel.EMAIL)).isEqualTo(TelkomCarePlatform.EMAIL);
  }

  @Test
  void windowIsFormattedForAnAgent_C_TC_2() {
    assertThat(BurstCriterion.format(Duration.ofSeconds(299))).isEqualTo("4m59s");
    assertThat(BurstCriterion.format(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(BurstCriterion.format(Duration.ofSeconds(3602))).isEqualTo("1h0m2s");
  }
}
