package id.sigap.timers;

import static id.sigap.support.Api.caseInFollowUp;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sigap.support.Api;
import id.sigap.support.DueDuties;
import id.sigap.support.StreamClient;
import id.sigap.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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

/** The clocks of the procedure, with time moved on instead of waited for. */
@QuarkusTest
class DutyTimersTest {

  @Inject TestClock clock;
  @Inject DueDuties duties;

  @TestHTTPResource("/")
  URI base;

  @BeforeEach
  void inTheMorning() {
    clock.advanceToMorningInJakarta(); // call backs due in six hours stay out of the quiet hours
  }

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  static List<String> types(String caseId) {
    return caseOf("spv1", caseId).getList("timeline.type", String.class);
  }

  static long count(String caseId, String type) {
    return types(caseId).stream().filter(type::equals).count();
  }

  @Test
  void anUnansweredHandGoesToTheSupervisorAfterTheTarget_R_X_2() throws Exception {
    String[] raised = Api.raisedHand();
    clock.advance(Duration.ofSeconds(59));
    duties.fireAndSettle();
    assertThat(count(raised[0], "ESCALATION_REROUTED")).isZero();

    clock.advance(Duration.ofSeconds(2));
    duties.fireAndSettle();
    assertThat(count(raised[0], "ESCALATION_REROUTED")).isEqualTo(1);
    JsonPath c = caseOf("spv1", raised[0]);
    assertThat(c.getString("escalation.targetTl")).isEqualTo("spv1");
    assertThat(c.getString("timeline[-1].from")).isEqualTo("tl1");
    assertThat(c.getString("timeline[-1].actor")).isEqualTo("sigap");
    assertThat(c.getString("timeline[-1].policyRevision")).isEqualTo("W-10 rev 02");

    // the hand is now the supervisor's to answer
    post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null).then().statusCode(409);
    post("spv1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null).then().statusCode(200);
  }

  @Test
  void theScheduledPollerFiresWithoutBeingAsked_R_X_2() throws Exception {
    String[] raised = Api.raisedHand();
    clock.advance(Duration.ofSeconds(61));
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (count(raised[0], "ESCALATION_REROUTED") == 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(count(raised[0], "ESCALATION_REROUTED")).isEqualTo(1);
  }

  @Test
  void anAcknowledgedHandIsNeverRerouted_R_X_2() throws Exception {
    String[] raised = Api.raisedHand();
    post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null).then().statusCode(200);
    clock.advance(Duration.ofMinutes(5));
    duties.fireAndSettle();
    assertThat(count(raised[0], "ESCALATION_REROUTED")).isZero();
  }

  /** R-IN-11 and R-X-5: an overdue progress check alerts the TL, one interval later the SPV. */
  @Test
  void anOverdueProgressCheckAlertsTheTlThenTheSupervisor_R_IN_11_R_X_5() throws Exception {
    String caseId = coordinated(null);
    clock.advance(Duration.ofMinutes(59));
    duties.fireAndSettle();
    assertThat(count(caseId, "PROGRESS_CHECK_OVERDUE")).isZero();

    clock.advance(Duration.ofMinutes(2));
    duties.fireAndSettle();
    assertThat(count(caseId, "PROGRESS_CHECK_OVERDUE")).isEqualTo(1);
    assertThat(caseOf("spv1", caseId).getString("timeline[-1].alerted")).isEqualTo("TEAM_LEADER");

    clock.advance(Duration.ofHours(1));
    duties.fireAndSettle();
    assertThat(count(caseId, "PROGRESS_CHECK_OVERDUE")).isEqualTo(2);
    JsonPath c = caseOf("spv1", caseId);
    assertThat(c.getString("timeline[-1].alerted")).isEqualTo("SUPERVISOR");
    assertThat(c.getString("timeline[-1].supervisor")).isEqualTo("spv1");
    assertThat(c.getList("timeline[-1].alertFor")).containsExactly("spv1");
  }

