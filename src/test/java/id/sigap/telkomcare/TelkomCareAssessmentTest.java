package id.sigap.telkomcare;

import static id.sigap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/v1/telkomcare/assessments: R-TC-1 and C-TC-1..5 through HTTP, with evidence. */
@QuarkusTest
class TelkomCareAssessmentTest {

  static final String PATH = "/api/v1/telkomcare/assessments";
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> CRITERIA = List.of("C-TC-1", "C-TC-2", "C-TC-3", "C-TC-4", "C-TC-5");

  /** A thread that meets all five criteria, each for a reason a test can name. */
  static final Map<String, Object> RICH_THREAD =
      Map.of(
          "channel",
          "SOCIAL",
          "author",
          Map.of(
              "handle", "@rina_jurnalis",
              "name", "Rina",
              "verified", true,
              "followers", 3200,
              "bio", "Jurnalis di harian lokal. Opini pribadi."),
          "messages",
          List.of(
              message(
                  "2026-10-05T03:00:00Z",
                  "@TelkomCare INTERNET SAYA MATI TIGA HARI, TIDAK ADA TEKNISI YANG DATANG!!"),
              message("2026-10-05T03:00:50Z", "halo min, kok belum dibalas?"),
              message("2026-10-05T03:01:40Z", "cc @BRTI_ID tolong pelanggan dibela"),
              message("2026-10-05T03:02:30Z", "kalau tidak ada solusi hari ini, saya viralkan"),
              message("2026-10-05T03:03:20Z", "masih menunggu jawaban"),
              message("2026-10-05T03:30:00Z", "sudah lima kali saya tulis")));

  static Map<String, Object> message(String at, String text) {
    return Map.of("at", at, "text", text);
  }

