package id.sigap.telkomcare.watchlist;

import id.sigap.telkomcare.detection.WatchlistCategory;
import java.time.Instant;

/** One stored watchlist entry; {@code category} is null for an ignored handle. */
record WatchlistRow(
    long id,
    WatchlistCategory category,
    WatchlistKind kind,
    String value,
    Instant createdAt,
    String createdBy) {}
