package id.sigap.platform.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.platform.problem.Problem;
import id.sigap.platform.problem.ProblemMappers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrelationIdTest {

  static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void theCallersIdIsEchoed() {
    String echoed =
        given()
            .header(CorrelationId.HEADER, "cti-7f3a.42")
            .get("/q/health/live")
            .then()
            .statusCode(200)
            .extract()
            .header(CorrelationId.HEADER);
    assertThat(echoed).isEqualTo("cti-7f3a.42");
  }

  @Test
  void aRequestWithoutOneGetsANewOne() {
    String first = given().get("/q/health/live").then().extract().header(CorrelationId.HEADER);
    String second =
        given().get("/api/v1/cases").then().statusCode(401).extract().header(CorrelationId.HEADER);
    assertThat(first).matches(UUID);
    assertThat(second).matches(UUID).isNotEqualTo(first);
  }

  @Test
  void anIdUnfitForTheLogsIsReplaced() {
    String echoed =
        given()
            .header(CorrelationId.HEADER, "x\" injected=\"1")
            .get("/q/health/live")
            .then()
            .extract()
            .header(CorrelationId.HEADER);
    assertThat(echoed).matches(UUID);
  }

  @Test
  void anUnexpectedErrorQuotesTheRequestsId() {
    MDC.put(CorrelationId.MDC_KEY, "req-1234");
    try {
      Response response = new ProblemMappers().unexpected(new IllegalStateException("boom"));
      assertThat(response.getStatus()).isEqualTo(500);
      assertThat(((Problem) response.getEntity()).correlationId()).isEqualTo("req-1234");
    } finally {
      MDC.remove(CorrelationId.MDC_KEY);
    }
  }
}
