package id.sigap.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.platform.embedded.LeftoverPostmaster.ProcessFacts;
import id.sigap.platform.embedded.LeftoverPostmaster.Verdict;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a postmaster left by a killed Sigap from a stale lock, and a folder in use. */
class LeftoverPostmasterTest {

  static final Path PG_DATA = Path.of("/srv/sigap/data/pg");
  static final Instant STARTED = Instant.parse("2026-11-29T08:00:00Z");
  static final String POSTGRES = "/tmp/embedded-pg/PG-0f1e/bin/postgres";

  /** postmaster.pid as PostgreSQL 17 writes it. */
  static final List<String> PID_FILE =
      List.of(
          "4242",
          PG_DATA.toString(),
          Long.toString(STARTED.getEpochSecond()),
          "39513",
          "/tmp",
          "localhost",
          "  1234567   7",
          "ready   ");

  static PostmasterPid recorded() {
    return PostmasterPid.parse(PID_FILE).orElseThrow();
  }

  static LongFunction<Optional<ProcessFacts>> only(long pid, ProcessFacts facts) {
    return p -> p == pid ? Optional.of(facts) : Optional.empty();
  }

  static ProcessFacts postgres(Instant started, List<String> arguments) {
    return new ProcessFacts(true, Optional.of(POSTGRES), arguments, Optional.of(started));
  }

  @Test
  void thePidFileIsReadAsPostgresqlWritesIt() {
    PostmasterPid pid = recorded();
    assertThat(pid.pid()).isEqualTo(4242);
    assertThat(pid.dataDir()).isEqualTo(PG_DATA);
    assertThat(pid.started()).isEqualTo(STARTED);
    assertThat(pid.port()).isEqualTo(39513);
  }

  @Test
  void aFileCutShortIsNoPidFile() {
    assertThat(PostmasterPid.parse(List.of())).isEmpty();
    assertThat(PostmasterPid.parse(List.of("4242"))).isEmpty();
    assertThat(PostmasterPid.parse(List.of("42x", PG_DATA.toString(), "1"))).isEmpty();
  }

