package id.sigap.reporting.kpi;

import id.sigap.platform.time.ZoneConfig;
import id.sigap.procedure.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/kpis")
@Tag(name = "KPIs")
public class KpiResource {

  private final KpiReports reports;
  private final Clock clock;
  private final ZoneId zone;

  KpiResource(KpiReports reports, Clock clock, ZoneConfig config) {
    this.reports = reports;
    this.clock = clock;
    this.zone = config.zone();
  }

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.QC})
  @Operation(
      operationId = "getKpis",
      summary =
          "K-1 per agent and cluster, K-2 and K-3 per TL, cluster and day, over a period of at most"
              + " a year (default: the last 7 days, in the center's zone)",
      description = "Who may call it: SUPERVISOR, MANAGER, QC.")
  public Uni<Kpis> kpis(
      @QueryParam("from") @Parameter(description = "first day, e.g. 2026-11-01") String from,
      @QueryParam("to") @Parameter(description = "last day, inclusive") String to) {
    LocalDate last = to != null ? day("to", to) : LocalDate.ofInstant(clock.instant(), zone);
    LocalDate first = from != null ? day("from", from) : last.minusDays(6);
    return reports.over(first, last, zone);
  }

  private static LocalDate day(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("'" + name + "' must be a day like 2026-11-01");
    }
  }
}
