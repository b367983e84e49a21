package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.platform.FuzzWorld.Step;
import id.sigap.platform.FuzzWorld.Violation;
import id.sigap.platform.SchemaBodies.Mode;
import id.sigap.support.Api;
import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stateful fuzzer: every operation of {@code openapi/sigap.json}, called in random orders as
 * every role (mostly the roles {@code docs/permissions.md} lets in), with valid, boundary and
 * invalid bodies, on records it created itself, with the clock moved on now and then so that duties
 * fall due. After every step: no 5xx; every refusal problem+json, naming its rule when it is a 409
 * or 422 (R-X-4); a refused step changed nothing; timelines only grow (R-X-3); at most one open
 * hand per case; duties consistent with the case's state. A failing sequence is shrunk (delta
 * debugging, each try replayed in a new world) and printed with its seed.
 *
 * <p>In {@code mvn verify}: 10,000 steps. The long run: {@code bench/fuzz/run.sh}, or {@code
 * -Dsigap.fuzz.steps=100000 -Dsigap.fuzz.seed=N}.
 */
@QuarkusTest
@TestProfile(StatefulFuzzTest.OwnDatabase.class)
class StatefulFuzzTest {

  /**
   * The fuzzer calls every operation, the watchlist's, the floor's and the policy's too: it runs in
   * an application and a database of its own, so that no other test meets what it left.
   */
  public static class OwnDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "sigap.db.embedded.data-dir",
          "target/sigap-fuzz-data",
          "sigap.db.embedded.fresh",
          "true");
    }
  }

  static final long SEED = Long.getLong("sigap.fuzz.seed", 20261202L);
  static final int STEPS = Integer.getInteger("sigap.fuzz.steps", 10_000);

  /** Steps in one world before a fresh one is made: a failure replays from its world's start. */
  static final int WORLD_STEPS = Integer.getInteger("sigap.fuzz.world-steps", 400);

  /** Development aid: note the first step of every kind of violation and go on in a new world. */
  static final boolean KEEP_GOING = Boolean.getBoolean("sigap.fuzz.keep-going");

  static final int SHRINK_REPLAYS = Integer.getInteger("sigap.fuzz.shrink-replays", 150);

  /** Shrinking stops after this long with the shortest sequence found so far. */
  static final long SHRINK_NANOS = Long.getLong("sigap.fuzz.shrink-seconds", 120) * 1_000_000_000L;

  static final List<String> ROLE_COLUMNS =
      List.of(
          "AGENT",
          "TEAM_LEADER",
          "SUPERVISOR",
          "MANAGER",
          "QC",
          "PIC_TICKET",
          "LIAISON_OFFICER",
          "ADMIN");
  static final List<Long> CLOCK_STEPS =
      List.of(30L, 61L, 600L, 3_600L, 3 * 3_600L, 6 * 3_600L + 60, 86_400L);
  static final List<String> ODD_IDS =
      List.of(FuzzWorld.MISSING_ID, "not-a-uuid", "%00", "..%2F..%2Fq%2Fmetrics", "x".repeat(300));

  /**
   * The actions a case view offers (allowedActions) and the operation each one is; guided steps
   * take one of these, so that cases get deep into the procedure. Every other operation of the
   * document is still called at random.
   */
  static final Map<String, String> ACTIONS =
      Map.ofEntries(
          Map.entry("assess", "PUT /api/v1/cases/{id}/assessment"),
          Map.entry("name-handling-tl", "PUT /api/v1/cases/{id}/handling-tl"),
          Map.entry("raise-hand", "POST /api/v1/cases/{id}/escalations"),
          Map.entry("acknowledge", "POST /api/v1/escalations/{id}/acknowledge"),
          Map.entry("arrive", "POST /api/v1/escalations/{id}/arrive"),
          Map.entry("withdraw-hand", "POST /api/v1/escalations/{id}/withdraw"),
          Map.entry("end-call", "POST /api/v1/cases/{id}/call-end"),
          Map.entry("record-choice", "POST /api/v1/cases/{id}/customer-choice"),
          Map.entry("transfer", "POST /api/v1/cases/{id}/transfers"),
          Map.entry("take-over", "POST /api/v1/cases/{id}/takeover"),
          Map.entry("serve-at-workstation", "POST /api/v1/cases/{id}/workstation-service"),
          Map.entry("coordinate", "POST /api/v1/cases/{id}/coordinations"),
          Map.entry("progress-check", "POST /api/v1/cases/{id}/progress-checks"),
          Map.entry("call-back", "POST /api/v1/cases/{id}/callbacks"),
          Map.entry("close", "POST /api/v1/cases/{id}/close"),
          Map.entry("hand-over", "POST /api/v1/cases/{id}/handovers"),
          Map.entry("accept-handover", "POST /api/v1/handovers/{id}/accept"),
          Map.entry("decline-handover", "POST /api/v1/handovers/{id}/decline"),
          Map.entry("hand-over-to-pic", "POST /api/v1/cases/{id}/pic-handover"),
          Map.entry("request-unreached-closing", "POST /api/v1/cases/{id}/unreached-closing"),
          Map.entry(
              "approve-unreached-closing", "POST /api/v1/cases/{id}/unreached-closing/approve"),
          Map.entry(
              "decline-unreached-closing", "POST /api/v1/cases/{id}/unreached-closing/decline"),
          Map.entry("require-policy-decision", "PUT /api/v1/cases/{id}/policy-decision"),
          Map.entry("reschedule-call-back", "PUT /api/v1/cases/{id}/next-call-back"),
          Map.entry("review-flag", "POST /api/v1/cases/{id}/flag-review"),
          Map.entry("flag-missed", "POST /api/v1/cases/{id}/missed-flag"),
          Map.entry("correct-criterion", "PUT /api/v1/cases/{id}/telkomcare-criteria/{criterion}"),
          Map.entry("acknowledge-follow-up", "POST /api/v1/cases/{id}/acknowledgements"));

  @Inject Pool pool;
  @Inject Scheduler scheduler;
  @Inject TestClock clock;
  @Inject DueDuties dueDuties;

  record Operation(
      String method,
      String path,
      JsonNode parameters,
      JsonNode body,
      String contentType,
      List<String> roles) {

    boolean onTheProcedure() {
      return path.startsWith("/api/v1/cases/")
          || path.startsWith("/api/v1/escalations/")
          || path.startsWith("/api/v1/handovers/")
          || path.startsWith("/api/v1/coordinations/");
    }
  }

  @Test
  void randomSequencesKeepEveryInvariant() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Files.readString(Path.of("openapi", "sigap.json")));
    List<Operation> operations = operations(doc);
    Map<String, List<String>> savedMembers = unitMembers(doc);
    // Sigap's own timers would fire duties between a step and its check: the fuzzer fires them
    // as steps of its own
    scheduler.pause();
    Thread.sleep(1_500); // a poll under way ends
    long started = System.nanoTime();
    String report;
    try {
      report = fuzz(doc, operations);
    } finally {
      scheduler.resume();
      clock.reset();
      restore(savedMembers);
    }
    String summary =
        report + String.format("%nelapsed %.1f s%n", (System.nanoTime() - started) / 1e9);
    System.out.println(summary);
    Files.createDirectories(Path.of("target", "fuzz"));
    Files.writeString(Path.of("target", "fuzz", "summary-" + SEED + ".txt"), summary);
    assertThat(summary).doesNotContain("FAILED");
  }

  private String fuzz(JsonNode doc, List<Operation> operations) throws Exception {
    Random random = new Random(SEED);
    SchemaBodies bodies = new SchemaBodies(doc, random);
    Map<String, int[]> coverage = new TreeMap<>(); // operation -> {steps, 2xx}
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<FuzzWorld> worlds = new ArrayList<>();
    Map<String, String> seen = new TreeMap<>();
    try {
      int done = 0;
      while (done < STEPS) {
        FuzzWorld world = new FuzzWorld(pool, clock, dueDuties);
        worlds.add(world);
        List<Step> sequence = new ArrayList<>();
        for (int i = 0; i < WORLD_STEPS && done < STEPS; i++, done++) {
          Step step = next(random, bodies, operations, world);
          sequence.add(step);
          Violation violation = world.execute(step);
          coverage.computeIfAbsent(step.method() + " " + step.template(), k -> new int[2])[0]++;
          if (violation != null && KEEP_GOING) {
            seen.putIfAbsent(violation.signature(step), violation.detail() + "\n    " + step);
            done++;
            break;
          }
          if (violation != null) {
            return failure(done + 1, worlds.size(), sequence, violation, worlds);
          }
          int status = world.lastStatus();
          statuses.merge(status, 1, Integer::sum);
          if (status < 300) {
            coverage.get(step.method() + " " + step.template())[1]++;
          }
        }
        // its duties would otherwise fire at every later clock step of every later world
        world.retire();
        if (worlds.size() % 25 == 0) {
          System.out.printf("stateful fuzz: %d steps done, %d worlds%n", done, worlds.size());
        }
      }
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "stateful fuzz: seed %d, %d steps in %d worlds of %d, all invariants held%n",
              SEED, done, worlds.size(), WORLD_STEPS));
      out.append("statuses ").append(statuses).append('\n');
      long[] nanos = new long[4];
      worlds.forEach(
          w -> java.util.stream.IntStream.range(0, 4).forEach(i -> nanos[i] += w.nanos[i]));
      out.append(
          String.format(
              "time per step: request %.1f ms, snapshot %.1f ms, invariants %.1f ms, timeline"
                  + " checks %.1f ms%n",
              nanos[0] / 1e6 / done,
              nanos[1] / 1e6 / done,
              nanos[2] / 1e6 / done,
              nanos[3] / 1e6 / done));
      seen.forEach((k, v) -> out.append("FAILED ").append(k).append(": ").append(v).append('\n'));
      long reached = coverage.values().stream().filter(c -> c[1] > 0).count();
      out.append(
          String.format(
              "operations: %d of %d called, %d accepted at least once%n",
              coverage.size(), operations.size() + 1, reached));
      coverage.forEach((op, c) -> out.append(String.format("  %-70s %6d %6d%n", op, c[0], c[1])));
      return out.toString();
    } finally {
      worlds.forEach(FuzzWorld::retire);
      cleanUp(worlds);
    }
  }

  /** The next step: mostly the procedure, mostly as a role that may act, mostly valid. */
  private Step next(Random random, SchemaBodies bodies, List<Operation> operations, FuzzWorld w) {
    if (random.nextInt(100) < 3) {
      return Step.clock(CLOCK_STEPS.get(random.nextInt(CLOCK_STEPS.size())));
    }
    int casesMade = w.size("cases");
    if (casesMade > 0 && random.nextInt(100) < 35) {
      Step guided = guided(random, bodies, operations, w);
      if (guided != null) {
        return guided;
      }
    }
    Operation chosen;
    if (random.nextInt(100) < (casesMade < 3 ? 30 : 4)) {
      chosen = find(operations, "POST", "/api/v1/cases");
    } else {
      do {
        chosen = operations.get(random.nextInt(operations.size()));
        // the procedure half the time; reads, which change nothing, less often
      } while ((!chosen.onTheProcedure() && random.nextBoolean())
          || (chosen.method().equals("GET") && random.nextInt(3) > 0));
    }
    Operation op = chosen;
    int roll = random.nextInt(100);
    Mode mode = roll < 70 ? Mode.VALID : roll < 85 ? Mode.BOUNDARY : Mode.INVALID;
    List<String> people = new ArrayList<>(FuzzWorld.ROLES.keySet());
    List<String> allowed =
        people.stream().filter(p -> op.roles().contains(FuzzWorld.ROLES.get(p))).toList();
    String user =
        !allowed.isEmpty() && random.nextInt(100) < 85
            ? allowed.get(random.nextInt(allowed.size()))
            : people.get(random.nextInt(people.size()));
    String path = path(random, bodies, op, w, mode);
    String body = null;
    String type = null;
    if (op.body() != null) {
      type = random.nextInt(40) == 0 ? "text/plain" : op.contentType();
      body = bodies.body(op.body(), mode);
    } else if (!op.method().equals("GET") && random.nextInt(10) == 0) {
      type = "application/json";
      body = MalformedBodies.any(random);
    }
    return new Step(user, op.method(), op.path(), path, body, type);
  }

  /** A step the case offers to one of its people now, mostly with a valid body. */
  private Step guided(Random random, SchemaBodies bodies, List<Operation> operations, FuzzWorld w) {
    List<String> people = new ArrayList<>(FuzzWorld.ROLES.keySet());
    String user = people.get(random.nextInt(people.size() - 2)); // not the liaison nor the admin
    String caseSymbol = "$$pool:cases:" + index(random, w.size("cases")) + "$$";
    JsonNode view = w.view(user, caseSymbol);
    if (view == null || view.path("allowedActions").isEmpty()) {
      return null;
    }
    JsonNode actions = view.path("allowedActions");
    String action = actions.get(random.nextInt(actions.size())).asText();
    String operation = ACTIONS.get(action);
    if (operation == null) {
      return null;
    }
    String[] methodAndPath = operation.split(" ");
    Operation op = find(operations, methodAndPath[0], methodAndPath[1]);
    String id = caseSymbol;
    if (op.path().startsWith("/api/v1/escalations/")) {
      id = w.symbolOf("escalations", view.path("escalation").path("id").asText());
    } else if (op.path().startsWith("/api/v1/handovers/")) {
      id = w.symbolOf("handovers", view.path("pendingHandover").path("id").asText());
    }
    if (id == null) {
      return null;
    }
    String path =
        op.path()
            .replaceFirst("\\{id}", Matcher.quoteReplacement(id))
            .replace("{criterion}", "C-TC-" + (1 + random.nextInt(5)));
    Mode mode = random.nextInt(100) < 85 ? Mode.VALID : Mode.BOUNDARY;
    String body = op.body() == null ? null : bodies.body(op.body(), mode);
    return new Step(user, op.method(), op.path(), path, body, op.contentType());
  }

  private String path(Random random, SchemaBodies bodies, Operation op, FuzzWorld w, Mode mode) {
    Matcher m = Pattern.compile("/([^/]+)/\\{([^}]+)}").matcher(op.path());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String collection = m.group(1);
      String name = m.group(2);
      JsonNode schema = parameterSchema(op, name);
      String value;
      if (random.nextInt(100) < 6) {
        value = ODD_IDS.get(random.nextInt(ODD_IDS.size()));
      } else if (collection.equals("users") && random.nextInt(3) > 0) {
        List<String> people = new ArrayList<>(FuzzWorld.ROLES.keySet());
        value = "$$user:" + people.get(random.nextInt(people.size())) + "$$";
      } else if (name.equals("criterion")) {
        value = "C-TC-" + (1 + random.nextInt(5));
      } else if (bodies.resolve(schema).has("enum")) {
        value = bodies.parameter(schema, name, Mode.VALID);
      } else {
        value = "$$pool:" + collection + ":" + index(random, w.size(collection)) + "$$";
      }
      m.appendReplacement(out, Matcher.quoteReplacement("/" + collection + "/" + value));
    }
    m.appendTail(out);
    List<String> query = new ArrayList<>();
    for (JsonNode p : op.parameters()) {
      if (p.path("in").asText().equals("query") && random.nextBoolean()) {
        String value = bodies.parameter(p.get("schema"), p.get("name").asText(), mode);
        query.add(p.get("name").asText() + "=" + value.replace(" ", "%20").replace("&", "%26"));
      }
    }
    return query.isEmpty() ? out.toString() : out + "?" + String.join("&", query);
  }

  /** Mostly one of the latest records, so that a case gets a whole procedure's worth of steps. */
  static int index(Random random, int size) {
    if (size == 0) {
      return 0;
    }
    return random.nextInt(100) < 60
        ? size - 1 - random.nextInt(Math.min(size, 2))
        : random.nextInt(size);
  }

  private static JsonNode parameterSchema(Operation op, String name) {
    for (JsonNode p : op.parameters()) {
      if (p.path("name").asText().equals(name)) {
        return p.get("schema");
      }
    }
    return null;
  }

  private String failure(
      int stepNumber,
      int worldNumber,
      List<Step> sequence,
      Violation violation,
      List<FuzzWorld> worlds)
      throws Exception {
    Step failing = sequence.get(sequence.size() - 1);
    String signature = violation.signature(failing);
    Shrinker shrinker = new Shrinker(signature, worlds);
    List<Step> shortest = shrinker.shrink(sequence);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "stateful fuzz FAILED: seed %d, step %d (world %d, its step %d): %s%n  %s%n",
            SEED,
            stepNumber,
            worldNumber,
            sequence.size(),
            violation.invariant(),
            violation.detail()));
    out.append(
        String.format(
            "shortest failing sequence found (%d steps, from %d; %d replays, each in a new"
                + " world%s):%n",
            shortest.size(),
            sequence.size(),
            shrinker.replays,
            shrinker.unreproduced == null
                ? ""
                : "; the whole did not fail alone: " + shrinker.unreproduced));
    for (int i = 0; i < shortest.size(); i++) {
      out.append(String.format("  %3d. %s%n", i + 1, shortest.get(i)));
    }
    out.append(
        "symbols: $$user:NAME$$ is the world's person of that name, $$pool:KIND:N$$ the N-th"
            + " record of that kind it made, $$new:N$$ a new name, $$now:S$$ the clock plus S"
            + " seconds, $$cluster$$ its cluster\n");
    out.append("replay: mvn -B test -DskipWeb -Dtest=StatefulFuzzTest -Dsigap.fuzz.seed=")
        .append(SEED)
        .append(" -Dsigap.fuzz.steps=")
        .append(stepNumber)
        .append('\n');
    return out.toString();
  }

  /** Delta debugging (ddmin) over a failing sequence; every try runs in a world of its own. */
  final class Shrinker {
    private final String signature;
    private final List<FuzzWorld> worlds;
    private int replays;
    private String unreproduced;
    private String lastOutcome;
    private List<Step> shortest;

    Shrinker(String signature, List<FuzzWorld> worlds) {
      this.signature = signature;
      this.worlds = worlds;
    }

    private final long deadline = System.nanoTime() + SHRINK_NANOS;

    private boolean budgetLeft() {
      return replays < SHRINK_REPLAYS && System.nanoTime() < deadline;
    }

    List<Step> shrink(List<Step> sequence) throws Exception {
      if (!fails(sequence)) {
        unreproduced = lastOutcome;
        return sequence; // not reproducible on its own: the whole world's sequence is the answer
      }
      List<Step> current = shortest;
      int n = 2;
      while (current.size() >= 2 && budgetLeft()) {
        int chunk = (int) Math.ceil(current.size() / (double) n);
        boolean reduced = false;
        for (int start = 0; start < current.size() && budgetLeft(); start += chunk) {
          List<Step> complement = new ArrayList<>(current.subList(0, start));
          complement.addAll(
              current.subList(Math.min(current.size(), start + chunk), current.size()));
          if (!complement.isEmpty() && fails(complement)) {
            current = shortest;
            n = Math.max(n - 1, 2);
            reduced = true;
            break;
          }
        }
        if (!reduced) {
          if (n >= current.size()) {
            break;
          }
          n = Math.min(current.size(), n * 2);
        }
      }
      return current;
    }

    /**
     * Whether the sequence, replayed in a new world, breaks the same invariant on the same step.
     */
    private boolean fails(List<Step> sequence) throws Exception {
      replays++;
      FuzzWorld world = new FuzzWorld(pool, clock, dueDuties);
      worlds.add(world);
      try {
        for (int i = 0; i < sequence.size(); i++) {
          Step step = sequence.get(i);
          Violation v = world.execute(step);
          if (v != null) {
            lastOutcome = v.signature(step) + ": " + v.detail();
            if (v.signature(step).equals(signature)) {
              shortest = new ArrayList<>(sequence.subList(0, i + 1)); // what follows is not needed
              return true;
            }
            return false;
          }
        }
        lastOutcome = "no violation";
        return false;
      } finally {
        world.retire();
      }
    }
  }

  static Operation find(List<Operation> operations, String method, String path) {
    return operations.stream()
        .filter(o -> o.method().equals(method) && o.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  /** Every operation of the document but signing in and out and browser push subscriptions. */
  static List<Operation> operations(JsonNode doc) throws Exception {
    Map<String, List<String>> permissions = permissions();
    SchemaBodies schemas = new SchemaBodies(doc, new Random(0));
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      // signing in is the security tests' (its throttle would answer 429); signing out would end
      // the world's sessions; a push subscription names a push service Sigap would call
      if (path.getKey().startsWith("/api/v1/auth/") || path.getKey().startsWith("/api/v1/push/")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        JsonNode op = method.getValue();
        JsonNode content = op.path("requestBody").path("content");
        String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode body =
            contentType == null ? null : schemas.resolve(content.path(contentType).path("schema"));
        String key = method.getKey().toUpperCase() + " " + path.getKey();
        Set<String> statuses = new HashSet<>();
        op.path("responses").fieldNames().forEachRemaining(statuses::add);
        FuzzWorld.DOCUMENTED.put(key, statuses);
        operations.add(
            new Operation(
                method.getKey().toUpperCase(),
                path.getKey(),
                op.path("parameters"),
                body,
                contentType,
                permissions.getOrDefault(key, List.of())));
      }
    }
    return operations;
  }

  /** docs/permissions.md: operation -> the roles that reach its handler. */
  static Map<String, List<String>> permissions() throws Exception {
    Map<String, List<String>> permissions = new HashMap<>();
    Pattern row = Pattern.compile("^\\| `([A-Z]+ [^`]+)` \\|(.*)\\|\\s*$");
    for (String line : Files.readAllLines(Path.of("docs", "permissions.md"))) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        String[] cells = m.group(2).split("\\|");
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < cells.length && i < ROLE_COLUMNS.size(); i++) {
          if (!cells[i].trim().equals("no")) {
            roles.add(ROLE_COLUMNS.get(i));
          }
        }
        permissions.put(m.group(1), roles);
      }
    }
    return permissions;
  }

  /** The related units' members are the center's own: kept before, put back after. */
  private Map<String, List<String>> unitMembers(JsonNode doc) {
    Map<String, List<String>> members = new TreeMap<>();
    for (JsonNode unit : doc.at("/components/schemas/RelatedUnit/enum")) {
      if (unit.asText().equals("OTHER")) {
        continue; // no unit: nobody answers for it (R-C-5)
      }
      List<String> usernames =
          Api.as("admin1")
              .get("/api/v1/admin/units/" + unit.asText() + "/members")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("usernames", String.class);
      members.put(unit.asText(), usernames == null ? List.of() : usernames);
    }
    return members;
  }

  private void restore(Map<String, List<String>> members) {
    members.forEach(
        (unit, usernames) -> {
          var answer =
              Api.as("admin1")
                  .body(Map.of("usernames", usernames))
                  .put("/api/v1/admin/units/" + unit + "/members");
          assertThat(answer.statusCode()).as("%s: %s", unit, answer.asString()).isEqualTo(200);
        });
    Api.as("admin1")
        .body(Map.of("revision", "W-10 rev 02"))
        .put("/api/v1/policy/active")
        .then()
        .statusCode(200);
  }

  /** The watchlist entries and service accounts the worlds made would meet later tests. */
  private void cleanUp(List<FuzzWorld> worlds) {
    for (FuzzWorld world : worlds) {
      world.created("watchlist").forEach(id -> Api.as("admin1").delete("/api/v1/watchlist/" + id));
      world
          .created("service-accounts")
          .forEach(id -> Api.as("admin1").delete("/api/v1/service-accounts/" + id));
    }
  }
}
