package id.sigap.platform;

import static id.sigap.support.PackagedApp.awaitTrue;
import static id.sigap.support.PackagedApp.count;
import static id.sigap.support.PackagedApp.freePort;
import static id.sigap.support.PackagedApp.raiseHand;
import static id.sigap.support.PackagedApp.token;
import static id.sigap.support.PackagedApp.writeKeyPair;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.PackagedApp;
import id.sigap.support.StreamClient;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two processes of the packaged app on one external PostgreSQL, as on Kubernetes: they migrate and
 * seed it once, accept each other's tokens, share the live stream, fire each duty once, and stop
 * cleanly. The last two tests stop a replica and then the database, so they run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

  static final Duration ACKNOWLEDGE_TARGET = Duration.ofSeconds(2);
  static final ObjectMapper JSON = new ObjectMapper();

  static EmbeddedPostgres database;
  static PackagedApp a;
  static PackagedApp b;

  @BeforeAll
  static void startTwoReplicasOnOneDatabase() throws Exception {
    database = EmbeddedPostgres.builder().start();
    Path work = Files.createDirectories(Path.of("target", "replicas-it").toAbsolutePath());
    Path keys = writeKeyPair(Files.createTempDirectory(work, "keys"));
    Map<String, String> env = new HashMap<>(PackagedApp.environment(database.getPort(), keys));
    env.put("SIGAP_POLICY_ACKNOWLEDGE_TARGET", ACKNOWLEDGE_TARGET.toString());
    // both at once, so that they race for the migration and the seeding
    a = PackagedApp.start("a", freePort(), env, work);
    b = PackagedApp.start("b", freePort(), env, work);
    a.awaitReady();
    b.awaitReady();
  }

  @AfterAll
  static void stopEverything() throws IOException {
    for (PackagedApp replica : new PackagedApp[] {a, b}) {
      if (replica != null) {
        replica.stop();
      }
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void bothMigratedAndSeededOneDatabaseOnce() throws Exception {
    try (Connection db = database.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement()) {
      long migrations;
      try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
        migrations = files.filter(f -> f.toString().endsWith(".sql")).count();
      }
      assertThat(count(sql, "select count(*) from flyway_schema_history where success"))
          .isEqualTo(migrations);
      assertThat(
              count(
                  sql,
                  "select count(*) from (select version from flyway_schema_history"
                      + " where version is not null group by version having count(*) > 1) d"))
          .isZero();
      // the demo center: ten people of SPEC section 7, the liaison officer lo1, C1's second TL and
      // its TelkomCare agent at the eighth desk
      assertThat(count(sql, "select count(*) from user_account")).isEqualTo(13);
      assertThat(count(sql, "select count(*) from desk")).isEqualTo(8);
    }
    assertThat(token(a, "agent1")).isNotBlank();
    assertThat(token(b, "agent1")).isNotBlank();
  }

  @Test
  void aTokenFromOneReplicaIsAcceptedByTheOther() {
    String fromA = token(a, "spv1");
    given().baseUri(b.base()).auth().oauth2(fromA).get("/api/v1/cases").then().statusCode(200);
    String fromB = token(b, "spv1");
    given().baseUri(a.base()).auth().oauth2(fromB).get("/api/v1/cases").then().statusCode(200);
  }

  @Test
  void aHandRaisedOnOneReplicaReachesTheTlStreamingFromTheOther_R_IN_2() throws Exception {
    try (StreamClient tl1 = StreamClient.open(URI.create(b.base()), token(b, "tl1"), "")) {
      String caseId = raiseHand(a);
      JsonNode event =
          tl1.await(
              e ->
                  "HAND_RAISED".equals(e.path("type").asText())
                      && caseId.equals(e.path("caseId").asText()),
              Duration.ofSeconds(10));
      assertThat(event).as("HAND_RAISED of case %s on replica b's stream", caseId).isNotNull();
      assertThat(event.path("targetTl").asText()).isEqualTo("tl1");
    }
  }

  @Test
  void eachUnansweredHandIsReroutedOnceAcrossReplicas_R_X_2() throws Exception {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      cases.add(raiseHand(i % 2 == 0 ? a : b));
    }
    String spv = token(a, "spv1");
    awaitTrue(
        () -> cases.stream().allMatch(c -> rerouted(spv, c) >= 1),
        ACKNOWLEDGE_TARGET.plus(Duration.ofSeconds(20)),
        "every hand re-routed");
    // both replicas poll every second: give a second firing every chance to happen
    Thread.sleep(ACKNOWLEDGE_TARGET.plusSeconds(1).toMillis());
    for (String caseId : cases) {
      assertThat(rerouted(spv, caseId)).as("ESCALATION_REROUTED on case %s", caseId).isEqualTo(1);
      assertThat(caseOf(a, spv, caseId).getString("escalation.targetTl")).isEqualTo("spv1");
    }
  }

  @Test
  void healthAndMetricsAnswerOnBoth() {
    raiseHand(a);
    raiseHand(b);
    for (PackagedApp replica : new PackagedApp[] {a, b}) {
      JsonPath ready =
          given()
              .baseUri(replica.base())
              .get("/q/health/ready")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(ready.getString("status")).isEqualTo("UP");
      assertThat(ready.getList("checks.name", String.class))
          .anyMatch(name -> name.contains("PostgreSQL"));
      given().baseUri(replica.base()).get("/q/health/live").then().statusCode(200);
      given().baseUri(replica.base()).get("/q/health/started").then().statusCode(200);
      String metrics =
          given()
              .baseUri(replica.base())
              .get("/q/metrics")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(metrics)
          .contains("sigap_hands_raised_total{cluster=\"C1\"}")
          .contains("sigap_stream_connections")
          .contains("sigap_duties_overdue");
    }
  }

  @Test
  void productionLogsAreJsonWithTheCorrelationIdEchoed() throws Exception {
    String echoed =
        given()
            .baseUri(b.base())
            .header("X-Correlation-Id", "replicas-it-1")
            .get("/q/health/live")
            .then()
            .extract()
            .header("X-Correlation-Id");
    assertThat(echoed).isEqualTo("replicas-it-1");
    JsonNode started = null;
    for (String line : Files.readAllLines(a.log())) {
      if (line.startsWith("{") && line.contains("started in")) {
        started = JSON.readTree(line);
      }
    }
    assertThat(started).as("a JSON 'started in' line in %s", a.log()).isNotNull();
    assertThat(started.path("level").asText()).isEqualTo("INFO");
    assertThat(started.path("service").asText()).isEqualTo("sigap");
  }

  @Test
  @Order(Integer.MAX_VALUE - 1)
  void aStoppingReplicaTellsItsStreamsItIsGoingAway() throws Exception {
    try (StreamClient tl1 = StreamClient.open(URI.create(b.base()), token(b, "tl1"), "")) {
      long asked = System.nanoTime();
      b.process().destroy(); // SIGTERM, as Kubernetes sends it
      assertThat(tl1.awaitClose(Duration.ofSeconds(10))).as("close code").isEqualTo(1001);
      assertThat(b.process().waitFor(30, TimeUnit.SECONDS)).as("replica b exited").isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - asked))
          .as("shutdown is not held by the open stream")
          .isLessThan(Duration.ofSeconds(15));
    }
    // the other replica serves on
    given().baseUri(a.base()).get("/q/health/ready").then().statusCode(200);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void readinessGoesDownWithTheDatabase() throws Exception {
    database.close();
    database = null;
    awaitTrue(
        () -> given().baseUri(a.base()).get("/q/health/ready").statusCode() == 503,
        Duration.ofSeconds(20),
        "readiness DOWN");
    JsonPath ready = given().baseUri(a.base()).get("/q/health/ready").jsonPath();
    assertThat(ready.getString("status")).isEqualTo("DOWN");
    // liveness does not depend on the database: Kubernetes must not restart a pod for an outage
    given().baseUri(a.base()).get("/q/health/live").then().statusCode(200);
  }

  // --- the procedure, through one replica or the other ---------------------------------------

  static JsonPath caseOf(PackagedApp replica, String token, String caseId) {
    Response response =
        given().baseUri(replica.base()).auth().oauth2(token).get("/api/v1/cases/" + caseId);
    response.then().statusCode(200);
    return response.jsonPath();
  }

  static long rerouted(String token, String caseId) {
    return caseOf(a, token, caseId).getList("timeline.type", String.class).stream()
        .filter("ESCALATION_REROUTED"::equals)
        .count();
  }
}
