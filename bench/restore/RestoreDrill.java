import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The restore drill: what CloudNativePG's Barman Cloud plugin does with an object store, done here
 * with the same PostgreSQL mechanisms on local folders. A primary archives its WAL (archive_command)
 * while Sigap takes cases and raised hands; a base backup is taken under that load; later a point
 * in time is noted and the load goes on. Then the base backup is restored with the archived WAL
 * up to that point (restore_command, recovery_target_time), Sigap is started on the restored
 * database, and the drill checks: every case acknowledged before the point is there, none
 * acknowledged after it, every restored timeline is the original's up to that point, event for
 * event, and Sigap serves it. Run by bench/restore/run.sh.
 */
public class RestoreDrill {

  static final String BIN = env("PG_BIN", "/usr/lib/postgresql/15/bin");
  static final Path WORK = Path.of(env("WORK", "/tmp/rel-restore"));
  static final int PRIMARY_PORT = Integer.parseInt(env("PRIMARY_PORT", "8085"));
  static final int RESTORED_PORT = Integer.parseInt(env("RESTORED_PORT", "8086"));
  static final int SIGAP_PORT = Integer.parseInt(env("SIGAP_PORT", "8084"));
  static final int CLIENTS = Integer.parseInt(env("CLIENTS", "6"));
  static final boolean ROOT = "root".equals(System.getProperty("user.name"));
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public static void main(String[] args) throws Exception {
    Path primary = WORK.resolve("primary");
    Path archive = WORK.resolve("wal-archive");
    Path base = WORK.resolve("base-backup");
    Path restored = WORK.resolve("restored");
    Files.createDirectories(archive);
    if (ROOT) {
      run("chown", "postgres", archive.toString());
    }
    startPrimary(primary, archive);
    Process sigap = startSigap(PRIMARY_PORT, "sigap-1");
    Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> load = load(acknowledged, running);
    Instant target;
    long backupMillis;
    try {
      Thread.sleep(8_000);
      long t0 = System.nanoTime();
      // the base backup, taken while the load writes (Barman Cloud takes it from a standby or the
      // primary the same way: an online, consistent-with-WAL copy)
      run(BIN + "/pg_basebackup", "-h", "localhost", "-p", String.valueOf(PRIMARY_PORT), "-U", "postgres",
          "-D", base.toString(), "-X", "none", "-c", "fast");
      backupMillis = (System.nanoTime() - t0) / 1_000_000;
      int atBackup = acknowledged.size();
      Thread.sleep(8_000);
      target = Instant.parse(sql(PRIMARY_PORT, "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"));
      int atTarget = acknowledged.size();
      Thread.sleep(8_000);
      running.set(false);
      for (Thread t : load) {
        t.join();
      }
      System.out.printf(
          "base backup in %d ms under load; cases acknowledged: %d when it ended, %d at the point in"
              + " time %s, %d in all%n",
          backupMillis, atBackup, atTarget, target, acknowledged.size());
    } finally {
      running.set(false);
      sigap.destroy();
      sigap.waitFor();
    }
    sql(PRIMARY_PORT, "select pg_switch_wal()"); // the last segment goes to the archive too
    Thread.sleep(2_000);
    long archived;
    try (var files = Files.list(archive)) {
      archived = files.count();
    }
    // the original's timelines, to compare with
    Map<String, List<String>> original = timelines(PRIMARY_PORT);
    run(BIN + "/pg_ctl", "-D", primary.toString(), "-m", "fast", "stop");

    // --- the restore: base backup + archived WAL up to the point in time ------------------------
    run("cp", "-a", base.toString(), restored.toString());
    Files.writeString(
        restored.resolve("postgresql.auto.conf"),
        "\nport = " + RESTORED_PORT
            + "\narchive_mode = off"
            + "\nrestore_command = 'cp " + archive + "/%f %p'"
            + "\nrecovery_target_time = '" + target.toString().replace("T", " ").replace("Z", "+00") + "'"
            + "\nrecovery_target_action = 'promote'\n",
        StandardOpenOption.APPEND);
    Files.writeString(restored.resolve("recovery.signal"), "");
    if (ROOT) {
      run("chown", "-R", "postgres", restored.toString());
    }
    long r0 = System.nanoTime();
    run(BIN + "/pg_ctl", "-D", restored.toString(), "-l", WORK.resolve("restored.log").toString(), "-w", "-t", "120", "start");
    while (!sql(RESTORED_PORT, "select pg_is_in_recovery()").equals("f")) {
      Thread.sleep(200);
    }
    long restoreMillis = (System.nanoTime() - r0) / 1_000_000;
    Map<String, List<String>> back = timelines(RESTORED_PORT);

    // --- the checks -------------------------------------------------------------------------------
    List<String> failures = new ArrayList<>();
    long before = 0, beforeMissing = 0, after = 0, afterPresent = 0;
    for (Map.Entry<String, Instant> ack : acknowledged.entrySet()) {
      // a case answered 201 was committed before the answer; one asked for after the point was not
      if (ack.getValue().isBefore(target)) {
        before++;
        if (!back.containsKey(ack.getKey())) {
          beforeMissing++;
        }
      } else if (ack.getValue().isAfter(target.plusSeconds(1))) {
        after++;
        if (back.containsKey(ack.getKey())) {
          afterPresent++;
        }
      }
    }
    int intact = 0, cut = 0;
    for (Map.Entry<String, List<String>> c : back.entrySet()) {
      List<String> full = original.get(c.getKey());
      List<String> restoredTimeline = c.getValue();
      if (full == null || !full.subList(0, Math.min(full.size(), restoredTimeline.size())).equals(restoredTimeline)) {
        failures.add("case " + c.getKey() + ": restored timeline is not the original's beginning");
      } else if (restoredTimeline.size() == full.size()) {
        intact++;
      } else {
        cut++;
      }
    }
    if (beforeMissing > 0) {
      failures.add(beforeMissing + " cases acknowledged before the point are missing");
    }
    if (afterPresent > 0) {
      failures.add(afterPresent + " cases acknowledged after the point are there");
    }
    long events = Long.parseLong(sql(RESTORED_PORT, "select count(*) from case_event"));
    long laterEvents =
        Long.parseLong(
            sql(RESTORED_PORT, "select count(*) from case_event where at > '" + target + "'::timestamptz + interval '1 second'"));
    if (laterEvents > 0) {
      failures.add(laterEvents + " events recorded after the point");
    }

    // Sigap on the restored database: it starts, migrates nothing, serves the timelines
    Process again = startSigap(RESTORED_PORT, "sigap-2");
    int served = 0;
    try {
      String token = login("spv1");
      List<String> sample = new ArrayList<>(back.keySet()).subList(0, Math.min(50, back.size()));
      for (String caseId : sample) {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + SIGAP_PORT + "/api/v1/cases/" + caseId))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher ids = Pattern.compile("\"id\":(\\d+)[,}]").matcher(r.body());
        List<String> shown = new ArrayList<>();
        while (ids.find()) {
          shown.add(ids.group(1));
        }
        List<String> stored = back.get(caseId).stream().map(e -> e.split("\\|")[0]).toList();
        if (r.statusCode() == 200 && shown.equals(stored)) {
          served++;
        } else {
          failures.add("case " + caseId + " served as " + r.statusCode() + " " + shown + ", stored " + stored);
        }
      }
      // and it goes on: a new case on the restored database
      String agent = login("agent1");
      HttpResponse<String> created = post(agent, "/api/v1/cases", "{\"channel\":\"INBOUND_VOICE\",\"customer\":{\"name\":\"After restore\",\"phone\":\"+62 812 0000 9999\"},\"summary\":\"restore drill\"}");
      if (created.statusCode() != 201) {
        failures.add("no new case after the restore: " + created.statusCode());
      }
    } finally {
      again.destroy();
      again.waitFor();
      run(BIN + "/pg_ctl", "-D", restored.toString(), "-m", "fast", "stop");
    }
    System.out.printf("WAL segments archived: %d; restored to %s in %d ms (replay and promotion)%n", archived, target, restoreMillis);
    System.out.printf("acknowledged before the point: %d, missing %d; acknowledged more than 1 s after it: %d, present %d%n", before, beforeMissing, after, afterPresent);
    System.out.printf("restored: %d cases, %d events; timelines equal to the original's: %d whole, %d cut at the point (their later events came after it)%n", back.size(), events, intact, cut);
    System.out.printf("Sigap on the restored database served %d of the sampled cases with the stored timeline%n", served);
    System.out.println(failures.isEmpty() ? "restore drill: PASSED" : "restore drill: FAILED " + failures);
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }

  /** case id -> its events "id|type|at|details", oldest first. */
  static Map<String, List<String>> timelines(int port) throws Exception {
    Map<String, List<String>> timelines = new TreeMap<>();
    Path out = WORK.resolve("timelines-" + port + ".txt");
    run(BIN + "/psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", "sigap", "-Atq",
        "-c", "select c.id, coalesce(string_agg(e.id || '|' || e.type || '|' || e.at || '|' || md5(e.details), ',' order by e.id), '')"
            + " from hard_complaint_case c left join case_event e on e.case_id = c.id group by c.id",
        "-o", out.toString());
    for (String line : Files.readAllLines(out)) {
      String[] parts = line.split("\\|", 2);
      if (parts.length == 2) {
        timelines.put(parts[0], parts[1].isEmpty() ? List.of() : List.of(parts[1].split(",")));
      }
    }
    return timelines;
  }

  static List<Thread> load(Map<String, Instant> acknowledged, AtomicBoolean running) throws Exception {
    String agent = login("agent1");
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int client = i;
      Thread t =
          new Thread(
              () -> {
                int n = 0;
                while (running.get()) {
                  try {
                    HttpResponse<String> r =
                        post(agent, "/api/v1/cases", "{\"channel\":\"INBOUND_VOICE\",\"customer\":{\"name\":\"Restore " + client + "\",\"phone\":\"+62 812 0000 " + (2000 + client) + "\"},\"summary\":\"restore drill\"}");
                    if (r.statusCode() == 201) {
                      Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]+)\"").matcher(r.body());
                      m.find();
                      String caseId = m.group(1);
                      acknowledged.put(caseId, Instant.now());
                      if (++n % 3 == 0) {
                        put(agent, "/api/v1/cases/" + caseId + "/assessment", "{\"criteria\":[\"C-IN-1\"]}");
                        post(agent, "/api/v1/cases/" + caseId + "/escalations", "{}");
                      }
                    }
                  } catch (Exception e) {
                    sleep(100);
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    return threads;
  }

  static void startPrimary(Path dir, Path archive) throws Exception {
    run(BIN + "/initdb", "-D", dir.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
    Files.writeString(
        dir.resolve("postgresql.conf"),
        "\nport = " + PRIMARY_PORT + "\nlisten_addresses = 'localhost'\nunix_socket_directories = '" + WORK + "'"
            + "\nwal_level = replica\narchive_mode = on"
            + "\narchive_command = 'test ! -f " + archive + "/%f && cp %p " + archive + "/%f'"
            + "\narchive_timeout = 5\nmax_wal_senders = 5\n",
        StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n");
    run(BIN + "/pg_ctl", "-D", dir.toString(), "-l", WORK.resolve("primary.log").toString(), "-w", "start");
    sql(PRIMARY_PORT, "postgres", "create user sigap password 'sigap'");
    sql(PRIMARY_PORT, "postgres", "create database sigap owner sigap");
  }

  static Process startSigap(int databasePort, String name) throws Exception {
    Path data = WORK.resolve(name);
    Files.createDirectories(data);
    ProcessBuilder pb =
        new ProcessBuilder("java", "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:CompileThresholdScaling=4", "-XX:TrimNativeHeapInterval=5000",
            "-jar", "target/quarkus-app/quarkus-run.jar")
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve(name + ".log").toFile());
    pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(SIGAP_PORT));
    pb.environment().put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + databasePort + "/sigap");
    pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "sigap");
    pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "sigap");
    pb.environment().put("SIGAP_DEMO_SEED", "true");
    pb.environment().put("SIGAP_DB_EMBEDDED_DATA_DIR", data.toString());
    pb.environment().put("QUARKUS_LOG_LEVEL", "WARN");
    pb.environment().put("MALLOC_ARENA_MAX", "2");
    Process sigap = pb.start();
    long start = System.nanoTime();
    while (!ready()) {
      if (!sigap.isAlive() || System.nanoTime() - start > 180_000_000_000L) {
        throw new IllegalStateException("Sigap did not start: see " + WORK.resolve(name + ".log"));
      }
      Thread.sleep(500);
    }
    System.out.printf("Sigap ready in %.1f s on the database at port %d%n", (System.nanoTime() - start) / 1e9, databasePort);
    return sigap;
  }

  static boolean ready() {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + SIGAP_PORT + "/q/health/ready")).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  static String login(String user) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + SIGAP_PORT + "/api/v1/auth/login")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("login " + user + ": " + r.body());
    }
    return m.group(1);
  }

  static HttpResponse<String> post(String token, String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + SIGAP_PORT + path)).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> put(String token, String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + SIGAP_PORT + path)).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String sql(int port, String statement) throws Exception {
    return sql(port, "sigap", statement);
  }

  static String sql(int port, String database, String statement) throws Exception {
    return run(BIN + "/psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", database, "-Atqc", statement).trim();
  }

  /** PostgreSQL refuses to run as root: its programs run as the postgres user then. */
  static String run(String... command) throws Exception {
    if (ROOT && command[0].startsWith(BIN)) {
      List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
      asPostgres.addAll(List.of(command));
      command = asPostgres.toArray(String[]::new);
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " -> " + p.exitValue() + ": " + out);
    }
    return out;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
