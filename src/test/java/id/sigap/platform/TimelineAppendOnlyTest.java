package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-X-3: the database itself refuses to rewrite a case's history. */
@QuarkusTest
class TimelineAppendOnlyTest {

  @Inject Pool pool;

  @Test
  void updatesAndDeletesOfTimelineEventsAreRefused_R_X_3() {
    String caseId = Api.newCase("agent1");
    UUID id = UUID.fromString(caseId);
    assertThatThrownBy(
            () ->
                pool.preparedQuery("update case_event set actor = 'someone' where case_id = $1")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(id))
                    .await()
                    .indefinitely())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                pool.preparedQuery("delete from case_event where case_id = $1")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(id))
                    .await()
                    .indefinitely())
        .hasMessageContaining("append-only");
    assertThat(Api.caseOf("agent1", caseId).getString("timeline[0].actor")).isEqualTo("agent1");
  }

  @Test
  void truncatingTheTimelineIsRefused_R_X_3() {
    String caseId = Api.newCase("agent1");
    assertThatThrownBy(
            () -> pool.query("truncate case_event cascade").execute().await().indefinitely())
        .hasMessageContaining("append-only");
    assertThat(Api.caseOf("agent1", caseId).getList("timeline")).isNotEmpty();
  }

  @Test
  void theApplicationRoleOfAProductionSetupMayReadAndAppendOnly_R_X_3() {
    // what the application's role looks like in production: it may read and append, no more
    String role = "sigap_app_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    pool.query("create role " + role).execute().await().indefinitely();
    pool.query("grant select, insert on case_event to " + role).execute().await().indefinitely();
    try {
      assertThatThrownBy(
              () ->
                  pool.withTransaction(
                          sql ->
                              sql.query("set local role " + role)
                                  .execute()
                                  .chain(
                                      () ->
                                          sql.query("update case_event set actor = 'x'").execute()))
                      .await()
                      .indefinitely())
          .hasMessageContaining("permission denied");
    } finally {
      pool.query("revoke all on case_event from " + role).execute().await().indefinitely();
      pool.query("drop role " + role).execute().await().indefinitely();
    }
  }
}
