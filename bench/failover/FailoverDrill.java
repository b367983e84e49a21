import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover drill: a PostgreSQL primary and a streaming standby from real binaries, Sigap on
 * them through the one address CloudNativePG's "-rw" Service gives (here a TCP proxy this drill
 * points at the primary), load running; the primary is killed with SIGKILL, the standby promoted
 * and the address moved to it. Checks: every acknowledged case is on the new primary (synchronous
 * replication) or counts the ones lost (asynchronous); every unanswered hand re-routed exactly
 * once; Sigap ready again without a restart, and how soon; a stream client that resumes with
 * ?since= missing no event. Run by bench/failover/run.sh, which sets the environment below.
 */
public class FailoverDrill {

  static final String BIN = env("PG_BIN", "/usr/lib/postgresql/15/bin");
  static final Path WORK = Path.of(env("WORK", "/tmp/rel-failover"));
  static final boolean SYNCHRONOUS = !env("MODE", "sync").equals("async");
  static final int PRIMARY_PORT = Integer.parseInt(env("PRIMARY_PORT", "8085"));
  static final int STANDBY_PORT = Integer.parseInt(env("STANDBY_PORT", "8086"));
  static final int PROXY_PORT = Integer.parseInt(env("PROXY_PORT", "8087"));
  static final int SIGAP_PORT = Integer.parseInt(env("SIGAP_PORT", "8084"));
  static final int CLIENTS = Integer.parseInt(env("CLIENTS", "8"));
  static final int BEFORE_SECONDS = Integer.parseInt(env("BEFORE", "20"));
  static final int AFTER_SECONDS = Integer.parseInt(env("AFTER", "20"));
  static final long ACK_TARGET_SECONDS = 3;
  static final String BASE = "http://localhost:" + SIGAP_PORT;
  static final Pattern ID = Pattern.compile("\"id\":\"?([0-9a-f-]+)\"?");
  static final Pattern EVENT_ID = Pattern.compile("^\\{\"id\":(\\d+)");

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public static void main(String[] args) throws Exception {
    System.out.printf(
        "failover drill, %s replication, %d clients, %d s before and %d s after the kill%n",
        SYNCHRONOUS ? "synchronous" : "asynchronous", CLIENTS, BEFORE_SECONDS, AFTER_SECONDS);
    Path primary = WORK.resolve("primary");
    Path standby = WORK.resolve("standby");
    startPrimary(primary);
    startStandby(standby);
    Proxy proxy = new Proxy(PROXY_PORT, PRIMARY_PORT);
    proxy.start();
    Process sigap = startSigap();
    try {
      drill(primary, standby, proxy, sigap);
    } finally {
      sigap.destroy();
      sigap.waitFor();
      proxy.close();
      run(BIN + "/pg_ctl", "-D", standby.toString(), "-m", "immediate", "stop");
      run(BIN + "/pg_ctl", "-D", primary.toString(), "-m", "immediate", "stop");
    }
  }