  /** R-F-5: only the handling TL, one interval later the SPV, one more later the manager. */
  @Test
  void theAlertLadderEndsAtTheManagerAndNamesWhomEachAlertIsFor_R_F_5() throws Exception {
    String caseId = coordinated(null);
    clock.advance(Duration.ofMinutes(61));
    duties.fireAndSettle();
    assertThat(caseOf("spv1", caseId).getList("timeline[-1].alertFor")).containsExactly("tl1");
    clock.advance(Duration.ofHours(1));
    duties.fireAndSettle();
    assertThat(caseOf("spv1", caseId).getList("timeline[-1].alertFor")).containsExactly("spv1");
    clock.advance(Duration.ofHours(1));
    duties.fireAndSettle();
    JsonPath c = caseOf("spv1", caseId);
    assertThat(c.getString("timeline[-1].type")).isEqualTo("PROGRESS_CHECK_OVERDUE");
    assertThat(c.getString("timeline[-1].alerted")).isEqualTo("MANAGER");
    assertThat(c.getList("timeline[-1].alertFor")).containsExactly("manager1");
  }

  /** R-F-5: a raised hand sounds only for its addressee, a re-route for the new one. */
  @Test
  void aHandAndItsReRouteSoundOnlyForTheirAddressee_R_F_5() throws Exception {
    String[] raised = Api.raisedHand();
    JsonPath c = caseOf("spv1", raised[0]);
    assertThat(c.getList("timeline[-1].alertFor")).containsExactly("tl1");
    clock.advance(Duration.ofSeconds(61));
    duties.fireAndSettle();
    c = caseOf("spv1", raised[0]);
    assertThat(c.getString("timeline[-1].type")).isEqualTo("ESCALATION_REROUTED");
    assertThat(c.getList("timeline[-1].alertFor")).containsExactly("spv1");
  }

  /** R-X-5: the alerts reach the TL's stream, then the SPV's, by push. */
  @Test
  void anOverdueProgressCheckIsPushedToTheTlThenToTheSupervisor_R_X_5() throws Exception {
    String caseId = coordinated(null);
    try (StreamClient tl1 = StreamClient.open(base, Api.token("tl1"), "");
        StreamClient spv1 = StreamClient.open(base, Api.token("spv1"), "")) {
      clock.advance(Duration.ofMinutes(61));
      duties.fireAndSettle();
      JsonNode toTl = tl1.await(e -> overdue(e, caseId), Duration.ofSeconds(5));
      assertThat(toTl).isNotNull();
      assertThat(toTl.path("alerted").asText()).isEqualTo("TEAM_LEADER");
      assertThat(toTl.path("alertFor").toString()).isEqualTo("[\"tl1\"]");

      clock.advance(Duration.ofHours(1));
      duties.fireAndSettle();
      JsonNode toSupervisor =
          spv1.await(
              e -> overdue(e, caseId) && e.path("alerted").asText().equals("SUPERVISOR"),
              Duration.ofSeconds(5));
      assertThat(toSupervisor).isNotNull();
      assertThat(toSupervisor.path("supervisor").asText()).isEqualTo("spv1");
    }
  }

  static boolean overdue(JsonNode event, String caseId) {
    return event.path("type").asText().equals("PROGRESS_CHECK_OVERDUE")
        && event.path("caseId").asText().equals(caseId);
  }

  @Test
  void aProgressCheckDoneInTimeNeverFires_R_IN_11() throws Exception {
    String caseId = coordinated(null);
    clock.advance(Duration.ofMinutes(50));
    post("tl1", "/api/v1/cases/" + caseId + "/progress-checks", Map.of("note", "Teknisi di lokasi"))
        .then()
        .statusCode(201);
    clock.advance(Duration.ofMinutes(50));
    duties.fireAndSettle();
    assertThat(count(caseId, "PROGRESS_CHECK_OVERDUE")).isZero();
  }

