package id.sigap.platform.embedded;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server Sigap starts for itself when no datasource is configured: real PostgreSQL
 * binaries, data kept in a folder so that it survives restarts. One per JVM.
 */
final class EmbeddedDatabase {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  /** Longer than quarkus.shutdown.timeout, the longest Quarkus takes to stop. */
  private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(15);

  private static EmbeddedDatabase instance;

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static synchronized EmbeddedDatabase start(Path dataDir, boolean fresh) {
    if (instance == null) {
      instance = new EmbeddedDatabase(startServer(dataDir, fresh));
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-db-stop"));
    }
    return instance;
  }

  private static EmbeddedPostgres startServer(Path dataDir, boolean fresh) {
    Path pgData = dataDir.resolve("pg");
    try {
      if (fresh) {
        deleteRecursively(pgData);
      }
      Files.createDirectories(pgData);
      LOG.infof("Starting embedded PostgreSQL with data in %s", pgData);
      return EmbeddedPostgres.builder()
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          // stopped by stop() below, after the application: not by a hook of its own beside it
          .setRegisterShutdownHook(false)
          .setServerConfig("max_connections", "200")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + pgData, e);
    }
  }

  /**
   * Runs in a JVM shutdown hook, beside the one that stops Quarkus: PostgreSQL goes down only after
   * the application has closed its connections, so that none of them is cut by the server.
   */
  private static synchronized void stop() {
    awaitApplicationStopped();
    if (instance != null) {
      try {
        instance.postgres.close();
      } catch (IOException e) {
        LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
      instance = null;
    }
  }

  private static void awaitApplicationStopped() {
    Application application = Application.currentApplication();
    if (application == null) {
      return;
    }
    // returns at once when the application has stopped, or failed to start
    Thread waiter = new Thread(application::awaitShutdown, "embedded-db-await-stop");
    waiter.setDaemon(true);
    waiter.start();
    try {
      waiter.join(APPLICATION_STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  int port() {
    return postgres.getPort();
  }
}
