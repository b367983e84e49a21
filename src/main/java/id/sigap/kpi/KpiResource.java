package id.sigap.kpi;

import id.sigap.platform.problem.Rejection;
import id.sigap.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/kpis")
@Tag(name = "KPIs")
public class KpiResource {

  private static final long MAX_DAYS = 366;

  private final KpiQueries queries;
  private final Clock clock;
  private final ZoneId zone;

  KpiResource(KpiQueries queries, Clock clock, @ConfigProperty(name = "sigap.zone") ZoneId zone) {
    this.queries = queries;
    this.clock = clock;
    this.zone = zone;
  }

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.QC})
  @Operation(
      operationId = "getKpis",
      summary =
          "K-1 per agent and cluster, K-2 and K-3 per TL, cluster and day, over a period of at most"
              + " a year (default: the last 7 days, in the center's zone)")
  public Uni<Kpis> kpis(
      @QueryParam("from") @Parameter(description = "first day, e.g. 2026-11-01") String from,
      @QueryParam("to") @Parameter(description = "last day, inclusive") String to) {
    LocalDate last = to != null ? day("to", to) : LocalDate.ofInstant(clock.instant(), zone);
    LocalDate first = from != null ? day("from", from) : last.minusDays(6);
    if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      return Uni.createFrom()
          .failure(
              Rejection.unprocessable(
                      null,
                      "Invalid period",
                      "'from' must not be after 'to', and at most a year apart")
                  .asException());
    }
    return queries.compute(first, last, zone);
  }

  private static LocalDate day(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("'" + name + "' must be a day like 2026-11-01");
    }
  }
}
