package id.sigap.telkomcare.detection;

import static id.sigap.telkomcare.detection.Fixtures.assess;
import static id.sigap.telkomcare.detection.Fixtures.social;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** C-TC-1: capitals, counted as SPEC section 4 reads it, and a complaint in the text. */
class ShoutingCriterionTest {

  private static CriterionResult shouting(MessageThread thread) {
    return assess(thread).result(Criterion.C_TC_1);
  }

  @Test
  void shoutedComplaintCountsWithTheShoutedWordsAsEvidence_C_TC_1() {
    CriterionResult result = shouting(social("Min, INTERNET SAYA MATI DARI PAGI!!"));

    assertThat(result.met()).isTrue();
    assertThat(result.evidence())
        .extracting(Evidence::message, Evidence::excerpt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "INTERNET SAYA MATI DARI PAGI"));
  }

  @Test
  void slangAndRepeatedLettersInCapitalsCount_C_TC_1() {
    assertThat(shouting(social("LEMOOOT BGT, GK BS BUKA APA2")).met()).isTrue();
  }

  @Test
  void shoutedThanksWithNoComplaintDoesNotCount_C_TC_1() {
    assertThat(shouting(social("TERIMA KASIH BANYAK MIN, INTERNET SUDAH LANCAR LAGI")).met())
        .isFalse();
  }

  @Test
  void shoutedThanksAfterAComplaintStillDoesNotCount_C_TC_1() {
    assertThat(shouting(social("internet mati dari pagi", "SUDAH NYALA, MAKASIH MIN!!")).met())
        .isFalse();
  }

  @Test
  void shoutedGreetingInAComplaintThreadDoesNotCount_C_TC_1() {
    assertThat(shouting(social("internet mati dari kemarin", "HALO MIN??")).met()).isFalse();
  }

  @Test
  void shoutedDemandCountsWhenTheThreadComplains_C_TC_1() {
    assertThat(shouting(social("internet mati dari subuh", "MIN TOLONG DIBALAS SEKARANG")).met())
        .isTrue();
  }

  @Test
  void shoutedQuestionWithNoComplaintAnywhereDoesNotCount_C_TC_1() {
    assertThat(shouting(social("PROMO INDIHOME BULAN INI APA SAJA MIN?")).met()).isFalse();
  }

  @Test
  void productAndBodyAcronymsDoNotMakeACalmMessageShout_C_TC_1() {
    assertThat(shouting(social("WIFI INDIHOME saya LOS merah dari subuh, tolong dicek ya")).met())
        .isFalse();
    assertThat(shouting(social("Sudah lapor BRTI dan YLKI, internet tetap mati")).met()).isFalse();
  }

  @Test
  void handlesHashtagsAndLinksAreLeftOut_C_TC_1() {
    assertThat(
            shouting(
                    social(
                        "@KEMKOMINFO #INDIHOMEGANGGUAN https://BIT.LY/ABCDEFGHIJ internet mati"
                            + " lagi"))
                .met())
        .isFalse();
    assertThat(
            shouting(social("@telkomcare #gangguan https://bit.ly/abc INTERNET MATI LAGI")).met())
        .isTrue();
  }

  @Test
  void exactlyHalfOfTheLettersInCapitalsIsNotMost_C_TC_1() {
    assertThat(shouting(social("MATI LAGI mati lagi")).met()).isFalse();
    assertThat(shouting(social("MATI LAGI mati lagu")).met()).isFalse();
    assertThat(shouting(social("MATI LAGI mati la")).met()).isTrue();
  }

  @Test
  void oneLetterWordsAreNotCounted_C_TC_1() {
    assertThat(shouting(social("Q W E R T Y internet mati")).met()).isFalse();
    assertThat(shouting(social("a b c d e f g h INTERNET MATI")).met()).isTrue();
  }

  @Test
  void quotedCapitalsAreSomeoneElsesWords_C_TC_1() {
    assertThat(
            shouting(social("muncul tulisan \"GANGGUAN SEDANG DIPERBAIKI\" sampai kapan?")).met())
        .isFalse();
  }

  @Test
  void fullWidthCapitalsAreCapitalsAfterNfkc_C_TC_1() {
    assertThat(shouting(social("ＩＮＴＥＲＮＥＴ ＭＡＴＩ ＬＡＧＩ")).met()).isTrue();
  }

  @Test
  void eachShoutingMessageGivesItsOwnEvidence_C_TC_1() {
    CriterionResult result =
        shouting(social("INTERNET MATI", "tolong dicek ya", "SUDAH TIGA HARI BEGINI TERUS"));

    assertThat(result.evidence()).extracting(Evidence::message).containsExactly(0, 2);
  }

  @Test
  void lowerCaseAngerIsNotCapitals_C_TC_1() {
    assertThat(shouting(social("parah banget pelayanannya, sudah seminggu mati")).met()).isFalse();
  }
}
