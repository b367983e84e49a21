package id.sigap.reporting.export;

import id.sigap.platform.problem.Problem;
import id.sigap.platform.time.ZoneConfig;
import id.sigap.procedure.Roles;
import id.sigap.security.CurrentActor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** QC's export of timelines as CSV, for the audits ISO 9001 asks for. */
@Path("/api/v1/exports")
@Tag(name = "Exports")
@WithSession
public class TimelineExportResource {

  static final String CSV = "text/csv; charset=UTF-8";

  /** The longest period one export covers, in the center's days. */
  static final int MAX_DAYS = 31;

  private final TimelineExports exports;
  private final CurrentActor actor;
  private final Clock clock;
  private final ZoneId zone;

  TimelineExportResource(
      TimelineExports exports, CurrentActor actor, Clock clock, ZoneConfig config) {
    this.exports = exports;
    this.actor = actor;
    this.clock = clock;
    this.zone = config.zone();
  }

  @GET
  @Path("/cases/{id}/timeline.csv")
  @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.QC})
  @Operation(
      operationId = "exportCaseTimeline",
      summary = "One case's full timeline as CSV, one row per event, oldest first",
      description =
          "Phone numbers in the details are masked. A case the caller may not see answers 404, as"
              + " an unknown one does. Who may call it: SUPERVISOR, MANAGER, QC.")
  @APIResponse(
      responseCode = "200",
      description = "The timeline",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "404",
      description = "No case with this id that the caller may see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> caseTimeline(@PathParam("id") @Size(max = 64) String id) {
    return exports.ofCase(actor.get(), id).map(TimelineExportResource::csv);
  }

  @GET
  @Path("/timelines.csv")
  @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.QC})
  @Operation(
      operationId = "exportTimelines",
      summary =
          "The timelines of every case taken in over a period of at most 31 days (default: the last"
              + " 7 days, in the center's zone) as CSV",
      description =
          "One row per event, cases in the order they were taken in; at most 20000 events, a"
              + " busier period is exported in parts. Who may call it: SUPERVISOR, MANAGER, QC.")
  @APIResponse(
      responseCode = "200",
      description = "The timelines",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Uni<Response> timelines(
      @QueryParam("from") @Size(max = 10) @Parameter(description = "first day, e.g. 2026-11-01")
          String from,
      @QueryParam("to") @Size(max = 10) @Parameter(description = "last day, inclusive") String to) {
    LocalDate last = to != null ? day("to", to) : LocalDate.ofInstant(clock.instant(), zone);
    LocalDate first = from != null ? day("from", from) : last.minusDays(6);
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days < 1 || days > MAX_DAYS) {
      throw new BadRequestException(
          "'from' must be on or before 'to', at most " + MAX_DAYS + " days apart");
    }
    return exports
        .ofPeriod(
            first.atStartOfDay(zone).toInstant(),
            last.plusDays(1).atStartOfDay(zone).toInstant(),
            "sigap-timelines-" + first + "-" + last)
        .map(TimelineExportResource::csv);
  }

  private static LocalDate day(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("'" + name + "' must be a day like 2026-11-01");
    }
  }

  private static Response csv(TimelineExports.Export export) {
    return Response.ok(export.csv(), CSV)
        .header("Content-Disposition", "attachment; filename=\"" + export.name() + ".csv\"")
        .build();
  }
}
