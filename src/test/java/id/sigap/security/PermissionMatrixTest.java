package id.sigap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.Api;
import id.sigap.support.TestUsers;
import id.sigap.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed OpenAPI document, called as every role and with every kind of
 * bad token, answers as {@code docs/permissions.md} declares.
 */
@QuarkusTest
class PermissionMatrixTest {

  static final Path DOCUMENT = Path.of("openapi", "sigap.json");
  static final Path DECLARATION = Path.of("docs", "permissions.md");

  static final List<String> ROLES =
      List.of(
          "AGENT",
          "TEAM_LEADER",
          "SUPERVISOR",
          "MANAGER",
          "QC",
          "PIC_TICKET",
          "LIAISON_OFFICER",
          "ADMIN");

  /** R-I-1: the integrator's role, a service account acting for the cluster's agent or TL. */
  static final String CTI = "CTI";

  /**
   * Operations that end the caller's session: called last, so that they do not sign out the callers
   * of the others.
   */
  static final Set<String> SIGNING_OUT = Set.of("logout");

  /** People of another cluster: for them the test case does not exist. */
  static final Map<String, String> OTHER_CLUSTER = Map.of("AGENT", "agent3", "TEAM_LEADER", "tl2");

  /** Valid bodies, so that allowed roles reach the handler and not the validator. */
  static final Map<String, Object> BODIES =
      Map.ofEntries(
          Map.entry("login", Map.of("username", "agent2", "password", "agent2")),
          Map.entry("handOverToPicTicket", Map.of("pic", "pic1")),
          Map.entry("correctTelkomCareCriterion", Map.of("met", true, "reason", "Menyebut BRTI")),
          Map.entry("replyToTelkomCareThread", Map.of("text", "Mohon maaf, Kak")),
          Map.entry(
              "createCase",
              Map.of(
                  "channel",
                  "INBOUND_VOICE",
                  "customer",
                  Map.of("name", "Budi", "phone", "+62 812 3456 7890"),
                  "summary",
                  "Internet mati")),
          Map.entry("assessCase", Map.of("criteria", List.of("C-IN-1"))),
          // unknown customers and merges: 404 after the role check, nothing merged
          Map.entry(
              "mergeCustomer",
              Map.of("into", "00000000-0000-0000-0000-000000000000", "reason", "r")),
          Map.entry("undoCustomerMerge", Map.of("reason", "r")),
          Map.entry("recordTicketNumber", Map.of("ticketNumber", "TC-MATRIX-1")),
          Map.entry("identifyProblem", Map.of("category", "TAGIHAN")),
          Map.entry("giveDirection", Map.of("direction", "d")),
          Map.entry("nameHandlingTl", Map.of("tl", "tl1")),
          Map.entry("raiseHand", Map.of()),
          Map.entry("transfer", Map.of("deskId", "EXT-TL1")),
          Map.entry(
              "coordinate",
              Map.of("unit", "COMPLAINT_HANDLING", "note", "n", "policyDecision", false)),
          Map.entry("checkProgress", Map.of("note", "n")),
          Map.entry(
              "callBack",
              Map.of("deskId", "DESK-C1", "outcome", "REACHED", "note", "n", "final", false)),
          Map.entry("requirePolicyDecision", Map.of("note", "n")),
          Map.entry("serveAtWorkstation", Map.of("followUpPlan", "p")),
          Map.entry("reviewFlag", Map.of("confirmed", true)),
          Map.entry("close", Map.of("resolution", "r")),
          Map.entry("checkIn", Map.of("deskId", "DESK-C1")),
          Map.entry("withdrawHand", Map.of("reason", "CUSTOMER_HUNG_UP")),
          Map.entry("endCall", Map.of("how", "CLOSED_FOR_FOLLOW_UP")),
          Map.entry("recordCustomerChoice", Map.of("choice", "CALL_BACK")),
          Map.entry(
              "rescheduleCallBack",
              Map.of("dueAt", "2099-01-01T00:00:00Z", "reason", "r", "agreedWithCustomer", true)),
          Map.entry("requestUnreachedClosing", Map.of("reason", "r")),
          Map.entry("answerCoordination", Map.of("answer", "ACCEPTED")),
          Map.entry("replaceUnitMembers", Map.of("usernames", List.of("zz-nobody"))),
          Map.entry("flagMissedHardComplaint", Map.of("criteria", List.of("C-IN-1"), "note", "n")),
          Map.entry("requestHandover", Map.of("to", "tl1", "reason", "END_OF_SHIFT")),
          // not https: refused (422) after the role check, so no push service is ever called
          Map.entry(
              "subscribePush",
              Map.of(
                  "endpoint",
                  "ftp://push.example/matrix",
                  "keys",
                  Map.of("p256dh", "x", "auth", "x"))),
          Map.entry("unsubscribePush", Map.of("endpoint", "https://push.example/matrix")));

