package id.sigap.telkomcare.watchlist;

import id.sigap.platform.problem.NotFoundProblem;
import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Rejection;
import id.sigap.telkomcare.detection.WatchlistCategory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/** Keeping the watchlist: every change is stored, then this replica's detector is rebuilt. */
@ApplicationScoped
public class WatchlistService {

  private static final Logger LOG = Logger.getLogger(WatchlistService.class);

  private final WatchlistRepository repository;
  private final DetectorHolder detectors;
  private final Clock clock;

  WatchlistService(WatchlistRepository repository, DetectorHolder detectors, Clock clock) {
    this.repository = repository;
    this.detectors = detectors;
    this.clock = clock;
  }

  Uni<List<WatchlistRow>> list() {
    return repository.all();
  }

  /** Refused with 409 when the handle (watched or ignored) or the name is already listed. */
  Uni<WatchlistRow> add(
      String username, WatchlistCategory category, WatchlistKind kind, String value) {
    String stored = normalise(kind, value);
    return repository
        .insert(category, kind, stored, clock.instant(), username)
        .onItem()
        .ifNull()
        .failWith(
            () ->
                new RejectedException(
                    Rejection.conflict(
                        null,
                        "Already on the watchlist",
                        (kind.isHandle() ? "The handle " : "The name ")
                            + stored
                            + " is already on the watchlist")))
        .invoke(row -> LOG.infof("%s added %s %s to the watchlist", username, kind, stored))
        .call(this::rebuild);
  }

  Uni<Void> remove(String username, String id) {
    Long key = parseId(id);
    if (key == null) {
      return Uni.createFrom().failure(new NotFoundProblem("Watchlist entry", id));
    }
    return repository
        .delete(key)
        .invoke(
            deleted -> {
              if (!deleted) {
                throw new NotFoundProblem("Watchlist entry", id);
              }
            })
        .invoke(() -> LOG.infof("%s removed watchlist entry %s", username, id))
        .call(this::rebuild)
        .replaceWithVoid();
  }

  /** The change is stored whatever happens here; the next refresh retries a failed rebuild. */
  private Uni<Void> rebuild() {
    return detectors
        .reload()
        .onFailure()
        .invoke(e -> LOG.warnf(e, "Watchlist changed but the detector was not rebuilt yet"))
        .onFailure()
        .recoverWithNull();
  }

  /** Handles are kept with one leading '@'; names with single spaces. */
  static String normalise(WatchlistKind kind, String value) {
    String stripped = value.strip();
    if (kind.isHandle()) {
      int at = 0;
      while (at < stripped.length() && stripped.charAt(at) == '@') {
        at++;
      }
      return "@" + stripped.substring(at);
    }
    return stripped.replaceAll("\\s+", " ");
  }

  private static Long parseId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
