package id.sigap.telkomcare.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** C-TC-5: a watchlisted account, a telling bio, or the influencer followers; not a badge. */
class ProfileCriterionTest {

  private static CriterionResult profile(Author author) {
    return Fixtures.assess(Fixtures.thread(TelkomCareChannel.SOCIAL, author, 60, "internet mati"))
        .result(Criterion.C_TC_5);
  }

  private static Author withBio(String bio) {
    return new Author("@someone", "Someone", false, 100, bio);
  }

  @Test
  void aVerifiedBadgeAloneDoesNotCount_C_TC_5() {
    assertThat(profile(new Author("@dewi", "Dewi", true, 3000, "pecinta kopi")).met()).isFalse();
  }

  @Test
  void influencerFollowersCountFromTheThresholdOn_C_TC_5() {
    assertThat(profile(new Author("@a", "A", false, 10_000, null)).met()).isTrue();
    assertThat(profile(new Author("@a", "A", false, 9_999, null)).met()).isFalse();
  }

  @Test
  void theFollowerThresholdComesFromThePolicy_C_TC_5() {
    DetectionPolicy policy =
        new DetectionPolicy(3, 5, Duration.ofMinutes(5), Duration.ofMinutes(15), 500);
    MessageThread thread =
        Fixtures.thread(TelkomCareChannel.SOCIAL, new Author("@a", "A", false, 500, null), 60, "x");

    assertThat(Fixtures.detector().assess(thread, policy).result(Criterion.C_TC_5).met()).isTrue();
  }

  @Test
  void aWatchlistedAuthorCounts_C_TC_5() {
    CriterionResult result = profile(new Author("@KOL_Teknologi", null, false, 10, null));

    assertThat(result.met()).isTrue();
    assertThat(result.evidence())
        .extracting(Evidence::message, Evidence::note)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(-1, "watchlisted KOL"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Kepala Dinas Kominfo Kabupaten Contoh. Akun resmi.",
        "Anggota DPR RI Komisi I",
        "anggota dewan dapil III",
        "Wartawan ekonomi",
        "Jurnalis @tempodotco",
        "Redaktur pelaksana harian Tribun",
        "Pemimpin Redaksi portal berita lokal",
        "Reporter CNN Indonesia",
        "News anchor at Kompas TV",
        "Penyiar radio"
      })
  void aBioSayingOfficialParliamentOrPressCounts_C_TC_5(String bio) {
    assertThat(profile(withBio(bio)).met()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "guru SD",
        "Bukan wartawan, cuma suka nulis",
        "Mantan jurnalis, sekarang jualan roti",
        "Video editor & content creator",
        "Penikmat berita dan kopi",
        "Presiden mahasiswa kampus",
        ""
      })
  void aBioThatOnlyLooksTellingDoesNotCount_C_TC_5(String bio) {
    assertThat(profile(withBio(bio)).met()).isFalse();
  }

  @Test
  void evidenceQuotesTheBioAsWritten_C_TC_5() {
    CriterionResult result = profile(withBio("Saya WARTAWAN senior"));

    assertThat(result.evidence())
        .extracting(Evidence::excerpt, Evidence::note)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WARTAWAN", "bio: journalist"));
  }

  @Test
  void nullProfileFieldsMeetNothing_C_TC_5() {
    assertThat(profile(new Author(null, null, false, 0, null)).met()).isFalse();
    assertThat(profile(null).met()).isFalse();
  }
}
