package id.sigap.platform.persistence;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Connections of their own for PostgreSQL LISTEN, to the datasource's database: a listening
 * connection cannot be shared with the pool. Each reconnects half a second after it is lost.
 */
@ApplicationScoped
public class ListenConnections {

  private final Vertx vertx;

  ListenConnections(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * A subscriber to connect once its channels are set up; {@code name} names it in the client
   * metrics, where the pool already has the default name.
   */
  public PgSubscriber subscriber(String name) {
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, datasource(name));
    subscriber.reconnectPolicy(retries -> 500L);
    return subscriber;
  }

  /**
   * How to reach the datasource's database, named {@code name} in the client metrics. Read when
   * asked, after start: the embedded database sets its URL while it starts.
   */
  static PgConnectOptions datasource(String name) {
    Config config = ConfigProvider.getConfig();
    String url = config.getValue("quarkus.datasource.reactive.url", String.class);
    return PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
        .setUser(config.getValue("quarkus.datasource.username", String.class))
        .setPassword(config.getValue("quarkus.datasource.password", String.class))
        .setMetricsName(name);
  }
}
