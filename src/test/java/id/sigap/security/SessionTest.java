package id.sigap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.StreamClient;
import id.sigap.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Short access tokens, single-use refresh tokens, and a sign-out that reaches open streams. */
@QuarkusTest
class SessionTest {

  @TestHTTPResource("/")
  URI base;

  static JsonPath login(String username) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", username))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static io.restassured.response.Response refresh(String refreshToken) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("refreshToken", refreshToken))
        .post("/api/v1/auth/refresh");
  }

  static int desks(String accessToken) {
    return given().auth().oauth2(accessToken).get("/api/v1/desks").statusCode();
  }

  @Test
  void signInKeepsItsShapeAndTheAccessTokenLivesAtMostFifteenMinutes() throws Exception {
    JsonPath signedIn = login("agent2");
    assertThat(signedIn.getString("tokenType")).isEqualTo("Bearer");
    assertThat(signedIn.getString("user.username")).isEqualTo("agent2");
    assertThat(signedIn.getLong("expiresIn")).isPositive().isLessThanOrEqualTo(900);
    assertThat(signedIn.getString("refreshToken")).isNotBlank();
    assertThat(signedIn.getLong("refreshExpiresIn")).isLessThanOrEqualTo(12 * 3600);
    String payload = signedIn.getString("accessToken").split("\\.")[1];
    var claims =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(900);
  }

  @Test
  void aRefreshTokenWorksOnceAndItsReuseEndsTheSession() {
    JsonPath first = login("agent2");
    JsonPath second =
        refresh(first.getString("refreshToken")).then().statusCode(200).extract().jsonPath();
    assertThat(second.getString("refreshToken")).isNotEqualTo(first.getString("refreshToken"));
    assertThat(second.getString("user.role")).isEqualTo("AGENT");
    assertThat(desks(second.getString("accessToken"))).isEqualTo(200);

    // the old refresh token again: refused, and the session it belonged to ends
    refresh(first.getString("refreshToken"))
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    assertThat(desks(second.getString("accessToken"))).isEqualTo(401);
    refresh(second.getString("refreshToken")).then().statusCode(401);
  }

  @Test
  void anUnknownRefreshTokenIsRefused() {
    refresh("not-a-refresh-token").then().statusCode(401);
  }

  @Test
  void signOutRefusesTheTokensAndClosesTheStreamWithinFiveSeconds() throws Exception {
    String user = TestUsers.create("TEAM_LEADER");
    JsonPath signedIn = login(user);
    String token = signedIn.getString("accessToken");
    try (StreamClient stream = StreamClient.open(base, token, "")) {
      given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);
      assertThat(stream.awaitClose(Duration.ofSeconds(5))).isEqualTo(4401);
    }
    assertThat(desks(token)).isEqualTo(401);
    refresh(signedIn.getString("refreshToken")).then().statusCode(401);
    // signing in again works at once
    assertThat(desks(login(user).getString("accessToken"))).isEqualTo(200);
  }

  @Test
  void aRoleChangeRefusesTheOldTokenAndClosesTheStreamWithinFiveSeconds() throws Exception {
    String user = TestUsers.create("TEAM_LEADER");
    String token = login(user).getString("accessToken");
    try (StreamClient stream = StreamClient.open(base, token, "")) {
      TestUsers.sql(
          "update user_account set role = 'QC', cluster_id = null where username = $1",
          Tuple.of(user));
      assertThat(stream.awaitClose(Duration.ofSeconds(5))).isEqualTo(4401);
    }
    assertThat(desks(token)).isEqualTo(401);
    assertThat(login(user).getString("user.role")).isEqualTo("QC");
  }

  @Test
  void aStreamOpenedWithATicketEndsWithItsSession() throws Exception {
    String user = TestUsers.create("AGENT");
    String token = login(user).getString("accessToken");
    String ticket =
        given()
            .auth()
            .oauth2(token)
            .post("/api/v1/stream/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("ticket");
    try (StreamClient stream = StreamClient.openWithTicket(base, ticket)) {
      given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);
      assertThat(stream.awaitClose(Duration.ofSeconds(5))).isEqualTo(4401);
    }
  }

  @Inject SessionCache sessionCache;

  static UUID sessionOf(String accessToken) throws Exception {
    String payload = accessToken.split("\\.")[1];
    return UUID.fromString(
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
            .path(CurrentActor.SESSION_CLAIM)
            .asText());
  }

  @Test
  void aSessionRevokedByAnotherReplicaIsRefusedHereWithinASecondThoughThisReplicaKnewItActive()
      throws Exception {
    String user = TestUsers.create("QC");
    String token = login(user).getString("accessToken");
    UUID session = sessionOf(token);
    // read as active: this replica now trusts it for a few seconds, and reads it no more
    assertThat(desks(token)).isEqualTo(200);
    assertThat(desks(token)).isEqualTo(200);
    assertThat(sessionCache.isKnownActive(session, user, Instant.now()))
        .as("trusted without a read")
        .isTrue();
    assertThat(sessionCache.isKnownActive(session, "someone-else", Instant.now()))
        .as("only for the person it was read for")
        .isFalse();

    // what another replica's sign-out, or an operator, writes: nothing here knows of it
    TestUsers.sql("update user_session set revoked_at = now() where username = $1", Tuple.of(user));

    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    int status = desks(token);
    while (status != 401 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      status = desks(token);
    }
    assertThat(status).as("the revocation announced at commit reaches this replica").isEqualTo(401);
    assertThat(sessionCache.isKnownActive(session, user, Instant.now())).isFalse();
  }

  @Test
  void signingOutHereIsRefusedAtOnceThoughThisReplicaKnewTheSessionActive() throws Exception {
    String user = TestUsers.create("QC");
    String token = login(user).getString("accessToken");
    assertThat(desks(token)).isEqualTo(200);
    assertThat(sessionCache.isKnownActive(sessionOf(token), user, Instant.now())).isTrue();

    given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);
    assertThat(desks(token)).as("no wait for the announcement").isEqualTo(401);
  }
}
