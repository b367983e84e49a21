package id.sigap.reporting.kpi;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The procedure's KPIs (SPEC section 5) over a period, in the center's zone. */
@Schema(name = "Kpis")
public record Kpis(
    LocalDate from,
    LocalDate to,
    String zone,
    @Schema(description = "K-1: agents identify hard complaints correctly")
        List<Identification> identification,
    @Schema(description = "K-2: TLs respond fast, in seconds from the raised hand")
        List<Response> response,
    @Schema(description = "K-3: progress checks and call backs on time") List<OnTime> onTime,
    @Schema(description = "K-4: TLs identify the problem right while listening")
        List<Accuracy> accuracy) {

  /** K-4: the hands a TL identified, on the cases closed in the period with a category. */
  @Schema(name = "KpiAccuracy")
  public record Accuracy(
      String tl,
      String clusterId,
      @Schema(description = "Closed cases whose problem the TL identified while listening")
          long identified,
      @Schema(description = "Of those, the ones that closed with the category the TL identified")
          long held,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double heldShare) {}

  public record Identification(
      String agent,
      String clusterId,
      long flagsReviewed,
      long confirmed,
      long overturned,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double confirmedShare,
      long missed,
      @Schema(
              description =
                  "TelkomCare criteria on the agent's cases that the detector did not find and a"
                      + " person corrected to met (evidence the detector missed)")
          long corrections) {}

  public record Response(
      @Schema(description = "The TL the hands were first addressed to (also when re-routed)")
          String tl,
      String clusterId,
      @Schema(description = "The day the shift began, in the center's zone") LocalDate day,
      @Schema(
              nullable = true,
              examples = "07:00-15:00",
              description = "The TL's shift of the roster; none for hands outside a rostered shift")
          String shift,
      @Schema(description = "Every hand raised, answered or not") long hands,
      @Schema(description = "Hands the TL (or whoever it was re-routed to) listened to")
          long answered,
      @Schema(description = "Hands the agent withdrew before the TL came (R-C-1)") long withdrawn,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double toListeningMedian,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double toListeningP90,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double toWorkstationMedian,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double toWorkstationP90) {}

  public record OnTime(
      String tl,
      String clusterId,
      LocalDate day,
      long progressChecks,
      long progressChecksOverdue,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double progressChecksOnTimeShare,
      long callBacks,
      long callBacksOverdue,
      @Schema(nullable = true, description = "None while there is nothing to measure")
          Double callBacksOnTimeShare) {}
}
