package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.support.Api;
import id.sigap.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refusals the stateful fuzzer met that openapi/sigap.json did not declare, or that answered 422
 * without naming a rule (R-X-4): each answers a status its operation declares, as problem+json, and
 * a 422 names its rule.
 */
@QuarkusTest
class DeclaredStatusesTest {

  static JsonNode operation(String method, String path) throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Files.readString(Path.of("openapi", "sigap.json")));
    return doc.path("paths").path(path).path(method);
  }

  static void declared(Response answer, String method, String path, int status) throws Exception {
    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(operation(method, path).path("responses").has(String.valueOf(status)))
        .as("%s %s declares %s", method, path, status)
        .isTrue();
  }

  @Test
  void checkingInAtAnUnknownDeskIsADeclared422NamingR_F_2() throws Exception {
    String agent = TestUsers.create("AGENT");
    Response answer =
        Api.post(agent, "/api/v1/presence/check-in", Map.of("deskId", "NO-SUCH-DESK"));
    declared(answer, "post", "/api/v1/presence/check-in", 422);
    assertThat(answer.jsonPath().getString("rule")).isEqualTo("R-F-2");
  }

  @Test
  void publishingARevisionAgainIsADeclaredConflict() throws Exception {
    Response answer =
        Api.post(
            "admin1",
            "/api/v1/policy/revisions",
            Map.ofEntries(
                Map.entry("revision", "W-10 rev 02"),
                Map.entry("inboundMinimumCriteria", 1),
                Map.entry("telkomcareMinimumCriteria", 3),
                Map.entry("burstMessages", 5),
                Map.entry("socialBurstWindow", "PT5M"),
                Map.entry("nonSocialBurstWindow", "PT15M"),
                Map.entry("progressCheckInterval", "PT1H"),
                Map.entry("callbackInterval", "PT6H"),
                Map.entry("acknowledgeTarget", "PT60S"),
                Map.entry("influencerFollowers", 10000)));
    declared(answer, "post", "/api/v1/policy/revisions", 409);
  }

  @Test
  void activatingAnUnknownRevisionIsADeclared404() throws Exception {
    Response answer =
        Api.as("admin1").body(Map.of("revision", "no such revision")).put("/api/v1/policy/active");
    declared(answer, "put", "/api/v1/policy/active", 404);
  }

  @Test
  void anUnknownCustomerIsADeclared404() throws Exception {
    Response answer =
        Api.as("agent1").queryParam("phone", "0899 0000 0001").get("/api/v1/customers");
    declared(answer, "get", "/api/v1/customers", 404);
  }

  /** 422 is a rule's refusal; a wrong request is a 400 (R-X-4). */
  @Test
  void aServiceAccountOfAClusteredRoleWithoutAClusterIsA400NotARulelessA422() throws Exception {
    Response answer =
        Api.post(
            "admin1", "/api/v1/service-accounts", Map.of("name", "fz-no-cluster", "role", "AGENT"));
    declared(answer, "post", "/api/v1/service-accounts", 400);
  }
}
