package id.sigap.telkomcare;

import static id.sigap.support.Api.as;
import static id.sigap.support.Api.caseOf;
import static id.sigap.support.Api.post;
import static id.sigap.telkomcare.TelkomCareThreadTest.SHOUTS;
import static id.sigap.telkomcare.TelkomCareThreadTest.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-C-8: a TelkomCare customer on several platforms is one customer, and so is their burst. */
@QuarkusTest
class TelkomCareAcrossPlatformsTest {

  static final String MESSAGES = "/api/v1/telkomcare/messages";

  static String fresh() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> message(
      String channel, String platform, String handle, String text, Instant at) {
    Map<String, Object> author = new HashMap<>();
    author.put("handle", handle);
    author.put("name", "Rina Wijaya");
    author.put("verified", false);
    author.put("followers", 120);
    Map<String, Object> body = new HashMap<>();
    body.put("externalId", "x-" + UUID.randomUUID());
    body.put("channel", channel);
    if (platform != null) {
      body.put("platform", platform);
    }
    body.put("author", author);
    body.put("text", text);
    body.put("at", at.toString());
    return body;
  }

  static Response send(Map<String, Object> body) {
    return as("agent1").body(body).post(MESSAGES);
  }

  static String tweet(String handle, int i) {
    return send(message("SOCIAL", "TWITTER", handle, SHOUTS.get(i), START.plusSeconds(60L * i)))
        .then()
        .statusCode(201)
        .extract()
        .path("caseId");
  }

  static String customerOf(String caseId) {
    return caseOf("tl1", caseId).getString("customer.id");
  }

  /** Three tweets in two minutes and one e-mail at 5 minutes; the e-mail's case. */
  static String[] threeTweetsAndAnEmail(String handle, String address) {
    String twitter = null;
    for (int i = 0; i < 3; i++) {
      twitter = tweet(handle, i);
    }
    String email =
        send(message("EMAIL", "EMAIL", address, SHOUTS.get(0), START.plusSeconds(300)))
            .then()
            .statusCode(201)
            .extract()
            .path("caseId");
    assertThat(email).isNotEqualTo(twitter);
    return new String[] {twitter, email};
  }

