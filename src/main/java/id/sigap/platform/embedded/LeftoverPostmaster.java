package id.sigap.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL that an earlier Sigap started on the data folder and that outlived it (the JVM was
 * killed before its watchdog could act), or the {@code postmaster.pid} such a server left behind.
 * Called only by the owner of the folder's lock, so whatever runs there belongs to no live Sigap.
 */
final class LeftoverPostmaster {

  private static final Logger LOG = Logger.getLogger(LeftoverPostmaster.class);

  /** A postmaster's start time and the one its pid file records differ by less than this. */
  static final Duration START_TOLERANCE = Duration.ofSeconds(5);

  static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  /** What the data folder's postmaster.pid stands for. */
  enum Verdict {
    /** The pid file names no live postmaster of this folder: it is only a stale lock. */
    STALE_LOCK,
    /** A postmaster still runs on this folder. */
    RUNNING
  }

  /** What the operating system says of a process. */
  record ProcessFacts(
      boolean alive, Optional<String> command, List<String> arguments, Optional<Instant> started) {}

  private LeftoverPostmaster() {}

  /**
   * Whether the pid file names a live postgres on this folder: the file written for this very
   * folder (not copied in from another one), its pid alive, the executable {@code postgres}, and
   * that process either started when the file says (a reused pid belongs to a younger process) or
   * given this folder on its command line.
   */
  static Verdict assess(
      PostmasterPid recorded, Path pgData, LongFunction<Optional<ProcessFacts>> processes) {
    if (!samePath(recorded.dataDir(), pgData)) {
      return Verdict.STALE_LOCK;
    }
    Optional<ProcessFacts> found = processes.apply(recorded.pid());
    if (found.isEmpty() || !found.get().alive()) {
      return Verdict.STALE_LOCK;
    }
    ProcessFacts process = found.get();
    boolean isPostgres =
        process
            .command()
            .map(c -> Path.of(c).getFileName().toString())
            // "postgres (deleted)" when its binaries were removed while it ran
            .filter(name -> name.equals("postgres") || name.startsWith("postgres "))
            .isPresent();
    boolean startedThen =
        process
            .started()
            .filter(
                s -> Duration.between(recorded.started(), s).abs().compareTo(START_TOLERANCE) <= 0)
            .isPresent();
    boolean givenThisFolder =
        process.arguments().contains(pgData.toAbsolutePath().normalize().toString());
    return isPostgres && (startedThen || givenThisFolder) ? Verdict.RUNNING : Verdict.STALE_LOCK;
  }

  /**
   * Leaves the folder free for a new postmaster: stops a leftover one or removes its stale lock.
   */
  static void clear(Path pgData) {
    Path lockFile = pgData.resolve(PostmasterPid.FILE);
    if (!Files.exists(lockFile)) {
      return; // nothing ran there, or it stopped cleanly
    }
    // a file that cannot be parsed was cut short by the crash while it was written
    Optional<PostmasterPid> pidFile = PostmasterPid.read(pgData);
    Verdict verdict =
        pidFile
            .map(recorded -> assess(recorded, pgData, LeftoverPostmaster::factsOf))
            .orElse(Verdict.STALE_LOCK);
    switch (verdict) {
      case STALE_LOCK -> {
        LOG.infof("Removing the stale lock %s left by a PostgreSQL that no longer runs", lockFile);
        delete(lockFile);
      }
      case RUNNING -> stop(pidFile.get(), pgData);
    }
  }

  /**
   * A fast shutdown, as {@code pg_ctl stop -m fast} asks for it: SIGINT to the postmaster (pg_ctl
   * itself refuses to run as root, where the library starts it in a user namespace). SIGTERM, a
   * smart shutdown, when there is no shell to send SIGINT (its clients died with the JVM); SIGKILL
   * as the last resort, after which PostgreSQL replays its WAL on the next start.
   */
  private static void stop(PostmasterPid leftover, Path pgData) {
    ProcessHandle process = ProcessHandle.of(leftover.pid()).orElse(null);
    if (process == null) {
      return;
    }
    LOG.warnf(
        "A PostgreSQL (pid %d, port %d) left by a Sigap that is gone still runs on %s: stopping it",
        leftover.pid(), leftover.port(), pgData);
    long stopping = System.nanoTime();
    if (!interrupt(leftover.pid())) {
      process.destroy();
    }
    if (!awaitExit(process, pgData, STOP_TIMEOUT)) {
      LOG.warnf(
          "PostgreSQL (pid %d) did not stop within %s: killing it", leftover.pid(), STOP_TIMEOUT);
      process.destroyForcibly();
      awaitExit(process, pgData, Duration.ofSeconds(10));
      // a killed postmaster leaves its pid file behind
      delete(pgData.resolve(PostmasterPid.FILE));
    }
    LOG.infof(
        "The leftover PostgreSQL stopped in %d ms", (System.nanoTime() - stopping) / 1_000_000);
  }

  /** SIGINT through the shell's kill; false when that could not be sent. */
  private static boolean interrupt(long pid) {
    if (!Files.isExecutable(Path.of("/bin/sh"))) {
      return false;
    }
    try {
      Process kill =
          new ProcessBuilder("/bin/sh", "-c", "kill -INT \"$1\"", "sh", Long.toString(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Gone, or done with the folder: PostgreSQL removes its pid file as the last step of a shutdown,
   * and a process that no one reaps stays visible as a zombie after it exited.
   */
  private static boolean awaitExit(ProcessHandle process, Path pgData, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (process.isAlive() && namesPid(pgData, process.pid())) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** Whether the pid file still names it (one caught while PostgreSQL rewrites it, too). */
  private static boolean namesPid(Path pgData, long pid) {
    if (!Files.exists(pgData.resolve(PostmasterPid.FILE))) {
      return false;
    }
    try {
      return PostmasterPid.read(pgData).map(p -> p.pid() == pid).orElse(true);
    } catch (UncheckedIOException e) {
      return true;
    }
  }

  static Optional<ProcessFacts> factsOf(long pid) {
    return ProcessHandle.of(pid)
        .map(
            p ->
                new ProcessFacts(
                    p.isAlive(),
                    p.info().command(),
                    p.info().arguments().map(List::of).orElse(List.of()),
                    p.info().startInstant()));
  }

  private static boolean samePath(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + file, e);
    }
  }
}
