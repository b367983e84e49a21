package id.sigap.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.Api;
import id.sigap.support.StreamClient;
import id.sigap.support.TestIdentityProvider;
import id.sigap.support.TestUsers;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on: the organisation's identity provider (OIDC, served by the test itself) signs
 * people in beside Sigap's own users and service accounts, in the same application.
 */
@QuarkusTest
@TestProfile(ProviderSignInTest.WithIdentityProvider.class)
class ProviderSignInTest {

  public static class WithIdentityProvider implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(TestIdentityProvider.class));
    }
  }

  @TestHTTPResource("/")
  URI base;

  /** Provider people of the demo clusters would take part in their routing: moved out after. */
  @AfterAll
  static void moveProviderPeopleOutOfTheDemoClusters() {
    String cluster = TestUsers.cluster();
    TestUsers.sql(
        "update user_account set cluster_id = $1 where username like 'zz-sso-%'"
            + " and cluster_id in ('C1', 'C2')",
        Tuple.of(cluster));
  }

  static String person(String role) {
    return "zz-sso-"
        + role.toLowerCase().replace("_", "")
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  static Row account(String username) {
    var rows =
        Arc.container()
            .instance(Pool.class)
            .get()
            .preparedQuery(
                "select display_name, role, cluster_id, kind, provider_subject from user_account"
                    + " where username = $1")
            .execute(Tuple.of(username))
            .await()
            .indefinitely();
    return rows.iterator().hasNext() ? rows.iterator().next() : null;
  }

  @Test
  void aTeamLeaderOfTheProviderReadsTheirClustersCaseAndNotAnotherClusters() {
    String c1Case = Api.newCase("agent1");
    String c2Case = Api.newCase("agent3");
    String tl = TestIdentityProvider.token(person("TEAM_LEADER"), "C1", "TEAM_LEADER", "staff");

    given().auth().oauth2(tl).get("/api/v1/cases/" + c1Case).then().statusCode(200);
    given()
        .auth()
        .oauth2(tl)
        .get("/api/v1/cases/" + c2Case)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aProviderTokenWithoutASigapRoleIsForbiddenEverywhere() {
    String noRole = TestIdentityProvider.token(person("none"), "C1", "staff", "offline_access");

    given().auth().oauth2(noRole).get("/api/v1/cases").then().statusCode(403);
    given().auth().oauth2(noRole).get("/api/v1/desks").then().statusCode(403);
    given().auth().oauth2(noRole).post("/api/v1/auth/logout").then().statusCode(403);
    given().auth().oauth2(noRole).post("/api/v1/stream/tickets").then().statusCode(403);
  }

  @Test
  void aProviderTokenWithTwoSigapRolesIsForbiddenNotGivenEither() {
    String two = TestIdentityProvider.token(person("two"), "C1", "AGENT", "SUPERVISOR");

    given().auth().oauth2(two).get("/api/v1/cases").then().statusCode(403);
    given()
        .auth()
        .oauth2(two)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "channel", "INBOUND_VOICE",
                "customer", Map.of("name", "Budi", "phone", "+62 812 3456 7890"),
                "summary", "Internet mati"))
        .post("/api/v1/cases")
        .then()
        .statusCode(403);
  }

  @Test
  void aProviderTokenSignedWithAnotherKeyIsRefused() {
    String forged =
        TestIdentityProvider.signWithAnotherKey(
            TestIdentityProvider.claims(person("SUPERVISOR"), null, "SUPERVISOR"));

    TokenForgeryTest.refused(forged);
  }

  @Test
  void aTokenNamingSigapAsIssuerButSignedByTheProviderIsRefused() {
    // routed to Sigap's own check by its issuer, where the provider's key means nothing
    String impostor =
        TestIdentityProvider.sign(
            TestIdentityProvider.claims("spv1", null, "SUPERVISOR")
                .put("iss", "sigap")
                .put("upn", "spv1")
                .put("sid", UUID.randomUUID().toString()));

    TokenForgeryTest.refused(impostor);
  }

  @Test
  void aTokenOfAnotherIssuerSignedByTheProviderIsRefused() {
    String elsewhere =
        TestIdentityProvider.sign(
            TestIdentityProvider.claims(person("SUPERVISOR"), null, "SUPERVISOR")
                .put("iss", "https://idp.elsewhere.example/realms/x"));

    TokenForgeryTest.refused(elsewhere);
  }

  @Test
  void anExpiredProviderTokenIsRefused() {
    JsonObject claims = TestIdentityProvider.claims(person("SUPERVISOR"), null, "SUPERVISOR");
    claims.put("exp", Instant.now().minus(Duration.ofHours(1)).getEpochSecond());

    TokenForgeryTest.refused(TestIdentityProvider.sign(claims));
  }

  @Test
  void sigapsOwnSignInKeepsWorkingBesideTheProvider() {
    String caseId = Api.newCase("agent1");
    String tl1 = SessionTest.login("tl1").getString("accessToken");

    given().auth().oauth2(tl1).get("/api/v1/cases/" + caseId).then().statusCode(200);
    TokenForgeryTest.refused(id.sigap.support.Tokens.signedByAnotherKey());
  }

  @Test
  void aNewPersonOfTheProviderIsWrittenToTheDirectoryAndUpdatedWhenTheClaimsChange() {
    String username = person("SUPERVISOR");
    assertThat(account(username)).isNull();

    given()
        .auth()
        .oauth2(TestIdentityProvider.token(username, null, "SUPERVISOR"))
        .get("/api/v1/cases")
        .then()
        .statusCode(200);

    Row written = account(username);
    assertThat(written).isNotNull();
    assertThat(written.getString("role")).isEqualTo("SUPERVISOR");
    assertThat(written.getString("cluster_id")).isNull();
    assertThat(written.getString("kind")).isEqualTo("PERSON");
    assertThat(written.getString("display_name")).isEqualTo("Provider " + username);
    assertThat(written.getString("provider_subject")).isEqualTo("subject-of-" + username);

    String cluster = TestUsers.cluster();
    given()
        .auth()
        .oauth2(TestIdentityProvider.token(username, cluster, "TEAM_LEADER"))
        .get("/api/v1/cases")
        .then()
        .statusCode(200);

    Row updated = account(username);
    assertThat(updated.getString("role")).isEqualTo("TEAM_LEADER");
    assertThat(updated.getString("cluster_id")).isEqualTo(cluster);
  }

  @Test
  void aPersonOfTheProviderCannotSignInWithAPasswordAtSigap() {
    String username = person("QC");
    given()
        .auth()
        .oauth2(TestIdentityProvider.token(username, null, "QC"))
        .get("/api/v1/cases")
        .then()
        .statusCode(200);

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", ""))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", "anything"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401);
  }

  @Test
  void aProviderUsernameHeldByAServiceAccountIsNotTakenOver() {
    String account = "zz-sso-integrator-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as("admin1")
        .body(Map.of("name", account, "role", "PIC_TICKET"))
        .post("/api/v1/service-accounts")
        .then()
        .statusCode(201);

    given()
        .auth()
        .oauth2(TestIdentityProvider.token(account, null, "SUPERVISOR"))
        .get("/api/v1/cases")
        .then()
        .statusCode(403);
    assertThat(account(account).getString("role")).isEqualTo("PIC_TICKET");
    assertThat(account(account).getString("kind")).isEqualTo("SERVICE");
  }

  @Test
  void theStreamOpensWithAProviderTokenAndCarriesTheClustersEvents() throws Exception {
    String tl = TestIdentityProvider.token(person("TEAM_LEADER"), "C1", "TEAM_LEADER");
    given().auth().oauth2(tl).get("/api/v1/cases").then().statusCode(200);

    try (StreamClient stream = StreamClient.open(base, tl, "")) {
      String caseId = Api.newCase("agent1");
      assertThat(
              stream.await(e -> caseId.equals(e.path("caseId").asText()), Duration.ofSeconds(10)))
          .isNotNull();
      stream.send("{\"type\":\"ping\"}");
      assertThat(stream.await(e -> "pong".equals(e.path("type").asText()), Duration.ofSeconds(5)))
          .isNotNull();
    }
  }

  @Test
  void theStreamOpensWithATicketAskedForWithAProviderToken() throws Exception {
    String spv = TestIdentityProvider.token(person("SUPERVISOR"), null, "SUPERVISOR");
    String ticket =
        given()
            .auth()
            .oauth2(spv)
            .post("/api/v1/stream/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("ticket");

    try (StreamClient stream = StreamClient.openWithTicket(base, ticket)) {
      String caseId = Api.newCase("agent3");
      assertThat(
              stream.await(e -> caseId.equals(e.path("caseId").asText()), Duration.ofSeconds(10)))
          .isNotNull();
    }
  }

  @Test
  void aProviderStreamClosesWhenTheTokenItWasOpenedWithExpires() throws Exception {
    JsonObject claims = TestIdentityProvider.claims(person("SUPERVISOR"), null, "SUPERVISOR");
    claims.put("exp", Instant.now().plusSeconds(4).getEpochSecond());
    String shortLived = TestIdentityProvider.sign(claims);

    try (StreamClient stream = StreamClient.open(base, shortLived, "")) {
      assertThat(stream.awaitClose(Duration.ofSeconds(12))).isEqualTo(4401);
    }
  }

  @Test
  void aProviderStreamClosesWhenThePersonsClusterChanges() throws Exception {
    String username = person("TEAM_LEADER");
    String first = TestIdentityProvider.token(username, "C1", "TEAM_LEADER");
    given().auth().oauth2(first).get("/api/v1/cases").then().statusCode(200);

    try (StreamClient stream = StreamClient.open(base, first, "")) {
      assertThat(stream.awaitClose(Duration.ofSeconds(3))).isNull();
      String moved = TestIdentityProvider.token(username, TestUsers.cluster(), "TEAM_LEADER");
      given().auth().oauth2(moved).get("/api/v1/cases").then().statusCode(200);

      assertThat(stream.awaitClose(Duration.ofSeconds(8))).isEqualTo(4401);
    }
  }

  @Test
  void signingOutAtSigapClosesTheProvidersPersonsStreams() throws Exception {
    String spv = TestIdentityProvider.token(person("SUPERVISOR"), null, "SUPERVISOR");
    try (StreamClient stream = StreamClient.open(base, spv, "")) {
      given().auth().oauth2(spv).post("/api/v1/auth/logout").then().statusCode(204);
      assertThat(stream.awaitClose(Duration.ofSeconds(8))).isEqualTo(4401);
    }
  }
}
