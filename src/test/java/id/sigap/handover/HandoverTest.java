package id.sigap.handover;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-F-4 over the API: the handling TL hands a case to another TL of the cluster, the receiving TL
 * accepts, and from then on only they (or a supervisor) follow it up, and its duties alert them.
 * Each test builds a cluster of its own, so the demo center is untouched.
 */
@QuarkusTest
class HandoverTest {

  @Inject TestClock clock;
  @Inject DueDuties duties;

  String cluster;
  String agent;
  String handling;
  String receiving;
  String caseId;

  @BeforeEach
  void aCaseFollowedUpInAClusterOfItsOwn() {
    cluster = TestUsers.cluster();
    String clusterDesk = TestUsers.desk(cluster, "CLUSTER_DESK", true);
    String workstation = TestUsers.desk(cluster, "WORKSTATION", false);
    agent = TestUsers.create("AGENT", cluster);
    handling = TestUsers.create("TEAM_LEADER", cluster);
    receiving = TestUsers.create("TEAM_LEADER", cluster);
    post(handling, "/api/v1/presence/check-in", Map.of("deskId", clusterDesk))
        .then()
        .statusCode(200);
    post(agent, "/api/v1/presence/check-in", Map.of("deskId", workstation)).then().statusCode(200);
    caseId = Api.newCase(agent);
    Api.assess(agent, caseId, List.of("C-IN-1")).then().statusCode(200);
    String hand = Api.raiseHand(agent, caseId).then().statusCode(201).extract().path("id");
    post(handling, "/api/v1/escalations/" + hand + "/acknowledge", null).then().statusCode(200);
    post(handling, "/api/v1/escalations/" + hand + "/arrive", null).then().statusCode(200);
    as(agent)
        .body(Map.of("tl", handling))
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(200);
  }

  @AfterEach
  void everyoneOutAndBackToNow() {
    post(handling, "/api/v1/presence/check-out", null);
    post(agent, "/api/v1/presence/check-out", null);
    clock.reset();
  }

  io.restassured.response.Response handOver(String from, String to) {
    return post(
        from,
        "/api/v1/cases/" + caseId + "/handovers",
        Map.of("to", to, "reason", "END_OF_SHIFT", "note", "Shift pagi selesai"));
  }

  io.restassured.response.Response progressCheck(String who) {
    return post(who, "/api/v1/cases/" + caseId + "/progress-checks", Map.of("note", "Cek unit"));
  }

