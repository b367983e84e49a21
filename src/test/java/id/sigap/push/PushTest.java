package id.sigap.push;

import static id.sigap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-F-5 over Web Push, with a push service run by the test: a hand raised to a TL reaches their
 * subscribed browser once, encrypted for it (RFC 8291) and signed by the server (VAPID, RFC 8292),
 * urgent and short-lived; a browser that dropped its subscription (410) is forgotten.
 */
@QuarkusTest
class PushTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static Vertx vertx;
  static HttpServer server;
  static final List<Received> received = new CopyOnWriteArrayList<>();
  static final Map<String, Integer> answers = new ConcurrentHashMap<>();

  record Received(String path, Map<String, String> headers, byte[] body) {}

  @BeforeAll
  static void startPushService() throws Exception {
    vertx = Vertx.vertx();
    server =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(
                            body -> {
                              Map<String, String> headers = new ConcurrentHashMap<>();
                              request
                                  .headers()
                                  .forEach(
                                      h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                              received.add(new Received(request.path(), headers, body.getBytes()));
                              request
                                  .response()
                                  .setStatusCode(answers.getOrDefault(request.path(), 201))
                                  .end();
                            }))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopPushService() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static String origin() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  static void subscribe(String user, String endpoint, BrowserKeys keys) {
    as(user)
        .body(
            Map.of(
                "endpoint", endpoint, "keys", Map.of("p256dh", keys.p256dh(), "auth", keys.auth())))
        .post("/api/v1/push/subscriptions")
        .then()
        .statusCode(204);
  }

  /** The pushes at {@code path} whose decrypted payload is about {@code caseId}. */
  static List<JsonNode> pushesOf(String path, BrowserKeys keys, String caseId) {
    return received.stream()
        .filter(r -> r.path().equals(path))
        .map(r -> decrypt(keys, r))
        .filter(p -> caseId.equals(p.path("caseId").asText()))
        .toList();
  }

  static JsonNode decrypt(BrowserKeys keys, Received request) {
    try {
      return JSON.readTree(new String(keys.decrypt(request.body()), StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("a push the browser cannot decrypt", e);
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

  @Test
  void R_F_5_aHandWakesTheTlsBrowserOnceEncryptedAndSignedAndA410ForgetsIt() throws Exception {
    String key =
        as("tl1")
            .get("/api/v1/push/vapid-public-key")
            .then()
            .statusCode(200)
            .extract()
            .path("publicKey");
    assertThat(P256.fromBase64Url(key)).hasSize(65);

    String path = "/wpush/" + UUID.randomUUID();
    String endpoint = origin() + path;
    BrowserKeys keys = BrowserKeys.generate();
    // sent again (a reload of the page): still one subscription, so still one push per hand
    subscribe("tl1", endpoint, keys);
    subscribe("tl1", endpoint, keys);

    String[] hand = Api.raisedHand();
    await("the hand's push", () -> !pushesOf(path, keys, hand[0]).isEmpty());
    JsonNode payload = pushesOf(path, keys, hand[0]).get(0);
    assertThat(payload.path("type").asText()).isEqualTo("HAND_RAISED");
    assertThat(payload.path("escalationId").asText()).isEqualTo(hand[1]);
    assertThat(payload.path("url").asText()).isEqualTo("/#/cases/" + hand[0]);

    Received push =
        received.stream()
            .filter(r -> r.path().equals(path))
            .filter(r -> hand[0].equals(decrypt(keys, r).path("caseId").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(push.headers()).containsEntry("content-encoding", "aes128gcm");
    assertThat(push.headers()).containsEntry("urgency", "high");
    assertThat(Integer.parseInt(push.headers().get("ttl"))).isBetween(1, 60);
    assertVapid(push.headers().get("authorization"), key);

    // one push per hand: nothing more arrives for it
    Thread.sleep(2000);
    assertThat(pushesOf(path, keys, hand[0])).hasSize(1);

    // the browser dropped the subscription: the push service answers 410 and Sigap forgets it
    answers.put(path, 410);
    String[] second = Api.raisedHand();
    await("the second hand's push", () -> !pushesOf(path, keys, second[0]).isEmpty());
    await(
        "the subscription forgotten",
        () ->
            as("tl1")
                    .body(Map.of("endpoint", endpoint))
                    .delete("/api/v1/push/subscriptions")
                    .statusCode()
                == 404);
    String[] third = Api.raisedHand();
    Thread.sleep(2000);
    assertThat(pushesOf(path, keys, third[0])).isEmpty();
    assertThat(pushesOf(path, keys, second[0])).hasSize(1);
  }

  /**
   * What a push service checks (RFC 8292): an ES256 JWT for its origin, not expired, and the key.
   */
  static void assertVapid(String authorization, String publicKey) throws Exception {
    assertThat(authorization).startsWith("vapid t=");
    String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
    assertThat(authorization.substring(authorization.indexOf(", k=") + 4)).isEqualTo(publicKey);
    String[] parts = jwt.split("\\.");
    JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertThat(header.path("alg").asText()).isEqualTo("ES256");
    assertThat(claims.path("aud").asText()).isEqualTo(origin());
    assertThat(Instant.ofEpochSecond(claims.path("exp").asLong())).isAfter(Instant.now());
    assertThat(claims.path("exp").asLong())
        .isLessThanOrEqualTo(Instant.now().plusSeconds(24 * 3600).getEpochSecond());
    assertThat(claims.path("sub").asText()).matches("(mailto|https):.+");
    Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
    es256.initVerify(P256.publicKey(P256.fromBase64Url(publicKey)));
    es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(es256.verify(Base64.getUrlDecoder().decode(parts[2])))
        .as("the JWT is signed with the VAPID key")
        .isTrue();
  }

  @Test
  void R_F_5_aSubscriptionNeedsAnHttpsPushServiceAndTheBrowsersKeys() {
    BrowserKeys keys = BrowserKeys.generate();
    for (Map<String, Object> body :
        List.<Map<String, Object>>of(
            Map.of(
                "endpoint",
                "ftp://push.example/x",
                "keys",
                Map.of("p256dh", keys.p256dh(), "auth", keys.auth())),
            Map.of(
                "endpoint",
                origin() + "/x",
                "keys",
                Map.of("p256dh", "bm90LWEta2V5", "auth", keys.auth())),
            Map.of(
                "endpoint",
                origin() + "/x",
                "keys",
                Map.of("p256dh", keys.p256dh(), "auth", "c2hvcnQ")))) {
      as("tl1").body(body).post("/api/v1/push/subscriptions").then().statusCode(422);
    }
    as("tl1")
        .body(Map.of("endpoint", origin() + "/never"))
        .delete("/api/v1/push/subscriptions")
        .then()
        .statusCode(404);
    as("agent1")
        .body(Map.of("endpoint", origin() + "/never"))
        .delete("/api/v1/push/subscriptions")
        .then()
        .statusCode(403);
    assertThat(Objects.requireNonNull(keys.p256dh())).isNotBlank();
  }
}
