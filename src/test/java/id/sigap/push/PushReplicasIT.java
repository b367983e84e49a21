package id.sigap.push;

import static id.sigap.support.PackagedApp.as;
import static id.sigap.support.PackagedApp.awaitTrue;
import static id.sigap.support.PackagedApp.count;
import static id.sigap.support.PackagedApp.freePort;
import static id.sigap.support.PackagedApp.raiseHand;
import static id.sigap.support.PackagedApp.writeKeyPair;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.PackagedApp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-F-5 with two processes of the packaged app on one PostgreSQL: both send pushes, and each hand
 * reaches the TL's browser once, signed by the one VAPID key both replicas share.
 */
class PushReplicasIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static EmbeddedPostgres database;
  static PackagedApp a;
  static PackagedApp b;
  static Vertx vertx;
  static HttpServer server;
  static final List<byte[]> bodies = new CopyOnWriteArrayList<>();
  static final List<String> keys = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startTwoReplicasAndAPushService() throws Exception {
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
                              bodies.add(body.getBytes());
                              String auth = request.getHeader("Authorization");
                              keys.add(auth.substring(auth.indexOf(", k=") + 4));
                              // slow enough that both replicas have pushes in flight at once
                              vertx.setTimer(20, t -> request.response().setStatusCode(201).end());
                            }))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    database = EmbeddedPostgres.builder().start();
    Path work = Files.createDirectories(Path.of("target", "push-it").toAbsolutePath());
    Path tokenKeys = writeKeyPair(Files.createTempDirectory(work, "keys"));
    Map<String, String> env = new HashMap<>(PackagedApp.environment(database.getPort(), tokenKeys));
    env.put("SIGAP_PUSH_POLL_INTERVAL", "100ms");
    env.put("SIGAP_PUSH_ALLOW_INSECURE_ENDPOINTS", "true");
    a = PackagedApp.start("a", freePort(), env, work);
    a.awaitReady();
    b = PackagedApp.start("b", freePort(), env, work);
    b.awaitReady();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    for (PackagedApp replica : new PackagedApp[] {a, b}) {
      if (replica != null) {
        replica.stop();
      }
    }
    if (database != null) {
      database.close();
    }
    if (vertx != null) {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void R_F_5_withTwoReplicasEachHandIsPushedOnceWithTheOneSharedKey() throws Exception {
    // both replicas offer the same key: browsers subscribe to one application server
    String keyA =
        as(a, "tl1").get("/api/v1/push/vapid-public-key").then().extract().path("publicKey");
    String keyB =
        as(b, "tl1").get("/api/v1/push/vapid-public-key").then().extract().path("publicKey");
    assertThat(keyB).isEqualTo(keyA);

    as(a, "tl1")
        .body(Map.of("deskId", "DESK-C1"))
        .post("/api/v1/presence/check-in")
        .then()
        .statusCode(200);
    BrowserKeys browser = BrowserKeys.generate();
    browserKeys = browser;
    as(b, "tl1")
        .body(
            Map.of(
                "endpoint",
                "http://127.0.0.1:" + server.actualPort() + "/wpush/tl1",
                "keys",
                Map.of("p256dh", browser.p256dh(), "auth", browser.auth())))
        .post("/api/v1/push/subscriptions")
        .then()
        .statusCode(204);

    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      cases.add(raiseHand(i % 2 == 0 ? a : b));
    }
    awaitTrue(
        () -> handsPushed().keySet().containsAll(cases), Duration.ofSeconds(60), "a push per hand");
    // both replicas poll every 100 ms: give a second push every chance to happen
    Thread.sleep(2_000);

    Map<String, Long> perCase = handsPushed();
    assertThat(perCase.keySet()).containsAll(cases);
    assertThat(cases).allMatch(c -> perCase.get(c) == 1L, "each hand pushed once");
    assertThat(Set.copyOf(keys)).containsExactly(keyA);
    try (Connection db = database.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement()) {
      assertThat(count(sql, "select count(*) from push_vapid_key")).isEqualTo(1);
      assertThat(count(sql, "select count(*) from push_delivery where attempts > 1")).isZero();
    }
  }

  /** Hand pushes per case, as the browser decrypts them. */
  static Map<String, Long> handsPushed() {
    return bodies.stream()
        .map(PushReplicasIT::decrypt)
        .filter(p -> "HAND_RAISED".equals(p.path("type").asText()))
        .collect(Collectors.groupingBy(p -> p.path("caseId").asText(), Collectors.counting()));
  }

  static BrowserKeys browserKeys;

  static JsonNode decrypt(byte[] body) {
    try {
      return JSON.readTree(new String(browserKeys.decrypt(body), StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("a push the browser cannot decrypt", e);
    }
  }
}
