package id.sigap.reporting.kpi;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseInFollowUp;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * K-4 over the API: the TL records the problem's category while listening and the direction at the
 * desk; the case closes with its resolution's category; the KPI counts, per TL, the identifications
 * that held.
 */
@QuarkusTest
class AccuracyTest {

  static Map<String, Object> tl1Accuracy() {
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    JsonPath kpis =
        as("manager1")
            .queryParam("from", LocalDate.parse(today).minusDays(1).toString())
            .queryParam("to", LocalDate.parse(today).plusDays(1).toString())
            .get("/api/v1/kpis")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> row = kpis.getMap("accuracy.find { it.tl == 'tl1' }");
    return row == null ? Map.of("identified", 0, "held", 0) : row;
  }

  static String closedWith(String identified, String resolved) {
    String caseId = caseInFollowUp();
    String hand = caseOf("tl1", caseId).getString("escalation.id");
    post(
            "tl1",
            "/api/v1/escalations/" + hand + "/identification",
            Map.of("category", identified, "note", "Pelanggan menyebut tagihan dobel"))
        .then()
        .statusCode(200);
    post(
            "tl1",
            "/api/v1/escalations/" + hand + "/direction",
            Map.of("direction", "Tawarkan telepon balik setelah koreksi"))
        .then()
        .statusCode(200);
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "Selesai", "final", true))
        .then()
        .statusCode(201);
    post("tl1", "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "Dikoreksi"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("K-4"));
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/close",
            Map.of("resolution", "Dikoreksi", "resolutionCategory", "CUACA"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("K-4"));
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/close",
            Map.of("resolution", "Dikoreksi", "resolutionCategory", resolved))
        .then()
        .statusCode(200)
        .body("resolutionCategory", equalTo(resolved));
    return caseId;
  }

  @Test
  void theIdentificationWhileListeningIsMeasuredAgainstTheResolution_K_4() {
    Map<String, Object> before = tl1Accuracy();
    String held = closedWith("TAGIHAN", "TAGIHAN");
    closedWith("GANGGUAN_INTERNET", "TAGIHAN");

    JsonPath c = caseOf("qc1", held);
    assertThat(c.getString("identifiedCategory")).isEqualTo("TAGIHAN");
    assertThat(c.getString("identifiedBy")).isEqualTo("tl1");
    assertThat(c.getList("timeline.type")).contains("PROBLEM_IDENTIFIED", "DIRECTION_GIVEN");

    Map<String, Object> after = tl1Accuracy();
    assertThat(number(after, "identified") - number(before, "identified")).isEqualTo(2);
    assertThat(number(after, "held") - number(before, "held")).isEqualTo(1);
    assertThat(((Number) after.get("heldShare")).doubleValue())
        .isEqualTo((double) number(after, "held") / number(after, "identified"));
  }

  @Test
  void onlyTheTlListeningIdentifiesAndOnlyWithThePolicysCategories_K_4() {
    String caseId = caseInFollowUp();
    String hand = caseOf("tl1", caseId).getString("escalation.id");
    post("tl3", "/api/v1/escalations/" + hand + "/identification", Map.of("category", "TAGIHAN"))
        .then()
        .statusCode(409);
    post("tl1", "/api/v1/escalations/" + hand + "/identification", Map.of("category", "cuaca"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("K-4"));
    assertThat(caseOf("tl1", caseId).getString("identifiedCategory")).isNull();
    // the categories are the active policy's
    assertThat(as("tl1").get("/api/v1/policy/active").jsonPath().getString("problemCategories"))
        .contains("TAGIHAN", "GANGGUAN_INTERNET");
  }

  private static long number(Map<String, Object> row, String key) {
    return ((Number) row.get(key)).longValue();
  }
}