  @Test
  void aLivePostgresStartedWhenTheFileSaysIsTheLeftoverServer() {
    ProcessFacts facts = postgres(STARTED.plusMillis(300), List.of());
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, only(4242, facts)))
        .isEqualTo(Verdict.RUNNING);
  }

  @Test
  void aPostgresGivenThisFolderIsTheLeftoverServerEvenIfTheClocksDisagree() {
    ProcessFacts facts =
        postgres(STARTED.plusSeconds(3600), List.of("-D", PG_DATA.toString(), "-p", "39513"));
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, only(4242, facts)))
        .isEqualTo(Verdict.RUNNING);
  }

  @Test
  void aServerWhoseBinariesWereRemovedIsStillAPostgres() {
    ProcessFacts facts =
        new ProcessFacts(
            true, Optional.of(POSTGRES + " (deleted)"), List.of(), Optional.of(STARTED));
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, only(4242, facts)))
        .isEqualTo(Verdict.RUNNING);
  }

  @Test
  void aGonePidLeavesOnlyAStaleLock() {
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, pid -> Optional.empty()))
        .isEqualTo(Verdict.STALE_LOCK);
    ProcessFacts exited =
        new ProcessFacts(false, Optional.of(POSTGRES), List.of(), Optional.empty());
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, only(4242, exited)))
        .isEqualTo(Verdict.STALE_LOCK);
  }

  @Test
  void aPidReusedByAnotherProgramIsNotStopped() {
    ProcessFacts shell =
        new ProcessFacts(
            true, Optional.of("/usr/bin/bash"), List.of(), Optional.of(STARTED.plusSeconds(1)));
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, only(4242, shell)))
        .isEqualTo(Verdict.STALE_LOCK);
  }

  @Test
  void aPidReusedByAnotherPostgresLaterIsNotStopped() {
    // the system's own PostgreSQL, say, started a day later on its own folder
    ProcessFacts other =
        postgres(STARTED.plusSeconds(86_400), List.of("-D", "/var/lib/postgresql/17/main"));
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, only(4242, other)))
        .isEqualTo(Verdict.STALE_LOCK);
  }

  @Test
  void aProcessOfAnotherUserWithNothingToCompareIsNotStopped() {
    ProcessFacts hidden = new ProcessFacts(true, Optional.empty(), List.of(), Optional.empty());
    assertThat(LeftoverPostmaster.assess(recorded(), PG_DATA, only(4242, hidden)))
        .isEqualTo(Verdict.STALE_LOCK);
  }

  @Test
  void aPidFileCopiedFromAnotherFolderIsStale() {
    // the folder was copied while its server ran: that server runs on the original
    ProcessFacts original = postgres(STARTED, List.of("-D", PG_DATA.toString()));
    assertThat(
            LeftoverPostmaster.assess(
                recorded(), Path.of("/srv/sigap/copy/pg"), only(4242, original)))
        .isEqualTo(Verdict.STALE_LOCK);
  }

  @Test
  void aStaleLockFileIsRemovedAndNoProcessIsTouched(@TempDir Path folder) throws Exception {
    Path pgData = Files.createDirectories(folder.resolve("pg"));
    // a pid that cannot be running: above the kernel's pid_max
    Files.write(
        pgData.resolve("postmaster.pid"),
        List.of("99999999", pgData.toString(), Long.toString(STARTED.getEpochSecond()), "1"));
    LeftoverPostmaster.clear(pgData);
    assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
    LeftoverPostmaster.clear(pgData); // nothing there: nothing to do
  }

  @Test
  void aPidFileCutShortIsRemoved(@TempDir Path folder) throws Exception {
    Path pgData = Files.createDirectories(folder.resolve("pg"));
    Files.write(pgData.resolve("postmaster.pid"), List.of("123"));
    LeftoverPostmaster.clear(pgData);
    assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void aFolderWhoseLockAnotherProcessHoldsIsRefusedWithItsPid(@TempDir Path folder)
      throws Exception {
    // the lock as another live Sigap holds it: a separate process, since one JVM's locks do not
    // exclude each other
    Path lockFile = folder.resolve(DataFolderLock.FILE);
    Process holder = holdLock(lockFile);
    try {
      assertThatThrownBy(() -> DataFolderLock.acquire(folder))
          .isInstanceOf(DataFolderLock.FolderInUseException.class)
          .hasMessage(
              "The data folder "
                  + folder
                  + " is in use by another Sigap (pid "
                  + holder.pid()
                  + "): stop it first, or give this one its own folder with"
                  + " SIGAP_DB_EMBEDDED_DATA_DIR");
    } finally {
      holder.destroyForcibly().waitFor();
    }
    // the holder is gone, and the system dropped its lock with it
    DataFolderLock lock = DataFolderLock.acquire(folder);
    assertThat(Files.readString(lockFile).strip())
        .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    lock.release();
  }

  @Test
  void anEarlierStartInThisJvmThatDidNotStopIsTakenOver(@TempDir Path folder) throws Exception {
    // as a class loader that is gone would hold it: a lock nobody will release
    Path lockFile = folder.resolve(DataFolderLock.FILE);
    try (FileChannel earlier =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock held = earlier.lock();
      DataFolderLock lock = DataFolderLock.acquire(folder);
      assertThat(Files.readString(lockFile).strip())
          .isEqualTo(Long.toString(ProcessHandle.current().pid()));
      lock.release();
      assertThat(held.isValid()).isTrue();
    }
  }

  /** A JVM that locks the file, says so, and waits to be killed. */
  static Process holdLock(Path lockFile) throws Exception {
    Path source = lockFile.resolveSibling("Hold.java");
    Files.writeString(
        source,
        """
        import java.nio.channels.FileChannel;
        import java.nio.file.*;
        public class Hold {
          public static void main(String[] args) throws Exception {
            FileChannel channel = FileChannel.open(Path.of(args[0]),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            channel.write(java.nio.ByteBuffer.wrap(
                (ProcessHandle.current().pid() + "\\n").getBytes()));
            System.out.println("locked");
            Thread.sleep(600_000);
          }
        }
        """);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, source.toString(), lockFile.toString())
            .redirectErrorStream(true)
            .start();
    String line = new String(process.getInputStream().readNBytes("locked".length()));
    assertThat(line).as("the holder locked the file").isEqualTo("locked");
    return process;
  }
}
