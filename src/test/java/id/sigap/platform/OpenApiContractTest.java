package id.sigap.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document integrators build on is kept in {@code openapi/sigap.json}; the served one
 * must not drift from it. After an intended API change, refresh it with {@code mvn test
 * -Dtest=OpenApiContractTest -Dsigap.openapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

  static final Path COMMITTED = Path.of("openapi", "sigap.json");
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void theServedDocumentIsTheCommittedOne() throws Exception {
    String served =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String canonical =
        JSON.writeValueAsString(JSON.treeToValue(JSON.readTree(served), Object.class)) + "\n";
    if (Boolean.getBoolean("sigap.openapi.update")) {
      Files.writeString(COMMITTED, canonical);
    }
    JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
    assertThat(JSON.readTree(canonical))
        .as(
            "openapi/sigap.json is out of date: run mvn test -Dtest=OpenApiContractTest -Dsigap.openapi.update=true")
        .isEqualTo(committed);
  }

  /** Generated clients name their methods after operationIds and send the schemes' tokens. */
  @Test
  void everyOperationHasItsOwnIdAndNamesADefinedScheme() throws Exception {
    JsonNode doc = JSON.readTree(Files.readString(COMMITTED));
    JsonNode schemes = doc.path("components").path("securitySchemes");
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          String where = op.getKey() + " " + path.getKey();
                          String id = op.getValue().path("operationId").asText();
                          assertThat(id).as("operationId of " + where).isNotEmpty();
                          assertThat(ids.put(id, where))
                              .as("operationId " + id + " of " + where + " is also that of")
                              .isNull();
                          op.getValue()
                              .path("security")
                              .forEach(
                                  requirement ->
                                      requirement
                                          .fieldNames()
                                          .forEachRemaining(
                                              scheme ->
                                                  assertThat(schemes.has(scheme))
                                                      .as("scheme " + scheme + " of " + where)
                                                      .isTrue()));
                        }));
  }

  @Test
  void everyOperationDocumentsItsProblems() throws Exception {
    JsonNode doc = JSON.readTree(Files.readString(COMMITTED));
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          JsonNode responses = op.getValue().get("responses");
                          assertThat(responses.has("400"))
                              .as(op.getKey() + " " + path.getKey())
                              .isTrue();
                          assertThat(responses.has("401"))
                              .as(op.getKey() + " " + path.getKey())
                              .isTrue();
                          assertThat(op.getValue().get("summary"))
                              .as("summary of " + op.getKey() + " " + path.getKey())
                              .isNotNull();
                        }));
  }

  /**
   * Each operation's description says who may call it, as the table of docs/permissions.md (which
   * PermissionMatrixTest holds the server to) says: "No token needed.", "Any signed-in role may
   * call it." or "Who may call it: AGENT, TEAM_LEADER." in the table's order of roles.
   */
  @Test
  void everyOperationSaysWhoMayCallIt() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("docs", "permissions.md"));
    List<String> roles = null;
    Map<String, String> expected = new HashMap<>();
    for (String line : lines) {
      List<String> cells =
          Arrays.stream(line.split("\\|")).map(String::trim).filter(c -> !c.isEmpty()).toList();
      if (line.startsWith("| operation |")) {
        roles = cells.subList(1, cells.size());
      } else if (roles != null && line.startsWith("| `")) {
        List<String> answers = cells.subList(1, cells.size());
        List<String> allowed = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
          if (answers.get(i).equals("yes")) {
            allowed.add(roles.get(i));
          }
        }
        String who =
            answers.stream().allMatch("public"::equals)
                ? "No token needed."
                : allowed.size() == roles.size()
                    ? "Any signed-in role may call it."
                    : "Who may call it: " + String.join(", ", allowed) + ".";
        expected.put(cells.get(0).replace("`", ""), who);
      }
    }
    JsonNode doc = JSON.readTree(Files.readString(COMMITTED));
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          String where = op.getKey().toUpperCase() + " " + path.getKey();
                          assertThat(expected).as("docs/permissions.md").containsKey(where);
                          assertThat(op.getValue().path("description").asText())
                              .as("description of " + where)
                              .contains(expected.get(where));
                        }));
  }
}
