package id.sigap.platform.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sigap.support.PackagedApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/class-archive.sh} on the packaged jar: its training start exits by itself once
 * ready, and a later start from another folder, with the archive required ({@code -Xshare:on}), is
 * ready with Sigap's classes loaded from the archive.
 */
class ClassArchiveIT {

  static Path work;
  static Path jar;
  static Path archive;
  static String trainingLog;

  @BeforeAll
  static void recordATrainingStart() throws Exception {
    PackagedApp.Artifact artifact = PackagedApp.artifact();
    assumeTrue(artifact.isJar(), "an archive is for the JVM's jar");
    jar = artifact.path();
    work = Files.createDirectories(Path.of("target", "class-archive-it").toAbsolutePath());
    archive = work.resolve("app-cds.jsa");
    Files.deleteIfExists(archive);

    Path log = work.resolve("class-archive.log");
    ProcessBuilder script =
        new ProcessBuilder("bash", "scripts/class-archive.sh", jar.toString(), archive.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    script.environment().put("TRAINING_PORT", Integer.toString(PackagedApp.freePort()));
    script.environment().put("SIGAP_JAVA_OPTS", "-Xmx96m -XX:+UseSerialGC");
    Process training = script.start();
    boolean exited = training.waitFor(4, TimeUnit.MINUTES);
    trainingLog = Files.readString(log);
    if (!exited) {
      training.destroyForcibly();
    }
    assertThat(exited).as("the training start exits by itself:\n%s", trainingLog).isTrue();
    assertThat(training.exitValue()).as(trainingLog).isZero();
  }

  @Test
  void theTrainingStartWritesAnArchiveOfAWholeStart() throws IOException {
    assertThat(archive).exists();
    assertThat(Files.size(archive)).as("classes of a whole start").isGreaterThan(20_000_000L);
    assertThat(trainingLog).contains(archive.toString());
  }

  @Test
  void aStartGivenTheArchiveLoadsSigapsClassesFromIt() throws Exception {
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    Path data = Files.createTempDirectory(work, "data");
    Path classes = work.resolve("classes.log");
    Files.deleteIfExists(classes);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + archive,
                // refuse to start rather than start without the archive
                "-Xshare:on",
                "-Xlog:class+load=info:file=" + classes,
                "-jar",
                // another form of the path than the training start's
                elsewhere.relativize(jar).toString()));
    int port = PackagedApp.freePort();
    Path log = work.resolve("start.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("SIGAP_DB_EMBEDDED_DATA_DIR", data.toString());
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    PackagedApp app = new PackagedApp("archived start", port, builder.start(), log);
    try {
      app.awaitReady();
    } finally {
      app.stop();
    }

    List<String> sigapClasses;
    try (Stream<String> lines = Files.lines(classes)) {
      sigapClasses =
          lines.filter(l -> l.contains(" id.sigap.") && !l.contains("$$Lambda")).toList();
    }
    List<String> fromArchive =
        sigapClasses.stream().filter(l -> l.contains("source: shared objects file (top)")).toList();
    assertThat(fromArchive)
        .as("Sigap's classes loaded at start")
        .anyMatch(l -> l.contains(" id.sigap.platform.start.TrainingStart "))
        .anyMatch(l -> l.contains(" id.sigap.cases.CaseEntity "));
    // the rest: classes the JVM does not archive (not linked by the training start's end, or
    // defined after it), 578 of 774 when this was written
    assertThat(fromArchive.size())
        .as("of %d Sigap classes loaded, those from the archive", sigapClasses.size())
        .isGreaterThan(sigapClasses.size() * 2 / 3);
  }
}
