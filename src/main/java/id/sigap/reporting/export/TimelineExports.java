package id.sigap.reporting.export;

import id.sigap.cases.CaseService;
import id.sigap.procedure.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;

/** Exporting timelines as CSV: one case the caller may see, or every case of a period. */
@ApplicationScoped
public class TimelineExports {

  /**
   * The most events one export holds; a busier period is exported in parts. The rows and the CSV
   * are built in memory, and this many stays well inside the native image's 96 MiB heap.
   */
  static final int MAX_EVENTS = 20_000;

  private final CaseService cases;
  private final TimelineExportQueries queries;

  TimelineExports(CaseService cases, TimelineExportQueries queries) {
    this.cases = cases;
    this.queries = queries;
  }

  /** An export: its file name without .csv, and its CSV. */
  public record Export(String name, String csv) {}

  /** One case's timeline; 404 when the caller may not see the case. */
  public Uni<Export> ofCase(Actor actor, String caseId) {
    return cases
        .visible(actor, caseId)
        .chain(
            c ->
                queries
                    .ofCase(c.id)
                    .map(rows -> new Export("sigap-case-" + c.id, TimelineCsv.of(rows))));
  }

  /** Every case taken in within [from, to); refused when it holds more than MAX_EVENTS events. */
  public Uni<Export> ofPeriod(Instant from, Instant to, String name) {
    return queries
        .ofPeriod(from, to, MAX_EVENTS + 1)
        .map(
            rows -> {
              if (rows.size() > MAX_EVENTS) {
                throw new BadRequestException(
                    "More than " + MAX_EVENTS + " events: export a shorter period");
              }
              return new Export(name, TimelineCsv.of(rows));
            });
  }
}
