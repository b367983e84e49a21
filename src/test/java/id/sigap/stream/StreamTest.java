package id.sigap.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sigap.support.Api;
import id.sigap.support.StreamClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The live stream: the right events to the right people, nothing lost across a reconnect. */
@QuarkusTest
class StreamTest {

  static final Duration WAIT = Duration.ofSeconds(5);

  @TestHTTPResource("/")
  URI base;

  static boolean is(JsonNode event, String type, String caseId) {
    return event.path("type").asText().equals(type) && event.path("caseId").asText().equals(caseId);
  }

  @Test
  void theClustersTlSeesTheRaisedHandAndAnotherClustersTlDoesNot_R_IN_2() throws Exception {
    try (StreamClient tl1 = StreamClient.open(base, Api.token("tl1"), "");
        StreamClient tl2 = StreamClient.open(base, Api.token("tl2"), "")) {
      String[] raised = Api.raisedHand();
      JsonNode hand = tl1.await(e -> is(e, "HAND_RAISED", raised[0]), WAIT);
      assertThat(hand).isNotNull();
      assertThat(hand.path("targetTl").asText()).isEqualTo("tl1");
      assertThat(hand.path("escalationId").asText()).isEqualTo(raised[1]);
      assertThat(hand.path("id").asLong()).isPositive();
      assertThat(tl2.drain(Duration.ofMillis(800)))
          .noneMatch(e -> e.path("caseId").asText().equals(raised[0]));
    }
  }

  @Test
  void theAgentSeesTheTlListening_R_IN_3() throws Exception {
    String[] raised = Api.raisedHand();
    try (StreamClient agent = StreamClient.open(base, Api.token("agent1"), "")) {
      Api.post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null)
          .then()
          .statusCode(200);
      JsonNode listening = agent.await(e -> is(e, "TL_LISTENING", raised[0]), WAIT);
      assertThat(listening).isNotNull();
      assertThat(listening.path("actor").asText()).isEqualTo("tl1");
    }
  }

  @Test
  void aClientThatWasAwayResumesWithSinceAndMissesNothing() throws Exception {
    String[] raised = Api.raisedHand();
    long lastSeen = Api.caseOf("tl1", raised[0]).getLong("timeline[-1].id");
    // while tl1 is away: listening, arriving, the agent naming the TL
    Api.post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null)
        .then()
        .statusCode(200);
    Api.post("tl1", "/api/v1/escalations/" + raised[1] + "/arrive", null).then().statusCode(200);
    try (StreamClient tl1 = StreamClient.open(base, Api.token("tl1"), "since=" + lastSeen)) {
      // and one more after the reconnect, which must follow the replay without a seam
      Api.as("agent1")
          .body(java.util.Map.of("tl", "tl1"))
          .put("/api/v1/cases/" + raised[0] + "/handling-tl")
          .then()
          .statusCode(200);
      List<JsonNode> events = tl1.drain(Duration.ofSeconds(2));
      List<String> ofThisCase =
          events.stream()
              .filter(e -> e.path("caseId").asText().equals(raised[0]))
              .map(e -> e.path("type").asText())
              .toList();
      assertThat(ofThisCase).containsExactly("TL_LISTENING", "TL_ARRIVED", "HANDLING_TL_NAMED");
      List<Long> ids = events.stream().map(e -> e.path("id").asLong()).toList();
      assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id > lastSeen);
    }
  }

  @Test
  void theUpgradeIsRefusedWithoutAValidToken() {
    assertThatThrownBy(() -> StreamClient.attempt(base, "", null).toCompletableFuture().join())
        .hasRootCauseMessage("Unexpected HTTP response status code 401");
    assertThatThrownBy(
            () ->
                StreamClient.attempt(base, "", "Bearer " + forged(Api.token("agent1")))
                    .toCompletableFuture()
                    .join())
        .hasRootCauseMessage("Unexpected HTTP response status code 401");
  }

  @Test
  void aRefusedUpgradeIsAnsweredOnceAndLogsNoError() throws InterruptedException {
    List<LogRecord> errors = new CopyOnWriteArrayList<>();
    Handler collector =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
              errors.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(collector);
    try {
      assertThatThrownBy(
              () ->
                  StreamClient.attempt(base, "", "Bearer expired.or.forged")
                      .toCompletableFuture()
                      .join())
          .hasRootCauseMessage("Unexpected HTTP response status code 401");
      Thread.sleep(300); // the failure handlers run after the 401 is out
      assertThat(errors).extracting(LogRecord::getMessage).isEmpty();
    } finally {
      root.removeHandler(collector);
    }
  }

  @Test
  void aTicketOpensTheStreamOnce() throws Exception {
    String ticket =
        Api.post("tl1", "/api/v1/stream/tickets", null)
            .then()
            .statusCode(201)
            .extract()
            .path("ticket");
    try (StreamClient tl1 = StreamClient.openWithTicket(base, ticket)) {
      String[] raised = Api.raisedHand();
      assertThat(tl1.await(e -> is(e, "HAND_RAISED", raised[0]), WAIT)).isNotNull();
    }
    assertThatThrownBy(
            () -> StreamClient.attempt(base, "ticket=" + ticket, null).toCompletableFuture().join())
        .hasRootCauseMessage("Unexpected HTTP response status code 401");
  }

  /** The same claims, made into a supervisor's, with the signature left as it was. */
  static String forged(String token) {
    String[] parts = token.split("\\.");
    String payload =
        new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
            .replace("\"AGENT\"", "\"SUPERVISOR\"");
    return parts[0]
        + "."
        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
        + "."
        + parts[2];
  }
}
