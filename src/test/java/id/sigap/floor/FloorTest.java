package id.sigap.floor;

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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The floor over the API: R-F-2 presence, R-F-3 routing by it (and R-X-2 re-routing), R-F-6 where
 * to walk. Each test builds a cluster of its own, so the demo center's routing is untouched.
 */
@QuarkusTest
class FloorTest {

  @Inject TestClock clock;
  @Inject DueDuties duties;

  /** A cluster of this test: a recorded cluster desk, a recorded extension, a workstation. */
  String cluster;

  String clusterDesk;
  String extension;
  String workstation;
  final List<String> checkedIn = new ArrayList<>();

  @BeforeEach
  void aClusterOfItsOwn() {
    cluster = TestUsers.cluster();
    clusterDesk = desk("CLUSTER_DESK", true);
    extension = desk("TL_EXTENSION", true);
    workstation = desk("WORKSTATION", false);
  }

  @AfterEach
  void everyoneOutAndBackToNow() {
    checkedIn.forEach(user -> post(user, "/api/v1/presence/check-out", null));
    clock.reset();
  }

  String desk(String kind, boolean recorded) {
    return TestUsers.desk(cluster, kind, recorded);
  }

  Response checkIn(String user, String deskId) {
    checkedIn.add(user);
    return post(user, "/api/v1/presence/check-in", Map.of("deskId", deskId));
  }

  static Map<String, Object> presenceOf(String user) {
    List<Map<String, Object>> everyone = as(user).get("/api/v1/presence").jsonPath().getList("");
    return everyone.stream().filter(p -> user.equals(p.get("username"))).findFirst().orElseThrow();
  }

  /** A hard complaint of the agent's with a hand raised; returns {caseId, escalationId}. */
  static String[] handOf(String agent) {
    String caseId = Api.newCase(agent);
    Api.assess(agent, caseId, List.of("C-IN-1")).then().statusCode(200);
    String hand = Api.raiseHand(agent, caseId).then().statusCode(201).extract().path("id");
    return new String[] {caseId, hand};
  }

  /** One timeline event's fields. */
  record Event(Map<String, Object> fields) {
    String getString(String key) {
      return (String) fields.get(key);
    }

