package id.sigap.platform.embedded;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Stops the embedded PostgreSQL with the application, so that a dev mode restart, a continuous
 * testing run or another test profile can start it again. The server is started by the
 * configuration ({@link SelfContainedConfigSourceFactory}), before any bean; it is stopped when the
 * container is destroyed, the last step of the application's stop, after the datasource pools have
 * closed. A killed JVM never gets here: the {@link Watchdog} covers that.
 */
@Startup
@Singleton
class EmbeddedDatabaseLifecycle {

  @PreDestroy
  void stopTheEmbeddedDatabase() {
    EmbeddedDatabase.stop();
  }
}
