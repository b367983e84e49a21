package id.sigap.telkomcare;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static id.sigap.telkomcare.TelkomCareThreadTest.SHOUTS;
import static id.sigap.telkomcare.TelkomCareThreadTest.START;
import static id.sigap.telkomcare.TelkomCareThreadTest.handle;
import static id.sigap.telkomcare.TelkomCareThreadTest.is;
import static id.sigap.telkomcare.TelkomCareThreadTest.message;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import id.sigap.support.Api;
import id.sigap.support.StreamClient;
import id.sigap.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R-C-9 through the API: a thread a social-listening tool feeds goes to a TelkomCare agent of the
 * cluster, who is told at once, sees it, corrects its criteria, answers the customer and reports it
 * to the TL (R-TC-2, from their workstation, R-F-6); only agents answer threads.
 */
@QuarkusTest
class TelkomCareAgentsTest {

  static final String CLUSTER = "C1"; // sigap.telkomcare.cluster in the demo center

  @TestHTTPResource("/")
  URI base;

  String agent;
  String desk;

  @AfterEach
  void agentGoesHome() {
    if (agent != null) {
      post(agent, "/api/v1/presence/check-out", null);
    }
  }

  /**
   * A TelkomCare agent new to the cluster, checked in at a workstation: no open threads and never
   * given one, so the next thread is theirs (the "aa-" name sorts before every other such agent).
   */
  String telkomCareAgentAtTheirDesk() {
    String username = "aa-tc-" + UUID.randomUUID().toString().substring(0, 8);
    as("admin1")
        .body(
            Map.of(
                "username",
                username,
                "name",
                "Agen TelkomCare",
                "role",
                "AGENT",
                "clusterId",
                CLUSTER,
                "password",
                username,
                "telkomCare",
                true))
        .post("/api/v1/admin/users")
        .then()
        .statusCode(201)
        .body("telkomCare", equalTo(true));
    desk = TestUsers.desk(CLUSTER, "WORKSTATION", false);
    post(username, "/api/v1/presence/check-in", Map.of("deskId", desk)).then().statusCode(200);
    agent = username;
    return username;
  }

