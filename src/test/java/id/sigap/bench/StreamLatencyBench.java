package id.sigap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Push latency with many clients connected: from the agent's raise-hand request to the event on
 * tl1's socket, while {@code clients} streams are open; and, as the floor, a bare PostgreSQL NOTIFY
 * round trip on the same machine in the same run.
 *
 * <p>The streams are Vert.x WebSocket clients on two event loops: the other clients only count
 * their frames, so that receiving them costs the shared machine as little as a real tablet's share
 * would.
 *
 * <p>Arguments: base URL, JDBC URL of Sigap's database, number of clients, number of hands
 * measured, number of hands raised before as warm-up (the JIT compiles the action's path), Sigap's
 * process id (for the CPU it spends), the agent's think time in milliseconds between assessing the
 * case and raising the hand (0: at once, while the assessment is still being fanned out).
 */
public final class StreamLatencyBench {

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String jdbcUrl = args[1];
    int clients = Integer.parseInt(args[2]);
    int hands = Integer.parseInt(args[3]);
    int warmUp = Integer.parseInt(args[4]);
    long sigapPid = Long.parseLong(args[5]);
    long thinkMillis = Long.parseLong(args[6]);
    BenchClient api = new BenchClient(base);
    List<String> watchers = List.of("tl2", "agent2", "agent3", "spv1", "qc1", "manager1", "pic1");
    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String user :
        List.of("agent1", "tl1", "tl2", "agent2", "agent3", "spv1", "qc1", "manager1", "pic1")) {
      tokens.put(user, api.token(user));
    }

    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    WebSocketClient client =
        vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(clients + 1));
    Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    LongAdder watcherFrames = new LongAdder();
    LongAdder closed = new LongAdder();
    List<WebSocket> sockets = new ArrayList<>();
    sockets.add(
        await(
            open(client, base, tokens.get("tl1"), closed)
                .map(
                    tl1 -> {
                      tl1.textMessageHandler(text -> arrived(text, System.nanoTime(), arrivals));
                      return tl1;
                    })));
    List<Future<WebSocket>> opening = new ArrayList<>();
    for (int i = 1; i < clients; i++) {
      opening.add(
          open(client, base, tokens.get(watchers.get(i % watchers.size())), closed)
              .map(
                  watcher -> {
                    watcher.frameHandler(frame -> watcherFrames.increment());
                    return watcher;
                  }));
    }
    for (Future<WebSocket> socket : opening) {
      sockets.add(await(socket));
    }
    System.out.printf("%d streams open%n", sockets.size());

    Percentiles push = new Percentiles();
    String agent = tokens.get("agent1");
    long sigapCpuAtStart = 0;
    long benchCpuAtStart = 0;
    for (int i = 0; i < warmUp + hands; i++) {
      if (i == warmUp) {
        sigapCpuAtStart = cpuMillisOf(sigapPid);
        benchCpuAtStart = cpuMillisOf(ProcessHandle.current().pid());
      }
      String caseId = api.newHardCase(agent, i);
      Thread.sleep(thinkMillis);
      CompletableFuture<Long> arrival = new CompletableFuture<>();
      arrivals.put(caseId, arrival);
      long sent = System.nanoTime();
      api.post(agent, "/api/v1/cases/" + caseId + "/escalations", "{}");
      long received = arrival.get(10, TimeUnit.SECONDS);
      if (i >= warmUp) {
        push.add((received - sent) / 1e6);
      }
    }
    long sigapCpu = cpuMillisOf(sigapPid) - sigapCpuAtStart;
    long benchCpu = cpuMillisOf(ProcessHandle.current().pid()) - benchCpuAtStart;
    Percentiles notify = notifyFloor(jdbcUrl, hands);
    System.out.println("raise hand -> TL socket: " + push.summary());
    System.out.println("NOTIFY round trip floor: " + notify.summary());
    System.out.printf(
        "ratio p50 %.1fx, p99 %.1fx%n",
        push.at(0.5) / notify.at(0.5), push.at(0.99) / notify.at(0.99));
    System.out.printf(
        "CPU per measured hand: Sigap %.1f ms, this client %.1f ms%n",
        (double) sigapCpu / hands, (double) benchCpu / hands);
    System.out.printf(
        "frames received by the other streams: %,d; streams closed by the server: %d%n",
        watcherFrames.sum(), closed.sum());
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** User and system CPU time of a process, from /proc. */
  static long cpuMillisOf(long pid) throws java.io.IOException {
    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 10; // USER_HZ is 100 on Linux
  }

  static Future<WebSocket> open(WebSocketClient client, URI base, String token, LongAdder closed) {
    WebSocketConnectOptions options =
        new WebSocketConnectOptions()
            .setHost(base.getHost())
            .setPort(base.getPort())
            .setURI("/api/v1/stream")
            .setAllowOriginHeader(false)
            .addHeader("Authorization", "Bearer " + token);
    return client
        .connect(options)
        .map(
            socket -> {
              socket.closeHandler(
                  done -> {
                    closed.increment();
                    if (closed.sum() <= 3) {
                      System.out.printf(
                          "a stream was closed: %s %s%n",
                          socket.closeStatusCode(), socket.closeReason());
                    }
                  });
              return socket;
            });
  }

  static void arrived(String text, long at, Map<String, CompletableFuture<Long>> arrivals) {
    try {
      JsonNode event = BenchClient.JSON.readTree(text);
      if ("HAND_RAISED".equals(event.path("type").asText())) {
        CompletableFuture<Long> waiting = arrivals.remove(event.path("caseId").asText());
        if (waiting != null) {
          waiting.complete(at);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** LISTEN on one connection, NOTIFY from another, time the notification's arrival. */
  static Percentiles notifyFloor(String jdbcUrl, int samples) throws Exception {
    Percentiles floor = new Percentiles();
    try (Connection listener = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Connection notifier = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement listen = listener.createStatement();
        Statement send = notifier.createStatement()) {
      listen.execute("LISTEN bench_floor");
      PGConnection pg = listener.unwrap(PGConnection.class);
      for (int i = 0; i < samples; i++) {
        long sent = System.nanoTime();
        send.execute("NOTIFY bench_floor, '" + i + "'");
        PGNotification[] received = pg.getNotifications(10_000);
        long now = System.nanoTime();
        if (received == null || received.length == 0) {
          throw new IllegalStateException("NOTIFY did not arrive");
        }
        if (i >= samples / 10) {
          floor.add((now - sent) / 1e6);
        }
      }
    }
    return floor;
  }
}
