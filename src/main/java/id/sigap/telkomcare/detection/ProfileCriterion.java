package id.sigap.telkomcare.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * C-TC-5: the author is a watchlisted account, says in the bio that they are an official, a member
 * of parliament or of the press (journalist, editor, reporter, presenter), or has at least the
 * policy's influencer followers. A verified badge alone proves nothing. Bio words explained away by
 * a decoy ("bukan wartawan", "video editor", "mantan jurnalis") do not count.
 */
final class ProfileCriterion implements CriterionCheck {

  private final Watchlist watchlist;
  private final TextNormalizer normalizer;
  private final PhraseIndex<String> keywords;
  private final PhraseIndex<String> decoys;

  ProfileCriterion(Watchlist watchlist, PhraseBook phrases) {
    this.watchlist = watchlist;
    this.normalizer = phrases.normalizer();
    this.keywords = PhraseIndex.of(phrases.bioKeywords(), Map.of());
    this.decoys = PhraseIndex.of(phrases.bioDecoys(), Map.of());
  }

  @Override
  public Criterion criterion() {
    return Criterion.C_TC_5;
  }

  @Override
  public CriterionResult evaluate(AnalysedThread thread, DetectionPolicy policy) {
    Author author = thread.author();
    List<Evidence> evidence = new ArrayList<>();
    watchlist
        .categoryOf(author.handle())
        .ifPresent(c -> evidence.add(profile(author.handle(), "watchlisted " + c.name())));
    String bio = author.bio() == null ? "" : author.bio();
    List<Token> tokens = normalizer.tokens(bio);
    List<PhraseIndex.Match<String>> found =
        PhraseIndex.withoutOverlaps(
            keywords.findAll(tokens, t -> t.kind() != Token.Kind.HANDLE),
            decoys.findAll(tokens, t -> t.kind() != Token.Kind.HANDLE));
    for (PhraseIndex.Match<String> match : PhraseIndex.longestFirst(found)) {
      String excerpt =
          bio.substring(tokens.get(match.from()).start(), tokens.get(match.to() - 1).end());
      evidence.add(profile(excerpt, "bio: " + match.value()));
    }
    if (author.followers() >= policy.influencerFollowers()) {
      evidence.add(
          profile(
              Long.toString(author.followers()),
              "followers at least " + policy.influencerFollowers()));
    }
    return CriterionResult.of(evidence);
  }

  private static Evidence profile(String excerpt, String note) {
    return new Evidence(Evidence.PROFILE, excerpt, note);
  }
}