  static void drill(Path primary, Path standby, Proxy proxy, Process sigap) throws Exception {
    String agent = login("agent1");
    String supervisor = login("spv1");
    post("tl1", login("tl1"), "/api/v1/presence/check-in", "{\"deskId\":\"DESK-C1\"}");
    long firstEvent = Long.parseLong(sql(PRIMARY_PORT, "select coalesce(max(id), 0) from case_event"));
    Stream stream = new Stream(supervisor, firstEvent);
    stream.connect();

    List<String> acknowledged = new CopyOnWriteArrayList<>();
    List<String> hands = new CopyOnWriteArrayList<>(); // case ids with a raised hand, and when
    ConcurrentHashMap<String, Long> handRaisedAt = new ConcurrentHashMap<>();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong lastFailureAt = new AtomicLong();
    AtomicLong firstWriteAfterKill = new AtomicLong();
    AtomicLong killedAt = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> load = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int client = i;
      Thread t =
          new Thread(
              () -> {
                int n = 0;
                while (running.get()) {
                  n++;
                  try {
                    HttpResponse<String> created =
                        post(
                            "agent1",
                            agent,
                            "/api/v1/cases",
                            "{\"channel\":\"INBOUND_VOICE\",\"customer\":{\"name\":\"Failover "
                                + client
                                + "\",\"phone\":\"+62 812 0000 "
                                + (1000 + client)
                                + "\"},\"summary\":\"failover drill\"}");
                    if (created.statusCode() != 201) {
                      throw new IOException("intake " + created.statusCode());
                    }
                    String caseId = firstId(created.body());
                    acknowledged.add(caseId);
                    if (killedAt.get() > 0) {
                      firstWriteAfterKill.compareAndSet(0, System.nanoTime());
                    }
                    if (n % 4 == 0) { // every fourth case: a hard complaint whose hand nobody answers
                      expect(put(agent, "/api/v1/cases/" + caseId + "/assessment", "{\"criteria\":[\"C-IN-1\"]}"), 200);
                      expect(post("agent1", agent, "/api/v1/cases/" + caseId + "/escalations", "{}"), 201);
                      hands.add(caseId);
                      handRaisedAt.put(caseId, System.nanoTime());
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                    lastFailureAt.set(System.nanoTime());
                    sleep(100);
                  }
                }
              });
      t.start();
      load.add(t);
    }
    Thread.sleep(BEFORE_SECONDS * 1000L);

    // the primary dies: SIGKILL to the postmaster and every backend
    String lsnBefore = sql(PRIMARY_PORT, "select pg_current_wal_lsn()");
    int beforeKill = acknowledged.size();
    long postmaster = Long.parseLong(Files.readAllLines(primary.resolve("postmaster.pid")).get(0).trim());
    List<Long> backends = ProcessHandle.of(postmaster).map(p -> p.children().map(ProcessHandle::pid).toList()).orElse(List.of());
    killedAt.set(System.nanoTime());
    run("kill", "-9", String.valueOf(postmaster));
    for (long b : backends) {
      run("kill", "-9", String.valueOf(b));
    }
    // the operator's part: promote the standby, point the -rw address at it
    run(BIN + "/pg_ctl", "-D", standby.toString(), "-w", "promote");
    proxy.switchTo(STANDBY_PORT);
    long promotedAt = System.nanoTime();
    long readyAt = 0;
    while (System.nanoTime() - killedAt.get() < 60_000_000_000L) {
      if (ready()) {
        readyAt = System.nanoTime();
        break;
      }
      Thread.sleep(50);
    }
    Thread.sleep(AFTER_SECONDS * 1000L);
    running.set(false);
    for (Thread t : load) {
      t.join();
    }
    // every hand raised more than the target (and a poll) ago has had its time to be re-routed
    Thread.sleep((ACK_TARGET_SECONDS + 3) * 1000L);
    long lastEvent = Long.parseLong(sql(STANDBY_PORT, "select coalesce(max(id), 0) from case_event"));
    stream.awaitUpTo(lastEvent, Duration.ofSeconds(20));
    stream.close();

    // --- the checks ------------------------------------------------------------------------
    Path ids = WORK.resolve("acknowledged.txt");
    Files.write(ids, acknowledged);
    String lost =
        sqlScript(
            STANDBY_PORT,
            "create temporary table ack (id uuid);\n\\copy ack from '" + ids + "'\n"
                + "select count(*) from ack where id not in (select id from hard_complaint_case);");
    String reroutedTwice =
        sql(
            STANDBY_PORT,
            "select count(*) from (select details::jsonb ->> 'escalationId' from case_event where type ="
                + " 'ESCALATION_REROUTED' and id > " + firstEvent
                + " group by 1 having count(*) > 1) x");
    long expectedReroutes =
        handRaisedAt.values().stream()
            .filter(at -> System.nanoTime() - at > (ACK_TARGET_SECONDS + 3) * 1_000_000_000L)
            .count();
    String hardCases = String.join("','", hands);
    String rerouted =
        hands.isEmpty()
            ? "0"
            : sql(
                STANDBY_PORT,
                "select count(distinct c.id) from hard_complaint_case c join case_event e on"
                    + " e.case_id = c.id and e.type = 'ESCALATION_REROUTED' where c.id in ('"
                    + hardCases + "')");
    String handsOnDb =
        hands.isEmpty()
            ? "0"
            : sql(
                STANDBY_PORT,
                "select count(*) from escalation where case_id in ('" + hardCases + "')");
    Set<Long> expected = new java.util.TreeSet<>();
    for (String line :
        sql(STANDBY_PORT, "select id from case_event where id > " + firstEvent + " and id <= " + lastEvent + " order by id")
            .split("\n")) {
      if (!line.isBlank()) {
        expected.add(Long.parseLong(line.trim()));
      }
    }
    Set<Long> missed = new java.util.TreeSet<>(expected);
    missed.removeAll(stream.received);

    double sec = 1e9;
    System.out.printf("acknowledged cases: %d before the kill, %d in all; requests failed during the switch: %d%n", beforeKill, acknowledged.size(), failed.get());
    System.out.printf("primary's WAL position at the kill: %s%n", lsnBefore);
    System.out.printf("acknowledged cases missing on the new primary: %s%n", lost.trim());
    System.out.printf("promotion done %.2f s after the kill; Sigap ready %.2f s after the kill (%s, no restart: pid %d alive)%n",
        (promotedAt - killedAt.get()) / sec, readyAt == 0 ? -1 : (readyAt - killedAt.get()) / sec,
        readyAt > 0 && readyAt - killedAt.get() < 10_000_000_000L ? "within 10 s" : "NOT within 10 s",
        sigap.pid());
    System.out.printf("first case answered 201 after the kill: %.2f s; last failed request: %.2f s after the kill%n",
        firstWriteAfterKill.get() == 0 ? -1 : (firstWriteAfterKill.get() - killedAt.get()) / sec,
        lastFailureAt.get() < killedAt.get() ? 0 : (lastFailureAt.get() - killedAt.get()) / sec);
    System.out.printf("hands raised: %d (%s on the new primary); re-routed: %s cases (%d had their time); re-routed twice: %s%n",
        hands.size(), handsOnDb.trim(), rerouted.trim(), expectedReroutes, reroutedTwice.trim());
    System.out.printf("stream: %d events expected, %d received, %d missed, %d duplicates, %d reconnects%n",
        expected.size(), stream.received.size(), missed.size(), stream.duplicates.get(), stream.connects.get() - 1);

    List<String> failures = new ArrayList<>();
    if (SYNCHRONOUS && !lost.trim().equals("0")) {
      failures.add("acknowledged writes lost with synchronous replication: " + lost.trim());
    }
    if (!reroutedTwice.trim().equals("0")) {
      failures.add("a hand re-routed twice");
    }
    if (Long.parseLong(rerouted.trim()) < expectedReroutes - Long.parseLong(lost.trim())) {
      failures.add("hands not re-routed: " + rerouted.trim() + " of " + expectedReroutes);
    }
    if (readyAt == 0 || readyAt - killedAt.get() > 10_000_000_000L || !sigap.isAlive()) {
      failures.add("Sigap not ready within 10 s without a restart");
    }
    if (!missed.isEmpty()) {
      failures.add("stream missed " + missed.size() + " events, e.g. " + missed.iterator().next());
    }
    System.out.println(failures.isEmpty() ? "failover drill: PASSED" : "failover drill: FAILED " + failures);
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }

