package id.sigap.reporting.kpi;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.Api;
import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * K-1..K-3 computed from what happened on one day of cluster C2, a day no other test touches: the
 * clock is moved a few years on.
 */
@QuarkusTest
class KpiTest {

  @Inject TestClock clock;
  @Inject DueDuties duties;

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  @Test
  void theDaysKpisOfClusterC2_K_1_K_2_K_3() throws Throwable {
    clock.advance(Duration.ofDays(3 * 365 + 17));
    LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));

    String confirmed = handledByTl2(Duration.ofSeconds(10), Duration.ofSeconds(30));
    String overturned = handledByTl2(Duration.ofSeconds(20), Duration.ofSeconds(60));
    post("tl2", "/api/v1/cases/" + confirmed + "/flag-review", Map.of("confirmed", true))
        .then()
        .statusCode(200);
    post("tl2", "/api/v1/cases/" + overturned + "/flag-review", Map.of("confirmed", false))
        .then()
        .statusCode(200);

    // agent3 first judged this one not hard, then saw it was: a missed identification
    String missed = Api.newCase("agent3");
    Api.assess("agent3", missed, List.of()).then().statusCode(200);
    Api.assess("agent3", missed, List.of("C-IN-4")).then().statusCode(200);

    // one progress check on time, one overdue
    post(
            "tl2",
            "/api/v1/cases/" + confirmed + "/coordinations",
            Map.of("unit", "MANAGER", "note", "Eskalasi", "policyDecision", false))
        .then()
        .statusCode(201);
    post("tl2", "/api/v1/cases/" + confirmed + "/progress-checks", Map.of("note", "Tepat waktu"))
        .then()
        .statusCode(201);
    clock.advance(Duration.ofMinutes(61));
    duties.fireAndSettle();

    JsonPath kpis =
        as("manager1")
            .queryParam("from", day.toString())
            .queryParam("to", day.toString())
            .get("/api/v1/kpis")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    Map<String, Object> agent3 = kpis.getMap("identification.find { it.agent == 'agent3' }");
    assertThat(agent3)
        .containsEntry("clusterId", "C2")
        .containsEntry("flagsReviewed", 2)
        .containsEntry("confirmed", 1)
        .containsEntry("overturned", 1)
        .containsEntry("missed", 1);
    assertThat(((Number) agent3.get("confirmedShare")).doubleValue()).isEqualTo(0.5);

    Map<String, Object> tl2 = kpis.getMap("response.find { it.tl == 'tl2' }");
    assertThat(tl2).containsEntry("hands", 2).containsEntry("day", day.toString());
    assertThat(((Number) tl2.get("toListeningMedian")).doubleValue()).isBetween(14.0, 17.0);
    assertThat(((Number) tl2.get("toListeningP90")).doubleValue()).isBetween(18.0, 21.0);
    assertThat(((Number) tl2.get("toWorkstationMedian")).doubleValue()).isBetween(44.0, 48.0);

    Map<String, Object> onTime = kpis.getMap("onTime.find { it.tl == 'tl2' }");
    assertThat(onTime).containsEntry("progressChecks", 1).containsEntry("progressChecksOverdue", 1);
    assertThat(((Number) onTime.get("progressChecksOnTimeShare")).doubleValue()).isEqualTo(0.5);
  }

  @Test
  void onlySupervisorsManagersAndQcSeeKpis() {
    as("tl1").get("/api/v1/kpis").then().statusCode(403);
    as("agent1").get("/api/v1/kpis").then().statusCode(403);
    as("qc1").get("/api/v1/kpis").then().statusCode(200);
    as("spv1")
        .queryParam("from", "2026-12-31")
        .queryParam("to", "2026-01-01")
        .get("/api/v1/kpis")
        .then()
        .statusCode(422);
    as("spv1").queryParam("from", "yesterday").get("/api/v1/kpis").then().statusCode(400);
  }

  /** A hand of agent3's that tl2 answers after {@code listen} and reaches after {@code arrive}. */
  private String handledByTl2(Duration listen, Duration arrive) {
    String caseId = Api.newCase("agent3");
    Api.assess("agent3", caseId, List.of("C-IN-1")).then().statusCode(200);
    String hand = Api.raiseHand("agent3", caseId).then().statusCode(201).extract().path("id");
    clock.advance(listen);
    post("tl2", "/api/v1/escalations/" + hand + "/acknowledge", null).then().statusCode(200);
    clock.advance(arrive.minus(listen));
    post("tl2", "/api/v1/escalations/" + hand + "/arrive", null).then().statusCode(200);
    as("agent3")
        .body(Map.of("tl", "tl2"))
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(200);
    return caseId;
  }
}
