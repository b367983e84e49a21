package id.sigap.cases;

import static id.sigap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Taking complaints in: validation, idempotent retries and races. */
@QuarkusTest
class CaseIntakeTest {

  static final Map<String, Object> COMPLAINT =
      Map.of(
          "channel", "INBOUND_VOICE",
          "customer", Map.of("name", "Sri Rahayu", "phone", "081298765432"),
          "summary", "Tagihan naik tanpa pemberitahuan");

  @Test
  void aNewCaseIsOpenInTheAgentsClusterUnderThePolicyRevision() {
    as("agent1")
        .body(COMPLAINT)
        .post("/api/v1/cases")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.containsString("/api/v1/cases/"))
        .body("status", equalTo("OPEN"))
        .body("hardComplaint", equalTo(false))
        .body("clusterId", equalTo("C1"))
        .body("createdBy", equalTo("agent1"))
        .body("policyRevision", equalTo("W-10 rev 02"))
        .body("timeline[0].type", equalTo("CASE_CREATED"));
  }

  @Test
  void telkomCareThreadsAreNotTakenInAsVoiceComplaints_R_C_9() {
    for (String channel : List.of("TELKOMCARE_SOCIAL", "TELKOMCARE_EMAIL")) {
      Map<String, Object> thread = new java.util.HashMap<>(COMPLAINT);
      thread.put("channel", channel);
      as("agent1")
          .body(thread)
          .post("/api/v1/cases")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("rule", equalTo("R-C-9"))
          .body("detail", org.hamcrest.Matchers.containsString("/api/v1/telkomcare/messages"));
    }
  }

  @Test
  void theAnswerToTheIntakeIsTheCaseAsStored() {
    Response created = as("agent1").body(COMPLAINT).post("/api/v1/cases");
    created.then().statusCode(201);
    String id = created.jsonPath().getString("id");
    Response stored = as("agent1").get("/api/v1/cases/" + id);
    stored.then().statusCode(200);
    assertThat(created.jsonPath().getMap("$")).isEqualTo(stored.jsonPath().getMap("$"));
    assertThat(stored.jsonPath().getString("customer.phone")).isEqualTo("081298765432");
    assertThat(stored.jsonPath().getList("timeline.type")).containsExactly("CASE_CREATED");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCase() {
    String key = UUID.randomUUID().toString();
    String first =
        as("agent1")
            .header("Idempotency-Key", key)
            .body(COMPLAINT)
            .post("/api/v1/cases")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String retry =
        as("agent1")
            .header("Idempotency-Key", key)
            .body(COMPLAINT)
            .post("/api/v1/cases")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    assertThat(retry).isEqualTo(first);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    String key = UUID.randomUUID().toString();
    as("agent1")
        .header("Idempotency-Key", key)
        .body(COMPLAINT)
        .post("/api/v1/cases")
        .then()
        .statusCode(201);
    Map<String, Object> other = new java.util.HashMap<>(COMPLAINT);
    other.put("summary", "Sesuatu yang lain");
    as("agent1")
        .header("Idempotency-Key", key)
        .body(other)
        .post("/api/v1/cases")
        .then()
        // 400: the request is wrong, no rule of the procedure refused it (422 names a rule)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Idempotency-Key reused"));
  }

  @Test
  void concurrentRetriesWithOneKeyMakeOneCase() throws Exception {
    String key = UUID.randomUUID().toString();
    String token = Api.token("agent1");
    List<Callable<String>> retries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      retries.add(
          () ->
              io.restassured.RestAssured.given()
                  .auth()
                  .oauth2(token)
                  .contentType("application/json")
                  .header("Idempotency-Key", key)
                  .body(COMPLAINT)
                  .post("/api/v1/cases")
                  .then()
                  .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                  .extract()
                  .path("id"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<String> ids = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(retries)) {
        ids.add(f.get());
      }
      assertThat(ids).hasSize(8).containsOnly(ids.get(0));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void twentyConcurrentHandsOnOneCaseGiveOneHand_R_IN_2() throws Exception {
    String caseId = Api.newCase("agent1");
    Api.assess("agent1", caseId, List.of("C-IN-3")).then().statusCode(200);
    String token = Api.token("agent1");
    List<Callable<Integer>> raises = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      raises.add(
          () ->
              io.restassured.RestAssured.given()
                  .auth()
                  .oauth2(token)
                  .contentType("application/json")
                  .body("{}")
                  .post("/api/v1/cases/" + caseId + "/escalations")
                  .statusCode());
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(raises)) {
        statuses.add(f.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s != 201).containsOnly(409);
    } finally {
      pool.shutdown();
    }
    assertThat(Api.caseOf("agent1", caseId).getList("timeline.type", String.class))
        .filteredOn("HAND_RAISED"::equals)
        .hasSize(1);
  }

  @Test
  void invalidFieldsAreListed() {
    Response response =
        as("agent1")
            .body(
                Map.of(
                    "channel",
                    "INBOUND_VOICE",
                    "customer",
                    Map.of("name", "", "phone", "abc"),
                    "summary",
                    ""))
            .post("/api/v1/cases");
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("customer.name"))
        .body("errors.field", hasItem("customer.phone"))
        .body("errors.field", hasItem("summary"));
  }

  @Test
  void unknownEnumValuesAndBrokenJsonAreBadRequests() {
    Map<String, Object> unknownChannel = new java.util.HashMap<>(COMPLAINT);
    unknownChannel.put("channel", "CARRIER_PIGEON");
    as("agent1")
        .body(unknownChannel)
        .post("/api/v1/cases")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("channel"));
    as("agent1")
        .body("{\"channel\": ")
        .post("/api/v1/cases")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.assess("agent1", Api.newCase("agent1"), List.of("C-IN-9"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void unknownIdsAreNotFound() {
    as("spv1")
        .get("/api/v1/cases/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("spv1").get("/api/v1/cases/not-an-id").then().statusCode(404);
    Api.post("tl1", "/api/v1/escalations/" + UUID.randomUUID() + "/acknowledge", null)
        .then()
        .statusCode(404);
  }
}