  /** A social-listening tool's service account, signed in. */
  static String listeningTool() {
    JsonPath created =
        as("admin1")
            .body(
                Map.of(
                    "name",
                    "listening-" + UUID.randomUUID().toString().substring(0, 8),
                    "role",
                    "SUPERVISOR"))
            .post("/api/v1/service-accounts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", created.getString("account.clientId"))
        .formParam("client_secret", created.getString("clientSecret"))
        .post("/api/v1/auth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  static Response feed(String token, Map<String, Object> message) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(message)
        .post(TelkomCareThreadTest.MESSAGES);
  }

  @Test
  void aThreadFromAListeningToolGoesToATelkomCareAgentWhoSeesCorrectsRepliesAndReportsIt_R_C_9()
      throws Exception {
    String me = telkomCareAgentAtTheirDesk();
    String tool = listeningTool();
    String handle = handle();
    try (StreamClient stream = StreamClient.open(base, Api.token(me), "")) {
      String caseId =
          feed(tool, message(handle + "-0", handle, SHOUTS.get(0), START))
              .then()
              .statusCode(201)
              .extract()
              .path("caseId");

      JsonNode assigned =
          stream.await(e -> is(e, "THREAD_ASSIGNED", caseId), Duration.ofSeconds(5));
      assertThat(assigned).as("the agent's screen is told").isNotNull();
      assertThat(assigned.path("agent").asText()).isEqualTo(me);
      assertThat(assigned.path("reason").asText()).isEqualTo("CHECKED_IN");
      assertThat(assigned.path("alertFor").get(0).asText()).isEqualTo(me);

      JsonPath view = caseOf(me, caseId);
      assertThat(view.getString("createdBy")).isEqualTo(me);
      assertThat(view.getList("allowedActions", String.class))
          .contains("correct-criterion", "reply");
      assertThat(as(me).get("/api/v1/cases?size=200").jsonPath().getList("id", String.class))
          .contains(caseId);
      // another agent does not see it; the tool's messages still join the thread
      as("agent1").get("/api/v1/cases/" + caseId).then().statusCode(404);

      as(me)
          .body(Map.of("met", true, "reason", "Pelanggan mengancam lewat DM akan ke media"))
          .put("/api/v1/cases/" + caseId + "/telkomcare-criteria/C-TC-4")
          .then()
          .statusCode(200);
      for (int i = 1; i < SHOUTS.size(); i++) {
        feed(tool, message(handle + "-" + i, handle, SHOUTS.get(i), START.plusSeconds(60L * i)))
            .then()
            .statusCode(201)
            .body("caseId", equalTo(caseId));
      }
      JsonPath hard = caseOf(me, caseId);
      assertThat(hard.getBoolean("hardComplaint")).isTrue();
      // R-TC-2: the report to the TL is the agent's, and tells the TL where to walk (R-F-6)
      Map<String, Object> raised =
          hard.getList("timeline", Map.class).stream()
              .filter(e -> "HAND_RAISED".equals(e.get("type")))
              .findFirst()
              .orElseThrow();
      assertThat(raised.get("actor")).isEqualTo(me);
      assertThat(raised.get("workstation")).isEqualTo(desk);

      as(me)
          .body(Map.of("text", "Mohon maaf atas gangguannya, Kak. Teknisi kami datang hari ini."))
          .post("/api/v1/cases/" + caseId + "/replies")
          .then()
          .statusCode(200)
          .body("timeline[-1].type", equalTo("REPLY_SENT"))
          .body("timeline[-1].actor", equalTo(me))
          .body(
              "timeline[-1].text",
              equalTo("Mohon maaf atas gangguannya, Kak. Teknisi kami datang hari ini."));
      // the TL directing the answer may reply too; a PIC Ticket not handed the thread may not
      as("tl1")
          .body(Map.of("text", "Kami pantau langsung, Kak."))
          .post("/api/v1/cases/" + caseId + "/replies")
          .then()
          .statusCode(200);
      int events = caseOf(me, caseId).getList("timeline").size();
      as("pic1")
          .body(Map.of("text", "Halo"))
          .post("/api/v1/cases/" + caseId + "/replies")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("rule", equalTo("R-C-9"));
      as(me)
          .body(Map.of("text", " "))
          .post("/api/v1/cases/" + caseId + "/replies")
          .then()
          .statusCode(400);
      assertThat(caseOf(me, caseId).getList("timeline")).hasSize(events);
    }
  }

  @Test
  void aThreadAnAgentFeedsStaysTheirs_R_C_9() {
    String handle = handle();
    String caseId =
        TelkomCareThreadTest.send("agent1", message(handle + "-0", handle, "halo", START))
            .then()
            .statusCode(201)
            .extract()
            .path("caseId");
    JsonPath view = caseOf("agent1", caseId);
    assertThat(view.getString("createdBy")).isEqualTo("agent1");
    assertThat(view.getList("timeline.type", String.class)).doesNotContain("THREAD_ASSIGNED");
  }

  @Test
  void aVoiceComplaintIsNotRepliedToAsAThread_R_C_9() {
    String caseId = Api.newCase("agent1");
    as("agent1")
        .body(Map.of("text", "Halo"))
        .post("/api/v1/cases/" + caseId + "/replies")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-C-9"));
  }

  @Test
  void onlyAnAgentAnswersTelkomCareThreads_R_C_9() {
    String tl = "zz-tl-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> person = new HashMap<>();
    person.put("username", tl);
    person.put("name", "Bukan Agen");
    person.put("role", "TEAM_LEADER");
    person.put("clusterId", CLUSTER);
    person.put("telkomCare", true);
    as("admin1")
        .body(person)
        .post("/api/v1/admin/users")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-C-9"));
    assertThat(as("admin1").get("/api/v1/admin/users").jsonPath().getList("username", String.class))
        .doesNotContain(tl);

    String agentName = "zz-agent-" + UUID.randomUUID().toString().substring(0, 8);
    person.put("username", agentName);
    person.put("role", "AGENT");
    as("admin1").body(person).post("/api/v1/admin/users").then().statusCode(201);
    Map<String, Object> change = new HashMap<>();
    change.put("name", "Agen Pindah");
    change.put("role", "TEAM_LEADER");
    change.put("clusterId", CLUSTER);
    change.put("active", true);
    change.put("telkomCare", true);
    as("admin1")
        .body(change)
        .put("/api/v1/admin/users/" + agentName)
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-C-9"));
    // another role without a word on it: the person answers threads no more
    change.remove("telkomCare");
    as("admin1")
        .body(change)
        .put("/api/v1/admin/users/" + agentName)
        .then()
        .statusCode(200)
        .body("role", equalTo("TEAM_LEADER"))
        .body("telkomCare", equalTo(false));
    List<Map<String, Object>> all = as("admin1").get("/api/v1/admin/users").jsonPath().getList("");
    assertThat(all)
        .anySatisfy(
            u -> {
              assertThat(u.get("username")).isEqualTo("agent4");
              assertThat(u.get("telkomCare")).isEqualTo(true);
            });
  }
}
