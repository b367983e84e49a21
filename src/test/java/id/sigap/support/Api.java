package id.sigap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The demo center's people calling the API, as a test would by hand. */
public final class Api {

  /** Tokens live 15 minutes; a slow run signs in again well before that. */
  private static final long TOKEN_REUSE_NANOS = TimeUnit.MINUTES.toNanos(10);

  private record SignedIn(String token, long at) {}

  private static final Map<String, SignedIn> TOKENS = new ConcurrentHashMap<>();

  private Api() {}

  public static String token(String username) {
    return TOKENS
        .compute(
            username,
            (user, known) ->
                known != null && System.nanoTime() - known.at() < TOKEN_REUSE_NANOS
                    ? known
                    : new SignedIn(signIn(user), System.nanoTime()))
        .token();
  }

  private static String signIn(String user) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", user))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("accessToken");
  }

  public static RequestSpecification as(String username) {
    return given().auth().oauth2(token(username)).contentType(ContentType.JSON);
  }

  public static String newCase(String agent) {
    return as(agent)
        .body(
            Map.of(
                "channel", "INBOUND_VOICE",
                "customer", Map.of("name", "Budi Santoso", "phone", "+62 812 3456 7890"),
                "summary", "Internet mati tiga hari, pelanggan marah"))
        .post("/api/v1/cases")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static Response assess(String agent, String caseId, List<String> criteria) {
    return as(agent)
        .body(Map.of("criteria", criteria))
        .put("/api/v1/cases/" + caseId + "/assessment");
  }

  public static Response raiseHand(String agent, String caseId) {
    return as(agent).body(Map.of()).post("/api/v1/cases/" + caseId + "/escalations");
  }

  /**
   * R-F-2: tl1 is back at the cluster desk, free for a new hand whatever earlier tests left them
   * listening to (checking in again at one's desk ends being busy with earlier hands).
   */
  public static void tl1BackAtDesk() {
    post("tl1", "/api/v1/presence/check-in", Map.of("deskId", "DESK-C1")).then().statusCode(200);
  }

  /** A hard complaint of agent1's with its hand raised to tl1; returns {caseId, escalationId}. */
  public static String[] raisedHand() {
    tl1BackAtDesk();
    String caseId = newCase("agent1");
    assess("agent1", caseId, List.of("C-IN-1")).then().statusCode(200);
    String escalationId = raiseHand("agent1", caseId).then().statusCode(201).extract().path("id");
    return new String[] {caseId, escalationId};
  }

  /** A case that tl1 follows up: hand acknowledged, TL at the desk and named as handling TL. */
  public static String caseInFollowUp() {
    String[] raised = raisedHand();
    post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null).then().statusCode(200);
    post("tl1", "/api/v1/escalations/" + raised[1] + "/arrive", null).then().statusCode(200);
    as("agent1")
        .body(Map.of("tl", "tl1"))
        .put("/api/v1/cases/" + raised[0] + "/handling-tl")
        .then()
        .statusCode(200);
    return raised[0];
  }

  public static Response post(String user, String path, Object body) {
    RequestSpecification request = as(user);
    return (body == null ? request : request.body(body)).post(path);
  }

  public static JsonPath caseOf(String user, String caseId) {
    return as(user).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
  }
}
