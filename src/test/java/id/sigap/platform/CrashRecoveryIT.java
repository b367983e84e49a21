package id.sigap.platform;

import static id.sigap.support.PackagedApp.awaitTrue;
import static id.sigap.support.PackagedApp.deleteRecursively;
import static id.sigap.support.PackagedApp.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.PackagedApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * The packaged app self-contained, on its embedded PostgreSQL, killed with SIGKILL under load three
 * times in a row: its PostgreSQL goes with it, the next start on the same folder comes up, keeps
 * every case it answered 201 for, and fires the duties that fell due while it was down. Then the
 * fallbacks: a server whose watchdog was killed too is stopped by the next start, a second Sigap on
 * the folder is refused without harm to the first, and a normal stop takes PostgreSQL down. Timings
 * go to {@code target/crash-recovery-it/timings.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

  static final Duration ACKNOWLEDGE_TARGET = Duration.ofSeconds(10);
  static final Duration START_TIMEOUT = Duration.ofSeconds(240);
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  static Path work;
  static Path data;
  static Path binaries;
  static Map<String, String> env;
  static PackagedApp app;
  static int starts;
  static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  static final List<String> timings = new ArrayList<>();

  /** Every case answered 201, over all the rounds. */
  static final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  /** Cases whose hand went unanswered, and when it was raised. */
  static final Map<String, Instant> raisedHands = new ConcurrentHashMap<>();

  @BeforeAll
  static void startOnAFreshFolder() throws Exception {
    work = Files.createDirectories(Path.of("target", "crash-recovery-it").toAbsolutePath());
    data = work.resolve("data");
    binaries = work.resolve("binaries");
    deleteRecursively(data);
    deleteRecursively(binaries);
    // a machine's first start: no binaries unpacked yet, under the container image's heap bound
    env =
        Map.of(
            "SIGAP_DB_EMBEDDED_DATA_DIR", data.toString(),
            "SIGAP_DB_EMBEDDED_BINARIES_DIR", binaries.toString(),
            "SIGAP_POLICY_ACKNOWLEDGE_TARGET", ACKNOWLEDGE_TARGET.toString(),
            "JAVA_TOOL_OPTIONS", "-Xmx96m -XX:+UseSerialGC");
    app = start(freePort());
  }

  // --- 0. the first start on a machine ----------------------------------------------------------

  @Test
  @Order(0)
  void theFirstStartOnAMachineUnpacksTheBinariesWithinTheImagesHeap() throws Exception {
    List<Path> unpacked;
    try (var folders = Files.list(binaries)) {
      unpacked = folders.toList();
    }
    assertThat(unpacked).as("one complete folder of binaries, nothing half-written").hasSize(1);
    assertThat(unpacked.get(0).resolve(".exists")).exists();
    assertThat(Files.isExecutable(unpacked.get(0).resolve("bin").resolve("postgres"))).isTrue();
    signIn();
    assertThat(createCase()).as("the server from those binaries takes cases").isNotNull();
  }

  @AfterAll
  static void stopAndWriteTimings() throws IOException {
    try {
      if (app != null) {
        app.stop();
      }
    } finally {
      Files.write(work.resolve("timings.txt"), timings);
    }
  }

  // --- 1. SIGKILL under load, three times ------------------------------------------------------

  @Test
  @Order(1)
  void killedThreeTimesInARowItsDatabaseDiesWithItAndNothingAcknowledgedIsLost() throws Exception {
    assertThat(serverSetting("fsync"))
        .as("the shipped embedded server writes through: a power loss corrupts nothing")
        .isEqualTo("on");
    assertThat(serverSetting("synchronous_commit"))
        .as("an acknowledged commit is on disk before the answer")
        .isEqualTo("on");
    for (int round = 1; round <= 3; round++) {
      signIn();
      long postmaster = postmasterPid();
      Instant killedAt = killUnderLoad(round);

      long dying = System.nanoTime();
      awaitTrue(
          () -> !running(postmaster),
          Duration.ofSeconds(10),
          "round " + round + ": PostgreSQL (pid " + postmaster + ") gone after the kill");
      timings.add(
          "round " + round + ": PostgreSQL gone " + millisSince(dying) + " ms after the kill");
      assertThat(data.resolve("pg").resolve("postmaster.pid"))
          .as("round %d: PostgreSQL shut down cleanly and removed its lock", round)
          .doesNotExist();

      long restarting = System.nanoTime();
      app = start(app.port());
      timings.add("round " + round + ": restart to ready " + millisSince(restarting) + " ms");

      signIn();
      assertEveryAcknowledgedCaseIsThere(round);
      long waiting = System.nanoTime();
      awaitTrue(
          () -> raisedHands.keySet().stream().allMatch(CrashRecoveryIT::rerouted),
          Duration.ofSeconds(30),
          "round " + round + ": ESCALATION_REROUTED on every unanswered hand");
      timings.add(
          "round "
              + round
              + ": duties due during the outage fired "
              + millisSince(waiting)
              + " ms after ready");
      // the hands raised just before the kill fell due while Sigap was down
      for (Map.Entry<String, Instant> hand : raisedHands.entrySet()) {
        if (hand.getValue().plus(ACKNOWLEDGE_TARGET).isAfter(killedAt)) {
          assertThat(firstReroute(hand.getKey()))
              .as("round %d: re-route of %s fired after the restart", round, hand.getKey())
              .isAfter(killedAt);
        }
      }
    }
  }

  // --- 2. watchdog killed too: the next start stops the leftover --------------------------------

  @Test
  @Order(2)
  void aServerThatOutlivedItsSigapIsStoppedByTheNextStart() throws Exception {
    long postmaster = postmasterPid();
    ProcessHandle watchdog = watchdogOf(app).orElseThrow();
    watchdog.destroyForcibly();
    assertThat(watchdog.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    app.process().destroyForcibly();
    assertThat(app.process().waitFor(10, TimeUnit.SECONDS)).as("app killed").isTrue();
    Thread.sleep(2_000);
    assertThat(running(postmaster)).as("PostgreSQL without its watchdog lives on").isTrue();

    long restarting = System.nanoTime();
    app = start(app.port());
    timings.add(
        "leftover stopped by the next start, restart to ready " + millisSince(restarting) + " ms");
    assertThat(running(postmaster)).as("the leftover PostgreSQL").isFalse();
    assertThat(Files.readString(app.log()))
        .contains("left by a Sigap that is gone still runs on " + data.resolve("pg"))
        .doesNotContain("killing it");
    signIn();
    assertEveryAcknowledgedCaseIsThere(4);
  }

  // --- 3. a second Sigap on the folder ----------------------------------------------------------

  @Test
  @Order(3)
  void aSecondSigapOnTheSameFolderIsRefusedAndTheFirstRunsOn() throws Exception {
    long postmaster = postmasterPid();
    PackagedApp second = PackagedApp.start("second", freePort(), env, work);
    try {
      assertThat(second.process().waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
          .as("the second Sigap gives up")
          .isTrue();
      assertThat(second.process().exitValue()).isNotZero();
      assertThat(Files.readString(second.log()))
          .contains(
              "The data folder "
                  + data
                  + " is in use by another Sigap (pid "
                  + app.process().pid()
                  + "): stop it first, or give this one its own folder with"
                  + " SIGAP_DB_EMBEDDED_DATA_DIR");
    } finally {
      second.stop();
    }
    assertThat(running(postmaster)).as("the first one's PostgreSQL").isTrue();
    assertThat(PackagedApp.readiness(app.base())).as("the first one's readiness").isEqualTo(200);
    assertThat(createCase()).as("the first one still creates cases").isNotNull();
  }

  // --- 4. a normal stop -------------------------------------------------------------------------

  @Test
  @Order(4)
  void aNormalStopTakesItsDatabaseAndWatchdogDown() throws Exception {
    long postmaster = postmasterPid();
    ProcessHandle watchdog = watchdogOf(app).orElseThrow();
    app.stop(); // SIGTERM
    assertThat(app.process().exitValue()).as("exit status after SIGTERM").isIn(0, 143);
    awaitTrue(() -> !running(postmaster), Duration.ofSeconds(10), "PostgreSQL stopped");
    awaitTrue(() -> !watchdog.isAlive(), Duration.ofSeconds(10), "watchdog gone");
    assertThat(data.resolve("pg").resolve("postmaster.pid")).doesNotExist();
    app = null;
  }

  // --- the scenario -----------------------------------------------------------------------------

  /** Six clients create cases; hands go up on two of them, then the JVM is killed mid-load. */
  static Instant killUnderLoad(int round) throws Exception {
    Set<String> created = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(6);
    Instant killedAt;
    try {
      for (int t = 0; t < 6; t++) {
        load.submit(
            () -> {
              while (running.get()) {
                try {
                  String caseId = createCase();
                  if (caseId != null) {
                    created.add(caseId);
                  }
                } catch (Exception killedUnderUs) {
                  // the app went away mid-request: nothing was acknowledged
                }
              }
            });
      }
      Thread.sleep(3_000);
      for (int i = 0; i < 2; i++) {
        String caseId = createCase();
        assertThat(caseId).as("round %d: a case for a hand", round).isNotNull();
        created.add(caseId);
        Instant raised = Instant.now();
        assertThat(raiseHand(caseId)).as("round %d: hand raised on %s", round, caseId).isTrue();
        raisedHands.put(caseId, raised);
      }
      Thread.sleep(1_000);
      app.process().destroyForcibly(); // SIGKILL, mid-load
      killedAt = Instant.now();
      assertThat(app.process().waitFor(10, TimeUnit.SECONDS)).as("app killed").isTrue();
    } finally {
      running.set(false);
      load.shutdown();
      load.awaitTermination(20, TimeUnit.SECONDS);
    }
    assertThat(created).as("round %d: cases created before the kill", round).hasSizeGreaterThan(5);
    acknowledged.addAll(created);
    timings.add("round " + round + ": " + created.size() + " cases answered 201 before the kill");
    return killedAt;
  }

  static PackagedApp start(int port) throws Exception {
    PackagedApp started = PackagedApp.start("sigap-" + ++starts, port, env, work);
    started.awaitReady(START_TIMEOUT);
    return started;
  }

  static void assertEveryAcknowledgedCaseIsThere(int round) throws Exception {
    for (String caseId : acknowledged) {
      HttpResponse<String> response = send("GET", "/api/v1/cases/" + caseId, "spv1", null);
      assertThat(response.statusCode()).as("round %d: case %s", round, caseId).isEqualTo(200);
      assertThat(JSON.readTree(response.body()).path("timeline").path(0).path("type").asText())
          .isEqualTo("CASE_CREATED");
    }
  }

  static boolean rerouted(String caseId) {
    try {
      return firstReroute(caseId) != null;
    } catch (Exception e) {
      return false;
    }
  }

  /** When the first ESCALATION_REROUTED of that case was recorded, or null. */
  static Instant firstReroute(String caseId) throws Exception {
    HttpResponse<String> response = send("GET", "/api/v1/cases/" + caseId, "spv1", null);
    for (JsonNode event : JSON.readTree(response.body()).path("timeline")) {
      if ("ESCALATION_REROUTED".equals(event.path("type").asText())) {
        return Instant.parse(event.path("at").asText());
      }
    }
    return null;
  }

  // --- processes --------------------------------------------------------------------------------

  /** A setting of the running embedded server, asked of the server itself. */
  static String serverSetting(String name) throws Exception {
    String port = Files.readAllLines(data.resolve("pg").resolve("postmaster.pid")).get(3).trim();
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
        java.sql.ResultSet row = db.createStatement().executeQuery("show " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  static long postmasterPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(data.resolve("pg").resolve("postmaster.pid")).get(0).trim());
  }

  /** Alive and not a zombie that nobody reaped yet. */
  static boolean running(long pid) {
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      try {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
      } catch (IOException gone) {
        return false;
      }
    }
    return false;
  }

  static Optional<ProcessHandle> watchdogOf(PackagedApp sigap) {
    return sigap
        .process()
        .toHandle()
        .children()
        .filter(
            p ->
                p.info()
                    .arguments()
                    .map(args -> List.of(args).contains("sigap-embedded-db-watchdog"))
                    .orElse(false))
        .findFirst();
  }

  // --- the API ----------------------------------------------------------------------------------

  static void signIn() throws Exception {
    for (String user : List.of("agent1", "spv1")) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/auth/login"))
                  .header("Content-Type", "application/json")
                  .POST(body(Map.of("username", user, "password", user)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("login %s", user).isEqualTo(200);
      TOKENS.put(user, JSON.readTree(response.body()).path("accessToken").asText());
    }
  }

  static HttpResponse<String> send(String method, String path, String user, Object payload)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.base() + path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + TOKENS.get(user))
            .header("Content-Type", "application/json");
    request.method(method, payload == null ? HttpRequest.BodyPublishers.noBody() : body(payload));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The id of a new case, or null when the app did not answer 201. */
  static String createCase() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/v1/cases",
            "agent1",
            Map.of(
                "channel", "INBOUND_VOICE",
                "customer", Map.of("name", "Dewi Lestari", "phone", "+62 813 5566 7788"),
                "summary", "Tagihan naik dua kali lipat, pelanggan mengancam ke media"));
    return response.statusCode() == 201 ? JSON.readTree(response.body()).path("id").asText() : null;
  }

  /** Assessed as a hard complaint and the hand raised to the cluster's TL, who does not answer. */
  static boolean raiseHand(String caseId) throws Exception {
    String base = "/api/v1/cases/" + caseId;
    return send("PUT", base + "/assessment", "agent1", Map.of("criteria", List.of("C-IN-1")))
                .statusCode()
            == 200
        && send("POST", base + "/escalations", "agent1", Map.of()).statusCode() == 201;
  }

  static HttpRequest.BodyPublisher body(Object payload) throws Exception {
    return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload));
  }

  static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
