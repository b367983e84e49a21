package id.sigap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Push latency with many clients connected: from the agent's raise-hand request to the event on
 * tl1's socket, while {@code clients} streams are open; and, as the floor, a bare PostgreSQL NOTIFY
 * round trip on the same machine in the same run.
 *
 * <p>Arguments: base URL, JDBC URL of Sigap's database, number of clients, number of hands
 * measured, number of hands raised before as warm-up (the JIT compiles the action's path).
 */
public final class StreamLatencyBench {

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String jdbcUrl = args[1];
    int clients = Integer.parseInt(args[2]);
    int hands = Integer.parseInt(args[3]);
    int warmUp = Integer.parseInt(args[4]);
    BenchClient api = new BenchClient(base);
    List<String> watchers = List.of("tl2", "agent2", "agent3", "spv1", "qc1", "manager1", "pic1");
    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String user :
        List.of("agent1", "tl1", "tl2", "agent2", "agent3", "spv1", "qc1", "manager1", "pic1")) {
      tokens.put(user, api.token(user));
    }

    Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    URI stream = URI.create(base.toString().replaceFirst("^http", "ws") + "/api/v1/stream");
    List<WebSocket> sockets = new ArrayList<>();
    sockets.add(open(api, stream, tokens.get("tl1"), arrivals));
    for (int i = 1; i < clients; i++) {
      sockets.add(open(api, stream, tokens.get(watchers.get(i % watchers.size())), null));
    }
    System.out.printf("%d streams open%n", sockets.size());

    Percentiles push = new Percentiles();
    String agent = tokens.get("agent1");
    for (int i = 0; i < warmUp + hands; i++) {
      String caseId = api.newHardCase(agent, i);
      CompletableFuture<Long> arrival = new CompletableFuture<>();
      arrivals.put(caseId, arrival);
      long sent = System.nanoTime();
      api.post(agent, "/api/v1/cases/" + caseId + "/escalations", "{}");
      long received = arrival.get(10, TimeUnit.SECONDS);
      if (i >= warmUp) {
        push.add((received - sent) / 1e6);
      }
    }
    Percentiles notify = notifyFloor(jdbcUrl, hands);
    System.out.println("raise hand -> TL socket: " + push.summary());
    System.out.println("NOTIFY round trip floor: " + notify.summary());
    System.out.printf(
        "ratio p50 %.1fx, p99 %.1fx%n",
        push.at(0.5) / notify.at(0.5), push.at(0.99) / notify.at(0.99));
    sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
  }

  static WebSocket open(
      BenchClient api, URI stream, String token, Map<String, CompletableFuture<Long>> arrivals) {
    return api.http
        .newWebSocketBuilder()
        .header("Authorization", "Bearer " + token)
        .buildAsync(
            stream,
            new WebSocket.Listener() {
              final StringBuilder partial = new StringBuilder();

              @Override
              public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                  long now = System.nanoTime();
                  if (arrivals != null) {
                    try {
                      JsonNode event = BenchClient.JSON.readTree(partial.toString());
                      if ("HAND_RAISED".equals(event.path("type").asText())) {
                        CompletableFuture<Long> waiting =
                            arrivals.remove(event.path("caseId").asText());
                        if (waiting != null) {
                          waiting.complete(now);
                        }
                      }
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }
                  partial.setLength(0);
                }
                ws.request(1);
                return null;
              }
            })
        .join();
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
