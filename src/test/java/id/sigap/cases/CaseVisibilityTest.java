package id.sigap.cases;

import static id.sigap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may see and do what with a case; a case one may not see does not exist for them. */
@QuarkusTest
class CaseVisibilityTest {

  @Test
  void anotherClustersTlGetsNotFound() {
    String caseId = Api.newCase("agent1");
    as("tl2")
        .get("/api/v1/cases/" + caseId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("tl1").get("/api/v1/cases/" + caseId).then().statusCode(200);
  }

  @Test
  void anotherAgentGetsNotFound() {
    String caseId = Api.newCase("agent1");
    as("agent2").get("/api/v1/cases/" + caseId).then().statusCode(404);
    as("agent3").get("/api/v1/cases/" + caseId).then().statusCode(404);
  }

  @Test
  void supervisorManagerAndQcSeeEveryCase_R_IN_11() {
    String caseId = Api.newCase("agent3");
    for (String watcher : List.of("spv1", "manager1", "qc1")) {
      as(watcher).get("/api/v1/cases/" + caseId).then().statusCode(200);
      assertThat(as(watcher).get("/api/v1/cases?size=200").jsonPath().getList("id"))
          .contains(caseId);
    }
  }

  @Test
  void listsHoldOnlyVisibleCases() {
    String mine = Api.newCase("agent1");
    String theirs = Api.newCase("agent3");
    List<String> tl1Sees = as("tl1").get("/api/v1/cases?size=200").jsonPath().getList("id");
    assertThat(tl1Sees).contains(mine).doesNotContain(theirs);
    List<String> agent1Sees = as("agent1").get("/api/v1/cases?size=200").jsonPath().getList("id");
    assertThat(agent1Sees).contains(mine).doesNotContain(theirs);
  }

  @Test
  void aTlCannotActOnAnotherClustersHand() {
    String[] raised = Api.raisedHand();
    Api.post("tl2", "/api/v1/escalations/" + raised[1] + "/acknowledge", null)
        .then()
        .statusCode(404);
  }

  @Test
  void rolesAreEnforcedPerEndpoint() {
    String caseId = Api.newCase("agent1");
    // a TL does not create cases; an agent does not close them; QC never acts
    as("tl1")
        .body(
            Map.of(
                "channel",
                "INBOUND_VOICE",
                "customer",
                Map.of("name", "A", "phone", "08123456789"),
                "summary",
                "s"))
        .post("/api/v1/cases")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.post("agent1", "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "x"))
        .then()
        .statusCode(403);
    Api.assess("qc1", caseId, List.of("C-IN-1")).then().statusCode(403);
  }

  @Test
  void noTokenIsUnauthorized() {
    given().get("/api/v1/cases").then().statusCode(401).contentType("application/problem+json");
    given()
        .auth()
        .oauth2("eyJhbGciOiJub25lIn0.eyJ1cG4iOiJzcHYxIiwiZ3JvdXBzIjpbIlNVUEVSVklTT1IiXX0.")
        .get("/api/v1/cases")
        .then()
        .statusCode(401);
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    given()
        .contentType("application/json")
        .body(Map.of("username", "tl1", "password", "wrong"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401)
        .body("title", equalTo("Sign-in required"));
  }

  @Test
  void qcSeesTheCustomersNumberMaskedWhileTheAgentAndTheirLeadersSeeItWhole() {
    String caseId = Api.newCase("agent1");
    for (String whole : List.of("agent1", "tl1", "spv1", "manager1")) {
      assertThat(Api.caseOf(whole, caseId).getString("customer.phone"))
          .as(whole)
          .isEqualTo("+62 812 3456 7890");
    }
    assertThat(Api.caseOf("qc1", caseId).getString("customer.phone"))
        .isEqualTo("+62 812 **** 7890");
  }
}
