package id.sigap.webhooks;

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
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-I-2 with two processes of the packaged app on one PostgreSQL: both send webhook deliveries, and
 * each event reaches the receiver once, a case's events in order.
 */
class WebhooksReplicasIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SECRET = "replicas-it-secret-of-32-bytes-or-more";
  static final List<String> TYPES = List.of("CASE_CREATED", "CASE_ASSESSED", "HAND_RAISED");

  static EmbeddedPostgres database;
  static PackagedApp a;
  static PackagedApp b;
  static Receiver receiver;

  @BeforeAll
  static void startTwoReplicasAndAReceiver() throws Exception {
    receiver = new Receiver();
    database = EmbeddedPostgres.builder().start();
    Path work = Files.createDirectories(Path.of("target", "webhooks-it").toAbsolutePath());
    Path keys = writeKeyPair(Files.createTempDirectory(work, "keys"));
    Map<String, String> env = new HashMap<>(PackagedApp.environment(database.getPort(), keys));
    // short polls, so that both replicas are looking all the time
    env.put("SIGAP_WEBHOOKS_POLL_INTERVAL", "100ms");
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
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void R_I_2_withTwoReplicasEachEventIsDeliveredOnceAndInOrderPerCase() throws Exception {
    String path = "/replicas";
    String url =
        receiver.url(
            path,
            r -> {
              try {
                // slow enough that both replicas have deliveries in flight at once
                Thread.sleep(20);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return 200;
            });
    as(a, "admin1")
        .body(Map.of("url", url, "events", TYPES, "secret", SECRET))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(201);

    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cases.add(raiseHand(i % 2 == 0 ? a : b));
    }
    int expected = cases.size() * TYPES.size();
    awaitTrue(() -> distinctEvents() >= expected, Duration.ofSeconds(60), expected + " deliveries");
    // both replicas poll every 100 ms: give a second delivery every chance to happen
    Thread.sleep(2_000);

    List<JsonNode> bodies = new ArrayList<>();
    for (Receiver.Request request : receiver.at(path)) {
      assertThat(Receiver.verifies(request.signature(), request.body(), SECRET)).isTrue();
      bodies.add(JSON.readTree(request.body()));
    }
    Map<String, Long> perEvent =
        bodies.stream()
            .collect(Collectors.groupingBy(e -> e.path("id").asText(), Collectors.counting()));
    assertThat(perEvent).hasSize(expected);
    assertThat(perEvent.values()).as("each event once").allMatch(n -> n == 1);
    for (String caseId : cases) {
      List<JsonNode> ofCase =
          bodies.stream().filter(e -> caseId.equals(e.path("caseId").asText())).toList();
      assertThat(ofCase).extracting(e -> e.path("type").asText()).containsExactlyElementsOf(TYPES);
    }
    try (Connection db = database.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement()) {
      assertThat(count(sql, "select count(*) from webhook_delivery where status = 'DELIVERED'"))
          .isEqualTo(expected);
      assertThat(count(sql, "select count(*) from webhook_delivery where attempts <> 1")).isZero();
    }
  }

  static long distinctEvents() {
    return receiver.at("/replicas").stream()
        .map(Receiver.Request::eventId)
        .collect(Collectors.toCollection(java.util.HashSet::new))
        .size();
  }
}
