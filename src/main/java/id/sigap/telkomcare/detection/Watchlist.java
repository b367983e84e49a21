package id.sigap.telkomcare.detection;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Officials, bodies, KOLs and media by handle and name (C-TC-3, C-TC-4, C-TC-5), and the care and
 * brand accounts whose mention means nothing. Handles compare case-insensitively, with or without
 * the leading '@'. Immutable.
 */
public final class Watchlist {

  private final Set<String> ignored = new HashSet<>();
  private final Map<String, WatchlistCategory> categoryByHandle = new HashMap<>();
  private final List<WatchlistEntry> entries;

  public Watchlist(Collection<String> ignoreHandles, List<WatchlistEntry> entries) {
    if (ignoreHandles != null) {
      for (String handle : ignoreHandles) {
        String key = TextNormalizer.handleKey(handle);
        if (key != null) {
          ignored.add(key);
        }
      }
    }
    this.entries = entries == null ? List.of() : List.copyOf(entries);
    for (WatchlistEntry entry : this.entries) {
      for (String handle : entry.handles()) {
        String key = TextNormalizer.handleKey(handle);
        if (key != null && !ignored.contains(key)) {
          categoryByHandle.putIfAbsent(key, entry.category());
        }
      }
    }
  }

  public static Watchlist fromEntries(
      Collection<String> ignoreHandles, List<WatchlistEntry> entries) {
    return new Watchlist(ignoreHandles, entries);
  }

  public List<WatchlistEntry> entries() {
    return entries;
  }

  public boolean ignores(String handle) {
    String key = TextNormalizer.handleKey(handle);
    return key != null && ignored.contains(key);
  }

  /** The category of a watchlisted handle; empty for unknown or ignored handles. */
  public Optional<WatchlistCategory> categoryOf(String handle) {
    String key = TextNormalizer.handleKey(handle);
    return key == null ? Optional.empty() : Optional.ofNullable(categoryByHandle.get(key));
  }

  /** Names of the wanted categories; a name listed twice keeps its first category. */
  Map<String, WatchlistCategory> names(Predicate<WatchlistCategory> wanted) {
    Map<String, WatchlistCategory> names = new LinkedHashMap<>();
    for (WatchlistEntry entry : entries) {
      if (wanted.test(entry.category())) {
        entry.names().forEach(name -> names.putIfAbsent(name, entry.category()));
      }
    }
    return names;
  }
}
