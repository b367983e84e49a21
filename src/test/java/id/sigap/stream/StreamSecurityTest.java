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
import org.junit.jupiter.api.Test;

/** Who may open the stream, from where, and what a client may send on it. */
@QuarkusTest
class StreamSecurityTest {

  @TestHTTPResource("/")
  URI base;

  String ownOrigin() {
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  @Test
  void subscribingWithoutATokenIsUnauthorized() {
    assertThatThrownBy(() -> StreamClient.attempt(base, "", null).toCompletableFuture().join())
        .hasRootCauseMessage("Unexpected HTTP response status code 401");
  }

  @Test
  void aPageOfAnotherSiteCannotOpenTheStreamEvenWithAToken() {
    assertThatThrownBy(() -> StreamClient.open(base, Api.token("tl1"), "", "https://evil.example"))
        .hasRootCauseMessage("Unexpected HTTP response status code 403");
    assertThatThrownBy(() -> StreamClient.open(base, Api.token("tl1"), "", "null"))
        .hasRootCauseMessage("Unexpected HTTP response status code 403");
  }

  @Test
  void aPageOfSigapItselfAndAClientWithoutOriginOpenTheStream() throws Exception {
    try (StreamClient page = StreamClient.open(base, Api.token("tl1"), "", ownOrigin());
        StreamClient integrator = StreamClient.open(base, Api.token("tl1"), "")) {
      page.send("{\"type\":\"ping\"}");
      integrator.send("{\"type\":\"ping\"}");
      assertThat(page.await(e -> e.path("type").asText().equals("pong"), Duration.ofSeconds(5)))
          .isNotNull();
      assertThat(
              integrator.await(e -> e.path("type").asText().equals("pong"), Duration.ofSeconds(5)))
          .isNotNull();
    }
  }

  @Test
  void anyMessageButAPingClosesTheStreamAsAPolicyViolation() throws Exception {
    for (String message :
        new String[] {
          "{\"type\":\"subscribe\",\"caseId\":\"*\"}", "{\"type\":\"ping\",\"x\":1}", "hello", "[]"
        }) {
      try (StreamClient stream = StreamClient.open(base, Api.token("agent1"), "")) {
        stream.send(message);
        assertThat(stream.awaitClose(Duration.ofSeconds(5))).as(message).isEqualTo(1008);
      }
    }
  }

  @Test
  void aPingIsAnsweredWithAPong() throws Exception {
    try (StreamClient stream = StreamClient.open(base, Api.token("qc1"), "")) {
      stream.send("{\"type\":\"ping\"}");
      JsonNode pong = stream.await(e -> e.has("type"), Duration.ofSeconds(5));
      assertThat(pong.path("type").asText()).isEqualTo("pong");
    }
  }
}
