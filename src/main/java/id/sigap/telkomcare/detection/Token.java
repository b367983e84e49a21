package id.sigap.telkomcare.detection;

/**
 * A word, @handle or #hashtag word of a text, with its span in the text as written (so evidence can
 * quote it exactly), its NFKC form with case kept (for C-TC-1) and its lower-case matching forms
 * (repeated-letter variants and slang expansions). {@code clauseStart} says that a comma, a full
 * stop or the like stands before it, so that no phrase is read across it.
 */
record Token(
    Kind kind,
    int start,
    int end,
    String cased,
    String[] forms,
    boolean quoted,
    boolean clauseStart) {

  enum Kind {
    WORD,
    HANDLE,
    HASHTAG
  }

  boolean hasFormStartingWith(String prefix) {
    for (String candidate : forms) {
      if (candidate.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The author's own words: not a handle and not inside quotation marks. */
  boolean isOwnWord() {
    return kind != Kind.HANDLE && !quoted;
  }
}
