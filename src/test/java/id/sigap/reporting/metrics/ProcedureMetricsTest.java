package id.sigap.reporting.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.platform.persistence.AfterCommit;
import id.sigap.support.Api;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcedureMetricsTest {

  @Inject MeterRegistry registry;

  double counted(String name) {
    Counter counter = registry.find(name).tag("cluster", "C1").counter();
    return counter == null ? 0 : counter.count();
  }

  long timed() {
    Timer timer = registry.find("sigap.acknowledge").tag("cluster", "C1").timer();
    return timer == null ? 0 : timer.count();
  }

  @Test
  void aRaisedHandIsCountedForTheAgentsCluster_R_IN_2() {
    double before = counted("sigap.hands.raised");
    Api.raisedHand();
    assertThat(counted("sigap.hands.raised")).isEqualTo(before + 1);
  }

  @Test
  void theTimeFromRaisedHandToListeningIsTimed_K_2() {
    long before = timed();
    String[] raised = Api.raisedHand();
    Api.post("tl1", "/api/v1/escalations/" + raised[1] + "/acknowledge", null)
        .then()
        .statusCode(200);
    assertThat(timed()).isEqualTo(before + 1);
  }

  @Test
  void aRefusedActionCountsNothing_R_X_4() {
    String[] raised = Api.raisedHand();
    double before = counted("sigap.hands.raised");
    Api.raiseHand("agent1", raised[0]).then().statusCode(409);
    assertThat(counted("sigap.hands.raised")).isEqualTo(before);
  }

  @Test
  void aCountIsTakenOnlyWhenTheTransactionCommits() throws Throwable {
    AtomicInteger counted = new AtomicInteger();
    assertThatThrownBy(
            () ->
                VertxContextSupport.subscribeAndAwait(
                    () ->
                        Panache.withTransaction(
                            () ->
                                AfterCommit.run(counted::incrementAndGet)
                                    .chain(
                                        () ->
                                            Uni.createFrom()
                                                .failure(
                                                    new IllegalStateException("rolled back"))))))
        .hasMessageContaining("rolled back");
    assertThat(counted).hasValue(0);

    VertxContextSupport.subscribeAndAwait(
        () -> Panache.withTransaction(() -> AfterCommit.run(counted::incrementAndGet)));
    assertThat(counted).hasValue(1);
  }

  @Test
  void prometheusScrapesTheProcedure() {
    Api.raisedHand();
    String scraped = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(scraped)
        .contains("sigap_hands_raised_total{cluster=\"C1\"}")
        .contains("sigap_duties_overdue{kind=\"acknowledge\"}")
        .contains("sigap_hands_waiting")
        .contains("sigap_cases{status=\"open\"}")
        .contains("sigap_stream_connections");
  }
}
