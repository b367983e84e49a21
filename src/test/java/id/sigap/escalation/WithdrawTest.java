package id.sigap.escalation;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-C-1 over the API: the customer hangs up before the TL came, the agent withdraws the hand, and
 * nothing re-routes it. Each test has a cluster of its own, so the demo center is untouched.
 */
@QuarkusTest
class WithdrawTest {

  @Inject TestClock clock;
  @Inject DueDuties duties;

  String agent;
  String tl;
  String caseId;
  String hand;

  @BeforeEach
  void aHandRaisedInAClusterOfItsOwn() {
    String cluster = TestUsers.cluster();
    String desk = TestUsers.desk(cluster, "CLUSTER_DESK", true);
    agent = TestUsers.create("AGENT", cluster);
    tl = TestUsers.create("TEAM_LEADER", cluster);
    post(tl, "/api/v1/presence/check-in", Map.of("deskId", desk)).then().statusCode(200);
    caseId = Api.newCase(agent);
    Api.assess(agent, caseId, List.of("C-IN-1")).then().statusCode(200);
    hand = Api.raiseHand(agent, caseId).then().statusCode(201).extract().path("id");
  }

  @AfterEach
  void backToNow() {
    post(tl, "/api/v1/presence/check-out", null);
    clock.reset();
  }

  io.restassured.response.Response withdraw(String who, Object body) {
    return post(who, "/api/v1/escalations/" + hand + "/withdraw", body);
  }

  @Test
  void theCustomerHungUpTheHandIsWithdrawnAndNeverReRouted_R_C_1() throws Exception {
    withdraw(agent, Map.of("reason", "CUSTOMER_HUNG_UP", "note", "Pelanggan menutup telepon"))
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawReason", equalTo("CUSTOMER_HUNG_UP"));

    // the acknowledgement target passes: the hand stays where it was, with nobody
    clock.advance(Duration.ofMinutes(5));
    duties.fireAndSettle();
    JsonPath c = caseOf(agent, caseId);
    assertThat(c.getList("timeline.type", String.class))
        .contains("HAND_WITHDRAWN")
        .doesNotContain("ESCALATION_REROUTED");
    assertThat(c.getString("status")).isEqualTo("OPEN");
    assertThat(c.getString("escalation.targetTl")).isEqualTo(tl);
    assertThat(c.getList("allowedActions", String.class))
        .contains("raise-hand")
        .doesNotContain("withdraw-hand");

    // the TL's queue no longer holds it, and answering it is refused with the rule
    post(tl, "/api/v1/escalations/" + hand + "/acknowledge", null)
        .then()
        .statusCode(409)
        .body("rule", equalTo("R-C-1"));
    withdraw(agent, Map.of("reason", "OTHER"))
        .then()
        .statusCode(409)
        .body("title", equalTo("Already withdrawn"));
    assertThat(presenceOf(tl)).isEqualTo("FREE");

    // the customer calls again: a new hand
    Api.raiseHand(agent, caseId).then().statusCode(201);
  }

  @Test
  void notOnceTheTlIsAtTheDesk_andOnlyByTheAgent_R_C_1() {
    post(tl, "/api/v1/escalations/" + hand + "/acknowledge", null).then().statusCode(200);
    assertThat(presenceOf(tl)).isEqualTo("BUSY");
    post(tl, "/api/v1/escalations/" + hand + "/arrive", null).then().statusCode(200);
    withdraw(agent, Map.of("reason", "CUSTOMER_HUNG_UP"))
        .then()
        .statusCode(409)
        .body("rule", equalTo("R-C-1"))
        .body("title", equalTo("The TL is at the desk"));
    withdraw(tl, Map.of("reason", "CUSTOMER_HUNG_UP")).then().statusCode(403);
    withdraw(agent, Map.of("reason", "BORED")).then().statusCode(400);
    withdraw(agent, Map.of()).then().statusCode(400);
    assertThat(caseOf(agent, caseId).getString("escalation.status")).isEqualTo("AT_WORKSTATION");
  }

  @Test
  void withdrawingWhileTheTlListensFreesTheTl_R_C_1() {
    post(tl, "/api/v1/escalations/" + hand + "/acknowledge", null).then().statusCode(200);
    withdraw(agent, Map.of("reason", "CUSTOMER_HUNG_UP")).then().statusCode(200);
    assertThat(presenceOf(tl)).isEqualTo("FREE");
    String otherAgent = TestUsers.create("AGENT", "C2");
    post(otherAgent, "/api/v1/escalations/" + hand + "/withdraw", Map.of("reason", "OTHER"))
        .then()
        .statusCode(404);
  }

  static String presenceOf(String user) {
    List<Map<String, Object>> everyone = as(user).get("/api/v1/presence").jsonPath().getList("");
    return (String)
        everyone.stream()
            .filter(p -> user.equals(p.get("username")))
            .findFirst()
            .orElseThrow()
            .get("status");
  }
}
