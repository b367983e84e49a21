package id.sigap.platform;

import static id.sigap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits and headers that hold for every answer, whatever the route. */
@QuarkusTest
class HttpHardeningTest {

  static final String SCRIPT = "<script>alert('pwned')</script> & \"quotes\" </textarea>";

  static Map<String, Object> newCase(String summary) {
    return Map.of(
        "channel",
        "INBOUND_VOICE",
        "customer",
        Map.of("name", "Budi", "phone", "+62 812 3456 7890"),
        "summary",
        summary);
  }

  @Test
  void aSixMebibyteBodyIsRefusedAs413ProblemJson() {
    String huge = "x".repeat(6 * 1024 * 1024);
    as("agent1")
        .body(newCase(huge))
        .post("/api/v1/cases")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
    // before any sign-in is checked, too
    given()
        .contentType("application/json")
        .body("{\"username\":\"" + huge + "\"}")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  @Test
  void securityHeadersAreOnEveryAnswerIncludingStaticFilesAndErrors() {
    String caseId = Api.newCase("agent1");
    Response[] answers = {
      as("agent1").get("/api/v1/desks"),
      as("agent1").get("/api/v1/cases/" + caseId),
      given().get("/api/v1/cases"),
      as("tl2").get("/api/v1/cases/" + caseId),
      given().get("/security-headers-probe.txt"),
      given().get("/q/health/ready"),
      given().get("/no/such/page"),
    };
    for (Response answer : answers) {
      answer
          .then()
          .header("Content-Security-Policy", containsString("default-src 'self'"))
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
          .header("X-Content-Type-Options", equalTo("nosniff"))
          .header("Referrer-Policy", equalTo("no-referrer"))
          // plain HTTP: no HSTS, which only answers over TLS carry
          .header("Strict-Transport-Security", nullValue());
    }
    assertThat(answers[4].statusCode()).isEqualTo(200);
  }

  @Test
  void anotherSitesPageGetsNoCorsPermission() {
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/v1/cases")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
    as("agent1")
        .header("Origin", "https://evil.example")
        .get("/api/v1/desks")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void aStoredScriptComesBackAsInertTextExactlyAsSent() {
    String caseId =
        as("agent1")
            .body(newCase(SCRIPT))
            .post("/api/v1/cases")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Response answer = as("agent1").get("/api/v1/cases/" + caseId);
    answer
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .body("summary", equalTo(SCRIPT));
    assertThat(answer.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void unknownPropertiesAreIgnoredButUnknownEnumValuesAreRefused() {
    Map<String, Object> withExtra = new java.util.HashMap<>(newCase("extra field"));
    withExtra.put("priority", "HIGH");
    as("agent1").body(withExtra).post("/api/v1/cases").then().statusCode(201);
    Map<String, Object> unknownChannel = new java.util.HashMap<>(newCase("bad channel"));
    unknownChannel.put("channel", "CARRIER_PIGEON");
    as("agent1")
        .body(unknownChannel)
        .post("/api/v1/cases")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aKeyGivenTwiceOrANulCharacterIsRefusedAsInvalid() {
    String caseId = Api.newCase("agent1");
    as("agent1")
        .body("{\"tl\": \"tl1\", \"tl\": \"tl2\"}")
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as("agent1")
        .body("{\"tl\": \"tl1\\u0000\"}")
        .put("/api/v1/cases/" + caseId + "/handling-tl")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void listsArePagedAtMostTwoHundred() {
    as("qc1").get("/api/v1/cases?size=201").then().statusCode(400);
    as("qc1").get("/api/v1/cases?size=200").then().statusCode(200);
  }
}
