package id.sigap.policy;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.sigap.support.Api;
import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Policy revisions: published by an admin, kept forever, each case timed by its own. */
@QuarkusTest
class PolicyRevisionTest {

  static final String ORIGINAL = "W-10 rev 02";

  @Inject TestClock clock;
  @Inject DueDuties duties;

  @AfterEach
  void restore() {
    clock.reset();
    as("admin1")
        .body(Map.of("revision", ORIGINAL))
        .put("/api/v1/policy/active")
        .then()
        .statusCode(200);
  }

  static Map<String, Object> revision(String name, String acknowledgeTarget) {
    Map<String, Object> body = new HashMap<>();
    body.put("revision", name);
    body.put("inboundMinimumCriteria", 1);
    body.put("telkomcareMinimumCriteria", 3);
    body.put("burstMessages", 5);
    body.put("socialBurstWindow", "PT5M");
    body.put("nonSocialBurstWindow", "PT15M");
    body.put("progressCheckInterval", "PT1H");
    body.put("callbackInterval", "PT6H");
    body.put("acknowledgeTarget", acknowledgeTarget);
    body.put("influencerFollowers", 10000);
    return body;
  }

  @Test
  void eachCaseIsTimedByTheRevisionItStartedUnder_R_X_2() throws Exception {
    String[] underOriginal = Api.raisedHand();
    String name = "W-10 rev 03 " + UUID.randomUUID().toString().substring(0, 8);
    as("admin1")
        .body(revision(name, "PT30S"))
        .post("/api/v1/policy/revisions")
        .then()
        .statusCode(201);
    as("agent1")
        .get("/api/v1/policy/active")
        .then()
        .statusCode(200)
        .body("revision", equalTo(name));

    String[] underNew = Api.raisedHand();
    assertThat(caseOf("spv1", underNew[0]).getString("policyRevision")).isEqualTo(name);
    assertThat(caseOf("spv1", underOriginal[0]).getString("policyRevision")).isEqualTo(ORIGINAL);

    clock.advance(Duration.ofSeconds(31));
    duties.fireAndSettle();
    List<String> newTimeline = caseOf("spv1", underNew[0]).getList("timeline.type", String.class);
    List<String> oldTimeline =
        caseOf("spv1", underOriginal[0]).getList("timeline.type", String.class);
    assertThat(newTimeline).contains("ESCALATION_REROUTED");
    assertThat(oldTimeline).doesNotContain("ESCALATION_REROUTED");
    assertThat(caseOf("spv1", underNew[0]).getString("timeline[-1].policyRevision"))
        .isEqualTo(name);
  }

  /**
   * The scheduler looks for due duties once a second; a duty falling due between two looks fires at
   * its due time, not at the next look.
   */
  @Test
  void aHandIsReroutedAtItsTargetNotAtTheNextPoll_R_X_2() throws Exception {
    String name = "W-10 rev 05 " + UUID.randomUUID().toString().substring(0, 8);
    as("admin1")
        .body(revision(name, "PT2S"))
        .post("/api/v1/policy/revisions")
        .then()
        .statusCode(201);
    String caseId = Api.raisedHand()[0];
    long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
    List<Map<String, Object>> timeline = List.of();
    while (System.nanoTime() < deadline) {
      timeline = caseOf("spv1", caseId).getList("timeline");
      if (timeline.stream().anyMatch(e -> "ESCALATION_REROUTED".equals(e.get("type")))) {
        break;
      }
      Thread.sleep(50);
    }
    Instant raised = at(timeline, "HAND_RAISED");
    Instant rerouted = at(timeline, "ESCALATION_REROUTED");
    assertThat(Duration.between(raised.plusSeconds(2), rerouted))
        .isGreaterThanOrEqualTo(Duration.ZERO)
        .isLessThan(Duration.ofMillis(400));
  }

  private static Instant at(List<Map<String, Object>> timeline, String type) {
    return timeline.stream()
        .filter(e -> type.equals(e.get("type")))
        .map(e -> Instant.parse((String) e.get("at")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " missing: " + timeline));
  }

  @Test
  void aPublishedRevisionNeverChangesAndOnlyAdminsPublish() {
    String name = "W-10 rev 04 " + UUID.randomUUID().toString().substring(0, 8);
    as("spv1")
        .body(revision(name, "PT45S"))
        .post("/api/v1/policy/revisions")
        .then()
        .statusCode(403);
    as("admin1")
        .body(revision(name, "PT45S"))
        .post("/api/v1/policy/revisions")
        .then()
        .statusCode(201);
    as("admin1")
        .body(revision(name, "PT10S"))
        .post("/api/v1/policy/revisions")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    List<Map<String, Object>> all =
        as("qc1").get("/api/v1/policy/revisions").jsonPath().getList("$");
    assertThat(all)
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("revision", name)
                    .containsEntry("acknowledgeTarget", "PT45S"));
    assertThat(all)
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("revision", ORIGINAL)
                    .containsEntry("acknowledgeTarget", "PT1M"));
  }

  @Test
  void invalidRevisionsAreListed() {
    Map<String, Object> body = revision("", "not-a-duration");
    as("admin1")
        .body(body)
        .post("/api/v1/policy/revisions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
