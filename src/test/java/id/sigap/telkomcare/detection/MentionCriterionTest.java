package id.sigap.telkomcare.detection;

import static id.sigap.telkomcare.detection.Fixtures.social;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** C-TC-3: officials, bodies and KOLs by handle or by name; care accounts never. */
class MentionCriterionTest {

  private static CriterionResult mention(MessageThread thread) {
    return Fixtures.assess(thread).result(Criterion.C_TC_3);
  }

  @Test
  void watchlistedHandleCountsWhateverItsCaseWithHandleAndCategoryAsEvidence_C_TC_3() {
    CriterionResult result = mention(social("tolong dibantu @brti_id"));

    assertThat(result.met()).isTrue();
    assertThat(result.evidence())
        .extracting(Evidence::message, Evidence::excerpt, Evidence::note)
        .containsExactly(tuple(0, "@brti_id", "GOVERNMENT_BODY"));
  }

  @Test
  void careAndBrandAccountsDoNotCount_C_TC_3() {
    assertThat(mention(social("@TelkomCare @IndiHome @telkomsel tolong cek DM")).met()).isFalse();
  }

  @Test
  void aHandleMustMatchWhole_C_TC_3() {
    assertThat(mention(social("@BRTI_IDN ini akun siapa?")).met()).isFalse();
    assertThat(mention(social("sudah mention @BRTI_ID.")).met()).isTrue();
  }

  @Test
  void anEmailAddressIsNotAHandle_C_TC_3() {
    assertThat(mention(social("balas ke dewi@gmail.com ya")).met()).isFalse();
  }

  @Test
  void aBodyByNameCountsOnWordBoundaries_C_TC_3() {
    assertThat(mention(social("apa perlu saya lapor kominfo?")).met()).isTrue();
    assertThat(mention(social("kamar Presidential Suite butuh wifi")).met()).isFalse();
  }

  @Test
  void aTwoWordTitleCountsOnceAsTheLongestName_C_TC_3() {
    CriterionResult result = mention(social("sudah saya adukan ke Komisi I DPR dan Wali Kota"));

    assertThat(result.evidence())
        .extracting(Evidence::excerpt, Evidence::note)
        .containsExactly(
            tuple("Komisi I DPR", "GOVERNMENT_BODY"), tuple("Wali Kota", "PUBLIC_OFFICIAL"));
  }

  @Test
  void kolHandleCounts_C_TC_3() {
    assertThat(mention(social("@netizen_cerewet lihat nih")).met()).isTrue();
  }

  @Test
  void aNewsOutletIsNotAnOfficialMention_C_TC_3() {
    assertThat(mention(social("@kompascom internet mati seminggu")).met()).isFalse();
  }

  @Test
  void aTaggedHandleCountsEvenInsideAQuote_C_TC_3() {
    assertThat(mention(social("kata @gadgetin_id \"ganti provider saja\"")).met()).isTrue();
  }

  @Test
  void aNameInsideAQuoteIsSomeoneElsesWords_C_TC_3() {
    assertThat(mention(social("CS bilang \"silakan lapor YLKI\" lalu menutup chat")).met())
        .isFalse();
  }

  @Test
  void anIgnoredHandleStaysIgnoredEvenWhenAlsoListed_C_TC_3() {
    Watchlist watchlist =
        Watchlist.fromEntries(
            List.of("TelkomCare"),
            List.of(new WatchlistEntry(WatchlistCategory.KOL, List.of(), List.of("@telkomcare"))));
    HardComplaintDetector detector = new HardComplaintDetector(watchlist, PhraseBook.loadDefault());

    Assessment assessment =
        detector.assess(social("@TELKOMCARE tolong"), DetectionPolicy.w10Rev02());

    assertThat(assessment.result(Criterion.C_TC_3).met()).isFalse();
  }
}
