package id.sigap.telkomcare.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The normalisation every TelkomCare criterion (C-TC-1, C-TC-3, C-TC-4, C-TC-5) reads through. */
class TextNormalizerTest {

  private final TextNormalizer normalizer =
      new TextNormalizer(Map.of("gak", "tidak", "min", "admin"));

  private List<Token> tokens(String text) {
    return normalizer.tokens(text);
  }

  @Test
  void tokensKeepTheirSpanAsWritten() {
    String text = "Internet  MATI, min!!";
    List<Token> tokens = tokens(text);

    assertThat(tokens)
        .extracting(t -> text.substring(t.start(), t.end()))
        .containsExactly("Internet", "MATI", "min");
  }

  @Test
  void repeatedLettersReadAsOneAndAsTwo() {
    assertThat(tokens("LEMOOOT").get(0).forms()).containsExactly("lemot", "lemoot");
    assertThat(tokens("maaaaf").get(0).forms()).contains("maf", "maaf");
    assertThat(tokens("maaf").get(0).forms()).containsExactly("maaf");
  }

  @Test
  void slangExpandsAfterCollapsing() {
    assertThat(tokens("gakkk").get(0).forms()).contains("tidak");
    assertThat(tokens("Min").get(0).forms()).containsExactly("min", "admin");
  }

  @Test
  void nfkcFoldsFullWidthAndStylisedLetters() {
    Token token = tokens("ＭＡＴＩ").get(0);
    assertThat(token.cased()).isEqualTo("MATI");
    assertThat(tokens("𝐏𝐀𝐑𝐀𝐇").get(0).forms()).containsExactly("parah");
  }

  @Test
  void linksAreDropped() {
    assertThat(tokens("lihat https://t.co/ABC www.example.com/x detik.com/berita/1 ok"))
        .extracting(t -> t.forms()[0])
        .containsExactly("lihat", "ok");
  }

  @Test
  void emojiAndPunctuationOnlySeparate() {
    assertThat(tokens("lemot😡😡parah!!!banget"))
        .extracting(t -> t.forms()[0])
        .containsExactly("lemot", "parah", "banget");
  }

  @Test
  void handlesAreOneTokenAndEmailAddressesAreNot() {
    List<Token> tokens = tokens("cc @BRTI_ID. balas ke dewi@gmail.com");

    assertThat(tokens.get(1).kind()).isEqualTo(Token.Kind.HANDLE);
    assertThat(tokens.get(1).forms()).containsExactly("@brti_id");
    assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.HANDLE).hasSize(1);
  }

  @Test
  void hashtagWordsAreMarked() {
    assertThat(tokens("#viral_kan_aja")).extracting(Token::kind).containsOnly(Token.Kind.HASHTAG);
  }

  @Test
  void quotedWordsAndQuotedEmailLinesAreMarked() {
    List<Token> tokens = tokens("dia bilang \"viralkan\" ok\n> KUTIPAN\nsaya");

    assertThat(tokens)
        .extracting(Token::quoted)
        .containsExactly(false, false, true, false, true, false);
  }

  @Test
  void punctuationStartsAClauseButADotInsideANameDoesNot() {
    assertThat(tokens("tidak, viralkan").get(1).clauseStart()).isTrue();
    assertThat(tokens("suara.com").get(1).clauseStart()).isFalse();
  }

  @Test
  void handleKeysCompareWithOrWithoutTheAt() {
    assertThat(TextNormalizer.handleKey("BRTI_ID")).isEqualTo("@brti_id");
    assertThat(TextNormalizer.handleKey(" @TelkomCare ")).isEqualTo("@telkomcare");
    assertThat(TextNormalizer.handleKey("  ")).isNull();
    assertThat(TextNormalizer.handleKey(null)).isNull();
  }

  @Test
  void nullAndEmptyTextGiveNoTokens() {
    assertThat(tokens(null)).isEmpty();
    assertThat(tokens("")).isEmpty();
    assertThat(tokens("😡🙏 !!! ...")).isEmpty();
  }
}
