package id.sigap.telkomcare.detection;

/** What a watchlisted account or name is; MEDIA feeds C-TC-4, the others C-TC-3. */
public enum WatchlistCategory {
  TELKOM_OFFICIAL,
  PUBLIC_OFFICIAL,
  GOVERNMENT_BODY,
  PRIVATE_BODY,
  KOL,
  MEDIA
}
