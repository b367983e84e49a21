package id.sigap.security;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseInFollowUp;
import static id.sigap.support.Api.caseOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-I-1 over the API: the telephony's CTI account creates cases and records call events on behalf
 * of the person on the call, who owns and sees them; call and recording ids and the complaint
 * application's ticket number are kept and searchable.
 */
@QuarkusTest
class OnBehalfOfTest {

  static String ctiToken;
  static String ctiName;
  static String ctiOfC2Token;

  @BeforeEach
  void ctiAccounts() {
    if (ctiToken != null) {
      return;
    }
    ctiName = ServiceAccountTest.name();
    ctiToken = tokenOf(ServiceAccountTest.create(ctiName, "CTI", null));
    ctiOfC2Token = tokenOf(ServiceAccountTest.create(ServiceAccountTest.name(), "CTI", "C2"));
  }

  static String tokenOf(JsonPath created) {
    return ServiceAccountTest.token(
            created.getString("account.clientId"), created.getString("clientSecret"))
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  static RequestSpecification cti(String token, String onBehalfOf) {
    RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON);
    return onBehalfOf == null ? request : request.header(OnBehalfOf.HEADER, onBehalfOf);
  }

  static Map<String, Object> newCase(String ticket) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "INBOUND_VOICE");
    body.put("customer", Map.of("name", "Sari Dewi", "phone", "0813-2222-7777"));
    body.put("summary", "Tagihan dobel dua bulan, minta bicara dengan atasan");
    body.put("callId", "CALL-" + ticket);
    body.put("recordingId", "REC " + ticket);
    body.put("ticketNumber", ticket);
    return body;
  }

  static String ticket() {
    return "TC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  @Test
  void aCtiAccountCreatesACaseForAgent1WhoOwnsAndSeesIt_R_I_1() {
    String ticket = ticket();
    String caseId =
        cti(ctiToken, "agent1")
            .body(newCase(ticket))
            .post("/api/v1/cases")
            .then()
            .statusCode(201)
            .body("createdBy", equalTo("agent1"))
            .body("clusterId", equalTo("C1"))
            .body("ticketNumber", equalTo(ticket))
            .extract()
            .path("id");

    JsonPath seen = caseOf("agent1", caseId);
    assertThat(seen.getString("createdBy")).isEqualTo("agent1");
    assertThat(seen.getString("timeline[0].actor")).isEqualTo("agent1");
    assertThat(seen.getString("timeline[0].recordedBy")).isEqualTo(ctiName);
    assertThat(seen.getString("recordings[0].callId")).isEqualTo("CALL-" + ticket);
    // QC opens the recording from the case, at the telephony's player
    JsonPath qc = caseOf("qc1", caseId);
    assertThat(qc.getString("recordings[0].link"))
        .isEqualTo("https://rekaman.test/play/REC%20" + ticket);
    assertThat(qc.getString("recordings[0].recordedBy")).isEqualTo(ctiName);
    // the ticket number finds the case
    List<String> found =
        as("agent1")
            .queryParam("ticket", ticket)
            .get("/api/v1/cases")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id");
    assertThat(found).containsExactly(caseId);
    // agent1 acts on it as their own case
    as("agent1")
        .body(Map.of("criteria", List.of("C-IN-1")))
        .put("/api/v1/cases/" + caseId + "/assessment")
        .then()
        .statusCode(200);
  }

  @Test
  void whoIsActedForMustBeNamedActiveAndAllowedAndOfTheAccountsCluster_R_I_1() {
    String ticket = ticket();
    cti(ctiToken, null)
        .body(newCase(ticket))
        .post("/api/v1/cases")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("rule", equalTo("R-I-1"))
        .body("detail", containsString(OnBehalfOf.HEADER));
    cti(ctiToken, "tl1")
        .body(newCase(ticket))
        .post("/api/v1/cases")
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-I-1"))
        .body("detail", containsString("tl1 is TEAM_LEADER"));
    cti(ctiToken, "nobody-" + ticket)
        .body(newCase(ticket))
        .post("/api/v1/cases")
        .then()
        .statusCode(422)
        .body("title", equalTo("Unknown person"));
    cti(ctiOfC2Token, "agent1")
        .body(newCase(ticket))
        .post("/api/v1/cases")
        .then()
        .statusCode(422)
        .body("detail", containsString("not of cluster C2"));
    // a person cannot act for another
    as("agent2")
        .header(OnBehalfOf.HEADER, "agent1")
        .body(newCase(ticket))
        .post("/api/v1/cases")
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-I-1"));
    // nothing was created by any of these
    assertThat(
            as("spv1")
                .queryParam("ticket", ticket)
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id"))
        .isEmpty();
    // the C2 account acts for agent3, of C2
    cti(ctiOfC2Token, "agent3")
        .body(newCase(ticket))
        .post("/api/v1/cases")
        .then()
        .statusCode(201)
        .body("createdBy", equalTo("agent3"));
  }

  @Test
  void aCtiAccountRecordsCallEventsButNothingElse_R_I_1() {
    String caseId = caseInFollowUp();
    String callBackId =
        cti(ctiToken, "tl1")
            .body(
                Map.of(
                    "deskId", "DESK-C1",
                    "outcome", "REACHED",
                    "final", false,
                    "note", "Dihubungi dari meja TL",
                    "callId", "CALL-CB-1",
                    "recordingId", "REC-CB-1"))
            .post("/api/v1/cases/" + caseId + "/callbacks")
            .then()
            .statusCode(201)
            .body("actor", equalTo("tl1"))
            .body("recordedBy", equalTo(ctiName))
            .body("callId", equalTo("CALL-CB-1"))
            .extract()
            .path("id")
            .toString();
    JsonPath seen = caseOf("tl1", caseId);
    assertThat(seen.getList("recordings.eventId").toString()).contains(callBackId);
    // a call back is the TL's, not the agent's
    cti(ctiToken, "agent1")
        .body(Map.of("deskId", "DESK-C1", "outcome", "REACHED", "final", false))
        .post("/api/v1/cases/" + caseId + "/callbacks")
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-I-1"));
    // the checklist and closing are people's work only
    cti(ctiToken, "agent1")
        .body(Map.of("criteria", List.of("C-IN-1")))
        .put("/api/v1/cases/" + caseId + "/assessment")
        .then()
        .statusCode(403);
    cti(ctiToken, "tl1")
        .body(Map.of("resolution", "Selesai"))
        .post("/api/v1/cases/" + caseId + "/close")
        .then()
        .statusCode(403);
    assertThat(caseOf("tl1", caseId).getList("timeline")).hasSize(seen.getList("timeline").size());
  }

  @Test
  void theTicketNumberIsRecordedOnceAndCorrected_R_I_1() {
    String caseId = caseInFollowUp();
    String ticket = ticket();
    cti(ctiToken, "agent1")
        .body(Map.of("ticketNumber", ticket))
        .put("/api/v1/cases/" + caseId + "/ticket-number")
        .then()
        .statusCode(200)
        .body("ticketNumber", equalTo(ticket));
    cti(ctiToken, "agent1")
        .body(Map.of("ticketNumber", ticket))
        .put("/api/v1/cases/" + caseId + "/ticket-number")
        .then()
        .statusCode(409)
        .body("rule", equalTo("R-I-1"));
    as("tl1")
        .body(Map.of("ticketNumber", "not a ticket!"))
        .put("/api/v1/cases/" + caseId + "/ticket-number")
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-I-1"));
    String corrected = ticket + "-1";
    JsonPath after =
        as("tl1")
            .body(Map.of("ticketNumber", corrected))
            .put("/api/v1/cases/" + caseId + "/ticket-number")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(after.getString("ticketNumber")).isEqualTo(corrected);
    List<Map<String, Object>> recorded =
        after.getList("timeline.findAll { it.type == 'TICKET_NUMBER_RECORDED' }");
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(0))
        .containsEntry("recordedBy", ctiName)
        .containsEntry("actor", "agent1");
    assertThat(recorded.get(1)).containsEntry("previous", ticket).containsEntry("actor", "tl1");
  }

  @Test
  void ctiIsAnIntegratorsRoleNotAPersons_R_I_1() {
    as("admin1")
        .body(Map.of("username", "zz-cti-" + ticket().toLowerCase(), "name", "CTI", "role", "CTI"))
        .post("/api/v1/admin/users")
        .then()
        .statusCode(422)
        .body("rule", equalTo("R-I-1"));
  }
}