  static List<Arguments> samples() throws IOException {
    try (InputStream in =
        TelkomCareAssessmentTest.class.getResourceAsStream("/telkomcare-samples.json")) {
      List<Arguments> samples = new ArrayList<>();
      for (JsonNode thread : JSON.readTree(in).get("threads")) {
        samples.add(Arguments.of(thread.get("id").asText(), thread));
      }
      return samples;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleThreadIsAssessedAsLabelledThroughTheApi_R_TC_1(String id, JsonNode sample)
      throws IOException {
    JsonNode result = assess("agent1", JSON.writeValueAsString(sample.get("request")));
    SoftAssertions softly = new SoftAssertions();
    for (String criterion : CRITERIA) {
      softly
          .assertThat(result.at("/criteria/" + criterion + "/met").asBoolean())
          .as(
              "%s %s, evidence %s",
              id, criterion, result.at("/criteria/" + criterion + "/evidence"))
          .isEqualTo(sample.at("/criteria/" + criterion).asBoolean());
    }
    softly
        .assertThat(result.get("hardComplaint").asBoolean())
        .as("%s R-TC-1 verdict", id)
        .isEqualTo(sample.get("hardComplaint").asBoolean());
    long met =
        CRITERIA.stream().filter(c -> result.at("/criteria/" + c + "/met").asBoolean()).count();
    softly.assertThat(result.get("criteriaMet").asLong()).as("%s criteriaMet", id).isEqualTo(met);
    softly.assertAll();
  }

  @Test
  void theVerdictListsAllFiveCriteriaInOrderEvenWhenNoneIsMet_R_TC_1() throws IOException {
    JsonNode result =
        assess(
            "agent1",
            JSON.writeValueAsString(
                Map.of(
                    "channel",
                    "EMAIL",
                    "messages",
                    List.of(message("2026-10-05T03:00:00Z", "Mohon info tagihan bulan ini")))));
    List<String> keys = new ArrayList<>();
    result.get("criteria").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(CRITERIA);
    assertThat(result.get("hardComplaint").asBoolean()).isFalse();
    assertThat(result.get("criteriaMet").asInt()).isZero();
    for (String criterion : CRITERIA) {
      assertThat(result.at("/criteria/" + criterion + "/evidence").isArray()).isTrue();
      assertThat(result.at("/criteria/" + criterion + "/evidence")).isEmpty();
    }
  }

  @Test
  void theEvidenceNamesTheWordsTimestampsMentionThreatAndProfile_C_TC_1_to_5() throws IOException {
    JsonNode result = assess("tl1", JSON.writeValueAsString(RICH_THREAD));
    assertThat(result.get("hardComplaint").asBoolean()).isTrue();
    assertThat(result.get("criteriaMet").asInt()).isEqualTo(5);

    // C-TC-1: the shouted words, quoted as written, without the care account's handle
    JsonNode shouting = result.at("/criteria/C-TC-1/evidence");
    assertThat(shouting).hasSize(1);
    assertThat(shouting.get(0).get("message").asInt()).isZero();
    assertThat(shouting.get(0).get("excerpt").asText())
        .isEqualTo("INTERNET SAYA MATI TIGA HARI, TIDAK ADA TEKNISI YANG DATANG");
    assertThat(shouting.get(0).get("note").asText()).startsWith("capitals");

    // C-TC-2: the five timestamps within 5 minutes; the late sixth message is not one of them
    JsonNode burst = result.at("/criteria/C-TC-2/evidence");
    List<String> times = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    burst.forEach(
        e -> {
          times.add(e.get("excerpt").asText());
          indexes.add(e.get("message").asInt());
        });
    assertThat(times)
        .containsExactly(
            "2026-10-05T03:00:00Z",
            "2026-10-05T03:00:50Z",
            "2026-10-05T03:01:40Z",
            "2026-10-05T03:02:30Z",
            "2026-10-05T03:03:20Z");
    assertThat(indexes).containsExactly(0, 1, 2, 3, 4);
    assertThat(burst.get(0).get("note").asText()).isEqualTo("5 messages in 3m20s");

    // C-TC-3: the mention with its watchlist category; @TelkomCare is ignored
    JsonNode mention = result.at("/criteria/C-TC-3/evidence");
    assertThat(mention).hasSize(1);
    assertThat(mention.get(0).get("message").asInt()).isEqualTo(2);
    assertThat(mention.get(0).get("excerpt").asText()).isEqualTo("@BRTI_ID");
    assertThat(mention.get(0).get("note").asText()).isEqualTo("GOVERNMENT_BODY");

    // C-TC-4: the threat phrase
    JsonNode threat = result.at("/criteria/C-TC-4/evidence");
    assertThat(threat).hasSize(1);
    assertThat(threat.get(0).get("message").asInt()).isEqualTo(3);
    assertThat(threat.get(0).get("excerpt").asText()).contains("viralkan");
    assertThat(threat.get(0).get("note").asText()).isEqualTo("threat to go public");

    // C-TC-5: the profile's reason, from the bio; the verified badge alone is no reason
    JsonNode profile = result.at("/criteria/C-TC-5/evidence");
    assertThat(profile).hasSize(1);
    assertThat(profile.get(0).get("message").asInt()).isEqualTo(-1);
    assertThat(profile.get(0).get("excerpt").asText()).isEqualTo("Jurnalis");
    assertThat(profile.get(0).get("note").asText()).isEqualTo("bio: journalist");
  }

  @Test
  void thresholdsComeFromThePolicy_C_TC_5() throws IOException {
    Map<String, Object> influencer =
        Map.of(
            "channel",
            "SOCIAL",
            "author",
            Map.of("handle", "@akun_ramai", "followers", 10_000),
            "messages",
            List.of(message("2026-10-05T03:00:00Z", "internet lambat")));
    JsonNode evidence =
        assess("agent1", JSON.writeValueAsString(influencer)).at("/criteria/C-TC-5/evidence");
    assertThat(evidence).hasSize(1);
    assertThat(evidence.get(0).get("excerpt").asText()).isEqualTo("10000");
    assertThat(evidence.get(0).get("note").asText()).isEqualTo("followers at least 10000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent1", "tl1", "spv1", "manager1", "qc1", "pic1", "admin1"})
  void everySignedInRoleMayAssessAThread_R_TC_1(String user) {
    as(user)
        .body(RICH_THREAD)
        .post(PATH)
        .then()
        .statusCode(200)
        .body("hardComplaint", equalTo(true));
  }

  @Test
  void withoutATokenTheAssessmentIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(RICH_THREAD)
        .post(PATH)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  static JsonNode assess(String user, String body) throws IOException {
    String response =
        as(user)
            .body(body)
            .post(PATH)
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .asString();
    return JSON.readTree(response);
  }
}
