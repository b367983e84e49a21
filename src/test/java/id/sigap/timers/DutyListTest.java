package id.sigap.timers;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseInFollowUp;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/duties: the running clocks of the cases one may see, soonest first. */
@QuarkusTest
class DutyListTest {

  @Inject TestClock clock;
  @Inject DueDuties dueDuties;

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  static JsonPath duties(String user) {
    return as(user).get("/api/v1/duties").then().statusCode(200).extract().jsonPath();
  }

  static String coordinated() {
    String caseId = caseInFollowUp();
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/coordinations",
            Map.of("unit", "COMPLAINT_HANDLING", "note", "Eskalasi ke CH", "policyDecision", false))
        .then()
        .statusCode(201);
    return caseId;
  }

  static List<Map<String, Object>> of(JsonPath all, String caseId) {
    return all.<Map<String, Object>>getList("").stream()
        .filter(d -> caseId.equals(d.get("caseId")))
        .toList();
  }

  @Test
  void aCoordinatedCaseShowsItsProgressCheckAndCallBack_R_IN_11_R_IN_12() {
    Instant before = clock.instant();
    String caseId = coordinated();

    List<Map<String, Object>> mine = of(duties("tl1"), caseId);
    assertThat(mine).extracting(d -> d.get("kind")).containsExactly("PROGRESS_CHECK", "CALLBACK");
    Map<String, Object> check = mine.get(0);
    assertThat(check.get("key")).isEqualTo("progress-check:" + caseId);
    assertThat(check.get("overdueCount")).isEqualTo(0);
    assertThat(check.get("customerName")).isEqualTo("Budi Santoso");
    assertThat(check.get("handlingTl")).isEqualTo("tl1");
    Instant due = Instant.parse((String) check.get("dueAt"));
    assertThat(due)
        .isBetween(before.plus(Duration.ofMinutes(59)), before.plus(Duration.ofHours(2)));

    // soonest due first, across cases
    List<Instant> dues =
        duties("tl1").getList("dueAt", String.class).stream().map(Instant::parse).toList();
    assertThat(dues).isSorted();

    // everyone who may see the case sees its duties; the other cluster's TL does not
    assertThat(of(duties("spv1"), caseId)).hasSize(2);
    assertThat(of(duties("manager1"), caseId)).hasSize(2);
    assertThat(of(duties("qc1"), caseId)).hasSize(2);
    assertThat(of(duties("tl2"), caseId)).isEmpty();
    // PIC Ticket sees no inbound voice cases
    assertThat(of(duties("pic1"), caseId)).isEmpty();
  }

  @Test
  void anOverdueCheckCountsHowOftenItFired_R_IN_11() throws Throwable {
    String caseId = coordinated();
    clock.advance(Duration.ofMinutes(61));
    dueDuties.fireAndSettle();
    Map<String, Object> check = of(duties("tl1"), caseId).get(0);
    assertThat(check.get("kind")).isEqualTo("PROGRESS_CHECK");
    assertThat(check.get("overdueCount")).isEqualTo(1);
  }

  @Test
  void closingClearsTheList_R_IN_12() {
    String caseId = coordinated();
    post(
            "tl1",
            "/api/v1/cases/" + caseId + "/callbacks",
            Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "Selesai", "final", true))
        .then()
        .statusCode(201);
    assertThat(of(duties("tl1"), caseId)).isEmpty();
  }

  @Test
  void agentsAndAdminsHaveNoDutyList() {
    as("agent1").get("/api/v1/duties").then().statusCode(403);
    as("admin1").get("/api/v1/duties").then().statusCode(403);
  }
}
