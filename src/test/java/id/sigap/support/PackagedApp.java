package id.sigap.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One process of the packaged app (the jar, or the native executable after -Pnative) on an external
 * PostgreSQL, as the integration tests start it: replicas, restarts, kills.
 */
public record PackagedApp(String name, int port, Process process, Path log) {

  static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  public static PackagedApp start(String name, int port, Map<String, String> env, Path work)
      throws IOException {
    Path log = work.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(launcher())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(work.toFile());
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    return new PackagedApp(name, port, builder.start(), log);
  }

  /**
   * The environment of a replica on the given database, with the token keys every replica shares
   * (as the Secret mounted on each pod), JSON logs and the demo center seeded.
   */
  public static Map<String, String> environment(int databasePort, Path keys) {
    Map<String, String> env = new HashMap<>();
    env.put(
        "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + databasePort + "/postgres");
    env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
    env.put("SIGAP_DEMO_SEED", "true");
    // JSON log lines, as the container images and the Kubernetes ConfigMap set them
    env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
    env.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("token-signing.pub").toUri().toString());
    env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("token-signing.key").toUri().toString());
    return env;
  }

  /** What the build produced: the jar's or the native executable's absolute path. */
  public record Artifact(String type, Path path) {
    public boolean isJar() {
      return "jar".equals(type);
    }
  }

  /** What {@code target/quarkus-artifact.properties} says the build produced. */
  public static Artifact artifact() throws IOException {
    Properties artifact = new Properties();
    try (var in = Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
      artifact.load(in);
    }
    return new Artifact(
        artifact.getProperty("type"),
        Path.of("target").resolve(artifact.getProperty("path")).toAbsolutePath());
  }

  static List<String> launcher() throws IOException {
    Artifact artifact = artifact();
    Path path = artifact.path();
    if ("native".equals(artifact.type())) {
      return List.of(path.toString());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ArrayList<>(List.of(java, "-jar", path.toString()));
  }

  public String base() {
    return "http://localhost:" + port;
  }

  public void awaitReady() throws Exception {
    awaitReady(START_TIMEOUT);
  }

  public void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited:\n" + tail());
      }
      if (readiness(base()) == 200) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " not ready:\n" + tail());
  }

  /** The readiness status at that address, or -1 while nothing answers there. */
  public static int readiness(String base) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** SIGTERM, as Kubernetes sends it; SIGKILL after 30 s. */
  public void stop() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  public String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  // --- what the tests around the processes share ---

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A fresh RSA key pair for Sigap's tokens, written as the PEM files the app reads. */
  public static Path writeKeyPair(Path dir) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Files.writeString(
        dir.resolve("token-signing.pub"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    Files.writeString(
        dir.resolve("token-signing.key"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    return dir;
  }

  static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  public static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  public static long count(Statement sql, String query) throws Exception {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  public static void awaitTrue(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    assertThat(condition.getAsBoolean()).as(what + " within " + timeout).isTrue();
  }

  // --- the procedure, through one replica or another ---------------------------------------

  public static String token(PackagedApp replica, String username) {
    return given()
        .baseUri(replica.base())
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", username))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("accessToken");
  }

  public static RequestSpecification as(PackagedApp replica, String username) {
    return given()
        .baseUri(replica.base())
        .auth()
        .oauth2(token(replica, username))
        .contentType(ContentType.JSON);
  }

  /** agent1 opens a hard complaint and raises the hand to tl1, all through one replica. */
  public static String raiseHand(PackagedApp replica) {
    String caseId =
        as(replica, "agent1")
            .body(
                Map.of(
                    "channel", "INBOUND_VOICE",
                    "customer", Map.of("name", "Sri Rahayu", "phone", "+62 811 2233 4455"),
                    "summary", "IndiHome putus sejak kemarin, pelanggan berteriak"))
            .post("/api/v1/cases")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(replica, "agent1")
        .body(Map.of("criteria", List.of("C-IN-1")))
        .put("/api/v1/cases/" + caseId + "/assessment")
        .then()
        .statusCode(200);
    as(replica, "agent1")
        .body(Map.of())
        .post("/api/v1/cases/" + caseId + "/escalations")
        .then()
        .statusCode(201);
    return caseId;
  }
}
