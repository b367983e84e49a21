package id.sigap.telkomcare.watchlist;

import id.sigap.telkomcare.detection.HardComplaintDetector;
import id.sigap.telkomcare.detection.PhraseBook;
import id.sigap.telkomcare.detection.Watchlist;
import id.sigap.telkomcare.detection.WatchlistEntry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The TelkomCare detector built from the watchlist in the database. Loaded before traffic is
 * served, rebuilt right after a change made on this replica, and refreshed every minute so that
 * changes made on other replicas arrive too. Readers never wait: they take the detector of the
 * latest load.
 */
@ApplicationScoped
public class DetectorHolder {

  private static final Logger LOG = Logger.getLogger(DetectorHolder.class);

  /** A detector and the number of the load that built it. */
  private record Loaded(long load, HardComplaintDetector detector) {}

  private final WatchlistRepository repository;
  private final PhraseBook phrases = PhraseBook.loadDefault();
  private final AtomicLong loads = new AtomicLong();
  private final AtomicReference<Loaded> current = new AtomicReference<>();

  DetectorHolder(WatchlistRepository repository) {
    this.repository = repository;
  }

  void onStart(@Observes StartupEvent event) {
    // Runs once on the main thread before traffic is served, so waiting blocks no event loop.
    reload().await().indefinitely();
  }

  /** The detector of the latest watchlist this replica has read. */
  public HardComplaintDetector detector() {
    Loaded loaded = current.get();
    if (loaded == null) {
      throw new IllegalStateException("the TelkomCare watchlist has not been loaded yet");
    }
    return loaded.detector();
  }

  @Scheduled(
      identity = "telkomcare-watchlist-refresh",
      every = "60s",
      delayed = "60s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> refresh() {
    return reload()
        .onFailure()
        .invoke(e -> LOG.warnf(e, "Watchlist refresh failed; keeping the detector already built"))
        .onFailure()
        .recoverWithNull();
  }

  /**
   * Reads the watchlist and swaps in a detector built from it. A load that finishes after a later
   * one started does not replace the later one's detector, so a slow refresh cannot undo a change.
   */
  Uni<Void> reload() {
    long load = loads.incrementAndGet();
    return repository
        .all()
        .map(rows -> new Loaded(load, new HardComplaintDetector(watchlist(rows), phrases)))
        .invoke(
            loaded ->
                current.accumulateAndGet(
                    loaded, (old, next) -> old == null || old.load() < next.load() ? next : old))
        .invoke(() -> LOG.debugf("TelkomCare detector rebuilt (load %d)", load))
        .replaceWithVoid();
  }

  static Watchlist watchlist(List<WatchlistRow> rows) {
    List<String> ignored = new ArrayList<>();
    List<WatchlistEntry> entries = new ArrayList<>(rows.size());
    for (WatchlistRow row : rows) {
      switch (row.kind()) {
        case IGNORED_HANDLE -> ignored.add(row.value());
        case HANDLE -> entries.add(new WatchlistEntry(row.category(), null, List.of(row.value())));
        case NAME -> entries.add(new WatchlistEntry(row.category(), List.of(row.value()), null));
      }
    }
    return Watchlist.fromEntries(ignored, entries);
  }
}
