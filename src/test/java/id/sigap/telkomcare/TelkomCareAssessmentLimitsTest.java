package id.sigap.telkomcare;

import static id.sigap.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documented limits of POST /api/v1/telkomcare/assessments: bad input is a 400 problem+json
 * that names the field at fault, never a 5xx.
 */
@QuarkusTest
class TelkomCareAssessmentLimitsTest {

  static final String PATH = TelkomCareAssessmentTest.PATH;

  static Map<String, Object> thread(List<?> messages) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "SOCIAL");
    body.put(
        "author",
        Map.of("handle", "@pelanggan_setia", "name", "Dewi", "followers", 150, "bio", "guru SD"));
    body.put("messages", messages);
    return body;
  }

  static Map<String, Object> oneMessage(String text) {
    return thread(List.of(Map.of("at", "2026-10-05T03:00:00Z", "text", text)));
  }

  static ValidatableResponse refused(Object body, String field) {
    return as("agent1")
        .body(body)
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("type", equalTo("https://sigap.id/problems/invalid-request"))
        .body("errors.field", hasItem(field));
  }

  @Test
  void aPostOfTenThousandCharactersIsRefused() {
    refused(oneMessage("a".repeat(10_000)), "messages[0].text");
  }

  @Test
  void aPostOfFiveThousandCharactersIsTheLongestAccepted() {
    as("agent1").body(oneMessage("a".repeat(5_000))).post(PATH).then().statusCode(200);
    refused(oneMessage("a".repeat(5_001)), "messages[0].text");
  }

  @Test
  void anEmptyPostIsRefused() {
    refused(oneMessage(""), "messages[0].text");
  }

  @Test
  void anEmptyThreadIsRefused() {
    refused(thread(List.of()), "messages");
  }

  @Test
  void aThreadOfFiveThousandMessagesIsRefused() {
    refused(thread(messages(5_000)), "messages");
  }

  @Test
  void aThreadOfFiveHundredMessagesIsTheLongestAccepted() {
    as("agent1")
        .body(thread(messages(500)))
        .post(PATH)
        .then()
        .statusCode(200)
        .body("criteria.'C-TC-2'.met", equalTo(true));
    refused(thread(messages(501)), "messages");
  }

  @Test
  void aLongThreadOfFullPostsIsAssessed() {
    List<Map<String, String>> messages = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String text = ("INTERNET MATI LAGI, SAYA VIRALKAN KE MEDIA " + i + ". ").repeat(110);
      messages.add(
          Map.of(
              "at",
              java.time.Instant.parse("2026-10-05T03:00:00Z").plusSeconds(i).toString(),
              "text",
              text.substring(0, 5_000)));
    }
    as("agent1")
        .body(thread(messages))
        .post(PATH)
        .then()
        .statusCode(200)
        .body("hardComplaint", equalTo(true))
        .body("criteria.'C-TC-1'.met", equalTo(true))
        .body("criteria.'C-TC-2'.met", equalTo(true))
        .body("criteria.'C-TC-4'.met", equalTo(true));
  }

  @Test
  void anInvalidTimestampIsRefused() {
    refused(
        thread(List.of(Map.of("at", "kemarin sore", "text", "internet mati"))), "messages[0].at");
    refused(
        thread(List.of(Map.of("at", "2026-13-45T25:00:00Z", "text", "internet mati"))),
        "messages[0].at");
  }

  @Test
  void aMessageWithoutTimestampIsRefused() {
    refused(thread(List.of(Map.of("text", "internet mati"))), "messages[0].at");
  }

  @Test
  void anUnknownChannelIsRefused() {
    Map<String, Object> body = oneMessage("internet mati");
    body.put("channel", "FAX");
    refused(body, "channel");
  }

  @Test
  void aMissingChannelIsRefused() {
    Map<String, Object> body = oneMessage("internet mati");
    body.remove("channel");
    refused(body, "channel");
  }

  @Test
  void aMissingBodyIsRefused() {
    as("agent1")
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400));
  }

  @Test
  void brokenJsonIsRefused() {
    as("agent1")
        .body("{\"channel\": \"SOCIAL\", \"messages\": [")
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void wrongTypesAreRefused() {
    Map<String, Object> followers = oneMessage("internet mati");
    followers.put("author", Map.of("handle", "@dewi", "followers", "banyak"));
    refused(followers, "author.followers");

    Map<String, Object> verified = oneMessage("internet mati");
    verified.put("author", Map.of("handle", "@dewi", "verified", "mungkin"));
    refused(verified, "author.verified");

    Map<String, Object> messages = oneMessage("internet mati");
    messages.put("messages", "internet mati");
    refused(messages, "messages");

    refused(thread(List.of("internet mati")), "messages[0]");
    refused(thread(List.of(Map.of("at", true, "text", "internet mati"))), "messages[0].at");
  }

  @Test
  void aNullMessageIsRefused() {
    List<Object> messages = new ArrayList<>();
    messages.add(null);
    refused(thread(messages), "messages[0]");
  }

  @Test
  void profileFieldsHaveLimits() {
    Map<String, Object> body = oneMessage("internet mati");
    body.put(
        "author",
        Map.of(
            "handle",
            "@" + "h".repeat(100),
            "name",
            "n".repeat(101),
            "bio",
            "b".repeat(1_001),
            "followers",
            -1));
    refused(body, "author.handle")
        .body("errors.field", hasItem("author.name"))
        .body("errors.field", hasItem("author.bio"))
        .body("errors.field", hasItem("author.followers"));
  }

  @Test
  void aThreadWithoutAuthorIsAssessedFromItsMessagesAlone() {
    Map<String, Object> body = oneMessage("internet mati");
    body.remove("author");
    as("agent1")
        .body(body)
        .post(PATH)
        .then()
        .statusCode(200)
        .body("criteria.'C-TC-5'.met", equalTo(false));
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedAsProblem() {
    List<Map<String, String>> messages = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      messages.add(Map.of("at", "2026-10-05T03:00:00Z", "text", "a".repeat(5_000)));
    }
    as("agent1")
        .body(thread(messages))
        .post(PATH)
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  static List<Map<String, String>> messages(int count) {
    List<Map<String, String>> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      messages.add(
          Map.of(
              "at",
              java.time.Instant.parse("2026-10-05T03:00:00Z").plusSeconds(i).toString(),
              "text",
              "pesan ke-" + i));
    }
    return messages;
  }
}
