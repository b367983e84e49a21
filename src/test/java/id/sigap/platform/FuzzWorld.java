package id.sigap.platform;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.Api;
import id.sigap.support.DueDuties;
import id.sigap.support.TestClock;
import id.sigap.support.TestUsers;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small contact center of its own for the stateful fuzzer: a cluster with its desks, one person
 * of every role (two agents, two TLs), and the records the steps create. It sends steps, checks the
 * invariants after each one, and resolves the symbols of {@link SchemaBodies} to its own names, so
 * that a recorded sequence replays in a fresh world.
 */
final class FuzzWorld {

  /** One action of a sequence: a request as a person, or the clock moved on. */
  record Step(String user, String method, String template, String path, String body, String type) {

    static Step clock(long seconds) {
      return new Step(null, "CLOCK", "CLOCK", String.valueOf(seconds), null, null);
    }

    boolean isClock() {
      return method.equals("CLOCK");
    }

    @Override
    public String toString() {
      if (isClock()) {
        return "clock +" + Duration.ofSeconds(Long.parseLong(path)) + ", due duties fired";
      }
      String shown =
          body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
      return "as "
          + user
          + ": "
          + method
          + " "
          + path
          + shown
          + (type == null ? "" : " (" + type + ")");
    }
  }

  /** A broken invariant: what, and on which step. */
  record Violation(String invariant, String detail) {
    String signature(Step step) {
      return invariant + " " + step.method() + " " + step.template();
    }
  }

