package id.sigap.reporting.kpi;

import id.sigap.platform.problem.RejectedException;
import id.sigap.procedure.Rejection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The procedure's KPIs over a period of days in the center's zone, at most a year. */
@ApplicationScoped
public class KpiReports {

  static final long MAX_DAYS = 366;

  private final KpiQueries queries;

  KpiReports(KpiQueries queries) {
    this.queries = queries;
  }

  public Uni<Kpis> over(LocalDate first, LocalDate last, ZoneId zone) {
    if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      return Uni.createFrom()
          .failure(
              new RejectedException(
                  Rejection.invalid(
                      null,
                      "Invalid period",
                      "'from' must not be after 'to', and at most a year apart")));
    }
    return queries.compute(first, last, zone);
  }
}
