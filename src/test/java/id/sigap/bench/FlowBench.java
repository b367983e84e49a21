package id.sigap.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The inbound procedure's hot path under load, as the floor lives it: the agent takes the complaint
 * in, ticks a criterion and raises a hand; the cluster's TL starts listening, then arrives at the
 * desk. {@code pairs} agent/TL pairs run flows back to back; reports flows per second and each
 * step's latency.
 *
 * <p>Arguments: base URL, pairs, seconds, warm-up seconds.
 */
public final class FlowBench {

  static final List<String> STEPS =
      List.of("intake", "assess", "raise", "acknowledge", "arrive", "name handling TL");

  public static void main(String[] args) throws Exception {
    BenchClient api = new BenchClient(URI.create(args[0]));
    int pairs = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int warmUp = Integer.parseInt(args[3]);
    // a hand goes to the TL at the agent's cluster desk, or, while that TL is busy with another
    // hand (R-F-3), to another free TL of the cluster or the SPV: whoever it names answers it
    Map<String, String> tokens = new java.util.HashMap<>();
    for (String user : List.of("agent1", "agent2", "agent3", "tl1", "tl2", "spv1")) {
      tokens.put(user, api.token(user));
    }
    List<String[]> pairTokens = new ArrayList<>();
    List<String> agents = List.of("agent1", "agent3", "agent2");
    for (int p = 0; p < pairs; p++) {
      pairTokens.add(new String[] {tokens.get(agents.get(p % agents.size()))});
    }

    run(api, pairTokens, tokens, warmUp, null);
    Map<String, Percentiles> latency = new java.util.LinkedHashMap<>();
    STEPS.forEach(step -> latency.put(step, new Percentiles()));
    latency.put("whole flow", new Percentiles());
    ProcessCpu cpu = ProcessCpu.fromEnvironment();
    ProcessCpu.Sample before = cpu.sample();
    long flows = run(api, pairTokens, tokens, seconds, latency);
    ProcessCpu.Sample after = cpu.sample();
    System.out.printf(
        "flow: %d flows in %d s = %.0f flows/s (%.0f requests/s) with %d agents raising hands%n",
        flows, seconds, flows / (double) seconds, STEPS.size() * flows / (double) seconds, pairs);
    latency.forEach((step, p) -> System.out.printf("  %-16s %s%n", step, p.summary()));
    if (cpu.known()) {
      long actions = STEPS.size() * flows;
      System.out.printf(
          "cpu: Sigap %.3f ms, PostgreSQL %.3f ms per action (%d actions, each step counted as"
              + " one)%n",
          after.sigapMillis(before) / actions, after.postgresMillis(before) / actions, actions);
    }
  }

  static long run(
      BenchClient api,
      List<String[]> pairs,
      Map<String, String> tokens,
      int seconds,
      Map<String, Percentiles> latency)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong flows = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(pairs.size());
    List<Future<?>> workers = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      String agent = pairs.get(p)[0];
      int pair = p;
      workers.add(
          pool.submit(
              () -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                  long start = System.nanoTime();
                  long[] at = new long[STEPS.size() + 1];
                  at[0] = start;
                  String caseId =
                      api.post(
                              agent,
                              "/api/v1/cases",
                              "{\"channel\":\"INBOUND_VOICE\",\"customer\":{\"name\":\"Pelanggan "
                                  + pair
                                  + "-"
                                  + n
                                  + "\",\"phone\":\"081234567890\"},\"summary\":\"Marah\"}")
                          .get("id")
                          .asText();
                  at[1] = System.nanoTime();
                  api.put(
                      agent,
                      "/api/v1/cases/" + caseId + "/assessment",
                      "{\"criteria\":[\"C-IN-1\"]}");
                  at[2] = System.nanoTime();
                  com.fasterxml.jackson.databind.JsonNode raised =
                      api.post(agent, "/api/v1/cases/" + caseId + "/escalations", "{}");
                  String hand = raised.get("id").asText();
                  String target = raised.get("targetTl").asText();
                  String tl = tokens.get(target);
                  at[3] = System.nanoTime();
                  api.post(tl, "/api/v1/escalations/" + hand + "/acknowledge", null);
                  at[4] = System.nanoTime();
                  api.post(tl, "/api/v1/escalations/" + hand + "/arrive", null);
                  at[5] = System.nanoTime();
                  // R-IN-10: the TL who came handles the case, and is free for the next hand
                  if (!"spv1".equals(target)) {
                    api.put(
                        agent,
                        "/api/v1/cases/" + caseId + "/handling-tl",
                        "{\"tl\":\"" + target + "\"}");
                  }
                  at[6] = System.nanoTime();
                  flows.incrementAndGet();
                  if (latency != null) {
                    for (int s = 0; s < STEPS.size(); s++) {
                      latency.get(STEPS.get(s)).add((at[s + 1] - at[s]) / 1e6);
                    }
                    latency.get("whole flow").add((at[6] - start) / 1e6);
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return flows.get();
  }
}