  static String merge(String merged, String into) {
    return post(
            "agent1",
            "/api/v1/customers/" + merged + "/merges",
            Map.of("into", into, "reason", "Satu orang: X dan e-mail"))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  @DisplayName(
      "R-C-8: three tweets and two e-mails of one merged customer within 15 minutes are C-TC-2")
  void threeTweetsAndTwoEmailsOfOneMergedCustomerAreABurst_R_C_8_C_TC_2() {
    String handle = "@rina_" + fresh();
    String address = "rina." + fresh() + "@mail.example";
    String[] cases = threeTweetsAndAnEmail(handle, address);
    assertThat(caseOf("tl1", cases[0]).getBoolean("telkomcare.assessment.criteria.C-TC-2.met"))
        .isFalse();
    merge(customerOf(cases[1]), customerOf(cases[0]));

    Response fifth = send(message("EMAIL", null, address, SHOUTS.get(1), START.plusSeconds(480)));

    fifth.then().statusCode(201).body("caseId", equalTo(cases[1]));
    assertThat((Boolean) fifth.path("hardComplaint")).isTrue();
    JsonPath view = caseOf("tl1", cases[1]);
    assertThat(view.getString("telkomcare.platform")).isEqualTo("EMAIL");
    assertThat(view.getBoolean("telkomcare.assessment.criteria.C-TC-2.met")).isTrue();
    assertThat(
            view.getList("telkomcare.assessment.criteria.C-TC-2.evidence.message", Integer.class))
        .containsExactly(-2, -2, -2, 0, 1);
    assertThat(view.getList("telkomcare.assessment.criteria.C-TC-2.evidence.note", String.class))
        .allSatisfy(
            note -> assertThat(note).startsWith("5 messages in 8m0s across TWITTER, EMAIL"));
    assertThat(view.getBoolean("hardComplaint")).isTrue();
  }

  @Test
  @DisplayName("R-C-8: with the merge undone, the tweets are another customer's and no burst")
  void withTheMergeUndoneTheTweetsDoNotCount_R_C_8_C_TC_2() {
    String handle = "@rina_" + fresh();
    String address = "rina." + fresh() + "@mail.example";
    String[] cases = threeTweetsAndAnEmail(handle, address);
    String mergeId = merge(customerOf(cases[1]), customerOf(cases[0]));
    post("agent1", "/api/v1/customers/merges/" + mergeId + "/undo", Map.of("reason", "Dua orang"))
        .then()
        .statusCode(200);

    Response fifth =
        send(message("EMAIL", "EMAIL", address, SHOUTS.get(1), START.plusSeconds(480)));

    fifth.then().statusCode(201).body("caseId", equalTo(cases[1]));
    assertThat((Boolean) fifth.path("hardComplaint")).isFalse();
    JsonPath view = caseOf("tl1", cases[1]);
    assertThat(view.getBoolean("telkomcare.assessment.criteria.C-TC-2.met")).isFalse();
    assertThat(view.getBoolean("hardComplaint")).isFalse();
  }

  @Test
  @DisplayName("R-C-8: a handle names a customer on its platform; one left out follows the channel")
  void aHandleIsRecordedPerPlatform_R_C_8() {
    String handle = "@budi_" + fresh();
    String onX = send(message("SOCIAL", "X", handle, "halo min", START)).path("caseId");
    String onInstagram =
        send(message("SOCIAL", "INSTAGRAM", handle, "halo min", START)).path("caseId");
    String unnamed = send(message("SOCIAL", null, handle, "halo min", START)).path("caseId");

    // three threads, three customers: the same handle on two platforms may be two people
    assertThat(List.of(onX, onInstagram, unnamed)).doesNotHaveDuplicates();
    assertThat(List.of(customerOf(onX), customerOf(onInstagram), customerOf(unnamed)))
        .doesNotHaveDuplicates();
    assertThat(caseOf("tl1", onX).getString("telkomcare.platform")).isEqualTo("TWITTER");
    assertThat(caseOf("tl1", unnamed).getString("telkomcare.platform")).isEqualTo("OTHER");
    JsonPath record =
        as("tl1")
            .get("/api/v1/customers/" + customerOf(onX))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(record.getList("identifiers.kind", String.class)).containsExactly("HANDLE");
    assertThat(record.getList("identifiers.platform", String.class)).containsExactly("TWITTER");
    assertThat(record.getList("identifiers.value", String.class))
        .containsExactly(handle.toLowerCase(Locale.ROOT));

    // a second message on X joins the X thread
    send(message("SOCIAL", "TWITTER", handle, "masih mati", START.plusSeconds(60)))
        .then()
        .statusCode(201)
        .body("caseId", equalTo(onX));
  }

  @Test
  @DisplayName("R-C-8: an unknown platform, or one off its channel, is refused and stores nothing")
  void anUnknownPlatformIsRefusedNamingTheRule_R_C_8() {
    String handle = "@sari_" + fresh();
    Map<String, Object> unknown = message("SOCIAL", "MYSPACE", handle, "halo", START);
    send(unknown)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("rule", equalTo("R-C-8"))
        .body("detail", containsString("TWITTER"));
    Map<String, Object> offChannel = message("EMAIL", "TWITTER", handle, "halo", START);
    send(offChannel)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("rule", equalTo("R-C-8"));

    // nothing was stored: the same external ids are new messages, not retries
    unknown.put("platform", "TIKTOK");
    send(unknown).then().statusCode(201).body("caseOpened", equalTo(true));
    offChannel.put("platform", "EMAIL");
    send(offChannel).then().statusCode(201).body("caseOpened", equalTo(true));
  }
}
