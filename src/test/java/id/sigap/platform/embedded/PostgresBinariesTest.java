package id.sigap.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's binaries, unpacked by streaming, once per machine, whole or not at all.
 */
class PostgresBinariesTest {

  @TempDir Path work;

  @Test
  void theUnpackedServerRunsAndTheFolderIsWhatTheLibraryLooksFor() throws Exception {
    PostgresBinaries binaries = PostgresBinaries.unpackedIn(work);

    Path postgres = binaries.folder().resolve("bin/postgres");
    assertThat(Files.isExecutable(postgres)).isTrue();
    assertThat(Files.isSymbolicLink(binaries.folder().resolve("lib/libicuuc.so"))).isTrue();
    Process version = new ProcessBuilder(postgres.toString(), "--version").start();
    assertThat(version.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("PostgreSQL")
        .contains("17.");
    // the library names the folder by the MD5 of what the resolver hands it, and skips a folder
    // marked complete
    byte[] handed = binaries.getPgBinary("Linux", "x86_64").readAllBytes();
    assertThat(PostgresBinaries.folderOf(work, handed)).isEqualTo(binaries.folder());
    assertThat(binaries.folder().resolve(PostgresBinaries.COMPLETE)).exists();
    try (var left = Files.list(work)) {
      assertThat(left).containsExactly(binaries.folder());
    }
  }

  @Test
  void aSecondStartUnpacksNothing() throws Exception {
    Path postgres = PostgresBinaries.unpackedIn(work).folder().resolve("bin/postgres");
    FileTime unpacked = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(postgres, unpacked);

    PostgresBinaries again = PostgresBinaries.unpackedIn(work);

    assertThat(again.folder().resolve("bin/postgres")).isEqualTo(postgres);
    assertThat(Files.getLastModifiedTime(postgres)).isEqualTo(unpacked);
  }

  @Test
  void aFolderLeftIncompleteByAnInterruptedUnpackingIsReplaced() throws Exception {
    Path folder = PostgresBinaries.unpackedIn(work).folder();
    Files.delete(folder.resolve(PostgresBinaries.COMPLETE));
    Files.delete(folder.resolve("bin/postgres"));

    PostgresBinaries again = PostgresBinaries.unpackedIn(work);

    assertThat(again.folder()).isEqualTo(folder);
    assertThat(Files.isExecutable(folder.resolve("bin/postgres"))).isTrue();
    assertThat(folder.resolve(PostgresBinaries.COMPLETE)).exists();
  }

  @Test
  void startsUnpackingAtOnceAllGetOneCompleteFolder() throws Exception {
    ExecutorService starts = Executors.newFixedThreadPool(3);
    try {
      List<Future<PostgresBinaries>> unpacked = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        unpacked.add(
            starts.submit((Callable<PostgresBinaries>) () -> PostgresBinaries.unpackedIn(work)));
      }
      for (Future<PostgresBinaries> each : unpacked) {
        Path folder = each.get(120, TimeUnit.SECONDS).folder();
        assertThat(Files.isExecutable(folder.resolve("bin/postgres"))).isTrue();
      }
    } finally {
      starts.shutdownNow();
    }
    try (var left = Files.list(work)) {
      assertThat(left.map(this::name))
          .containsExactly(name(PostgresBinaries.unpackedIn(work).folder()));
    }
  }

  private String name(Path path) {
    return path.getFileName().toString();
  }
}
