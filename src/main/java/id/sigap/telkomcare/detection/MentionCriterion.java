package id.sigap.telkomcare.detection;

import id.sigap.telkomcare.detection.AnalysedThread.AnalysedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C-TC-3: CCs or mentions a Telkom Group official, a public official, a government or private body,
 * or a KOL, by handle (exact, case-insensitive) or by name (whole words). Care and brand accounts
 * are ignored, and news outlets belong to C-TC-4. Handles count even inside quotes, because tagging
 * notifies the account whoever wrote the words; names in quotes are someone else's words and do
 * not.
 */
final class MentionCriterion implements CriterionCheck {

  private final Watchlist watchlist;
  private final PhraseIndex<WatchlistCategory> names;

  MentionCriterion(Watchlist watchlist) {
    this.watchlist = watchlist;
    this.names = PhraseIndex.ofNames(watchlist.names(MentionCriterion::counts));
  }

  private static boolean counts(WatchlistCategory category) {
    return category != WatchlistCategory.MEDIA;
  }

  @Override
  public Criterion criterion() {
    return Criterion.C_TC_3;
  }

  @Override
  public CriterionResult evaluate(AnalysedThread thread, DetectionPolicy policy) {
    List<Evidence> evidence = new ArrayList<>();
    for (AnalysedMessage message : thread.messages()) {
      for (Token token : message.tokens()) {
        if (token.kind() == Token.Kind.HANDLE) {
          handleCategory(token)
              .ifPresent(
                  c ->
                      evidence.add(
                          new Evidence(message.index(), message.excerpt(token), c.name())));
        }
      }
      List<PhraseIndex.Match<WatchlistCategory>> found =
          PhraseIndex.longestFirst(names.findAll(message.tokens(), Token::isOwnWord));
      for (PhraseIndex.Match<WatchlistCategory> match : found) {
        evidence.add(
            new Evidence(
                message.index(), message.excerpt(match.from(), match.to()), match.value().name()));
      }
    }
    return CriterionResult.of(evidence);
  }

  private Optional<WatchlistCategory> handleCategory(Token handle) {
    return watchlist.categoryOf(handle.forms()[0]).filter(MentionCriterion::counts);
  }
}
