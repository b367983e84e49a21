package id.sigap.webhooks;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-I-2 over the API, with a receiver run by the test: subscriptions, signed deliveries in order
 * per case, retries, pausing, the delivery log and replay, and the input that is refused.
 */
@QuarkusTest
class WebhooksTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SECRET = "s3cret-of-32-bytes-or-more-0123456789";
  static Receiver receiver;
  final List<String> created = new ArrayList<>();

  @BeforeAll
  static void startReceiver() throws Exception {
    receiver = new Receiver();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @AfterEach
  void deleteSubscriptions() {
    created.forEach(id -> as("admin1").delete("/api/v1/webhooks/" + id));
  }

  String subscribe(String url, List<String> events) {
    String id =
        as("admin1")
            .body(Map.of("url", url, "events", events, "secret", SECRET))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    created.add(id);
    return id;
  }

  static String path() {
    return "/hook-" + UUID.randomUUID();
  }

  static JsonNode body(Receiver.Request request) {
    try {
      return JSON.readTree(request.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("Waited in vain for " + what);
      }
      Thread.sleep(50);
    }
  }

  static List<JsonNode> ofCase(List<Receiver.Request> requests, String caseId) {
    return requests.stream()
        .map(WebhooksTest::body)
        .filter(b -> caseId.equals(b.path("caseId").asText()))
        .toList();
  }

  static List<Map<String, Object>> log(String id) {
    return as("admin1").get("/api/v1/webhooks/" + id + "/deliveries").jsonPath().getList("");
  }

  @Test
  void R_I_2_everyMatchingEventArrivesOnceSignedAndInOrderPerCase() throws Exception {
    String path = path();
    List<String> types = List.of("CASE_CREATED", "CASE_ASSESSED", "HAND_RAISED");
    String id = subscribe(receiver.url(path, r -> 204), types);

    String[] first = Api.raisedHand();
    String[] second = Api.raisedHand();
    // TL_LISTENING is not subscribed to
    post("tl1", "/api/v1/escalations/" + first[1] + "/acknowledge", null).then().statusCode(200);

    await(
        "three events of each case",
        () ->
            ofCase(receiver.at(path), first[0]).size() >= 3
                && ofCase(receiver.at(path), second[0]).size() >= 3);

    List<Receiver.Request> requests = receiver.at(path);
    Map<String, Integer> perEvent = new HashMap<>();
    long now = Instant.now().getEpochSecond();
    for (Receiver.Request request : requests) {
      JsonNode event = body(request);
      perEvent.merge(event.path("id").asText(), 1, Integer::sum);
      assertThat(Receiver.verifies(request.signature(), request.body(), SECRET))
          .as(request.signature())
          .isTrue();
      assertThat(Receiver.verifies(request.signature(), request.body(), SECRET + "x")).isFalse();
      assertThat(Receiver.timestampOf(request.signature())).isBetween(now - 300, now + 5);
      assertThat(request.eventId()).isEqualTo(event.path("id").asText());
      assertThat(types).contains(event.path("type").asText());
    }
    assertThat(perEvent.values()).as("each event once").allMatch(n -> n == 1);
    for (String caseId : List.of(first[0], second[0])) {
      List<JsonNode> events = ofCase(requests, caseId);
      assertThat(events).extracting(e -> e.path("type").asText()).containsExactlyElementsOf(types);
      assertThat(events).extracting(e -> e.path("id").asLong()).isSorted();
    }
    // the stream's shape: the event's own fields beside id, caseId, type, at and actor
    JsonNode hand = ofCase(requests, first[0]).get(2);
    assertThat(hand.path("actor").asText()).isEqualTo("agent1");
    assertThat(hand.path("targetTl").asText()).isEqualTo("tl1");

    List<Map<String, Object>> log = log(id);
    assertThat(log).extracting(d -> d.get("eventType")).doesNotContain("TL_LISTENING");
    assertThat(log)
        .filteredOn(d -> Set.of(first[0], second[0]).contains(d.get("caseId")))
        .hasSize(6)
        .allSatisfy(
            d -> {
              assertThat(d.get("status")).isEqualTo("DELIVERED");
              assertThat(d.get("attempts")).isEqualTo(1);
              assertThat(d.get("lastStatus")).isEqualTo(204);
            });
  }

  @Test
  void R_I_2_aReceiverAnswering500IsTriedAgainWithTheSameEvent() throws Exception {
    Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    String path = path();
    String id =
        subscribe(
            receiver.url(path, r -> failedOnce.add(r.eventId()) ? 500 : 200),
            List.of("CASE_CREATED"));

    String caseId = Api.newCase("agent1");

    await("a retry", () -> ofCase(receiver.at(path), caseId).size() >= 2);
    List<Receiver.Request> attempts =
        receiver.at(path).stream()
            .filter(r -> caseId.equals(body(r).path("caseId").asText()))
            .toList();
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).body()).isEqualTo(attempts.get(1).body());
    assertThat(attempts.get(1).eventId()).isEqualTo(attempts.get(0).eventId());
    assertThat(Receiver.verifies(attempts.get(1).signature(), attempts.get(1).body(), SECRET))
        .isTrue();
    await(
        "the log to say delivered",
        () ->
            log(id).stream()
                .anyMatch(
                    d -> caseId.equals(d.get("caseId")) && "DELIVERED".equals(d.get("status"))));
    Map<String, Object> delivery =
        log(id).stream().filter(d -> caseId.equals(d.get("caseId"))).findFirst().orElseThrow();
    assertThat(delivery.get("attempts")).isEqualTo(2);
    assertThat(delivery.get("lastStatus")).isEqualTo(200);
    as("admin1")
        .get("/api/v1/webhooks/" + id)
        .then()
        .statusCode(200)
        .body("consecutiveFailures", equalTo(0))
        .body("status", equalTo("ACTIVE"));
  }

  @Test
  void R_I_2_aReceiverThatHangsHoldsUpNoOtherDelivery() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger hanging = new AtomicInteger();
    String slow = path();
    subscribe(
        receiver.url(
            slow,
            r -> {
              hanging.incrementAndGet();
              try {
                release.await(25, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return 200;
            }),
        List.of("CASE_CREATED"));
    String fast = path();
    subscribe(receiver.url(fast, r -> 200), List.of("CASE_CREATED"));
    try {
      List<String> cases = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        cases.add(Api.newCase("agent1"));
      }
      // the test profile's sigap.webhooks.max-in-flight-per-subscription
      await("the hanging receiver to hold its share", () -> hanging.get() >= 2);
      String other = Api.newCase("agent1");
      await(
          "a later case at the other receiver", () -> ofCase(receiver.at(fast), other).size() == 1);
      for (String caseId : cases) {
        assertThat(ofCase(receiver.at(fast), caseId)).hasSize(1);
      }
      assertThat(release.getCount()).as("the hanging receiver still hangs").isEqualTo(1);
      assertThat(hanging.get()).as("requests hanging at once, at most the cap").isEqualTo(2);
    } finally {
      release.countDown();
    }
  }

  @Test
  void R_I_2_aSubscriptionFailingAgainAndAgainIsPausedAndCanBeResumedAndReplayed()
      throws Exception {
    AtomicInteger answer = new AtomicInteger(500);
    String path = path();
    String id = subscribe(receiver.url(path, r -> answer.get()), List.of("CASE_CREATED"));

    String caseId = Api.newCase("agent1");
    await(
        "the subscription to be paused",
        () -> "PAUSED".equals(as("admin1").get("/api/v1/webhooks/" + id).path("status")));
    JsonPath paused = as("admin1").get("/api/v1/webhooks/" + id).jsonPath();
    assertThat(paused.getInt("consecutiveFailures")).isEqualTo(3);
    assertThat(paused.getString("pausedAt")).isNotNull();
    Map<String, Object> failing =
        log(id).stream().filter(d -> caseId.equals(d.get("caseId"))).findFirst().orElseThrow();
    assertThat(failing.get("status")).isEqualTo("PENDING");
    assertThat(failing.get("lastStatus")).isEqualTo(500);
    assertThat((String) failing.get("lastAnswer")).contains("answer 500");
    RestAssured.given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("sigap_webhooks_subscriptions_paused"))
        .body(containsString("sigap_webhooks_failed_attempts_total"));

    answer.set(200);
    post("admin1", "/api/v1/webhooks/" + id + "/resume", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("consecutiveFailures", equalTo(0));
    await(
        "the delivery after resuming",
        () -> log(id).stream().anyMatch(d -> "DELIVERED".equals(d.get("status"))));
    int before = ofCase(receiver.at(path), caseId).size();

    Object deliveryId = failing.get("id");
    post("admin1", "/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/replay", null)
        .then()
        .statusCode(202);
    await("the replayed delivery", () -> ofCase(receiver.at(path), caseId).size() == before + 1);

    long eventId = ((Number) failing.get("eventId")).longValue();
    post(
            "admin1",
            "/api/v1/webhooks/" + id + "/replay",
            Map.of("fromEventId", eventId, "toEventId", eventId))
        .then()
        .statusCode(202)
        .body("queued", equalTo(1));
    await("the replayed range", () -> ofCase(receiver.at(path), caseId).size() == before + 2);
  }

  @Test
  void R_I_2_aPausedSubscriptionQueuesAndSendsNothing() throws Exception {
    String path = path();
    String id = subscribe(receiver.url(path, r -> 200), List.of("CASE_CREATED"));
    post("admin1", "/api/v1/webhooks/" + id + "/pause", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("PAUSED"));
    String caseId = Api.newCase("agent1");
    String watch = path();
    subscribe(receiver.url(watch, r -> 200), List.of("CASE_CREATED"));
    String later = Api.newCase("agent1");
    // a later event reached another subscription: the paused one had its chance and sent nothing
    await("the other subscription", () -> ofCase(receiver.at(watch), later).size() == 1);
    assertThat(receiver.at(path)).isEmpty();
    assertThat(log(id))
        .filteredOn(d -> caseId.equals(d.get("caseId")))
        .singleElement()
        .satisfies(d -> assertThat(d.get("status")).isEqualTo("PENDING"));
  }

  @Test
  void R_I_2_aSubscriptionForOneClusterGetsOnlyItsCases() throws Exception {
    String mine = path();
    String other = path();
    String id = subscribeFor(receiver.url(mine, r -> 200), "C1");
    subscribeFor(receiver.url(other, r -> 200), "C2");
    // agent1 works in C1; intake writes the case and its first event in one statement
    String caseId = Api.newCase("agent1");
    await("the C1 subscription", () -> ofCase(receiver.at(mine), caseId).size() == 1);
    assertThat(ofCase(receiver.at(other), caseId)).isEmpty();
    assertThat(log(id)).extracting(d -> d.get("caseId")).contains(caseId);
    as("admin1").get("/api/v1/webhooks/" + id).then().body("clusterId", equalTo("C1"));
  }

  String subscribeFor(String url, String clusterId) {
    String id =
        as("admin1")
            .body(
                Map.of(
                    "url",
                    url,
                    "events",
                    List.of("CASE_CREATED"),
                    "secret",
                    SECRET,
                    "clusterId",
                    clusterId))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    created.add(id);
    return id;
  }

  @Test
  void R_I_2_theSecretIsNeverShownAndTheListHasTheSubscription() {
    String id = subscribe(receiver.url(path(), r -> 200), List.of("HAND_RAISED"));
    as("admin1")
        .get("/api/v1/webhooks/" + id)
        .then()
        .statusCode(200)
        .body("events", equalTo(List.of("HAND_RAISED")))
        .body(not(containsString(SECRET)));
    assertThat(as("admin1").get("/api/v1/webhooks").asString()).contains(id).doesNotContain(SECRET);
    as("admin1").get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void R_I_2_badInputIsRefusedWithAProblemAndNothingIsStored() {
    int before = as("admin1").get("/api/v1/webhooks").jsonPath().getList("").size();
    String self = "http://localhost:" + RestAssured.port + "/api/v1/webhooks";
    for (String url :
        List.of("ftp://example.com/hook", self, "http://127.0.0.1:" + RestAssured.port)) {
      as("admin1")
          .body(Map.of("url", url, "events", List.of("HAND_RAISED"), "secret", SECRET))
          .post("/api/v1/webhooks")
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("rule", equalTo("R-I-2"));
    }
    as("admin1")
        .body(
            Map.of(
                "url",
                "https://crm.example/hook",
                "events",
                List.of("HAND_RAISED"),
                "secret",
                "x".repeat(31)))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-I-2"))
        .body("detail", containsString("32 bytes"));
    as("admin1")
        .body(
            Map.of(
                "url",
                "https://crm.example/hook",
                "events",
                List.of("NO_SUCH_EVENT"),
                "secret",
                SECRET))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as("admin1")
        .body(Map.of("url", "https://crm.example/hook", "events", List.of(), "secret", SECRET))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as("agent1")
        .body(
            Map.of(
                "url",
                "https://crm.example/hook",
                "events",
                List.of("HAND_RAISED"),
                "secret",
                SECRET))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(403);
    assertThat(as("admin1").get("/api/v1/webhooks").jsonPath().getList("")).hasSize(before);
  }

  @Test
  void R_I_2_backoffDoublesUpToItsCap() {
    WebhooksConfig config = io.quarkus.arc.Arc.container().instance(WebhooksConfig.class).get();
    WebhookDispatcher dispatcher =
        io.quarkus.arc.Arc.container().instance(WebhookDispatcher.class).get();
    assertThat(dispatcher.backoff(1)).isEqualTo(config.initialBackoff());
    assertThat(dispatcher.backoff(2)).isEqualTo(config.initialBackoff().multipliedBy(2));
    assertThat(dispatcher.backoff(50)).isEqualTo(config.maxBackoff());
    assertThat(config.maxBackoff()).isLessThan(Duration.ofHours(2));
  }
}
