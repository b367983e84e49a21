package id.sigap.telkomcare;

import static id.sigap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The watchlist behind C-TC-3, C-TC-4 and C-TC-5, kept as data through the API. */
@QuarkusTest
class WatchlistTest {

  static final String WATCHLIST = "/api/v1/watchlist";

  static String randomHandle() {
    return "@pejabat_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static Map<String, Object> entry(String category, String kind, String value) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("category", category);
    entry.put("kind", kind);
    entry.put("value", value);
    return entry;
  }

  static String add(String category, String kind, String value) {
    return as("admin1")
        .body(entry(category, kind, value))
        .post(WATCHLIST)
        .then()
        .statusCode(201)
        .body("kind", equalTo(kind))
        .body("value", equalTo(value))
        .body("createdBy", equalTo("admin1"))
        .extract()
        .path("id");
  }

  static JsonPath assessOne(String text) {
    Map<String, Object> thread =
        Map.of(
            "channel",
            "SOCIAL",
            "author",
            Map.of("handle", "@pelanggan_setia", "followers", 150),
            "messages",
            List.of(Map.of("at", "2026-10-05T03:00:00Z", "text", text)));
    return as("agent1")
        .body(thread)
        .post(TelkomCareAssessmentTest.PATH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theWatchlistStartsWithEverySeedEntry() throws IOException {
    JsonPath listed = as("admin1").get(WATCHLIST).then().statusCode(200).extract().jsonPath();
    List<String> rows = new ArrayList<>();
    for (Map<String, Object> row : listed.<Map<String, Object>>getList("$")) {
      rows.add(row.get("kind") + " " + row.get("category") + " " + row.get("value"));
    }
    JsonNode seed;
    try (InputStream in = getClass().getResourceAsStream("/telkomcare/watchlist-seed.json")) {
      seed = new ObjectMapper().readTree(in);
    }
    List<String> expected = new ArrayList<>();
    seed.get("ignoreHandles").forEach(h -> expected.add("IGNORED_HANDLE null " + h.asText()));
    for (JsonNode e : seed.get("entries")) {
      String category = e.get("category").asText();
      e.get("names").forEach(n -> expected.add("NAME " + category + " " + n.asText()));
      e.get("handles").forEach(h -> expected.add("HANDLE " + category + " " + h.asText()));
    }
    assertThat(rows).containsAll(expected);
    assertThat(listed.getList("createdBy")).contains("seed");
  }

  @Test
  void aHandleAddedByAnAdminCountsAsAMentionUntilItIsDeleted_C_TC_3() {
    String handle = randomHandle();
    String text = "cc " + handle + " internet mati tiga hari";
    assertThat(assessOne(text).getBoolean("criteria.'C-TC-3'.met")).isFalse();

    String id = add("PUBLIC_OFFICIAL", "HANDLE", handle);
    JsonPath counted = assessOne(text);
    assertThat(counted.getBoolean("criteria.'C-TC-3'.met")).isTrue();
    assertThat(counted.getString("criteria.'C-TC-3'.evidence[0].excerpt")).isEqualTo(handle);
    assertThat(counted.getString("criteria.'C-TC-3'.evidence[0].note"))
        .isEqualTo("PUBLIC_OFFICIAL");
    as("spv1").get(WATCHLIST).then().statusCode(200).body("id", hasItem(id));

    as("admin1").delete(WATCHLIST + "/" + id).then().statusCode(204);
    assertThat(assessOne(text).getBoolean("criteria.'C-TC-3'.met")).isFalse();
    as("admin1").get(WATCHLIST).then().statusCode(200).body("id", not(hasItem(id)));
  }

  @Test
  void aNameAddedByAnAdminCountsAsWholeWords_C_TC_3() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String name = "Kepala Dinas Kominda " + suffix;
    String text = "Saya sudah lapor ke kepala dinas kominda " + suffix + " soal gangguan ini";
    String id = add("PUBLIC_OFFICIAL", "NAME", name);
    assertThat(assessOne(text).getString("criteria.'C-TC-3'.evidence[0].excerpt"))
        .isEqualTo("kepala dinas kominda " + suffix);
    as("admin1").delete(WATCHLIST + "/" + id).then().statusCode(204);
  }

  @Test
  void anIgnoredHandleIsNotAMention_C_TC_3() {
    String handle = randomHandle();
    String id = add(null, "IGNORED_HANDLE", handle);
    as("admin1").body(entry("KOL", "HANDLE", handle)).post(WATCHLIST).then().statusCode(409);
    assertThat(assessOne("cc " + handle + " tolong").getBoolean("criteria.'C-TC-3'.met")).isFalse();
    as("admin1").delete(WATCHLIST + "/" + id).then().statusCode(204);
  }

  @Test
  void aWatchlistedAuthorIsAnInfluentialProfile_C_TC_5() {
    String handle = randomHandle();
    String id = add("KOL", "HANDLE", handle);
    Map<String, Object> thread =
        Map.of(
            "channel",
            "SOCIAL",
            "author",
            Map.of("handle", handle, "followers", 12),
            "messages",
            List.of(Map.of("at", "2026-10-05T03:00:00Z", "text", "internet lambat")));
    as("agent1")
        .body(thread)
        .post(TelkomCareAssessmentTest.PATH)
        .then()
        .statusCode(200)
        .body("criteria.'C-TC-5'.met", equalTo(true))
        .body("criteria.'C-TC-5'.evidence[0].note", equalTo("watchlisted KOL"));
    as("admin1").delete(WATCHLIST + "/" + id).then().statusCode(204);
  }

  @Test
  void aDuplicateIsRefusedWhateverItsCaseOrAtSign() {
    String handle = randomHandle();
    add("KOL", "HANDLE", handle);
    as("admin1")
        .body(entry("MEDIA", "HANDLE", handle.substring(1).toUpperCase()))
        .post(WATCHLIST)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409))
        .body("title", equalTo("Already on the watchlist"));
    as("admin1")
        .body(entry("GOVERNMENT_BODY", "NAME", "brti"))
        .post(WATCHLIST)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void aHandleIsStoredWithOneAtSign() {
    String handle = randomHandle();
    as("admin1")
        .body(entry("KOL", "HANDLE", "  " + handle.substring(1) + " "))
        .post(WATCHLIST)
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.containsString(WATCHLIST + "/"))
        .body("value", equalTo(handle))
        .body("category", equalTo("KOL"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent1", "tl1", "spv1", "manager1", "qc1", "pic1"})
  void onlyAnAdminMayChangeTheWatchlist(String user) {
    as(user)
        .body(entry("KOL", "HANDLE", randomHandle()))
        .post(WATCHLIST)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(user).delete(WATCHLIST + "/1").then().statusCode(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin1", "spv1", "manager1", "qc1", "pic1", "tl1"})
  void supervisionRolesMayReadTheWatchlist(String user) {
    as(user).get(WATCHLIST).then().statusCode(200).body("value", hasItem("@BRTI_ID"));
  }

  @Test
  void anAgentMayNotReadTheWatchlist() {
    as("agent1").get(WATCHLIST).then().statusCode(403);
  }

  @Test
  void withoutATokenTheWatchlistIsClosed() {
    given().get(WATCHLIST).then().statusCode(401).contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(entry("KOL", "HANDLE", randomHandle()))
        .post(WATCHLIST)
        .then()
        .statusCode(401);
  }

  @Test
  void deletingAnUnknownEntryIsNotFound() {
    as("admin1")
        .delete(WATCHLIST + "/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("admin1").delete(WATCHLIST + "/abc").then().statusCode(404);
  }

  @Test
  void anEntryNeedsACategoryUnlessItIsAnIgnoredHandle() {
    as("admin1")
        .body(entry(null, "NAME", "Camat " + UUID.randomUUID()))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("category"));
    as("admin1")
        .body(entry("KOL", "IGNORED_HANDLE", randomHandle()))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"));
  }

  @Test
  void badEntriesAreRefused() {
    as("admin1")
        .body(entry("KOL", "HANDLE", "@bukan handle"))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("value"));
    as("admin1")
        .body(entry("KOL", "HANDLE", " "))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("value"));
    as("admin1")
        .body(entry("KOL", "HANDLE", "@" + "x".repeat(100)))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("value"));
    as("admin1")
        .body(entry("KOL", "HANDLE", "x".repeat(100)))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("value"));
    as("admin1")
        .body(entry("ALIEN", "HANDLE", randomHandle()))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"));
    as("admin1")
        .body(entry("KOL", "EMAIL", randomHandle()))
        .post(WATCHLIST)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("kind"));
  }
}
