package id.sigap.followup;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.sigap.support.Api;
import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-C-7 over the API: an overturned flag makes a normal complaint whose clocks stop and which
 * closes without a final call back; a TL or QC flags a hard complaint the agent missed, and K-1
 * counts it against that agent.
 */
@QuarkusTest
class FlagTest {

  @Inject TestClock clock;
  @Inject DueDuties duties;

  String agent;
  String tl;

  @BeforeEach
  void aClusterOfItsOwn() {
    String cluster = TestUsers.cluster();
    String desk = TestUsers.desk(cluster, "CLUSTER_DESK", true);
    agent = TestUsers.create("AGENT", cluster);
    tl = TestUsers.create("TEAM_LEADER", cluster);
    post(tl, "/api/v1/presence/check-in", Map.of("deskId", desk)).then().statusCode(200);
  }

  @AfterEach
  void backToNow() {
    post(tl, "/api/v1/presence/check-out", null);
    clock.reset();
  }

  @Test
  void anOverturnedFlagStopsTheClocksAndClosesWithoutAFinalCallBack_R_C_7() throws Exception {
    String caseId = Api.newCase(agent);
    Api.assess(agent, caseId, List.of("C-IN-1")).then().statusCode(200);
    String hand = Api.raiseHand(agent, caseId).then().statusCode(201).extract().path("id");
    post(tl, "/api/v1/escalations/" + hand + "/acknowledge", null).then().statusCode(200);
    post(tl, "/api/v1/escalations/" + hand + "/arrive", null).then().statusCode(200);
    as(agent)
        .body(Map.of("tl", tl))
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(200);
    post(
            tl,
            "/api/v1/cases/" + caseId + "/coordinations",
            Map.of("unit", "COMPLAINT_HANDLING", "note", "cek", "policyDecision", false))
        .then()
        .statusCode(201);
    post(
            tl,
            "/api/v1/cases/" + caseId + "/flag-review",
            Map.of("confirmed", false, "note", "Pelanggan tenang"))
        .then()
        .statusCode(200)
        .body("hardComplaint", equalTo(false))
        .body("call.nextCallBackDueAt", equalTo(null));

    clock.advance(Duration.ofHours(7));
    duties.fireAndSettle();
    assertThat(caseOf(tl, caseId).getList("timeline.type", String.class))
        .doesNotContain("PROGRESS_CHECK_OVERDUE", "CALLBACK_OVERDUE");
    post(tl, "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "Keluhan biasa, selesai"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
  }

  @Test
  void qcFlagsAMissedHardComplaintAndKOneCountsItAgainstTheAgent_R_C_7() {
    String caseId = Api.newCase(agent);
    Api.assess(agent, caseId, List.of()).then().statusCode(200);
    assertThat(caseOf("qc1", caseId).getList("allowedActions", String.class))
        .containsExactly("flag-missed");
    Map<String, Object> flag =
        Map.of("criteria", List.of("C-IN-4"), "note", "Mengancam ke media, terdengar di rekaman");
    post(agent, "/api/v1/cases/" + caseId + "/missed-flag", flag).then().statusCode(403);
    post("qc1", "/api/v1/cases/" + caseId + "/missed-flag", flag)
        .then()
        .statusCode(200)
        .body("hardComplaint", equalTo(true))
        .body("flagReview", equalTo("MISSED"))
        .body("timeline[-1].type", equalTo("MISSED_FLAG_RAISED"))
        .body("timeline[-1].agent", equalTo(agent));
    post("qc1", "/api/v1/cases/" + caseId + "/missed-flag", flag)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-C-7"));
    assertThat(caseOf(agent, caseId).getList("allowedActions", String.class))
        .contains("raise-hand");

    String day = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    JsonPath kpis =
        as("manager1")
            .queryParam("from", day)
            .queryParam("to", day)
            .get("/api/v1/kpis")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> counted =
        kpis.getMap("identification.find { it.agent == '" + agent + "' }");
    assertThat(counted).containsEntry("missed", 1).containsEntry("flagsReviewed", 0);
  }
}
