package id.sigap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook delivery (R-I-2) to a receiver on the same machine, in two parts.
 *
 * <p>Lag: cases are opened one after another at a steady pace; each case's {@code CASE_CREATED}
 * event is delivered to the receiver, which notes how long after the event's time it arrived (the
 * event's {@code at} is Sigap's clock, the same machine's).
 *
 * <p>Throughput: the subscription is paused, a backlog of cases is opened, the subscription is
 * resumed, and the receiver counts deliveries per second until the backlog is drained.
 *
 * <p>Arguments: base URL, cases for the lag part, their pace per second, cases for the backlog, the
 * receiver's answer delay in milliseconds.
 */
public final class WebhookBench {

  public static void main(String[] args) throws Exception {
    BenchClient api = new BenchClient(java.net.URI.create(args[0]));
    int lagCases = Integer.parseInt(args[1]);
    int pace = Integer.parseInt(args[2]);
    int backlog = Integer.parseInt(args[3]);
    long answerDelay = Long.parseLong(args[4]);

    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    Percentiles lag = new Percentiles();
    AtomicInteger duplicates = new AtomicInteger();
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(
                            body -> {
                              long now = System.currentTimeMillis();
                              try {
                                JsonNode event = BenchClient.JSON.readTree(body.toString());
                                if (arrivedAt.putIfAbsent(event.get("id").asText(), now) != null) {
                                  duplicates.incrementAndGet();
                                }
                                lag.add(
                                    now - Instant.parse(event.get("at").asText()).toEpochMilli());
                              } catch (Exception e) {
                                request.response().setStatusCode(400).end();
                                return;
                              }
                              if (answerDelay > 0) {
                                vertx.setTimer(
                                    answerDelay, t -> request.response().setStatusCode(204).end());
                              } else {
                                request.response().setStatusCode(204).end();
                              }
                            }))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get();

    String admin = api.token("admin1");
    String agent = api.token("agent1");
    String id =
        api.post(
                admin,
                "/api/v1/webhooks",
                "{\"url\":\"http://127.0.0.1:"
                    + server.actualPort()
                    + "/bench\",\"events\":[\"CASE_CREATED\"],"
                    + "\"secret\":\"bench-secret-of-at-least-32-bytes-long\"}")
            .get("id")
            .asText();

    // warm-up: the JIT compiles the paths before anything is measured
    for (int i = 0; i < 200; i++) {
      newCase(api, agent, i);
    }
    awaitCount(arrivedAt, 200, 60);
    arrivedAt.clear();
    lag.clear();

    long gapNanos = TimeUnit.SECONDS.toNanos(1) / pace;
    long next = System.nanoTime();
    for (int i = 0; i < lagCases; i++) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      newCase(api, agent, 1_000 + i);
      next += gapNanos;
    }
    awaitCount(arrivedAt, lagCases, 120);
    System.out.printf(
        "lag (event time -> at the receiver), %d events at %d/s: %s%n",
        lagCases, pace, lag.summary());

    api.post(admin, "/api/v1/webhooks/" + id + "/pause", null);
    arrivedAt.clear();
    ExecutorService producers = Executors.newFixedThreadPool(8);
    AtomicInteger n = new AtomicInteger(100_000);
    for (int i = 0; i < backlog; i++) {
      producers.submit(
          () -> {
            newCase(api, agent, n.incrementAndGet());
            return null;
          });
    }
    producers.shutdown();
    producers.awaitTermination(10, TimeUnit.MINUTES);
    long resumed = System.currentTimeMillis();
    api.post(admin, "/api/v1/webhooks/" + id + "/resume", null);
    awaitCount(arrivedAt, backlog, 600);
    long last = arrivedAt.values().stream().mapToLong(Long::longValue).max().orElse(resumed);
    double seconds = (last - resumed) / 1000.0;
    System.out.printf(
        "throughput: a backlog of %d deliveries drained in %.2f s after resume: %.0f deliveries/s"
            + " (receiver answers after %d ms)%n",
        backlog, seconds, backlog / seconds, answerDelay);
    System.out.printf("duplicates seen: %d%n", duplicates.get());
    server.close();
    vertx.close();
  }

  private static void newCase(BenchClient api, String agent, int n) throws Exception {
    api.post(
        agent,
        "/api/v1/cases",
        "{\"channel\":\"INBOUND_VOICE\",\"customer\":{\"name\":\"Pelanggan "
            + n
            + "\",\"phone\":\"0812"
            + (10_000_000 + n)
            + "\"},\"summary\":\"Beban uji\"}");
  }

  private static void awaitCount(Map<String, Long> arrived, int count, int seconds)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (arrived.size() < count) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException(
            "only " + arrived.size() + " of " + count + " deliveries arrived");
      }
      Thread.sleep(5);
    }
  }
}
