package id.sigap.telkomcare.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrase-list syntax the C-TC criteria are written in, and the shipped lists. */
class PhraseBookTest {

  private static List<String> expand(String line) {
    return PhrasePattern.parse(line, null).stream()
        .map(
            p ->
                String.join(
                    " ", p.words().stream().map(w -> w.text() + (w.prefix() ? "*" : "")).toList()))
        .toList();
  }

  @Test
  void alternativesExpandAndAnEmptyAlternativeIsOptional() {
    assertThat(expand("(saya|) (viralkan|sebar*)"))
        .containsExactly("saya viralkan", "saya sebar*", "viralkan", "sebar*");
  }

  @Test
  void phrasesAreNormalisedLikeText() {
    assertThat(expand("Suara.com")).containsExactly("suara com");
  }

  @Test
  void aPieceWithoutWordsIsAMistakeInTheList() {
    assertThatThrownBy(() -> PhrasePattern.parse("(it)? viral", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultListsLoadOnceAndAreNotEmpty() {
    PhraseBook book = PhraseBook.loadDefault();

    assertThat(PhraseBook.loadDefault()).isSameAs(book);
    assertThat(book.complaintSignals()).isNotEmpty();
    assertThat(book.mediaThreats()).isNotEmpty();
    assertThat(book.mediaDecoys()).isNotEmpty();
    assertThat(book.courtesies()).isNotEmpty();
    assertThat(book.bioKeywords())
        .extracting(PhrasePattern::label)
        .contains(
            "official", "member of parliament", "journalist", "editor", "reporter", "presenter");
    assertThat(book.shoutingAcronyms())
        .contains("indihome", "wifi", "brti", "telkom", "dpr", "ylki");
  }
}
