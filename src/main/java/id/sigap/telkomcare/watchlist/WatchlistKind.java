package id.sigap.telkomcare.watchlist;

/** What a watchlist row holds. */
public enum WatchlistKind {
  /** An account whose mention (C-TC-3, C-TC-4) or authorship (C-TC-5) counts. */
  HANDLE,
  /** A name whose mention counts as whole words (C-TC-3), or a news outlet's name (C-TC-4). */
  NAME,
  /** A care or brand account whose mention means nothing (@TelkomCare, @IndiHome, ...). */
  IGNORED_HANDLE;

  boolean isHandle() {
    return this != NAME;
  }
}
