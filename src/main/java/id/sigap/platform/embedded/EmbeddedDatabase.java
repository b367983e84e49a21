package id.sigap.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server Sigap starts for itself when no datasource is configured: real PostgreSQL
 * binaries, data kept in a folder so that it survives restarts. One per JVM.
 */
final class EmbeddedDatabase {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
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
          .setServerConfig("max_connections", "200")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + pgData, e);
    }
  }

  private static synchronized void stop() {
    if (instance != null) {
      try {
        instance.postgres.close();
      } catch (IOException e) {
        LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
      instance = null;
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
