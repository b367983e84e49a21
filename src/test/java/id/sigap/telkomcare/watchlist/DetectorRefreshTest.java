package id.sigap.telkomcare.watchlist;

import static id.sigap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Changes written by another replica reach this one's detector with the minute's refresh. */
@QuarkusTest
class DetectorRefreshTest {

  @Inject Pool pool;
  @Inject DetectorHolder detectors;

  @Test
  void aHandleAddedOnAnotherReplicaCountsAfterTheRefreshAndStopsAfterItsRemoval_C_TC_3() {
    String handle = "@komisioner_" + UUID.randomUUID().toString().substring(0, 8);
    pool.preparedQuery(
            "insert into watchlist_entry (category, kind, value, created_by)"
                + " values ('GOVERNMENT_BODY', 'HANDLE', $1, 'admin1')")
        .execute(Tuple.of(handle))
        .await()
        .indefinitely();
    detectors.refresh().await().indefinitely();
    assertThat(mentionCounts(handle)).isTrue();

    pool.preparedQuery("delete from watchlist_entry where value = $1")
        .execute(Tuple.of(handle))
        .await()
        .indefinitely();
    detectors.refresh().await().indefinitely();
    assertThat(mentionCounts(handle)).isFalse();
  }

  private static boolean mentionCounts(String handle) {
    return as("agent1")
        .body(
            Map.of(
                "channel",
                "SOCIAL",
                "messages",
                List.of(Map.of("at", "2026-10-05T03:00:00Z", "text", "cc " + handle))))
        .post("/api/v1/telkomcare/assessments")
        .then()
        .statusCode(200)
        .extract()
        .path("criteria.'C-TC-3'.met");
  }
}
