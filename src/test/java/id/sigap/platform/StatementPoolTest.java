package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.platform.persistence.StatementPool;
import id.sigap.platform.vertx.VertxContexts;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Hibernate sessions and plain statements take their connections from two pools, so that sessions
 * holding every connection of theirs, each waiting on a statement, still get their statements.
 */
@QuarkusTest
class StatementPoolTest {

  @Inject Mutiny.SessionFactory sessions;
  @Inject @StatementPool Pool statements;
  @Inject Vertx vertx;

  @ConfigProperty(name = "quarkus.datasource.reactive.max-size")
  int sessionConnections;

  @Test
  void moreSessionsThanConnectionsEachWaitingOnAStatementAllFinish() throws Exception {
    int transactions = sessionConnections + 10;
    List<CompletableFuture<Long>> finished = new ArrayList<>();
    for (int i = 0; i < transactions; i++) {
      CompletableFuture<Long> done = new CompletableFuture<>();
      Context context = VertxContexts.newSafeDuplicatedContext(vertx.getOrCreateContext());
      context.runOnContext(
          ignored ->
              sessions
                  .withTransaction(
                      session ->
                          session
                              // the session holds its connection from here to its commit
                              .createNativeQuery("select pg_sleep(0.2)")
                              .getSingleResult()
                              .chain(
                                  () ->
                                      statements
                                          .query("select count(*) from hard_complaint_case")
                                          .execute())
                              .map(rows -> rows.iterator().next().getLong(0)))
                  .subscribe()
                  .with(done::complete, done::completeExceptionally));
      finished.add(done);
    }
    for (CompletableFuture<Long> each : finished) {
      assertThat(each.get(20, TimeUnit.SECONDS)).isNotNegative();
    }
  }
}
