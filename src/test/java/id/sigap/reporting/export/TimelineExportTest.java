package id.sigap.reporting.export;

import static id.sigap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** QC exports a case's timeline, or a period's, as CSV for the ISO 9001 audit. */
@QuarkusTest
class TimelineExportTest {

  @Test
  void qcDownloadsOneCasesTimelineAsCsvOneRowPerEvent() {
    String caseId = Api.newCase("agent1");
    Api.assess("agent1", caseId, List.of("C-IN-1")).then().statusCode(200);
    int events = Api.caseOf("qc1", caseId).getList("timeline").size();

    for (String who : List.of("qc1", "spv1", "manager1")) {
      var answer =
          as(who)
              .get("/api/v1/exports/cases/" + caseId + "/timeline.csv")
              .then()
              .statusCode(200)
              .contentType("text/csv")
              .header(
                  "Content-Disposition", "attachment; filename=\"sigap-case-" + caseId + ".csv\"")
              .extract()
              .asString();
      String[] lines = answer.split("\r\n");
      assertThat(lines[0]).startsWith("case_id,");
      assertThat(lines).hasSize(events + 1);
      assertThat(lines[1]).startsWith(caseId + ",").contains("CASE_CREATED");
      assertThat(lines[2]).contains("CASE_ASSESSED");
    }
  }

  @Test
  void aCaseOrAPeriodTheCallerMayNotExportIsRefused() {
    String caseId = Api.newCase("agent1");
    as("agent1").get("/api/v1/exports/cases/" + caseId + "/timeline.csv").then().statusCode(403);
    as("qc1")
        .get("/api/v1/exports/cases/00000000-0000-0000-0000-000000000000/timeline.csv")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("qc1")
        .queryParam("from", "2026-01-01")
        .queryParam("to", "2026-03-01")
        .get("/api/v1/exports/timelines.csv")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as("qc1")
        .queryParam("from", "kemarin")
        .get("/api/v1/exports/timelines.csv")
        .then()
        .statusCode(400);
  }

  @Test
  void aPeriodsExportHoldsEveryCaseTakenInWithinIt() {
    String caseId = Api.newCase("agent1");
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    String csv =
        as("qc1")
            .queryParam("from", LocalDate.parse(today).minusDays(1).toString())
            .queryParam("to", LocalDate.parse(today).plusDays(1).toString())
            .get("/api/v1/exports/timelines.csv")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    assertThat(Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(caseId + ",")))
        .isNotEmpty();
  }
}
