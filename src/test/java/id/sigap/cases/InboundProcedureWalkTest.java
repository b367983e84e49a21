package id.sigap.cases;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseInFollowUp;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static id.sigap.support.Api.raisedHand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The inbound procedure walked through the API by agent1 and tl1, refusals included. */
@QuarkusTest
class InboundProcedureWalkTest {

  @Test
  void anAngryCallerFromRaisedHandToClosedCase() {
    // agent1 takes an angry call and ticks C-IN-1 (R-IN-1)
    String caseId = Api.newCase("agent1");
    Api.assess("agent1", caseId, List.of("C-IN-1"))
        .then()
        .statusCode(200)
        .body("hardComplaint", equalTo(true))
        .body("criteria", equalTo(List.of("C-IN-1")));

    // one tap raises the hand to the TL checked in at the recorded cluster desk (R-IN-2, R-IN-5,
    // R-F-3), who is back there and free whatever earlier tests left them busy with (R-F-2)
    Api.tl1BackAtDesk();
    String escalationId =
        Api.raiseHand("agent1", caseId)
            .then()
            .statusCode(201)
            .body("targetTl", equalTo("tl1"))
            .body("status", equalTo("RAISED"))
            .extract()
            .path("id");

    // tl1 listens in (R-IN-3) and comes to the workstation (R-IN-4)
    post("tl1", "/api/v1/escalations/" + escalationId + "/acknowledge", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("LISTENING"));
    post("tl1", "/api/v1/escalations/" + escalationId + "/arrive", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("AT_WORKSTATION"));

    // the agent names the handling TL (R-IN-10); tl1 coordinates and checks progress (R-IN-11)
    as("agent1")
        .body(Map.of("tl", "tl1"))
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(200);
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/coordinations",
            Map.of(
                "unit",
                "COMPLAINT_HANDLING",
                "note",
                "Gangguan massal, teknisi dijadwalkan",
                "policyDecision",
                false))
        .then()
        .statusCode(201)
        .body("type", equalTo("UNIT_COORDINATED"))
        .body("unit", equalTo("COMPLAINT_HANDLING"));
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/progress-checks",
            Map.of("note", "Teknisi sudah berangkat"))
        .then()
        .statusCode(201)
        .body("type", equalTo("PROGRESS_CHECKED"));

    // a call back from DESK-C1 (R-IN-8), then the final one (R-IN-12), then close (R-X-1)
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of(
                "deskId",
                "DESK-C1",
                "outcome",
                "REACHED",
                "note",
                "Update progres",
                "final",
                false))
        .then()
        .statusCode(201);
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of(
                "deskId", "DESK-C1", "outcome", "REACHED", "note", "Sudah normal", "final", true))
        .then()
        .statusCode(201)
        .body("final", equalTo(true));
    post("tl1", "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "ODP diperbaiki"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));

    // every action is on the timeline with its actor, oldest first (R-X-3)
    JsonPath closed = caseOf("agent1", caseId);
    assertThat(closed.getList("timeline.type", String.class))
        .containsExactly(
            "CASE_CREATED",
            "CASE_ASSESSED",
            "HAND_RAISED",
            "TL_LISTENING",
            "TL_ARRIVED",
            "HANDLING_TL_NAMED",
            "UNIT_COORDINATED",
            "PROGRESS_CHECKED",
            "CALL_BACK_MADE",
            "CALL_BACK_MADE",
            "CASE_CLOSED");
    assertThat(closed.getList("timeline.actor", String.class))
        .containsExactly(
            "agent1", "agent1", "agent1", "tl1", "tl1", "agent1", "tl1", "tl1", "tl1", "tl1",
            "tl1");
    List<Long> ids = closed.getList("timeline.id", Long.class);
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(closed.getString("handlingTl")).isEqualTo("tl1");
    assertThat(closed.getString("resolution")).isEqualTo("ODP diperbaiki");
    assertThat(closed.getList("allowedActions")).isEmpty();
  }

  @Test
  void aHandWithoutACriterionIsRefused_R_IN_1() {
    String caseId = Api.newCase("agent1");
    refusedWithoutChange(caseId, () -> Api.raiseHand("agent1", caseId), 422, "R-IN-1");
  }

  @Test
  void aSecondHandWhileOneIsOpenIsRefused_R_IN_2() {
    String[] raised = raisedHand();
    refusedWithoutChange(raised[0], () -> Api.raiseHand("agent1", raised[0]), 409, "R-IN-2");
  }

  @Test
  void arrivingBeforeListeningIsRefused_R_IN_3_R_IN_4() {
    String[] raised = raisedHand();
    refusedWithoutChange(
        raised[0],
        () -> post("tl1", "/api/v1/escalations/" + raised[1] + "/arrive", null),
        409,
        "R-IN-3");
  }

  @Test
  void theAgentIsSignalledWhenTheTlListens_R_IN_3() {
    String[] raised = raisedHand();
    post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null).then().statusCode(200);
    JsonPath seenByAgent = caseOf("agent1", raised[0]);
    assertThat(seenByAgent.getString("escalation.status")).isEqualTo("LISTENING");
    assertThat(seenByAgent.getString("timeline[-1].type")).isEqualTo("TL_LISTENING");
    assertThat(seenByAgent.getString("timeline[-1].agent")).isEqualTo("agent1");
  }

  @Test
  void theTlOnTheCallTakesItOver_R_IN_6() {
    String[] raised = raisedHand();
    refusedWithoutChange(
        raised[0],
        () -> post("tl1", "/api/v1/cases/" + raised[0] + "/takeover", null),
        409,
        "R-IN-6");
    post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null).then().statusCode(200);
    post("tl1", "/api/v1/cases/" + raised[0] + "/takeover", null).then().statusCode(200);
    assertThat(caseOf("tl1", raised[0]).getString("timeline[-1].type"))
        .isEqualTo("CALL_TAKEN_OVER");
  }

  @Test
  void followUpBeforeTheHandlingTlIsNamedIsRefused_R_IN_10() {
    String[] raised = raisedHand();
    post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null).then().statusCode(200);
    refusedWithoutChange(
        raised[0],
        () ->
            post(
                "tl1",
                "/api/v1/cases/" + raised[0] + "/coordinations",
                Map.of("unit", "MANAGER", "note", "Minta keputusan", "policyDecision", false)),
        409,
        "R-IN-10");
    refusedWithoutChange(
        raised[0],
        () ->
            as("agent1")
                .body(Map.of("tl", "tl2"))
                .put("/api/v1/cases/" + raised[0] + "/handling-tl"),
        422,
        "R-IN-10");
  }

  @Test
  void aCallBackFromAnUnrecordedDeskIsRefused_R_IN_8() {
    String caseId = caseInFollowUp();
    refusedWithoutChange(
        caseId,
        () ->
            post(
                "tl1",
                "/api/v1/cases/" + caseId + "/callbacks",
                Map.of("deskId", "WS-C1-01", "outcome", "REACHED", "note", "x", "final", false)),
        422,
        "R-IN-8");
  }

  @Test
  void aPolicyDecisionIsCoordinatedBeforeCallingBack_R_IN_7() {
    String caseId = caseInFollowUp();
    as("tl1")
        .body(Map.of("note", "Kompensasi di luar ketentuan"))
        .put("/api/v1/cases/" + caseId + "/policy-decision")
        .then()
        .statusCode(200);
    Map<String, Object> callBack =
        Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "x", "final", false);
    refusedWithoutChange(
        caseId,
        () -> post("tl1", "/api/v1/cases/" + caseId + "/callbacks", callBack),
        409,
        "R-IN-7");
    // a coordination without the decision does not lift it; one with it does
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/coordinations",
            Map.of("unit", "COMPLAINT_HANDLING", "note", "info", "policyDecision", false))
        .then()
        .statusCode(201);
    post("tl1", "/api/v1/cases/" + caseId + "/callbacks", callBack).then().statusCode(409);
    String asked =
        post(
                "tl1",
                "/api/v1/cases/" + caseId + "/coordinations",
                Map.of("unit", "MANAGER", "note", "Mohon keputusan", "policyDecision", true))
            .then()
            .statusCode(201)
            .extract()
            .path("coordinationId");
    // R-C-5: asking is not enough; the unit's answer settles it
    post("tl1", "/api/v1/cases/" + caseId + "/callbacks", callBack).then().statusCode(409);
    post(
            "manager1",
            "/api/v1/coordinations/" + asked + "/answer",
            Map.of("answer", "ANSWERED", "note", "Disetujui kompensasi"))
        .then()
        .statusCode(201);
    post("tl1", "/api/v1/cases/" + caseId + "/callbacks", callBack).then().statusCode(201);
  }

  @Test
  void aDeclinedCallBackGoesToTheRecordedTlExtension_R_IN_9_R_C_2() {
    String caseId = caseInFollowUp();
    Supplier<Response> transfer =
        () -> post("agent1", "/api/v1/cases/" + caseId + "/transfers", Map.of("deskId", "EXT-TL1"));
    refusedWithoutChange(caseId, transfer, 409, "R-C-2");
    post("agent1", "/api/v1/cases/" + caseId + "/customer-choice", Map.of("choice", "TRANSFER"))
        .then()
        .statusCode(201);
    refusedWithoutChange(
        caseId,
        () ->
            post("agent1", "/api/v1/cases/" + caseId + "/transfers", Map.of("deskId", "WS-C1-02")),
        422,
        "R-IN-9");
    transfer.get().then().statusCode(200);
    assertThat(caseOf("agent1", caseId).getList("timeline.type", String.class))
        .containsSubsequence("CUSTOMER_CHOICE_RECORDED", "CALL_TRANSFERRED");
  }

  @Test
  void declinedBothTheTlServesAtTheWorkstation_R_IN_9_R_C_2() {
    String caseId = caseInFollowUp();
    post("agent1", "/api/v1/cases/" + caseId + "/customer-choice", Map.of("choice", "WORKSTATION"))
        .then()
        .statusCode(201);
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/workstation-service",
            Map.of("followUpPlan", "TL menelepon balik besok pagi"))
        .then()
        .statusCode(200);
    assertThat(caseOf("agent1", caseId).getList("timeline.type", String.class))
        .containsSubsequence("CUSTOMER_CHOICE_RECORDED", "SERVED_AT_WORKSTATION");
  }

  @Test
  void progressChecksAreVisibleToQcSupervisorAndManager_R_IN_11() {
    String caseId = caseInFollowUp();
    post("tl1", "/api/v1/cases/" + caseId + "/progress-checks", Map.of("note", "Menunggu teknisi"))
        .then()
        .statusCode(201);
    for (String watcher : List.of("qc1", "spv1", "manager1")) {
      assertThat(caseOf(watcher, caseId).getList("timeline.note", String.class))
          .as(watcher)
          .contains("Menunggu teknisi");
    }
  }

  @Test
  void closingWithoutAReachedFinalCallBackIsRefused_R_X_1_R_IN_12() {
    String caseId = caseInFollowUp();
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of("deskId", "DESK-C1", "outcome", "NO_ANSWER", "note", "x", "final", true))
        .then()
        .statusCode(201);
    refusedWithoutChange(
        caseId,
        () -> post("tl1", "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "selesai")),
        409,
        "R-X-1");
  }

  @Test
  void theTlConfirmsOrOverturnsTheAgentsFlag_K_1() {
    String confirmed = caseInFollowUp();
    post("tl1", "/api/v1/cases/" + confirmed + "/flag-review", Map.of("confirmed", true))
        .then()
        .statusCode(200)
        .body("flagReview", equalTo("CONFIRMED"));
    String overturned = caseInFollowUp();
    post(
            "tl1",
            "/api/v1/cases/" + overturned + "/flag-review",
            Map.of("confirmed", false, "note", "Hanya bertanya"))
        .then()
        .statusCode(200)
        .body("flagReview", equalTo("OVERTURNED"))
        .body("hardComplaint", equalTo(false));
    refusedWithoutChange(
        overturned,
        () ->
            post("tl1", "/api/v1/cases/" + overturned + "/flag-review", Map.of("confirmed", true)),
        409,
        "R-IN-1");
  }

  /** R-X-4: the refusal is problem+json naming the rule, and the case is as it was (R-X-3). */
  static void refusedWithoutChange(
      String caseId, java.util.function.Supplier<Response> action, int status, String rule) {
    JsonPath before = caseOf("spv1", caseId);
    action
        .get()
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("rule", equalTo(rule))
        .body("status", equalTo(status));
    JsonPath after = caseOf("spv1", caseId);
    assertThat(after.getMap("$")).isEqualTo(before.getMap("$"));
  }
}
