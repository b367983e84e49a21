package id.sigap.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server Sigap starts for itself when no datasource is configured: real PostgreSQL
 * binaries, data kept in a folder so that it survives restarts.
 *
 * <p>It is started when the configuration is first asked for the datasource URL and stopped with
 * the application ({@link EmbeddedDatabaseLifecycle}), so that a dev mode restart or another test
 * profile starts it again. Crash safety:
 *
 * <ul>
 *   <li>the folder is claimed with a {@link DataFolderLock}: a second Sigap on a folder whose owner
 *       still runs is refused, and never stops the owner's server;
 *   <li>a server that an earlier, killed Sigap left running on the folder is stopped (or its stale
 *       {@code postmaster.pid} removed) before a new one starts: {@link LeftoverPostmaster};
 *   <li>a {@link Watchdog} stops the server when this JVM dies without stopping it.
 * </ul>
 */
final class EmbeddedDatabase {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  /** Long enough for PostgreSQL to replay its WAL after a server that was killed. */
  static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  /** Of this class loader: the application that started it. */
  private static EmbeddedDatabase instance;

  private static RuntimeException failure;

  private final Path pgData;
  private final DataFolderLock lock;
  private final EmbeddedPostgres postgres;
  private final long postmasterPid;
  private final Optional<Watchdog> watchdog;

  private EmbeddedDatabase(
      Path pgData,
      DataFolderLock lock,
      EmbeddedPostgres postgres,
      long postmasterPid,
      Optional<Watchdog> watchdog) {
    this.pgData = pgData;
    this.lock = lock;
    this.postgres = postgres;
    this.postmasterPid = postmasterPid;
    this.watchdog = watchdog;
  }

  static synchronized EmbeddedDatabase start(
      Path dataDir, Path binariesDir, boolean fresh, boolean durable) {
    if (instance == null) {
      if (failure != null) {
        throw failure; // asked again for another URL: the same answer, no second attempt
      }
      try {
        instance =
            open(
                dataDir.toAbsolutePath().normalize(),
                binariesDir.toAbsolutePath().normalize(),
                fresh,
                durable);
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      } catch (Error e) {
        // out of memory, say: the configuration asks again, and a second attempt would only fail
        // on what the first left behind
        failure = new IllegalStateException("The embedded PostgreSQL did not start: " + e, e);
        throw e;
      }
    }
    return instance;
  }

  /** Stops the server this application started, if it started one. */
  static synchronized void stop() {
    failure = null;
    if (instance != null) {
      try {
        instance.close();
      } finally {
        instance = null;
      }
    }
  }

  private static EmbeddedDatabase open(
      Path folder, Path binariesDir, boolean fresh, boolean durable) {
    Path pgData = folder.resolve("pg");
    DataFolderLock lock;
    try {
      Files.createDirectories(folder);
      lock = DataFolderLock.acquire(folder);
    } catch (DataFolderLock.FolderInUseException e) {
      LOG.error(e.getMessage());
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + folder, e);
    }
    try {
      LeftoverPostmaster.clear(pgData);
      if (fresh) {
        deleteRecursively(pgData);
      }
      Files.createDirectories(pgData);
      // the lock of the library's own instance; one left in this JVM by an earlier start that did
      // not stop would block the new one, and the folder is ours
      Files.deleteIfExists(pgData.resolve("epg-lock"));
      PostgresBinaries binaries = PostgresBinaries.unpackedIn(binariesDir);
      LOG.infof("Starting embedded PostgreSQL with data in %s", pgData);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPgBinaryResolver(binaries)
              .setOverrideWorkingDirectory(binariesDir.toFile())
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              // stopped after the application has closed its connections (the lifecycle bean), not
              // by a JVM hook of the library's own that races the application's stop
              .setRegisterShutdownHook(false)
              .setServerConfig("max_connections", "200")
              // the library starts the server with -F (no fsync) and synchronous_commit off: a
              // power loss could then corrupt the folder or lose acknowledged writes; these come
              // later on the command line and win
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .setPGStartupWait(STARTUP_WAIT)
              .start();
      long postmasterPid =
          PostmasterPid.read(pgData)
              .map(PostmasterPid::pid)
              .orElseThrow(() -> new IllegalStateException("PostgreSQL wrote no postmaster.pid"));
      return new EmbeddedDatabase(
          pgData, lock, postgres, postmasterPid, Watchdog.start(folder, pgData, postmasterPid));
    } catch (IOException e) {
      lock.release();
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + pgData, e);
    } catch (Error e) {
      lock.release();
      throw e;
    } catch (RuntimeException e) {
      lock.release();
      if (noBinaries(e)) {
        throw new IllegalStateException(NO_BINARIES, e);
      }
      throw e;
    }
  }

  static final String NO_BINARIES =
      "This build of Sigap carries no PostgreSQL binaries (built with -Pexternal-db): set"
          + " QUARKUS_DATASOURCE_REACTIVE_URL, QUARKUS_DATASOURCE_USERNAME and"
          + " QUARKUS_DATASOURCE_PASSWORD to an external PostgreSQL";

  /** What the library throws when the binaries are not on the class path or in the image. */
  private static boolean noBinaries(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if ("Missing embedded postgres binaries".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
    boolean stopped;
    try {
      stopped = PostmasterPid.read(pgData).map(p -> p.pid() != postmasterPid).orElse(true);
    } catch (UncheckedIOException e) {
      stopped = false;
    }
    // if it did not stop, the watchdog stops it as it would after a crash
    boolean down = stopped;
    watchdog.ifPresent(w -> w.release(down));
    lock.release();
    LOG.infof("Embedded PostgreSQL on %s stopped", pgData);
  }

  static void deleteRecursively(Path dir) throws IOException {
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
