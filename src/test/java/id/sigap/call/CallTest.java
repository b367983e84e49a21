package id.sigap.call;

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
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live call and the call backs after it over the API (R-C-1..R-C-4): the call's end, the
 * customer's choice in the seed's order, the first call back, quiet hours in the center's zone, a
 * moved call back, and closing a case whose customer cannot be reached. Each test has a cluster of
 * its own with its TL at a recorded desk, a recorded TL extension and a rostered SPV.
 */
@QuarkusTest
class CallTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String ORIGINAL_POLICY = "W-10 rev 02";

  @Inject TestClock clock;
  @Inject DueDuties duties;

  String cluster;
  String agent;
  String tl;
  String spv;
  String extension;
  String caseId;

  @BeforeEach
  void aCaseInFollowUpInAClusterOfItsOwn() {
    clock.advanceToMorningInJakarta(); // a first call back is due out of the quiet hours (R-C-3)
    cluster = TestUsers.cluster();
    String desk = TestUsers.desk(cluster, "CLUSTER_DESK", true);
    extension = TestUsers.desk(cluster, "TL_EXTENSION", true);
    agent = TestUsers.create("AGENT", cluster);
    tl = TestUsers.create("TEAM_LEADER", cluster);
    spv = TestUsers.create("SUPERVISOR");
    rosterAllWeek(spv);
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
  void backToNow() {
    post(tl, "/api/v1/presence/check-out", null);
    as("admin1")
        .body(Map.of("shifts", List.of()))
        .put("/api/v1/admin/clusters/" + cluster + "/roster")
        .then()
        .statusCode(200);
    as("admin1")
        .body(Map.of("revision", ORIGINAL_POLICY))
        .put("/api/v1/policy/active")
        .then()
        .statusCode(200);
    clock.reset();
  }

  void rosterAllWeek(String supervisor) {
    List<Map<String, Object>> week = new ArrayList<>();
    for (String day :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      week.add(
          Map.of(
              "day", day, "start", "00:00", "end", "12:00", "role", "SPV", "username", supervisor));
      week.add(
          Map.of(
              "day", day, "start", "12:00", "end", "00:00", "role", "SPV", "username", supervisor));
    }
    as("admin1")
        .body(Map.of("shifts", week))
        .put("/api/v1/admin/clusters/" + cluster + "/roster")
        .then()
        .statusCode(200);
  }

  Response choose(String who, String choice, Instant callBackAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("choice", choice);
    if (callBackAt != null) {
      body.put("callBackAt", callBackAt.toString());
    }
    return post(who, "/api/v1/cases/" + caseId + "/customer-choice", body);
  }

  Response endCall(String who, String how) {
    return post(who, "/api/v1/cases/" + caseId + "/call-end", Map.of("how", how));
  }

  Response callBack(String outcome, boolean isFinal) {
    return post(
        tl,
        "/api/v1/cases/" + caseId + "/callbacks",
        Map.of("deskId", extension, "outcome", outcome, "note", "x", "final", isFinal));
  }

  /** The next {@code hh:mm} in the center's zone, at least a minute ahead. */
  Instant nextInJakarta(int hour, int minute) {
    ZonedDateTime now = clock.instant().plusSeconds(60).atZone(JAKARTA);
    ZonedDateTime at = now.with(LocalTime.of(hour, minute));
    return (at.isBefore(now) ? at.plusDays(1) : at).toInstant();
  }

  /** R-X-4: problem+json naming the rule, and the case is as it was. */
  void refusedWithoutChange(Supplier<Response> action, int status, String rule) {
    JsonPath before = caseOf(spv, caseId);
    action
        .get()
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("rule", equalTo(rule));
    assertThat(caseOf(spv, caseId).getMap("$")).isEqualTo(before.getMap("$"));
  }

  @Test
  void aCallBackAgreedIsDueWithinFifteenMinutesOfTheCallsEndAndAlertsTheTl_R_C_1_R_C_2()
      throws Exception {
    assertThat(caseOf(agent, caseId).getList("allowedActions", String.class))
        .contains("record-choice", "end-call")
        .doesNotContain("transfer");
    choose(agent, "CALL_BACK", null)
        .then()
        .statusCode(201)
        .body("type", equalTo("CUSTOMER_CHOICE_RECORDED"));
    Instant ended =
        Instant.parse(
            endCall(agent, "CLOSED_FOR_FOLLOW_UP")
                .then()
                .statusCode(201)
                .body("type", equalTo("CALL_ENDED"))
                .extract()
                .path("at"));
    JsonPath c = caseOf(tl, caseId);
    assertThat(c.getString("call.customerChoice")).isEqualTo("CALL_BACK");
    assertThat(Instant.parse(c.getString("call.nextCallBackDueAt")))
        .isEqualTo(ended.plus(Duration.ofMinutes(15)));

    // no coordination needed for the clock: fifteen minutes on, the handling TL is reminded
    clock.advance(Duration.ofMinutes(16));
    duties.fireAndSettle();
    JsonPath overdue = caseOf(tl, caseId);
    assertThat(overdue.getString("timeline[-1].type")).isEqualTo("CALLBACK_OVERDUE");
    assertThat(overdue.getList("timeline[-1].alertFor", String.class)).containsExactly(tl);
  }

  @Test
  void aTransferOnlyAfterADeclinedCallBackAndTheChoiceOnce_R_C_2() {
    refusedWithoutChange(
        () -> post(agent, "/api/v1/cases/" + caseId + "/transfers", Map.of("deskId", extension)),
        409,
        "R-C-2");
    choose(agent, "TRANSFER", null).then().statusCode(201);
    refusedWithoutChange(() -> choose(agent, "WORKSTATION", null), 409, "R-C-2");
    refusedWithoutChange(
        () ->
            post(
                tl,
                "/api/v1/cases/" + caseId + "/workstation-service",
                Map.of("followUpPlan", "x")),
        409,
        "R-C-2");
    post(agent, "/api/v1/cases/" + caseId + "/transfers", Map.of("deskId", extension))
        .then()
        .statusCode(200);
    endCall(tl, "ENDED_WITH_TL").then().statusCode(201);
    refusedWithoutChange(() -> endCall(agent, "ENDED_WITH_TL"), 409, "R-C-1");
    assertThat(caseOf(agent, caseId).getList("timeline.type", String.class))
        .containsSubsequence("CUSTOMER_CHOICE_RECORDED", "CALL_TRANSFERRED", "CALL_ENDED");
  }

  @Test
  void anAgreedTimeInThePastOrAYearAheadIsRefused_R_C_2() {
    refusedWithoutChange(
        () -> choose(agent, "CALL_BACK", clock.instant().minusSeconds(60)), 422, "R-C-2");
    refusedWithoutChange(
        () -> choose(agent, "CALL_BACK", clock.instant().plus(Duration.ofDays(365))), 422, "R-C-2");
    refusedWithoutChange(
        () -> choose(agent, "TRANSFER", clock.instant().plus(Duration.ofHours(1))), 422, "R-C-2");
  }

  @Test
  void aFirstCallBackInTheQuietHoursMovesToTheirEndUnlessTheCustomerAgreed_R_C_3() {
    clock.advanceTo(nextInJakarta(20, 55));
    choose(agent, "CALL_BACK", null).then().statusCode(201);
    Map<String, Object> ended =
        endCall(agent, "CLOSED_FOR_FOLLOW_UP").then().statusCode(201).extract().path("$");
    Instant end = Instant.parse((String) ended.get("at"));
    Instant morning =
        end.atZone(JAKARTA).toLocalDate().plusDays(1).atTime(7, 0).atZone(JAKARTA).toInstant();
    assertThat(Instant.parse((String) ended.get("callBackDueAt"))).isEqualTo(morning);
    assertThat(Instant.parse((String) ended.get("movedFromQuietHours")))
        .isEqualTo(end.plus(Duration.ofMinutes(15)));

    // the customer agrees to be called at 22:30 after all: that time is kept
    Instant agreed = end.atZone(JAKARTA).with(LocalTime.of(22, 30)).toInstant();
    as(tl)
        .body(
            Map.of(
                "dueAt",
                agreed.toString(),
                "reason",
                "Pelanggan minta jam 22.30",
                "agreedWithCustomer",
                true))
        .put("/api/v1/cases/" + caseId + "/next-call-back")
        .then()
        .statusCode(200)
        .body("call.nextCallBackDueAt", equalTo(agreed.toString()))
        .body("timeline[-1].type", equalTo("CALL_BACK_RESCHEDULED"));
  }

  @Test
  void aPolicyRevisionChangesTheQuietHoursAndRefusesOnesThatAreNoRange_R_C_3() {
    Map<String, Object> revision =
        new HashMap<>(as("admin1").get("/api/v1/policy/active").jsonPath().getMap("$"));
    revision.put("revision", "W-10 rev 06 " + UUID.randomUUID().toString().substring(0, 8));
    for (String bad : List.of("07:00-07:00", "25:00-07:00", "malam")) {
      revision.put("quietHours", bad);
      as("admin1")
          .body(revision)
          .post("/api/v1/policy/revisions")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("rule", equalTo("R-C-3"));
    }
    as("admin1").get("/api/v1/policy/active").then().body("revision", equalTo(ORIGINAL_POLICY));
    revision.put("quietHours", "23:00-05:00");
    as("admin1").body(revision).post("/api/v1/policy/revisions").then().statusCode(201);

    // a case under the new revision: 21:10 is no longer quiet
    String before = caseId;
    aCaseInFollowUpInAClusterOfItsOwn();
    assertThat(caseId).isNotEqualTo(before);
    clock.advanceTo(nextInJakarta(20, 55));
    choose(agent, "CALL_BACK", null).then().statusCode(201);
    Map<String, Object> ended =
        endCall(agent, "CLOSED_FOR_FOLLOW_UP").then().statusCode(201).extract().path("$");
    assertThat(Instant.parse((String) ended.get("callBackDueAt")))
        .isEqualTo(Instant.parse((String) ended.get("at")).plus(Duration.ofMinutes(15)));
    assertThat(ended).doesNotContainKey("movedFromQuietHours");
  }

  @Test
  void laterThanSixHoursOnlyWithTheCustomersAgreement_R_C_3() {
    Instant unitPromise = clock.instant().plus(Duration.ofDays(2));
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "dueAt",
                unitPromise.toString(),
                "reason",
                "Sesuai waktu penyelesaian unit",
                "agreedWithCustomer",
                false));
    refusedWithoutChange(
        () -> as(tl).body(body).put("/api/v1/cases/" + caseId + "/next-call-back"), 422, "R-C-3");
    body.put("agreedWithCustomer", true);
    as(tl)
        .body(body)
        .put("/api/v1/cases/" + caseId + "/next-call-back")
        .then()
        .statusCode(200)
        .body("call.nextCallBackDueAt", equalTo(unitPromise.toString()));
    body.put("dueAt", clock.instant().minusSeconds(1).toString());
    refusedWithoutChange(
        () -> as(tl).body(body).put("/api/v1/cases/" + caseId + "/next-call-back"), 422, "R-C-3");
  }

  @Test
  void anUnreachableCustomersCaseClosesWithTheSpvOnShiftsApproval_R_C_4() {
    String reason = "Tiga kali tidak diangkat";
    Supplier<Response> ask =
        () -> post(tl, "/api/v1/cases/" + caseId + "/unreached-closing", Map.of("reason", reason));
    callBack("NO_ANSWER", false).then().statusCode(201).body("unreachedInARow", equalTo(1));
    callBack("NO_ANSWER", false).then().statusCode(201).body("unreachedInARow", equalTo(2));
    refusedWithoutChange(ask, 409, "R-C-4");
    callBack("NO_ANSWER", false).then().statusCode(201).body("unreachedInARow", equalTo(3));
    assertThat(caseOf(tl, caseId).getList("allowedActions", String.class))
        .contains("request-unreached-closing");
    ask.get()
        .then()
        .statusCode(201)
        .body("type", equalTo("UNREACHED_CLOSING_REQUESTED"))
        .body("alertFor", equalTo(List.of(spv)));
    refusedWithoutChange(ask, 409, "R-C-4");

    // an SPV not on this cluster's roster may not answer; the rostered one approves, once
    String otherSpv = TestUsers.create("SUPERVISOR");
    refusedWithoutChange(
        () -> post(otherSpv, "/api/v1/cases/" + caseId + "/unreached-closing/approve", Map.of()),
        409,
        "R-C-4");
    assertThat(caseOf(spv, caseId).getList("allowedActions", String.class))
        .contains("approve-unreached-closing", "decline-unreached-closing");
    post(spv, "/api/v1/cases/" + caseId + "/unreached-closing/approve", Map.of("note", "Setuju"))
        .then()
        .statusCode(200)
        .body("call.unreachedClosing", equalTo("APPROVED"));
    refusedWithoutChange(
        () ->
            post(
                spv, "/api/v1/cases/" + caseId + "/unreached-closing/decline", Map.of("note", "x")),
        409,
        "R-C-4");
    post(
            tl,
            "/api/v1/cases/" + caseId + "/close",
            Map.of("resolution", "Pelanggan tidak dapat dihubungi"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
  }

  @Test
  void aDeclinedRequestNeedsAReasonAndKeepsRxOne_R_C_4() {
    for (int i = 0; i < 3; i++) {
      callBack("NO_ANSWER", false).then().statusCode(201);
    }
    post(tl, "/api/v1/cases/" + caseId + "/unreached-closing", Map.of("reason", "x"))
        .then()
        .statusCode(201);
    refusedWithoutChange(
        () -> post(spv, "/api/v1/cases/" + caseId + "/unreached-closing/decline", Map.of()),
        422,
        "R-C-4");
    post(
            spv,
            "/api/v1/cases/" + caseId + "/unreached-closing/decline",
            Map.of("note", "Coba sekali lagi besok pagi"))
        .then()
        .statusCode(200)
        .body("call.unreachedClosing", equalTo("DECLINED"));
    refusedWithoutChange(
        () -> post(tl, "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "x")),
        409,
        "R-X-1");
  }
}