  static final String PASSWORD = "fuzz-password";
  static final Set<Integer> PROTOCOL_STATUSES = Set.of(405, 406, 413, 414, 415, 431);
  static final String MISSING_ID = "00000000-0000-4000-8000-000000000000";
  private static final Pattern SYMBOL = Pattern.compile("\\$\\$([^$]+)\\$\\$");
  private static final Pattern UUID_PATTERN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern CASE_IN_PATH = Pattern.compile("/cases/(" + UUID_PATTERN + ")");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));
  private static String passwordHash;

  static final Map<String, String> ROLES = new LinkedHashMap<>();

  /** The statuses openapi/sigap.json declares, by "METHOD /path/{template}". */
  static final Map<String, Set<String>> DOCUMENTED = new HashMap<>();

  static {
    ROLES.put("agent0", "AGENT");
    ROLES.put("agent1", "AGENT");
    ROLES.put("tl0", "TEAM_LEADER");
    ROLES.put("tl1", "TEAM_LEADER");
    ROLES.put("spv", "SUPERVISOR");
    ROLES.put("manager", "MANAGER");
    ROLES.put("qc", "QC");
    ROLES.put("pic", "PIC_TICKET");
    ROLES.put("liaison", "LIAISON_OFFICER");
    ROLES.put("admin", "ADMIN");
  }

  private final Pool pool;
  private final TestClock clock;
  private final DueDuties dueDuties;
  private final String tag;
  private final String cluster;
  private final Map<String, String> usernames = new HashMap<>();
  private final Map<String, String> tokens = new HashMap<>();
  final Map<String, List<String>> pools = new HashMap<>();
  private final Map<String, String> fresh = new HashMap<>();
  private final Map<String, List<Long>> timelines = new HashMap<>();
  private final Map<String, OffsetDateTime> lastEventAt = new HashMap<>();
  private long lastEventId;
  private String snapshot;
  private int lastStatus;
  private int accepted;

  FuzzWorld(Pool pool, TestClock clock, DueDuties dueDuties) {
    this.pool = pool;
    this.clock = clock;
    this.dueDuties = dueDuties;
    this.tag = UUID.randomUUID().toString().substring(0, 6);
    this.cluster = TestUsers.cluster();
    if (passwordHash == null) {
      passwordHash = BcryptUtil.bcryptHash(PASSWORD, 4); // cheap: a world signs in ten people
    }
    for (Map.Entry<String, String> person : ROLES.entrySet()) {
      String role = person.getValue();
      String username = "zz-fz" + tag + "-" + person.getKey();
      boolean clustered = role.equals("AGENT") || role.equals("TEAM_LEADER");
      TestUsers.sql(
          "insert into user_account (username, display_name, password_hash, role, cluster_id)"
              + " values ($1, $2, $3, $4, $5)",
          Tuple.of(
              username, "Fuzz " + person.getKey(), passwordHash, role, clustered ? cluster : null));
      usernames.put(person.getKey(), username);
    }
    // R-C-5: the world's liaison officer, supervisor and manager answer for the related units
    // (the test puts the center's own members back at its end)
    for (String[] member :
        List.of(
            new String[] {"LIAISON_OFFICER", "liaison"},
            new String[] {"COMPLAINT_HANDLING", "liaison"},
            new String[] {"SPV_SERVICE_OPERATION", "spv"},
            new String[] {"MANAGER", "manager"})) {
      TestUsers.sql(
          "insert into related_unit_member (unit, username) values ($1, $2)",
          Tuple.of(member[0], usernames.get(member[1])));
    }
    List<String> desks = new ArrayList<>();
    desks.add(TestUsers.desk(cluster, "CLUSTER_DESK", true));
    desks.add(TestUsers.desk(cluster, "TL_EXTENSION", true));
    desks.add(TestUsers.desk(cluster, "WORKSTATION", false));
    desks.add(TestUsers.desk(cluster, "WORKSTATION", false));
    pools.put("desks", desks);
    pools.put("clusters", new ArrayList<>(List.of(cluster)));
    pools.put("users", new ArrayList<>(usernames.values()));
    for (String key : ROLES.keySet()) {
      tokens.put(key, signIn(usernames.get(key)));
    }
    checkIn("tl0", desks.get(0));
    checkIn("agent0", desks.get(2));
    checkIn("agent1", desks.get(3));
    snapshot = snapshot();
  }

  private String signIn(String username) {
    Response r =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", PASSWORD))
            .post("/api/v1/auth/login");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("Cannot sign in " + username + ": " + r.asString());
    }
    return r.path("accessToken");
  }

  private void checkIn(String user, String desk) {
    Response r =
        given()
            .auth()
            .oauth2(tokens.get(user))
            .contentType(ContentType.JSON)
            .body(Map.of("deskId", desk))
            .post("/api/v1/presence/check-in");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("Cannot check in " + user + ": " + r.asString());
    }
  }

  /** The case as the person sees it (allowedActions are theirs), or null. */
  JsonNode view(String user, String caseId) {
    Response r = given().auth().oauth2(tokens.get(user)).get("/api/v1/cases/" + resolve(caseId));
    if (r.statusCode() != 200) {
      return null;
    }
    try {
      return MAPPER.readTree(r.asString());
    } catch (Exception e) {
      return null;
    }
  }

  /** The symbol of a record this world made, or null. */
  String symbolOf(String poolName, String id) {
    int index = pools.getOrDefault(poolName, List.of()).indexOf(id);
    return index < 0 ? null : "$$pool:" + poolName + ":" + index + "$$";
  }

  /** Where the time of the steps went, in nanoseconds: request, snapshot, invariants, timeline. */
  final long[] nanos = new long[4];

  int lastStatus() {
    return lastStatus;
  }

  int size(String poolName) {
    return pools.getOrDefault(poolName, List.of()).size();
  }

  List<String> cases() {
    return pools.getOrDefault("cases", List.of());
  }

  /** Replaces the symbols by this world's names. */
  String resolve(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = SYMBOL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(symbol(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String symbol(String symbol) {
    String[] parts = symbol.split(":");
    return switch (parts[0]) {
      case "user" -> usernames.getOrDefault(parts[1], parts[1]);
      case "cluster" -> cluster;
      case "new" -> fresh.computeIfAbsent(parts[1], n -> "fz" + tag + n);
      case "now" -> clock.instant().plusSeconds(Long.parseLong(parts[1])).toString();
      case "pool" -> {
        List<String> values = pools.getOrDefault(parts[1], List.of());
        int index = Integer.parseInt(parts[2]);
        yield index < values.size() ? values.get(index) : MISSING_ID;
      }
      default -> symbol;
    };
  }

  /** Sends the step and checks every invariant after it; null when all hold. */
  Violation execute(Step step) throws Exception {
    if (step.isClock()) {
      lastStatus = 200;
      clock.advance(Duration.ofSeconds(Long.parseLong(step.path())));
      dueDuties.fireAndSettle();
      return checkState(null, 200);
    }
    String path = resolve(step.path());
    String body = resolve(step.body());
    RequestSpecification request =
        given().config(RAW).urlEncodingEnabled(false).auth().oauth2(tokens.get(step.user()));
    if (step.type() != null) {
      request.contentType(step.type());
    }
    if (body != null) {
      request.body(body);
    }
    long t0 = System.nanoTime();
    Response response = request.request(step.method(), path);
    nanos[0] += System.nanoTime() - t0;
    int status = response.statusCode();
    lastStatus = status;
    if (status >= 500) {
      return new Violation("5xx", status + " " + abbreviate(response.asString()));
    }
    Set<String> declared = DOCUMENTED.get(step.method() + " " + step.template());
    // HTTP's own answers to a wrong media type or size are not the operation's to declare
    if (declared != null
        && !declared.contains(String.valueOf(status))
        && !PROTOCOL_STATUSES.contains(status)) {
      return new Violation(
          "status-not-in-openapi",
          status + " not in " + declared + ": " + abbreviate(response.asString()));
    }
    if (status >= 400) {
      Violation problem = problemOf(response, status);
      if (problem != null) {
        return problem;
      }
    } else {
      harvest(step, response);
    }
    return checkState(path, status);
  }

  private Violation problemOf(Response response, int status) {
    String type = String.valueOf(response.contentType());
    if (!type.startsWith("application/problem+json")) {
      return new Violation(
          "refusal-not-problem+json", status + " " + type + " " + abbreviate(response.asString()));
    }
    JsonNode problem;
    try {
      problem = MAPPER.readTree(response.asString());
    } catch (Exception e) {
      return new Violation("refusal-not-json", abbreviate(response.asString()));
    }
    if (!problem.hasNonNull("type")
        || !problem.hasNonNull("title")
        || problem.path("status").asInt() != status) {
      return new Violation("problem-fields", abbreviate(problem.toString()));
    }
    // R-X-4: 422 is a well-formed action that a rule refused, and names the rule; a 409 may be a
    // plain conflict with the state (a name taken, a case closed)
    if (status == 422 && !problem.path("rule").asText("").matches("[A-Z]+-[A-Z0-9-]+")) {
      return new Violation("refusal-without-rule", status + " " + abbreviate(problem.toString()));
    }
    return null;
  }

  /** Keeps the ids an answer names, for later steps to act on. */
  private void harvest(Step step, Response response) {
    JsonNode answer;
    try {
      String text = response.asString();
      if (text == null || text.isBlank()) {
        return;
      }
      answer = MAPPER.readTree(text);
    } catch (Exception e) {
      return;
    }
    String[] segments = step.template().split("/");
    String last = segments[segments.length - 1];
    if (answer.isObject()) {
      if (answer.has("timeline")) {
        add("cases", answer.path("id").asText());
      } else if (step.method().equals("POST") && !last.startsWith("{")) {
        add(last, answer.path("id").asText(answer.path("username").asText(null)));
      }
      add("escalations", answer.path("escalation").path("id").asText(null));
      add("handovers", answer.path("pendingHandover").path("id").asText(null));
      add("cases", answer.path("caseId").asText(null));
    } else if (answer.isArray() && step.method().equals("GET")) {
      for (JsonNode item : answer) {
        if (!last.equals("cases")) {
          add(last, item.path("id").asText(null));
        }
      }
    }
  }

  private void add(String poolName, String id) {
    if (id == null || id.isBlank()) {
      return;
    }
    if (poolName.equals("cases") && !UUID_PATTERN.matcher(id).matches()) {
      return;
    }
    List<String> values = pools.computeIfAbsent(poolName, k -> new ArrayList<>());
    if (!values.contains(id)) {
      values.add(id);
    }
  }

  /** The invariants that hold after any step, accepted or refused. */
  private Violation checkState(String path, int status) {
    long t0 = System.nanoTime();
    String now = snapshot();
    long t1 = System.nanoTime();
    nanos[1] += t1 - t0;
    try {
      return checkState(path, status, now, t1);
    } finally {
      nanos[3] += System.nanoTime() - t1;
    }
  }

  private Violation checkState(String path, int status, String now, long t1) {
    if (status >= 400 && !now.equals(snapshot)) {
      return new Violation("refused-step-changed-state", difference(snapshot, now));
    }
    snapshot = now;
    List<String> broken = brokenInvariants();
    nanos[2] += System.nanoTime() - t1;
    if (!broken.isEmpty()) {
      return new Violation(broken.get(0).split(":")[0], String.join("; ", broken));
    }
    Violation timeline = timelinesOnlyGrow();
    if (timeline != null) {
      return timeline;
    }
    // the log is checked above after every step; the case as the API shows it, every fourth time
    if (path != null && status < 300 && accepted++ % 4 == 0) {
      Matcher m = CASE_IN_PATH.matcher(path);
      if (m.find()) {
        return caseAsSeenByTheApi(m.group(1));
      }
    }
    return null;
  }

  private static String difference(String before, String after) {
    String[] b = before.split("\\|", -1);
    String[] a = after.split("\\|", -1);
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        changed.add(SNAPSHOT_PARTS.get(i) + " " + b[i] + " -> " + a[i]);
      }
    }
    return String.join(", ", changed);
  }

  private static final List<String> SNAPSHOT_PARTS =
      List.of(
          "cases",
          "events",
          "hands",
          "duties",
          "presence",
          "people",
          "desks",
          "roster",
          "unit members",
          "policy revisions",
          "webhooks",
          "watchlist",
          "clusters",
          "service accounts",
          "TelkomCare messages",
          "idempotency keys",
          "all people",
          "all cases",
          "sessions");

  /** Everything a step could change, world by world; a refused step must leave it as it was. */
  private String snapshot() {
    Row row =
        query(
                "select"
                    + " (select md5(coalesce(string_agg(c::text, ',' order by c.id), '')) from hard_complaint_case c where c.id = any($1))"
                    + " || '|' || (select count(*) || '/' || coalesce(max(e.id), 0) from case_event e where e.case_id = any($1))"
                    + " || '|' || (select md5(coalesce(string_agg(h::text, ',' order by h.id), '')) from escalation h where h.case_id = any($1))"
                    + " || '|' || (select md5(coalesce(string_agg(d::text, ',' order by d.key), '')) from duty d where d.case_id = any($1))"
                    + " || '|' || (select md5(coalesce(string_agg(p::text, ',' order by p.username), '')) from presence p where p.username = any($2))"
                    + " || '|' || (select md5(coalesce(string_agg(u::text, ',' order by u.username), '')) from user_account u where u.username = any($2) or u.cluster_id = any($3))"
                    + " || '|' || (select md5(coalesce(string_agg(k::text, ',' order by k.id), '')) from desk k where k.cluster_id = any($3))"
                    + " || '|' || (select md5(coalesce(string_agg(r::text, ',' order by r.id), '')) from roster_shift r where r.cluster_id = any($3))"
                    + " || '|' || (select md5(coalesce(string_agg(m::text, ',' order by m.unit, m.username), '')) from related_unit_member m)"
                    + " || '|' || (select md5(coalesce(string_agg(v::text, ',' order by v::text), '')) from policy_revision v)"
                    + " || '|' || (select count(*) from webhook_subscription)"
                    + " || '|' || (select count(*) from watchlist_entry)"
                    + " || '|' || (select count(*) from cluster)"
                    + " || '|' || (select count(*) from service_account)"
                    + " || '|' || (select count(*) from telkomcare_message)"
                    + " || '|' || (select count(*) from idempotency_key)"
                    + " || '|' || (select count(*) from user_account)"
                    + " || '|' || (select count(*) from hard_complaint_case)"
                    + " || '|' || (select count(*) from user_session s where s.username = any($2))"
                    + " as snapshot",
                Tuple.of(caseIds(), usernameArray(), pools.get("clusters").toArray(String[]::new)))
            .iterator()
            .next();
    return row.getString("snapshot");
  }

  /** At most one open hand per case; duties consistent with the case's state. */
  private List<String> brokenInvariants() {
    List<String> broken = new ArrayList<>();
    for (Row row :
        query(
            "select 'two-open-hands: case ' || case_id || ' has ' || count(*) as broken"
                + " from escalation where case_id = any($1) and status in ('RAISED', 'LISTENING')"
                + " group by case_id having count(*) > 1"
                + " union all"
                + " select 'duty-on-closed-case: ' || d.key from duty d"
                + " join hard_complaint_case c on c.id = d.case_id"
                + " where d.case_id = any($1) and c.status = 'CLOSED'"
                + " union all"
                + " select 'duty-on-normal-complaint: ' || d.key from duty d"
                + " join hard_complaint_case c on c.id = d.case_id"
                + " where d.case_id = any($1) and d.kind <> 'ACKNOWLEDGE' and not c.hard_complaint"
                + " union all"
                + " select 'acknowledge-duty-without-raised-hand: ' || d.key || ' hand ' || coalesce(e.status, 'none')"
                + " from duty d left join escalation e on e.id = d.escalation_id"
                + " where d.case_id = any($1) and d.kind = 'ACKNOWLEDGE' and coalesce(e.status, '') <> 'RAISED'",
            Tuple.of(caseIds()))) {
      broken.add(row.getString("broken"));
    }
    return broken;
  }

  /** R-X-3: events are only ever appended, each case's in time order. */
  private Violation timelinesOnlyGrow() {
    UUID[] ids = caseIds();
    for (String caseId : cases()) {
      if (!timelines.containsKey(caseId)) {
        // a case first met now (a thread the world's message joined): its history so far
        List<Long> history = new ArrayList<>();
        for (Row row :
            query(
                "select id, at from case_event where case_id = $1 and id <= $2 order by id",
                Tuple.of(UUID.fromString(caseId), lastEventId))) {
          history.add(row.getLong("id"));
          lastEventAt.put(caseId, row.getOffsetDateTime("at"));
        }
        timelines.put(caseId, history);
      }
    }
    for (Row row :
        query(
            "select id, case_id, at from case_event where case_id = any($1) and id > $2 order by id",
            Tuple.of(ids, lastEventId))) {
      String caseId = row.getUUID("case_id").toString();
      OffsetDateTime at = row.getOffsetDateTime("at");
      OffsetDateTime previous = lastEventAt.get(caseId);
      if (previous != null && at.isBefore(previous)) {
        return new Violation("timeline-out-of-order", caseId + ": " + at + " after " + previous);
      }
      lastEventAt.put(caseId, at);
      timelines.computeIfAbsent(caseId, k -> new ArrayList<>()).add(row.getLong("id"));
      lastEventId = Math.max(lastEventId, row.getLong("id"));
    }
    for (Row row :
        query(
            "select case_id, count(*) as n from case_event where case_id = any($1) group by case_id",
            Tuple.of(ids))) {
      String caseId = row.getUUID("case_id").toString();
      int known = timelines.getOrDefault(caseId, List.of()).size();
      if (row.getLong("n") != known) {
        return new Violation(
            "timeline-shrank", caseId + ": " + row.getLong("n") + " events, " + known + " seen");
      }
    }
    return null;
  }

  private Violation caseAsSeenByTheApi(String caseId) {
    Response r = Api.as("spv1").get("/api/v1/cases/" + caseId);
    if (r.statusCode() != 200) {
      return new Violation(
          "case-unreadable", caseId + " " + r.statusCode() + " " + abbreviate(r.asString()));
    }
    List<Long> shown = new ArrayList<>();
    r.jsonPath()
        .getList("timeline.id")
        .forEach(id -> shown.add(Long.parseLong(String.valueOf(id))));
    List<Long> known = timelines.getOrDefault(caseId, List.of());
    if (!Objects.equals(shown, known)) {
      return new Violation(
          "timeline-differs-from-log", caseId + ": API " + shown + ", log " + known);
    }
    return null;
  }

  private UUID[] caseIds() {
    return cases().stream().map(UUID::fromString).toArray(UUID[]::new);
  }

  private String[] usernameArray() {
    return pools.get("users").toArray(String[]::new);
  }

  private RowSet<Row> query(String sql, Tuple arguments) {
    return pool.preparedQuery(sql).execute(arguments).await().indefinitely();
  }

  /** Stops this world's clocks and takes its people off the floor, so later tests meet nothing. */
  void retire() {
    UUID[] ids = caseIds();
    query("delete from duty where case_id = any($1)", Tuple.of((Object) ids));
    query("delete from presence where username = any($1)", Tuple.of((Object) usernameArray()));
    query(
        "delete from webhook_subscription where id::text = any($1)",
        Tuple.of((Object) pools.getOrDefault("webhooks", List.of()).toArray(String[]::new)));
  }

  List<String> created(String poolName) {
    return pools.getOrDefault(poolName, List.of());
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 400 ? s.substring(0, 400) + "..." : s;
  }
}