  record Operation(String method, String path, String operationId) {
    String key() {
      return method + " " + path;
    }
  }

  /**
   * One person per role, made for this test (agent and TL in a cluster of their own), since calling
   * every operation includes signing out.
   */
  Map<String, String> userOfRole;

  String caseId;
  String escalationId;

  /** A CTI account's token, for the column of its own. */
  String ctiToken;

  @BeforeEach
  void onePersonPerRoleAndACaseOfTheirsWithARaisedHand() {
    userOfRole = new LinkedHashMap<>();
    String cluster = TestUsers.cluster();
    for (String role : ROLES) {
      boolean clustered = role.equals("AGENT") || role.equals("TEAM_LEADER");
      userOfRole.put(role, TestUsers.create(role, clustered ? cluster : null));
    }
    ctiToken =
        OnBehalfOfTest.tokenOf(ServiceAccountTest.create(ServiceAccountTest.name(), CTI, cluster));
    String agent = userOfRole.get("AGENT");
    caseId = call(Api.as(agent), new Operation("POST", "/api/v1/cases", "createCase")).path("id");
    Api.assess(agent, caseId, List.of("C-IN-1")).then().statusCode(200);
    escalationId = Api.raiseHand(agent, caseId).then().statusCode(201).extract().path("id");
  }

  @Test
  void everyOperationDeclaresItsRolesAndEveryDeclarationIsAnOperation() throws IOException {
    Set<String> operations = new java.util.TreeSet<>();
    operations().forEach(op -> operations.add(op.key()));
    assertThat(declared().keySet())
        .as("operations of %s without a row in %s", DOCUMENT, DECLARATION)
        .containsAll(operations);
    assertThat(operations)
        .as("rows of %s that are not operations of %s", DECLARATION, DOCUMENT)
        .containsAll(declared().keySet());
  }

  @Test
  void qcReviewsButNeverFollowsUp() throws IOException {
    // QC reads; its only other calls open the read-only stream, sign out, ask for a TelkomCare
    // verdict, which stores nothing, and flag a hard complaint the agent missed (R-C-7)
    Set<String> notReading =
        Set.of(
            "POST /api/v1/stream/tickets",
            "POST /api/v1/auth/logout",
            "POST /api/v1/telkomcare/assessments",
            "POST /api/v1/cases/{id}/missed-flag",
            "POST /api/v1/cases/{id}/acknowledgements");
    declared()
        .forEach(
            (operation, roles) -> {
              if ("yes".equals(roles.get("QC")) && !operation.startsWith("GET ")) {
                assertThat(notReading).as("QC may " + operation).contains(operation);
              }
            });
  }

  @Test
  void everyRoleGetsExactlyWhatTheDeclarationSays() throws IOException {
    Map<String, Map<String, String>> declared = declared();
    Map<String, String> badTokens = new LinkedHashMap<>();
    badTokens.put("another key's signature", Tokens.signedByAnotherKey());
    badTokens.put("a forged groups claim", Tokens.withForgedGroups(Api.token("agent1"), "ADMIN"));
    badTokens.put("an expired token", Tokens.expired());
    badTokens.put("an unsigned (alg none) token", Tokens.unsigned());
    SoftAssertions softly = new SoftAssertions();
    List<Operation> signingOutLast =
        operations().stream()
            .sorted(java.util.Comparator.comparing(op -> SIGNING_OUT.contains(op.operationId())))
            .toList();
    for (Operation op : signingOutLast) {
      Map<String, String> roles = declared.get(op.key());
      assertThat(roles).as("declared roles of " + op.key()).isNotNull();
      boolean isPublic = roles.containsValue("public");
      int anonymous = call(given(), op).statusCode();
      Map<String, RequestSpecification> callers = new LinkedHashMap<>();
      userOfRole.forEach((role, user) -> callers.put(role, Api.as(user)));
      callers.put(CTI, asCti(roles));
      for (var entry : callers.entrySet()) {
        String role = entry.getKey();
        int status = call(entry.getValue(), op).statusCode();
        String what = op.key() + " as " + role;
        switch (roles.get(role)) {
          case "yes" -> softly.assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
          case "no" -> softly.assertThat(status).as(what).isEqualTo(403);
          case "public" -> softly.assertThat(status).as(what).isEqualTo(anonymous);
          default -> softly.fail("%s: unknown declaration %s", what, roles.get(role));
        }
      }
      if (isPublic) {
        softly.assertThat(anonymous).as(op.key() + " without a token").isNotEqualTo(403);
      } else {
        softly.assertThat(anonymous).as(op.key() + " without a token").isEqualTo(401);
      }
      for (var bad : badTokens.entrySet()) {
        int status = call(given().auth().oauth2(bad.getValue()), op).statusCode();
        softly
            .assertThat(status)
            .as(op.key() + " with " + bad.getKey())
            .isEqualTo(isPublic ? anonymous : 401);
      }
    }
    softly.assertAll();
  }