    List<Object> getList(String key) {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) fields.get(key);
      return list;
    }
  }

  static Event handRaised(String caseId) {
    List<Map<String, Object>> timeline = caseOf("spv1", caseId).getList("timeline");
    return timeline.stream()
        .filter(e -> "HAND_RAISED".equals(e.get("type")))
        .reduce((a, b) -> b)
        .map(Event::new)
        .orElseThrow();
  }

  @Test
  void theDemoCenterStartsCheckedIn_R_F_2() {
    Map<String, String> seats =
        Map.of(
            "tl1", "DESK-C1",
            "tl2", "DESK-C2",
            "agent1", "WS-C1-01",
            "agent2", "WS-C1-02",
            "agent3", "WS-C2-01");
    seats.forEach(
        (user, desk) -> {
          Map<String, Object> p = presenceOf(user);
          assertThat(p.get("deskId")).as(user).isEqualTo(desk);
          assertThat(p.get("status")).as(user).isIn("FREE", "BUSY");
        });
    assertThat(presenceOf("spv1").get("status")).isEqualTo("AWAY");
    List<Map<String, Object>> desks = as("qc1").get("/api/v1/desks").jsonPath().getList("");
    assertThat(desks)
        .anySatisfy(
            d -> {
              assertThat(d.get("id")).isEqualTo("DESK-C1");
              assertThat(d.get("seatedUsername")).isEqualTo("tl1");
            });
  }

  @Test
  void aTlChecksInIsFreeAndChecksOutAway_R_F_2() {
    String tl = TestUsers.create("TEAM_LEADER", cluster);
    assertThat(presenceOf(tl).get("status")).isEqualTo("AWAY");
    checkIn(tl, clusterDesk)
        .then()
        .statusCode(200)
        .body("deskId", equalTo(clusterDesk))
        .body("status", equalTo("FREE"));
    assertThat(presenceOf(tl).get("deskId")).isEqualTo(clusterDesk);
    // a person holds one desk: checking in elsewhere moves them
    checkIn(tl, extension).then().statusCode(200).body("deskId", equalTo(extension));
    String other = TestUsers.create("TEAM_LEADER", cluster);
    checkIn(other, clusterDesk).then().statusCode(200);
    post(tl, "/api/v1/presence/check-out", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("AWAY"));
    Map<String, Object> away = presenceOf(tl);
    assertThat(away.get("status")).isEqualTo("AWAY");
    assertThat(away.get("deskId")).isNull();
  }

  @Test
  void anAgentChecksInAtAWorkstationOfTheCluster_R_F_2() {
    String agent = TestUsers.create("AGENT", cluster);
    checkIn(agent, workstation).then().statusCode(200).body("status", equalTo("FREE"));
    checkIn(agent, clusterDesk).then().statusCode(422).body("rule", equalTo("R-F-2"));
  }

  @Test
  void refusalsNameTheRuleAndChangeNothing_R_F_2() {
    String tl = TestUsers.create("TEAM_LEADER", cluster);
    checkIn(tl, "NO-SUCH-DESK")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-F-2"));
    checkIn(tl, "DESK-C2").then().statusCode(422).body("rule", equalTo("R-F-2"));
    checkIn(tl, workstation).then().statusCode(422).body("rule", equalTo("R-F-2"));
    checkIn(tl, "DESK-C1").then().statusCode(422).body("rule", equalTo("R-F-2"));
    assertThat(presenceOf(tl).get("status")).isEqualTo("AWAY");
    String holder = TestUsers.create("TEAM_LEADER", cluster);
    checkIn(holder, clusterDesk).then().statusCode(200);
    checkIn(tl, clusterDesk)
        .then()
        .statusCode(409)
        .body("rule", equalTo("R-F-2"))
        .body("detail", org.hamcrest.Matchers.containsString(holder));
    assertThat(presenceOf(tl).get("status")).isEqualTo("AWAY");
    // roles that are not on the floor do not check in
    post("manager1", "/api/v1/presence/check-in", Map.of("deskId", clusterDesk))
        .then()
        .statusCode(403);
  }

  @Test
  void twoTlsRacingForOneDeskOneWins_R_F_2() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        String desk = desk("CLUSTER_DESK", true);
        List<String> tls =
            List.of(
                TestUsers.create("TEAM_LEADER", cluster), TestUsers.create("TEAM_LEADER", cluster));
        tls.forEach(Api::token);
        List<Callable<Response>> race = new ArrayList<>();
        tls.forEach(tl -> race.add(() -> checkIn(tl, desk)));
        List<Integer> statuses = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(race)) {
          statuses.add(f.get().statusCode());
          if (f.get().statusCode() == 409) {
            rules.add(f.get().jsonPath().getString("rule"));
          }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(rules).containsExactly("R-F-2");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theHandGoesToTheDeskTlThenAFreeTlThenTheSupervisor_R_F_3_R_F_6() {
    String deskTl = TestUsers.create("TEAM_LEADER", cluster);
    String otherTl = TestUsers.create("TEAM_LEADER", cluster);
    String agent = TestUsers.create("AGENT", cluster);
    checkIn(deskTl, clusterDesk).then().statusCode(200);
    checkIn(otherTl, extension).then().statusCode(200);
    checkIn(agent, workstation).then().statusCode(200);

    String[] first = handOf(agent);
    Event raised = handRaised(first[0]);
    assertThat(raised.getString("targetTl")).isEqualTo(deskTl);
    assertThat(raised.getString("routeReason")).isEqualTo("CLUSTER_DESK");
    assertThat(raised.getString("workstation")).isEqualTo(workstation);
    assertThat(raised.getString("clusterId")).isEqualTo(cluster);
    assertThat(raised.getList("alertFor")).containsExactly(deskTl);
    post(deskTl, "/api/v1/escalations/" + first[1] + "/acknowledge", null).then().statusCode(200);
    assertThat(presenceOf(deskTl).get("status")).isEqualTo("BUSY");

    String[] second = handOf(agent);
    raised = handRaised(second[0]);
    assertThat(raised.getString("targetTl")).isEqualTo(otherTl);
    assertThat(raised.getString("routeReason")).isEqualTo("CLUSTER_DESK_TL_BUSY");
    assertThat(raised.getList("alertFor")).containsExactly(otherTl);
    post(otherTl, "/api/v1/escalations/" + second[1] + "/acknowledge", null).then().statusCode(200);
    post(otherTl, "/api/v1/escalations/" + second[1] + "/arrive", null).then().statusCode(200);
    assertThat(presenceOf(otherTl).get("status")).isEqualTo("BUSY");

    String[] third = handOf(agent);
    raised = handRaised(third[0]);
    assertThat(raised.getString("targetTl")).isEqualTo("spv1");
    assertThat(raised.getString("routeReason")).isEqualTo("SUPERVISOR");
    assertThat(raised.getList("alertFor")).containsExactly("spv1");

    // back at the desk: checking in again there ends being busy with the earlier hand
    checkIn(deskTl, clusterDesk).then().statusCode(200).body("status", equalTo("FREE"));
    assertThat(handRaised(handOf(agent)[0]).getString("targetTl")).isEqualTo(deskTl);
  }

  @Test
  void anEmptyClusterDeskSendsTheHandToAFreeTlOfTheCluster_R_F_3() {
    String tl = TestUsers.create("TEAM_LEADER", cluster);
    String agent = TestUsers.create("AGENT", cluster);
    checkIn(tl, extension).then().statusCode(200);
    Event raised = handRaised(handOf(agent)[0]);
    assertThat(raised.getString("targetTl")).isEqualTo(tl);
    assertThat(raised.getString("routeReason")).isEqualTo("NO_TL_AT_CLUSTER_DESK");
    // the agent is not checked in: the hand cannot say where to walk
    assertThat(raised.getString("workstation")).isNull();
  }

  @Test
  void aCheckedInSupervisorIsTheOneOnShift_R_F_3() {
    String spv = TestUsers.create("SUPERVISOR");
    String agent = TestUsers.create("AGENT", cluster);
    try {
      checkIn(spv, extension).then().statusCode(200);
      Event raised = handRaised(handOf(agent)[0]);
      assertThat(raised.getString("targetTl")).isEqualTo(spv);
      assertThat(raised.getString("routeReason")).isEqualTo("SUPERVISOR");
    } finally {
      post(spv, "/api/v1/presence/check-out", null).then().statusCode(200);
    }
  }

  @Test
  void aReRouteFollowsTheSameOrderAndNeverReturns_R_F_3_R_X_2() throws Exception {
    String deskTl = TestUsers.create("TEAM_LEADER", cluster);
    String otherTl = TestUsers.create("TEAM_LEADER", cluster);
    String agent = TestUsers.create("AGENT", cluster);
    checkIn(deskTl, clusterDesk).then().statusCode(200);
    checkIn(otherTl, extension).then().statusCode(200);
    String[] hand = handOf(agent);

    clock.advance(Duration.ofSeconds(61));
    duties.fireAndSettle();
    JsonPath c = caseOf("spv1", hand[0]);
    assertThat(c.getString("timeline[-1].type")).isEqualTo("ESCALATION_REROUTED");
    assertThat(c.getString("timeline[-1].from")).isEqualTo(deskTl);
    assertThat(c.getString("timeline[-1].targetTl")).isEqualTo(otherTl);
    assertThat(c.getString("timeline[-1].routeReason")).isEqualTo("CLUSTER_DESK_TL_DID_NOT_ANSWER");
    assertThat(c.getList("timeline[-1].alertFor")).containsExactly(otherTl);

    clock.advance(Duration.ofSeconds(61));
    duties.fireAndSettle();
    c = caseOf("spv1", hand[0]);
    assertThat(c.getString("timeline[-1].from")).isEqualTo(otherTl);
    assertThat(c.getString("timeline[-1].targetTl")).isEqualTo("spv1");
    assertThat(c.getString("timeline[-1].routeReason")).isEqualTo("SUPERVISOR");
    assertThat(c.getString("escalation.targetTl")).isEqualTo("spv1");
  }
}
