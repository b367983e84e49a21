package id.sigap.platform;

import static id.sigap.support.PackagedApp.awaitTrue;
import static id.sigap.support.PackagedApp.count;
import static id.sigap.support.PackagedApp.deleteRecursively;
import static id.sigap.support.PackagedApp.freePort;
import static id.sigap.support.PackagedApp.writeKeyPair;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.PackagedApp;
import id.sigap.support.StreamClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged app on its own PostgreSQL, hurt on purpose: the app killed with SIGKILL under load,
 * then the database stopped and started again under load with a stream client connected. Nothing
 * that was acknowledged is lost, nothing is half-applied, duties survive, and the app recovers from
 * the database outage by itself. Timings go to {@code target/faults-it/timings.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  static Path work;
  static Path pgData;
  static int pgPort;
  static EmbeddedPostgres database;
  static Map<String, String> env;
  static PackagedApp app;
  static final Map<String, String> TOKENS = new HashMap<>();
  static final List<String> timings = new ArrayList<>();

  /** Cases the app answered 201 for, across the scenarios. */
  static final Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void startDatabaseAndApp() throws Exception {
    work = Files.createDirectories(Path.of("target", "faults-it").toAbsolutePath());
    pgData = work.resolve("pg");
    deleteRecursively(pgData);
    pgPort = freePort();
    database = startDatabase();
    Path keys = writeKeyPair(Files.createTempDirectory(work, "keys"));
    env = new HashMap<>(PackagedApp.environment(pgPort, keys));
    env.put("SIGAP_POLICY_PROGRESS_CHECK_INTERVAL", "PT5S");
    app = PackagedApp.start("app-1", freePort(), env, work);
    app.awaitReady();
    for (String user : List.of("agent1", "tl1", "spv1")) {
      TOKENS.put(user, login(user));
    }
  }

  @AfterAll
  static void stopEverything() throws IOException {
    try {
      if (app != null) {
        app.stop();
      }
    } finally {
      if (database != null) {
        database.close();
      }
      Files.write(work.resolve("timings.txt"), timings);
    }
  }

  static EmbeddedPostgres startDatabase() throws IOException {
    return EmbeddedPostgres.builder()
        .setPort(pgPort)
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .start();
  }

  // --- 1. SIGKILL during load ------------------------------------------------------------------

  @Test
  @Order(1)
  void aKilledAppLosesNothingItAcknowledgedAndItsDutiesStillFire() throws Exception {
    Set<String> created = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Set<String> coordinated = java.util.concurrent.ConcurrentHashMap.newKeySet();
    // duties armed before the load; the load coordinates more as it goes
    for (int i = 0; i < 3; i++) {
      String caseId = createCase();
      assertThat(coordinate(caseId)).as("coordinated %s", caseId).isTrue();
      created.add(caseId);
      coordinated.add(caseId);
    }
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(8);
    try {
      for (int t = 0; t < 8; t++) {
        boolean coordinates = t < 2;
        load.submit(
            () -> {
              while (running.get()) {
                try {
                  String caseId = createCase();
                  if (caseId == null) {
                    continue;
                  }
                  created.add(caseId);
                  if (coordinates && coordinate(caseId)) {
                    coordinated.add(caseId);
                  }
                } catch (Exception killedUnderUs) {
                  // the app went away mid-request: nothing was acknowledged
                }
              }
            });
      }
      Thread.sleep(5_000);
      app.process().destroyForcibly(); // SIGKILL, mid-load
      assertThat(app.process().waitFor(10, TimeUnit.SECONDS)).as("app killed").isTrue();
      running.set(false);
    } finally {
      running.set(false);
      load.shutdown();
      load.awaitTermination(20, TimeUnit.SECONDS);
    }
    assertThat(created).as("cases created before the kill").hasSizeGreaterThan(20);
    assertThat(coordinated).as("cases with a progress check armed").isNotEmpty();
    acknowledged.addAll(created);

    long restarting = System.nanoTime();
    app = PackagedApp.start("app-2", app.port(), env, work);
    app.awaitReady();
    Instant restarted = Instant.now();
    timings.add("restart after SIGKILL to ready: " + millisSince(restarting) + " ms");

    for (String caseId : created) {
      HttpResponse<String> response = get("/api/v1/cases/" + caseId, "spv1");
      assertThat(response.statusCode()).as("case %s after the kill", caseId).isEqualTo(200);
      List<String> types = typesOf(JSON.readTree(response.body()));
      assertThat(types).as("timeline of %s", caseId).first().isEqualTo("CASE_CREATED");
    }
    assertEveryCaseHasItsCreationAndViceVersa();

    long waiting = System.nanoTime();
    awaitTrue(
        () -> coordinated.stream().allMatch(c -> overdueSince(c, restarted)),
        Duration.ofSeconds(15),
        "PROGRESS_CHECK_OVERDUE fired after the restart on every coordinated case");
    timings.add(
        "duties due during the kill fired within " + millisSince(waiting) + " ms of readiness");
  }

  // --- 2 and 3. PostgreSQL stopped and started again under load ---------------------------------

  @Test
  @Order(2)
  void theAppRidesOutADatabaseRestartAndAStreamCatchesUpWithSince() throws Exception {
    Set<String> created = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(4);
    StreamClient stream = StreamClient.open(URI.create(app.base()), TOKENS.get("spv1"), "");
    long lastSeen = 0;
    try {
      for (int t = 0; t < 4; t++) {
        load.submit(
            () -> {
              while (running.get()) {
                long started = System.nanoTime();
                try {
                  HttpResponse<String> response = postCase();
                  attempts.add(
                      new Attempt(
                          started,
                          System.nanoTime(),
                          response.statusCode(),
                          response.headers().firstValue("Content-Type").orElse("")));
                  if (response.statusCode() == 201) {
                    created.add(JSON.readTree(response.body()).path("id").asText());
                  } else {
                    Thread.sleep(50);
                  }
                } catch (Exception e) {
                  attempts.add(new Attempt(started, System.nanoTime(), -1, e.toString()));
                }
              }
            });
      }
      Thread.sleep(2_000);
      // the client takes what it got so far (the load never lets the stream go quiet), then loses
      // its stream with the database
      for (JsonNode event : stream.drain(Duration.ofMillis(500), Duration.ofSeconds(2))) {
        lastSeen = Math.max(lastSeen, event.path("id").asLong());
      }
      assertThat(lastSeen).as("events on the stream before the outage").isPositive();

      long stopping = System.nanoTime();
      database.close();
      database = null;
      long stopped = System.nanoTime();
      stream.close();
      timings.add("PostgreSQL stop (pg_ctl -m fast): " + (stopped - stopping) / 1_000_000 + " ms");

      awaitTrue(() -> statusOf("/q/health/ready") == 503, Duration.ofSeconds(5), "readiness DOWN");
      long downAfter = millisSince(stopped);
      timings.add("readiness DOWN after the database stopped: " + downAfter + " ms");
      assertThat(statusOf("/q/health/live")).as("liveness during the outage").isEqualTo(200);

      Thread.sleep(4_000); // the outage, under load
      long restarting = System.nanoTime();
      database = startDatabase();
      long back = System.nanoTime();
      timings.add("PostgreSQL start: " + (back - restarting) / 1_000_000 + " ms");
      List<Attempt> duringOutage =
          attempts.stream()
              .filter(a -> a.started > stopped + 1_000_000_000L && a.ended < restarting)
              .toList();

      awaitTrue(() -> statusOf("/q/health/ready") == 200, Duration.ofSeconds(10), "ready again");
      timings.add("ready again after the database returned: " + millisSince(back) + " ms");
      long recovering = System.nanoTime();
      awaitTrue(
          () -> {
            try {
              return postCase().statusCode() == 201;
            } catch (Exception e) {
              return false;
            }
          },
          Duration.ofSeconds(10),
          "a new case is created");
      timings.add("first new case after readiness: " + millisSince(recovering) + " ms");
      Thread.sleep(2_000); // load on the recovered app

      assertThat(duringOutage).as("requests during the outage").isNotEmpty();
      long slowest = 0;
      for (Attempt a : duringOutage) {
        assertThat(a.status).as("status during the outage (%s)", a.contentType).isEqualTo(503);
        assertThat(a.contentType).startsWith("application/problem+json");
        assertThat(a.millis()).as("failure latency").isLessThan(2_000);
        slowest = Math.max(slowest, a.millis());
      }
      timings.add(
          "requests during the outage: "
              + duringOutage.size()
              + ", status "
              + new TreeSet<>(duringOutage.stream().map(a -> a.status).toList())
              + ", slowest "
              + slowest
              + " ms, median "
              + duringOutage.stream()
                  .mapToLong(Attempt::millis)
                  .sorted()
                  .skip(duringOutage.size() / 2)
                  .findFirst()
                  .orElse(0)
              + " ms");
    } finally {
      running.set(false);
      load.shutdown();
      load.awaitTermination(20, TimeUnit.SECONDS);
    }
    acknowledged.addAll(created);
    assertThat(created).as("cases created around the outage").isNotEmpty();
    for (String caseId : created) {
      assertThat(get("/api/v1/cases/" + caseId, "spv1").statusCode())
          .as("case %s", caseId)
          .isEqualTo(200);
    }
    assertEveryCaseHasItsCreationAndViceVersa();

    // 3. the stream client comes back with since=<last id seen> and misses nothing
    Set<Long> received = new HashSet<>();
    try (StreamClient again =
        StreamClient.open(URI.create(app.base()), TOKENS.get("spv1"), "since=" + lastSeen)) {
      // duties keep firing every few seconds, so the stream may never go quiet
      for (JsonNode event : again.drain(Duration.ofSeconds(3), Duration.ofSeconds(15))) {
        received.add(event.path("id").asLong());
      }
    }
    Set<Long> expected = new TreeSet<>();
    for (String caseId : created) {
      for (JsonNode event :
          JSON.readTree(get("/api/v1/cases/" + caseId, "spv1").body()).path("timeline")) {
        if (event.path("id").asLong() > lastSeen) {
          expected.add(event.path("id").asLong());
        }
      }
    }
    assertThat(expected).as("events after the last one seen").isNotEmpty();
    assertThat(received).as("replayed with since=%d", lastSeen).containsAll(expected);
    try (Connection db = database.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("select id from case_event where id > " + lastSeen)) {
      Set<Long> all = new TreeSet<>();
      while (rows.next()) {
        all.add(rows.getLong(1));
      }
      // duties keep firing while we compare: only what existed when the replay drained counts
      long replayedUpTo = received.stream().mapToLong(Long::longValue).max().orElse(0);
      all.removeIf(id -> id > replayedUpTo);
      assertThat(received).as("every event in the table after %d", lastSeen).containsAll(all);
    }
  }

  record Attempt(long started, long ended, int status, String contentType) {
    long millis() {
      return (ended - started) / 1_000_000;
    }
  }

  // --- the API ---------------------------------------------------------------------------------

  static String login(String user) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(body(Map.of("username", user, "password", user)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("login %s", user).isEqualTo(200);
    return JSON.readTree(response.body()).path("accessToken").asText();
  }

  static HttpResponse<String> send(String method, String path, String user, Object payload)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.base() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + TOKENS.get(user))
            .header("Content-Type", "application/json");
    request.method(method, payload == null ? HttpRequest.BodyPublishers.noBody() : body(payload));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, String user) throws Exception {
    return send("GET", path, user, null);
  }

  static HttpResponse<String> postCase() throws Exception {
    return send(
        "POST",
        "/api/v1/cases",
        "agent1",
        Map.of(
            "channel", "INBOUND_VOICE",
            "customer", Map.of("name", "Sri Rahayu", "phone", "+62 811 2233 4455"),
            "summary", "IndiHome putus sejak kemarin, pelanggan berteriak"));
  }

  /** The id of a new case, or null when the app did not answer 201. */
  static String createCase() throws Exception {
    HttpResponse<String> response = postCase();
    return response.statusCode() == 201 ? JSON.readTree(response.body()).path("id").asText() : null;
  }

  /** Hand raised, acknowledged and attended by tl1, who coordinates with a unit: duties armed. */
  static boolean coordinate(String caseId) throws Exception {
    String base = "/api/v1/cases/" + caseId;
    if (send("PUT", base + "/assessment", "agent1", Map.of("criteria", List.of("C-IN-1")))
            .statusCode()
        != 200) {
      return false;
    }
    HttpResponse<String> hand = send("POST", base + "/escalations", "agent1", Map.of());
    if (hand.statusCode() != 201) {
      return false;
    }
    String escalation = "/api/v1/escalations/" + JSON.readTree(hand.body()).path("id").asText();
    return send("POST", escalation + "/acknowledge", "tl1", null).statusCode() == 200
        && send("POST", escalation + "/arrive", "tl1", null).statusCode() == 200
        && send("PUT", base + "/handling-tl", "agent1", Map.of("tl", "tl1")).statusCode() == 200
        && send(
                    "POST",
                    base + "/coordinations",
                    "tl1",
                    Map.of(
                        "unit",
                        "COMPLAINT_HANDLING",
                        "note",
                        "Cek jaringan",
                        "policyDecision",
                        false))
                .statusCode()
            == 201;
  }

  static boolean overdueSince(String caseId, Instant since) {
    try {
      for (JsonNode event :
          JSON.readTree(get("/api/v1/cases/" + caseId, "spv1").body()).path("timeline")) {
        if ("PROGRESS_CHECK_OVERDUE".equals(event.path("type").asText())
            && Instant.parse(event.path("at").asText()).isAfter(since)) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  static List<String> typesOf(JsonNode c) {
    List<String> types = new ArrayList<>();
    c.path("timeline").forEach(e -> types.add(e.path("type").asText()));
    return types;
  }

  static int statusOf(String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(app.base() + path))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  static HttpRequest.BodyPublisher body(Object payload) throws Exception {
    return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload));
  }

  /**
   * A transaction is whole or absent: each case has its CASE_CREATED event, and each such event its
   * case.
   */
  static void assertEveryCaseHasItsCreationAndViceVersa() throws Exception {
    try (Connection db = database.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement()) {
      assertThat(
              count(
                  sql,
                  "select count(*) from hard_complaint_case c where not exists (select 1 from"
                      + " case_event e where e.case_id = c.id and e.type = 'CASE_CREATED')"))
          .as("cases without CASE_CREATED")
          .isZero();
      assertThat(
              count(
                  sql,
                  "select count(*) from (select case_id from case_event where type ="
                      + " 'CASE_CREATED' group by case_id having count(*) <> 1) d"))
          .as("cases with more than one CASE_CREATED")
          .isZero();
      assertThat(
              count(
                  sql,
                  "select count(*) from case_event e where not exists (select 1 from"
                      + " hard_complaint_case c where c.id = e.case_id)"))
          .as("events without their case")
          .isZero();
      assertThat(count(sql, "select count(*) from hard_complaint_case"))
          .as("cases in the database")
          .isGreaterThanOrEqualTo(acknowledged.size());
    }
  }

  // --- plumbing --------------------------------------------------------------------------------

  static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
