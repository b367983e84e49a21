package id.sigap.telkomcare.detection;

import java.util.List;
import java.util.Objects;

/** A group of names and handles that share a category. */
public record WatchlistEntry(WatchlistCategory category, List<String> names, List<String> handles) {

  public WatchlistEntry {
    Objects.requireNonNull(category, "category");
    names = nonBlank(names);
    handles = nonBlank(handles);
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).toList();
  }
}