  @Test
  void anotherClustersCaseIsNotFoundOnEveryOperationOnIt() throws IOException {
    Map<String, Map<String, String>> declared = declared();
    SoftAssertions softly = new SoftAssertions();
    for (Operation op : operations()) {
      if (!op.path().contains("{id}") || !op.path().matches("/api/v1/(cases|escalations)/.*")) {
        continue;
      }
      for (var entry : OTHER_CLUSTER.entrySet()) {
        if (!"yes".equals(declared.get(op.key()).get(entry.getKey()))) {
          continue;
        }
        softly
            .assertThat(call(Api.as(entry.getValue()), op).statusCode())
            .as(op.key() + " as " + entry.getValue() + " of another cluster")
            .isEqualTo(404);
      }
    }
    for (String other : OTHER_CLUSTER.values()) {
      List<String> listed = Api.as(other).get("/api/v1/cases?size=200").jsonPath().getList("id");
      softly.assertThat(listed).as("cases listed to " + other).doesNotContain(caseId);
    }
    softly.assertAll();
  }

  /** The CTI account, acting for the cluster's agent where agents may act, else for its TL. */
  private RequestSpecification asCti(Map<String, String> roles) {
    String person =
        "yes".equals(roles.get("AGENT")) ? userOfRole.get("AGENT") : userOfRole.get("TEAM_LEADER");
    return given().auth().oauth2(ctiToken).header(OnBehalfOf.HEADER, person);
  }

  private io.restassured.response.Response call(RequestSpecification request, Operation op) {
    String path = op.path();
    if (path.contains("{id}")) {
      // a service account id that does not exist: the admin reaches the handler and gets 404
      String id =
          path.startsWith("/api/v1/escalations/")
              ? escalationId
              : path.startsWith("/api/v1/cases/") ? caseId : java.util.UUID.randomUUID().toString();
      path = path.replace("{id}", id);
    }
    path = path.replace("{criterion}", "C-TC-4");
    // a delivery of a webhook that does not exist: the admin reaches the handler and gets 404
    path = path.replace("{deliveryId}", "1");
    // an account that does not exist: the admin reaches the handler
    path = path.replace("{username}", "zz-nobody");
    // a related unit whose members the admin's refused change (nobody) leaves as they are
    path = path.replace("{unit}", "MANAGER");
    request.contentType(ContentType.JSON);
    Object body = BODIES.get(op.operationId());
    if (body != null) {
      request.body(body);
    }
    return request.request(op.method(), path);
  }

  static List<Operation> operations() throws IOException {
    JsonNode doc = new ObjectMapper().readTree(Files.readString(DOCUMENT));
    List<Operation> ops = new ArrayList<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            ops.add(
                                new Operation(
                                    op.getKey().toUpperCase(),
                                    path.getKey(),
                                    op.getValue().path("operationId").asText()))));
    return ops;
  }

  /** {@code "POST /api/v1/cases" -> {AGENT: yes, TEAM_LEADER: no, ...}} from the Markdown table. */
  static Map<String, Map<String, String>> declared() throws IOException {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    List<String> roles = null;
    for (String line : Files.readAllLines(DECLARATION)) {
      if (!line.startsWith("|")) {
        continue;
      }
      String[] cells = line.substring(1).split("\\|");
      if (cells[0].trim().equals("operation")) {
        roles = new ArrayList<>();
        for (int i = 1; i < cells.length; i++) {
          roles.add(cells[i].trim());
        }
      } else if (cells[0].trim().startsWith("`") && roles != null) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i < cells.length; i++) {
          row.put(roles.get(i - 1), cells[i].trim());
        }
        rows.put(cells[0].trim().replace("`", ""), row);
      }
    }
    return rows;
  }
}
