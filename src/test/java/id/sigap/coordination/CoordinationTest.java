package id.sigap.coordination;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.sigap.support.Api;
import id.sigap.support.TestClock;
import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-C-5 over the API: a coordination addressed to a related unit lands in its members' queue; a
 * member accepts, declines or answers it, once; the answer reaches the TL; R-IN-7 holds only with
 * an answered coordination with a listed unit, and a later policy question needs its own.
 */
@QuarkusTest
class CoordinationTest {

  static final String UNIT = "COMPLAINT_HANDLING";

  String agent;
  String tl;
  String member;
  String caseId;
  List<String> membersBefore;

  @Inject TestClock clock;

  @BeforeEach
  void aCaseInFollowUpAndAComplaintHandlingMember() {
    clock.advanceToMorningInJakarta(); // a promise two hours ahead is out of the quiet hours
    String cluster = TestUsers.cluster();
    String desk = TestUsers.desk(cluster, "CLUSTER_DESK", true);
    agent = TestUsers.create("AGENT", cluster);
    tl = TestUsers.create("TEAM_LEADER", cluster);
    member = TestUsers.create("LIAISON_OFFICER");
    membersBefore =
        as("admin1")
            .get("/api/v1/admin/units/" + UNIT + "/members")
            .jsonPath()
            .getList("usernames");
    List<String> members = new java.util.ArrayList<>(membersBefore);
    members.add(member);
    as("admin1")
        .body(Map.of("usernames", members))
        .put("/api/v1/admin/units/" + UNIT + "/members")
        .then()
        .statusCode(200);
    post(tl, "/api/v1/presence/check-in", Map.of("deskId", desk)).then().statusCode(200);
    caseId = Api.newCase(agent);
    Api.assess(agent, caseId, List.of("C-IN-1")).then().statusCode(200);
    String hand = Api.raiseHand(agent, caseId).then().statusCode(201).extract().path("id");
    post(tl, "/api/v1/escalations/" + hand + "/acknowledge", null).then().statusCode(200);
    post(tl, "/api/v1/escalations/" + hand + "/arrive", null).then().statusCode(200);
    as(agent)
        .body(Map.of("tl", tl))
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(200);
  }

  @AfterEach
  void unitAsBefore() {
    clock.reset();
    post(tl, "/api/v1/presence/check-out", null);
    as("admin1")
        .body(Map.of("usernames", membersBefore))
        .put("/api/v1/admin/units/" + UNIT + "/members")
        .then()
        .statusCode(200);
  }

  String coordinate(String unit, boolean policyDecision) {
    return post(
            tl,
            "/api/v1/cases/" + caseId + "/coordinations",
            Map.of("unit", unit, "note", "Mohon tindak lanjut", "policyDecision", policyDecision))
        .then()
        .statusCode(201)
        .extract()
        .path("coordinationId");
  }

  Response answer(String who, String coordinationId, Map<String, Object> body) {
    return post(who, "/api/v1/coordinations/" + coordinationId + "/answer", body);
  }

  Response callBack() {
    return post(
        tl,
        "/api/v1/cases/" + caseId + "/callbacks",
        Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "x", "final", false));
  }

  @Test
  void theUnitSeesItInItsQueueAnswersOnceAndTheTlIsTold_R_C_5() {
    String asked = coordinate(UNIT, false);
    assertThat(as(member).get("/api/v1/coordinations").jsonPath().getList("id", String.class))
        .contains(asked);
    Map<String, Object> waiting =
        as(member)
            .get("/api/v1/coordinations")
            .jsonPath()
            .getMap("find { it.id == '" + asked + "' }");
    assertThat(waiting).containsEntry("caseId", caseId).containsEntry("askedBy", tl);
    // another unit neither sees it nor may answer it
    assertThat(as("spv1").get("/api/v1/coordinations").jsonPath().getList("id", String.class))
        .doesNotContain(asked);
    answer("spv1", asked, Map.of("answer", "ACCEPTED"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-C-5"));

    Instant promised = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> body = new HashMap<>();
    body.put("answer", "ANSWERED");
    body.put("note", "Teknisi dijadwalkan");
    body.put("promisedResolutionAt", promised.toString());
    answer(member, asked, body)
        .then()
        .statusCode(201)
        .body("type", equalTo("COORDINATION_ANSWERED"))
        .body("unit", equalTo(UNIT))
        .body("alertFor", equalTo(List.of(tl)));
    assertThat(as(member).get("/api/v1/coordinations").jsonPath().getList("id", String.class))
        .doesNotContain(asked);
    answer(member, asked, Map.of("answer", "ACCEPTED"))
        .then()
        .statusCode(409)
        .body("rule", equalTo("R-C-5"));
    // the promise pulls the next call back to it
    assertThat(Instant.parse(caseOf(tl, caseId).getString("call.nextCallBackDueAt")))
        .isEqualTo(promised);
    answer(member, "no-such-coordination", Map.of("answer", "ACCEPTED")).then().statusCode(404);
  }

  @Test
  void aPolicyDecisionHoldsOnlyWithAnAnsweredCoordinationWithAListedUnit_R_C_5_R_IN_7() {
    as(tl)
        .body(Map.of())
        .put("/api/v1/cases/" + caseId + "/policy-decision")
        .then()
        .statusCode(200);
    coordinate("OTHER", true);
    callBack().then().statusCode(409).body("rule", equalTo("R-IN-7"));

    String declined = coordinate(UNIT, true);
    answer(member, declined, Map.of("answer", "DECLINED"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-C-5"));
    answer(member, declined, Map.of("answer", "DECLINED", "note", "Bukan wewenang kami"))
        .then()
        .statusCode(201);
    callBack().then().statusCode(409).body("rule", equalTo("R-IN-7"));

    String accepted = coordinate(UNIT, true);
    answer(member, accepted, Map.of("answer", "ACCEPTED")).then().statusCode(201);
    callBack().then().statusCode(201);

    // a later policy question needs its own answered coordination
    as(tl)
        .body(Map.of())
        .put("/api/v1/cases/" + caseId + "/policy-decision")
        .then()
        .statusCode(200);
    callBack().then().statusCode(409).body("rule", equalTo("R-IN-7"));
  }

  @Test
  void aUnitHasOnlyLiaisonOfficersSupervisorsAndManagers_R_C_5() {
    as("admin1")
        .body(Map.of("usernames", List.of(agent)))
        .put("/api/v1/admin/units/" + UNIT + "/members")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-C-5"));
    as("admin1")
        .body(Map.of("usernames", List.of(member)))
        .put("/api/v1/admin/units/OTHER/members")
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-C-5"));
    assertThat(
            as("admin1")
                .get("/api/v1/admin/units/" + UNIT + "/members")
                .jsonPath()
                .getList("usernames", String.class))
        .contains(member);
    String asked = coordinate(UNIT, false);
    Map<String, Object> past = new HashMap<>();
    past.put("answer", "ANSWERED");
    past.put("note", "x");
    past.put("promisedResolutionAt", clock.instant().minusSeconds(60).toString());
    answer(member, asked, past).then().statusCode(422).body("rule", equalTo("R-IN-12"));
  }
}
