package id.sigap.reporting.kpi;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.Api;
import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
    // the overdue check an hour on falls on the same day in Jakarta, whenever the test runs
    clock.advanceToMorningInJakarta();
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

  /**
   * K-2 revised: every hand counts against the TL it was first addressed to, per shift of the
   * roster: the answered one, the one re-routed for want of an answer, and the withdrawn one.
   */
  @Test
  void everyHandCountsAgainstItsFirstAddresseePerShift_K_2() throws Throwable {
    String cluster = TestUsers.cluster();
    String desk = TestUsers.desk(cluster, "CLUSTER_DESK", true);
    String agent = TestUsers.create("AGENT", cluster);
    String tl = TestUsers.create("TEAM_LEADER", cluster);
    post(tl, "/api/v1/presence/check-in", Map.of("deskId", desk)).then().statusCode(200);
    ZoneId zone = ZoneId.of("Asia/Jakarta");
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
    LocalTime start = LocalTime.of(now.getHour(), 0);
    LocalTime end = start.plusHours(3);
    as("admin1")
        .body(
            Map.of(
                "shifts",
                List.of(
                    Map.of(
                        "day",
                        now.getDayOfWeek().name(),
                        "start",
                        start.toString(),
                        "end",
                        end.toString(),
                        "role",
                        "TL",
                        "username",
                        tl))))
        .put("/api/v1/admin/clusters/" + cluster + "/roster")
        .then()
        .statusCode(200);
    try {
      // answered at the desk, then the case is the TL's to follow up
      String answered = Api.newCase(agent);
      Api.assess(agent, answered, List.of("C-IN-1")).then().statusCode(200);
      String first = Api.raiseHand(agent, answered).then().statusCode(201).extract().path("id");
      clock.advance(Duration.ofSeconds(10));
      post(tl, "/api/v1/escalations/" + first + "/acknowledge", null).then().statusCode(200);
      post(tl, "/api/v1/escalations/" + first + "/arrive", null).then().statusCode(200);
      as(agent)
          .body(Map.of("tl", tl))
          .put("/api/v1/cases/" + answered + "/handling-tl")
          .then()
          .statusCode(200);
      // never answered: re-routed to a supervisor, still the TL's in K-2
      String unanswered = Api.newCase(agent);
      Api.assess(agent, unanswered, List.of("C-IN-1")).then().statusCode(200);
      Api.raiseHand(agent, unanswered).then().statusCode(201);
      clock.advance(Duration.ofSeconds(61));
      duties.fireAndSettle();
      assertThat(Api.caseOf(agent, unanswered).getString("escalation.targetTl")).isNotEqualTo(tl);
      // the customer hung up before the TL came
      String hungUp = Api.newCase(agent);
      Api.assess(agent, hungUp, List.of("C-IN-1")).then().statusCode(200);
      String third = Api.raiseHand(agent, hungUp).then().statusCode(201).extract().path("id");
      post(
              agent,
              "/api/v1/escalations/" + third + "/withdraw",
              Map.of("reason", "CUSTOMER_HUNG_UP"))
          .then()
          .statusCode(200);

      LocalDate day = now.toLocalDate();
      JsonPath kpis =
          as("spv1")
              .queryParam("from", day.toString())
              .queryParam("to", day.plusDays(1).toString())
              .get("/api/v1/kpis")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> rows =
          kpis.<Map<String, Object>>getList("response").stream()
              .filter(r -> cluster.equals(r.get("clusterId")))
              .toList();
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0))
          .containsEntry("tl", tl)
          .containsEntry("day", day.toString())
          .containsEntry("shift", start + "-" + end)
          .containsEntry("hands", 3)
          .containsEntry("answered", 1)
          .containsEntry("withdrawn", 1);
    } finally {
      as("admin1")
          .body(Map.of("shifts", List.of()))
          .put("/api/v1/admin/clusters/" + cluster + "/roster");
      post(tl, "/api/v1/presence/check-out", null);
    }
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
        .statusCode(400); // a wrong period, no rule: 422 is for rules (R-X-4)
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
