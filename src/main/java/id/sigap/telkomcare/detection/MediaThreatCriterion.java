package id.sigap.telkomcare.detection;

import id.sigap.telkomcare.detection.AnalysedThread.AnalysedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * C-TC-4: threatens to take the case to the mass media: the press, TV, news sites, letters to the
 * editor, making it viral, or tagging a news outlet's handle. A threat phrase that overlaps a
 * "merely saw it" phrase ("tadi lihat di berita", "katanya di detik", "lagi viral") is explained
 * away; quoted words are someone else's. Media names are not threats by themselves ("detik",
 * "tempo" and "kompas" are common words) and only count inside a threat phrase ("lapor ke
 * {media}").
 */
final class MediaThreatCriterion implements CriterionCheck {

  private static final String TAGGED = "tagged news outlet (MEDIA)";
  private static final String THREAT = "threat to go public";

  private final Watchlist watchlist;
  private final PhraseIndex<String> threats;
  private final PhraseIndex<String> decoys;

  MediaThreatCriterion(Watchlist watchlist, PhraseBook phrases) {
    this.watchlist = watchlist;
    Map<String, List<List<String>>> slots =
        Map.of(
            "media",
            watchlist.names(c -> c == WatchlistCategory.MEDIA).keySet().stream()
                .map(TextNormalizer::words)
                .filter(words -> !words.isEmpty())
                .toList());
    this.threats = PhraseIndex.of(phrases.mediaThreats(), slots);
    this.decoys = PhraseIndex.of(phrases.mediaDecoys(), slots);
  }

  @Override
  public Criterion criterion() {
    return Criterion.C_TC_4;
  }

  @Override
  public CriterionResult evaluate(AnalysedThread thread, DetectionPolicy policy) {
    List<Evidence> evidence = new ArrayList<>();
    for (AnalysedMessage message : thread.messages()) {
      List<Token> tokens = message.tokens();
      for (Token token : tokens) {
        if (token.kind() == Token.Kind.HANDLE && isNewsOutlet(token)) {
          evidence.add(new Evidence(message.index(), message.excerpt(token), TAGGED));
        }
      }
      List<PhraseIndex.Match<String>> found =
          PhraseIndex.withoutOverlaps(
              threats.findAll(tokens, Token::isOwnWord), decoys.findAll(tokens, Token::isOwnWord));
      for (PhraseIndex.Match<String> match : PhraseIndex.longestFirst(found)) {
        evidence.add(
            new Evidence(message.index(), message.excerpt(match.from(), match.to()), THREAT));
      }
    }
    return CriterionResult.of(evidence);
  }

  private boolean isNewsOutlet(Token handle) {
    return watchlist.categoryOf(handle.forms()[0]).orElse(null) == WatchlistCategory.MEDIA;
  }
}