  // --- PostgreSQL ----------------------------------------------------------------------------

  static void startPrimary(Path dir) throws Exception {
    run(BIN + "/initdb", "-D", dir.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
    Files.writeString(
        dir.resolve("postgresql.conf"),
        "\nport = " + PRIMARY_PORT
            + "\nlisten_addresses = 'localhost'\nunix_socket_directories = '" + WORK + "'"
            + "\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nmax_connections = 100"
            + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(
        dir.resolve("pg_hba.conf"),
        "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n");
    run(BIN + "/pg_ctl", "-D", dir.toString(), "-l", WORK.resolve("primary.log").toString(), "-w", "start");
    sql(PRIMARY_PORT, "postgres", "create user sigap password 'sigap'");
    sql(PRIMARY_PORT, "postgres", "create database sigap owner sigap");
  }

  static void startStandby(Path dir) throws Exception {
    run(BIN + "/pg_basebackup", "-h", "localhost", "-p", String.valueOf(PRIMARY_PORT), "-U", "postgres",
        "-D", dir.toString(), "-X", "stream", "-R", "-c", "fast");
    // its own port; promoted, it waits for no standby of its own (CloudNativePG would give it one)
    Files.writeString(
        dir.resolve("postgresql.auto.conf"),
        "\nport = " + STANDBY_PORT + "\nsynchronous_standby_names = ''"
            + "\nprimary_conninfo = 'host=localhost port=" + PRIMARY_PORT
            + " user=postgres application_name=standby1'\n",
        java.nio.file.StandardOpenOption.APPEND);
    run(BIN + "/pg_ctl", "-D", dir.toString(), "-l", WORK.resolve("standby.log").toString(), "-w", "start");
    for (int i = 0; i < 100; i++) {
      String streaming = "select count(*) from pg_stat_replication where state = 'streaming'";
      if (sql(PRIMARY_PORT, "postgres", streaming).trim().equals("1")) {
        if (SYNCHRONOUS) {
          // only now: a commit waits for the standby from here on
          sql(PRIMARY_PORT, "postgres", "alter system set synchronous_standby_names = 'standby1'");
          sql(PRIMARY_PORT, "postgres", "select pg_reload_conf()");
          Thread.sleep(500);
        }
        System.out.println(
            "standby streaming, "
                + sql(PRIMARY_PORT, "postgres", "select sync_state from pg_stat_replication").trim());
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the standby does not stream");
  }

  static String sql(int port, String statement) throws Exception {
    return sql(port, "sigap", statement);
  }

  static String sql(int port, String database, String statement) throws Exception {
    return run(BIN + "/psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", database, "-Atc", statement).trim();
  }

  static String sqlScript(int port, String script) throws Exception {
    Path file = WORK.resolve("script-" + System.nanoTime() + ".sql");
    Files.writeString(file, script);
    return run(BIN + "/psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", "sigap", "-Atq", "-f", file.toString()).trim();
  }

  /** PostgreSQL refuses to run as root: its programs run as the postgres user then. */
  static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  static String run(String... command) throws Exception {
    if (ROOT && command[0].startsWith(BIN)) {
      List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
      asPostgres.addAll(List.of(command));
      command = asPostgres.toArray(String[]::new);
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    if (exit != 0 && !command[0].equals("kill") && !String.join(" ", command).contains(" stop")) {
      throw new IllegalStateException(String.join(" ", command) + " -> " + exit + ": " + out);
    }
    return out;
  }

  // --- Sigap -----------------------------------------------------------------------------------

  static Process startSigap() throws Exception {
    Path data = WORK.resolve("sigap");
    Files.createDirectories(data);
    ProcessBuilder pb =
        new ProcessBuilder(
                "java", "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:CompileThresholdScaling=4", "-XX:TrimNativeHeapInterval=5000",
                "-jar", "target/quarkus-app/quarkus-run.jar")
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("sigap.log").toFile());
    pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(SIGAP_PORT));
    pb.environment().put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + PROXY_PORT + "/sigap");
    pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "sigap");
    pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "sigap");
    pb.environment().put("SIGAP_DEMO_SEED", "true");
    pb.environment().put("SIGAP_DB_EMBEDDED_DATA_DIR", data.toString());
    pb.environment().put("SIGAP_POLICY_ACKNOWLEDGE_TARGET", "PT" + ACK_TARGET_SECONDS + "S");
    pb.environment().put("QUARKUS_LOG_LEVEL", "WARN");
    pb.environment().put("MALLOC_ARENA_MAX", "2");
    Process sigap = pb.start();
    long start = System.nanoTime();
    while (!ready()) {
      if (!sigap.isAlive() || System.nanoTime() - start > 180_000_000_000L) {
        throw new IllegalStateException("Sigap did not start: see " + WORK.resolve("sigap.log"));
      }
      Thread.sleep(500);
    }
    System.out.printf("Sigap ready in %.1f s on the primary, through the -rw address%n", (System.nanoTime() - start) / 1e9);
    return sigap;
  }

