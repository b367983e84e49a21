package id.sigap.telkomcare.detection;

import static id.sigap.telkomcare.detection.Fixtures.social;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** C-TC-4: a threat to go public counts; having seen something in the news does not. */
class MediaThreatCriterionTest {

  private static CriterionResult threat(String... texts) {
    return Fixtures.assess(social(texts)).result(Criterion.C_TC_4);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "kalau tidak ada solusi, saya viralkan",
        "awas ya, bakal viral nih",
        "sebarin aja ke semua grup",
        "sy viralin klo gk dibenerin",
        "Jangan sampai saya laporkan ke media ya",
        "Besok saya kirim ke surat pembaca Kompas",
        "saya kirim ke detik.com biar semua tahu",
        "Kalau besok belum nyala, saya bikin thread biar rame dan masuk berita",
        "Akan saya beritakan kalau tidak ada tanggapan",
        "I will take this to the media",
        "kalau tidak, viralkan saja"
      })
  void threatToGoPublicCounts_C_TC_4(String text) {
    assertThat(threat(text).met()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "tadi lihat di berita katanya gangguan massal",
        "katanya di detik ada gangguan kabel laut",
        "Mohon maaf min, tadi saya baca di medsos banyak yang kena",
        "lagi viral ya gangguan hari ini?",
        "Menurut Kompas, gangguan karena kabel laut putus",
        "Loading 10 detik baru kebuka, tempo hari lebih cepat",
        "I saw it on the news, is the outage everywhere?",
        "saya tidak mau viralkan, tolong diselesaikan baik-baik",
        "min tolong sebarkan info gangguan ya"
      })
  void seeingTheNewsOrNamingAnOutletIsNoThreat_C_TC_4(String text) {
    assertThat(threat(text).met()).isFalse();
  }

  @Test
  void taggingANewsOutletCountsWithTheHandleAsEvidence_C_TC_4() {
    CriterionResult result = threat("aku laporin ke @detikcom nih");

    assertThat(result.met()).isTrue();
    assertThat(result.evidence()).extracting(Evidence::excerpt).contains("@detikcom");
  }

  @Test
  void aQuotedThreatIsSomeoneElses_C_TC_4() {
    assertThat(threat("Tetangga bilang \"viralkan saja\", saya cuma mau internet normal").met())
        .isFalse();
  }

  @Test
  void evidenceIsThePhraseAsWritten_C_TC_4() {
    CriterionResult result = threat("Kalau tidak beres, saya bawa ke Media Massa!");

    assertThat(result.evidence()).extracting(Evidence::excerpt).contains("bawa ke Media Massa");
    assertThat(result.evidence()).extracting(Evidence::note).containsOnly("threat to go public");
  }
}