  @Test
  void anOverdueCallBackFiresOnceAndACallBackReArmsIt_R_IN_12() throws Exception {
    String caseId = coordinated(null);
    // progress checks every hour keep that clock quiet; only the call back is late
    for (int hour = 0; hour < 6; hour++) {
      clock.advance(Duration.ofMinutes(55));
      post("tl1", "/api/v1/cases/" + caseId + "/progress-checks", Map.of("note", "Cek"))
          .then()
          .statusCode(201);
    }
    clock.advance(Duration.ofMinutes(31));
    duties.fireAndSettle();
    assertThat(count(caseId, "CALLBACK_OVERDUE")).isEqualTo(1);
    assertThat(count(caseId, "PROGRESS_CHECK_OVERDUE")).isZero();

    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "Update", "final", false))
        .then()
        .statusCode(201);
    clock.advance(Duration.ofMinutes(50));
    post("tl1", "/api/v1/cases/" + caseId + "/progress-checks", Map.of("note", "Cek"))
        .then()
        .statusCode(201);
    duties.fireAndSettle();
    assertThat(count(caseId, "CALLBACK_OVERDUE")).isEqualTo(1);
  }

  @Test
  void aSoonerPromisedTimePullsTheCallBackForward_R_IN_12() throws Exception {
    Instant promised = clock.instant().plus(Duration.ofMinutes(30));
    String caseId = coordinated(promised);
    clock.advance(Duration.ofMinutes(29));
    duties.fireAndSettle();
    assertThat(count(caseId, "CALLBACK_OVERDUE")).isZero();
    clock.advance(Duration.ofMinutes(2));
    duties.fireAndSettle();
    assertThat(count(caseId, "CALLBACK_OVERDUE")).isEqualTo(1);
  }

  @Test
  void theFinalCallBackAndClosingClearTheClocks_R_X_1() throws Exception {
    String caseId = coordinated(null);
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "Selesai", "final", true))
        .then()
        .statusCode(201);
    post("tl1", "/api/v1/cases/" + caseId + "/close", Map.of("resolution", "Selesai"))
        .then()
        .statusCode(200);
    clock.advance(Duration.ofHours(12));
    duties.fireAndSettle();
    assertThat(types(caseId)).doesNotContain("PROGRESS_CHECK_OVERDUE", "CALLBACK_OVERDUE");
  }

  @Test
  void dueTimesMissedWhileNothingRanFireOnceWhenPollingResumes_R_IN_11_R_IN_12() throws Exception {
    String caseId = coordinated(null);
    // ten hours with no poller: ten progress checks and one call back were missed
    clock.advance(Duration.ofHours(10));
    duties.fireAndSettle();
    assertThat(count(caseId, "PROGRESS_CHECK_OVERDUE")).isEqualTo(1);
    assertThat(count(caseId, "CALLBACK_OVERDUE")).isEqualTo(1);
  }

  @Test
  void concurrentPollersFireEachDueHandOnce_R_X_2() throws Exception {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cases.add(Api.raisedHand()[0]);
    }
    clock.advance(Duration.ofSeconds(61));
    ExecutorService replicas = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> polls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        polls.add(duties::fireDue);
      }
      int fired = 0;
      for (Future<Integer> f : replicas.invokeAll(polls)) {
        fired += f.get();
      }
      // what the pollers report is what they fired (other tests' duties may be due as well)
      assertThat(fired).isGreaterThanOrEqualTo(cases.size());
    } finally {
      replicas.shutdown();
    }
    duties.fireAndSettle();
    for (String caseId : cases) {
      assertThat(count(caseId, "ESCALATION_REROUTED")).as(caseId).isEqualTo(1);
    }
  }

  /** A case tl1 follows up, with one coordination made now (and a promised time, if given). */
  private String coordinated(Instant promised) {
    String caseId = caseInFollowUp();
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "unit", "COMPLAINT_HANDLING", "note", "Eskalasi ke CH", "policyDecision", false));
    if (promised != null) {
      body.put("promisedResolutionAt", promised.toString());
    }
    post("tl1", "/api/v1/cases/" + caseId + "/coordinations", body).then().statusCode(201);
    return caseId;
  }
}