  static boolean ready() {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(URI.create(BASE + "/q/health/ready")).timeout(Duration.ofSeconds(1)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (Exception e) {
      return false;
    }
  }

  static String login(String user) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("login " + user + ": " + r.body());
    }
    return m.group(1);
  }

  static HttpResponse<String> post(String user, String token, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> put(String token, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void expect(HttpResponse<String> r, int status) throws IOException {
    if (r.statusCode() != status) {
      throw new IOException(r.uri() + " " + r.statusCode());
    }
  }

  static String firstId(String json) {
    Matcher m = ID.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  /** The supervisor's live stream, resumed with ?since= after every drop. */
  static final class Stream implements WebSocket.Listener {
    final String token;
    final Set<Long> received = ConcurrentHashMap.newKeySet();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger connects = new AtomicInteger();
    final AtomicLong last;
    final AtomicBoolean open = new AtomicBoolean(true);
    final AtomicReference<WebSocket> socket = new AtomicReference<>();
    final StringBuilder partial = new StringBuilder();

    Stream(String token, long since) {
      this.token = token;
      this.last = new AtomicLong(since);
    }

    void connect() {
      while (open.get()) {
        try {
          socket.set(
              HTTP.newWebSocketBuilder()
                  .header("Authorization", "Bearer " + token)
                  .buildAsync(URI.create("ws://localhost:" + SIGAP_PORT + "/api/v1/stream?since=" + last.get()), this)
                  .get());
          connects.incrementAndGet();
          return;
        } catch (Exception e) {
          sleep(200);
        }
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean lastPart) {
      partial.append(data);
      if (lastPart) {
        Matcher m = EVENT_ID.matcher(partial);
        if (m.find()) {
          long id = Long.parseLong(m.group(1));
          if (!received.add(id)) {
            duplicates.incrementAndGet();
          }
          last.accumulateAndGet(id, Math::max);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      reconnect();
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      reconnect();
    }

    void reconnect() {
      if (open.get()) {
        CompletableFuture.runAsync(this::connect);
      }
    }

    void awaitUpTo(long id, Duration patience) {
      long deadline = System.nanoTime() + patience.toNanos();
      while (last.get() < id && System.nanoTime() < deadline) {
        sleep(100);
      }
    }

    void close() {
      open.set(false);
      WebSocket ws = socket.get();
      if (ws != null) {
        ws.abort();
      }
    }
  }

  /**
   * The role of CloudNativePG's "sigap-db-rw" Service: one address that leads to whichever
   * instance is primary. Moving it closes the connections through it, as the dead primary's did.
   */
  static final class Proxy implements AutoCloseable {
    final ServerSocket server;
    volatile int target;
    final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    Proxy(int port, int target) throws IOException {
      this.server = new ServerSocket();
      this.server.bind(new InetSocketAddress("localhost", port));
      this.target = target;
    }

    void start() {
      Thread accept =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket client = server.accept();
                    new Thread(() -> relay(client)).start();
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      accept.setDaemon(true);
      accept.start();
    }

    void relay(Socket client) {
      try (client;
          Socket upstream = new Socket("localhost", target)) {
        sockets.add(client);
        sockets.add(upstream);
        Thread back = new Thread(() -> pipe(upstream, client));
        back.start();
        pipe(client, upstream);
        back.join();
      } catch (Exception e) {
        // the instance is gone: the client sees its connection close
      } finally {
        sockets.remove(client);
      }
    }

    static void pipe(Socket from, Socket to) {
      byte[] buffer = new byte[16384];
      try (InputStream in = from.getInputStream();
          OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          out.write(buffer, 0, n);
        }
      } catch (IOException e) {
        // closed on one side
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }

    void switchTo(int port) {
      target = port;
      sockets.forEach(Proxy::closeQuietly);
    }

    static void closeQuietly(Socket s) {
      try {
        s.close();
      } catch (IOException e) {
        // already closed
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      sockets.forEach(Proxy::closeQuietly);
    }
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
