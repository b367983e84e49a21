package id.sigap.platform.persistence;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the {@link StatementPool}: to the datasource's database, on connections of its own. */
@ApplicationScoped
class StatementPools {

  /** Its name in the client metrics, where the sessions' pool has the default name. */
  static final String NAME = "statements";

  @Produces
  @Singleton
  @StatementPool
  Pool statementPool(Vertx vertx, StatementPoolConfig config) {
    PgConnectOptions connect = ListenConnections.datasource(NAME);
    PoolOptions pool =
        new PoolOptions()
            .setMaxSize(config.maxSize())
            .setName(NAME)
            .setShared(false)
            // each connection on one of the event loops, as the sessions' pool does
            .setEventLoopSize(Math.max(1, Runtime.getRuntime().availableProcessors() * 2));
    return Pool.newInstance(
        PgBuilder.pool().with(pool).connectingTo(connect).using(vertx.getDelegate()).build());
  }

  void close(@Disposes @StatementPool Pool pool) {
    pool.closeAndForget();
  }
}
