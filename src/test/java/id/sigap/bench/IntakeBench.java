package id.sigap.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Case intake under load: {@code clients} agents posting new cases as fast as answers come back.
 * Reports throughput, latency percentiles and the service's resident memory at the end.
 *
 * <p>Arguments: base URL, clients, seconds, Sigap's process id.
 */
public final class IntakeBench {

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    long pid = Long.parseLong(args[3]);
    BenchClient api = new BenchClient(base);
    List<String> tokens = List.of(api.token("agent1"), api.token("agent2"), api.token("agent3"));

    run(api, tokens, clients, Math.max(3, seconds / 5), null); // warm-up
    Percentiles latency = new Percentiles();
    long created = run(api, tokens, clients, seconds, latency);
    System.out.printf(
        "intake: %d cases in %d s = %.0f cases/s at %d clients; %s; RSS %d MB%n",
        created,
        seconds,
        created / (double) seconds,
        clients,
        latency.summary(),
        rssMegabytes(pid));
  }

  static long run(
      BenchClient api, List<String> tokens, int clients, int seconds, Percentiles latency)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong created = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String token = tokens.get(c % tokens.size());
      int client = c;
      workers.add(
          pool.submit(
              () -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                  long start = System.nanoTime();
                  HttpResponse<String> response =
                      api.send(
                          token,
                          "POST",
                          "/api/v1/cases",
                          "{\"channel\":\"INBOUND_VOICE\",\"customer\":{\"name\":\"Pelanggan "
                              + client
                              + "-"
                              + n
                              + "\",\"phone\":\"081234567890\"},\"summary\":\"Beban uji intake\"}");
                  if (response.statusCode() != 201) {
                    throw new IllegalStateException("intake answered " + response.statusCode());
                  }
                  created.incrementAndGet();
                  if (latency != null) {
                    latency.add((System.nanoTime() - start) / 1e6);
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return created.get();
  }

  static long rssMegabytes(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }
}
