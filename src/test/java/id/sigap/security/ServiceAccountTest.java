package id.sigap.security;

import static id.sigap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.StreamClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Integrators' credentials: created by an admin, traded for tokens, revoked on their own. */
@QuarkusTest
class ServiceAccountTest {

  @Inject Pool pool;

  @TestHTTPResource("/")
  URI base;

  static String name() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static JsonPath create(String name, String role, String cluster) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "role", role));
    if (cluster != null) {
      body.put("clusterId", cluster);
    }
    return as("admin1")
        .body(body)
        .post("/api/v1/service-accounts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static Response token(String clientId, String secret) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId)
        .formParam("client_secret", secret)
        .post("/api/v1/auth/token");
  }

  List<String> auditOf(String id) {
    List<String> actions = new ArrayList<>();
    pool.preparedQuery(
            "select action from security_audit where service_account_id = $1 order by id")
        .execute(Tuple.of(UUID.fromString(id)))
        .await()
        .indefinitely()
        .forEach(row -> actions.add(row.getString("action")));
    return actions;
  }

  @Test
  void aServiceAccountIsCreatedUsedAndRevokedAndEveryStepIsAudited() throws Exception {
    String name = name();
    JsonPath created = create(name, "PIC_TICKET", null);
    String id = created.getString("account.id");
    String clientId = created.getString("account.clientId");
    String secret = created.getString("clientSecret");
    assertThat(secret).hasSizeGreaterThan(30);
    assertThat(created.getString("account.role")).isEqualTo("PIC_TICKET");

    JsonPath granted = token(clientId, secret).then().statusCode(200).extract().jsonPath();
    assertThat(granted.getString("token_type")).isEqualTo("Bearer");
    assertThat(granted.getLong("expires_in")).isBetween(1L, 900L);
    String accessToken = granted.getString("access_token");
    given().auth().oauth2(accessToken).get("/api/v1/cases").then().statusCode(200);
    // its role is its only power
    given()
        .auth()
        .oauth2(accessToken)
        .contentType(ContentType.JSON)
        .body(Map.of("name", name(), "role", "QC"))
        .post("/api/v1/service-accounts")
        .then()
        .statusCode(403);

    List<String> listed = as("admin1").get("/api/v1/service-accounts").jsonPath().getList("name");
    assertThat(listed).contains(name);
    assertThat(as("admin1").get("/api/v1/service-accounts").asString()).doesNotContain(secret);

    try (StreamClient stream = StreamClient.open(base, accessToken, "")) {
      as("admin1").delete("/api/v1/service-accounts/" + id).then().statusCode(204);
      assertThat(stream.awaitClose(Duration.ofSeconds(5))).isEqualTo(4401);
    }
    given().auth().oauth2(accessToken).get("/api/v1/cases").then().statusCode(401);
    token(clientId, secret).then().statusCode(401).contentType("application/problem+json");

    assertThat(auditOf(id))
        .containsExactly(
            "SERVICE_ACCOUNT_CREATED", "TOKEN_ISSUED", "SERVICE_ACCOUNT_REVOKED", "TOKEN_REFUSED");
  }

  @Test
  void aWrongSecretIsRefusedAndAudited() {
    String id = create(name(), "QC", null).getString("account.id");
    token(id, "not-the-secret").then().statusCode(401).contentType("application/problem+json");
    assertThat(auditOf(id)).containsExactly("SERVICE_ACCOUNT_CREATED", "TOKEN_REFUSED");
  }

  @Test
  void aServiceAccountCannotSignInWithAPassword() {
    String name = name();
    create(name, "AGENT", id.sigap.support.TestUsers.cluster());
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", name, "password", "!service-account"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401);
  }

  @Test
  void noServiceAccountIsAdminAndClusteredRolesNeedACluster() {
    as("admin1")
        .body(Map.of("name", name(), "role", "ADMIN"))
        .post("/api/v1/service-accounts")
        .then()
        // the request is refused as invalid: 422 is for a rule of the procedure, named in `rule`
        .statusCode(400)
        .contentType("application/problem+json");
    as("admin1")
        .body(Map.of("name", name(), "role", "AGENT"))
        .post("/api/v1/service-accounts")
        .then()
        .statusCode(400);
    as("admin1")
        .body(Map.of("name", "agent1", "role", "QC"))
        .post("/api/v1/service-accounts")
        .then()
        .statusCode(409);
  }

  @Test
  void onlyTheClientCredentialsGrantIsAccepted() {
    given()
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("client_id", "x")
        .formParam("client_secret", "y")
        .post("/api/v1/auth/token")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void revokingAnUnknownAccountIsNotFound() {
    as("admin1")
        .delete("/api/v1/service-accounts/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