  static Map<String, Object> lastEvent(JsonPath c, String type) {
    List<Map<String, Object>> timeline = c.getList("timeline");
    return timeline.stream()
        .filter(e -> type.equals(e.get("type")))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + type + " on the timeline"));
  }

  @Test
  void theReceivingTlAcceptsAndFromThenOnFollowsUpAlone_R_F_4() throws Exception {
    progressCheck(receiving).then().statusCode(409).body("rule", equalTo("R-F-4"));

    String id =
        handOver(handling, receiving)
            .then()
            .statusCode(201)
            .body("from", equalTo(handling))
            .body("to", equalTo(receiving))
            .body("reason", equalTo("END_OF_SHIFT"))
            .extract()
            .path("id");
    JsonPath asked = caseOf(receiving, caseId);
    assertThat(asked.getString("pendingHandover.id")).isEqualTo(id);
    assertThat(asked.getList("allowedActions", String.class))
        .contains("accept-handover", "decline-handover");
    Map<String, Object> requested = lastEvent(asked, "HANDOVER_REQUESTED");
    assertThat(requested).containsEntry("to", receiving).containsEntry("handoverId", id);
    assertThat(requested.get("alertFor")).isEqualTo(List.of(receiving));
    assertThat(as(receiving).get("/api/v1/handovers").jsonPath().getList("id")).contains(id);
    assertThat(as(handling).get("/api/v1/handovers").jsonPath().getList("id")).contains(id);

    // until accepted the case is the handing TL's
    progressCheck(handling).then().statusCode(201);
    post(handling, "/api/v1/handovers/" + id + "/accept", null)
        .then()
        .statusCode(409)
        .body("rule", equalTo("R-F-4"));

    post(receiving, "/api/v1/handovers/" + id + "/accept", null)
        .then()
        .statusCode(200)
        .body("handlingTl", equalTo(receiving))
        .body("pendingHandover", equalTo(null));
    assertThat(as(receiving).get("/api/v1/handovers").jsonPath().getList("id")).doesNotContain(id);

    progressCheck(handling).then().statusCode(409).body("rule", equalTo("R-F-4"));
    progressCheck(receiving).then().statusCode(201);
    progressCheck("spv1").then().statusCode(201);
    post(receiving, "/api/v1/handovers/" + id + "/accept", null)
        .then()
        .statusCode(409)
        .body("title", equalTo("Handover already answered"));

    // the hourly check falls due: it alerts the new handling TL, and the duty screen names them
    clock.advance(Duration.ofMinutes(61));
    duties.fireAndSettle();
    Map<String, Object> alert = lastEvent(caseOf(receiving, caseId), "PROGRESS_CHECK_OVERDUE");
    assertThat(alert).containsEntry("handlingTl", receiving);
    assertThat(alert.get("alertFor")).isEqualTo(List.of(receiving));
    List<Map<String, Object>> duties = as(receiving).get("/api/v1/duties").jsonPath().getList("");
    assertThat(duties)
        .filteredOn(d -> caseId.equals(d.get("caseId")))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.get("handlingTl")).isEqualTo(receiving));
  }

  @Test
  void aDeclinedHandoverLeavesTheCaseWithTheHandlingTl_R_F_4() {
    String id = handOver(handling, receiving).then().statusCode(201).extract().path("id");
    post(receiving, "/api/v1/handovers/" + id + "/decline", Map.of("note", "Saya juga selesai"))
        .then()
        .statusCode(200)
        .body("handlingTl", equalTo(handling))
        .body("pendingHandover", equalTo(null));
    progressCheck(receiving).then().statusCode(409).body("rule", equalTo("R-F-4"));
    progressCheck(handling).then().statusCode(201);
    // declined, the handling TL may ask again
    handOver(handling, receiving).then().statusCode(201);
  }

  @Test
  void badHandoversAreRefusedAndChangeNothing_R_F_4() {
    handOver(handling, handling).then().statusCode(422).body("rule", equalTo("R-F-4"));
    handOver(handling, agent).then().statusCode(422).body("rule", equalTo("R-F-4"));
    handOver(handling, "tl2").then().statusCode(422).body("rule", equalTo("R-F-4"));
    handOver(handling, "nobody-" + UUID.randomUUID()).then().statusCode(422);
    String gone = TestUsers.create("TEAM_LEADER", cluster);
    as("admin1")
        .body(
            Map.of(
                "name",
                "Test " + gone,
                "role",
                "TEAM_LEADER",
                "clusterId",
                cluster,
                "active",
                false))
        .put("/api/v1/admin/users/" + gone)
        .then()
        .statusCode(200);
    handOver(handling, gone).then().statusCode(422).body("rule", equalTo("R-F-4"));
    handOver(receiving, handling).then().statusCode(409).body("rule", equalTo("R-F-4"));
    // another cluster's TL does not see the case at all
    handOver("tl2", handling).then().statusCode(404);
    post(handling, "/api/v1/cases/" + caseId + "/handovers", Map.of("to", receiving))
        .then()
        .statusCode(400);
    post(
            handling,
            "/api/v1/cases/" + caseId + "/handovers",
            Map.of("to", receiving, "reason", "LUNCH"))
        .then()
        .statusCode(400);
    JsonPath unchanged = caseOf(handling, caseId);
    assertThat(unchanged.getString("handlingTl")).isEqualTo(handling);
    assertThat(unchanged.getString("pendingHandover")).isNull();
    assertThat(unchanged.getList("timeline.type")).doesNotContain("HANDOVER_REQUESTED");

    String id = handOver(handling, receiving).then().statusCode(201).extract().path("id");
    String third = TestUsers.create("TEAM_LEADER", cluster);
    handOver(handling, third).then().statusCode(409).body("rule", equalTo("R-F-4"));
    post(third, "/api/v1/handovers/" + id + "/accept", null)
        .then()
        .statusCode(409)
        .body("title", equalTo("Not handed to you"));
    post("tl2", "/api/v1/handovers/" + id + "/accept", null).then().statusCode(404);
    post(receiving, "/api/v1/handovers/" + UUID.randomUUID() + "/accept", null)
        .then()
        .statusCode(404);
    post(receiving, "/api/v1/handovers/not-an-id/accept", null).then().statusCode(404);
    assertThat(caseOf(handling, caseId).getString("handlingTl")).isEqualTo(handling);
  }
}
