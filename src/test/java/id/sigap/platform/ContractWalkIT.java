package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar answers as openapi/sigap.json says: {@code scripts/contract-walk.sh} starts it
 * behind the Prism validating proxy, walks cases to closed and to a takeover, calls the read
 * endpoints and a few refusals, and exits 1 on any request or answer that the document does not
 * allow. Runs after {@code package}, like the other integration tests.
 */
class ContractWalkIT {

  private static final long TIMEOUT_MINUTES = 10;

  @Test
  void theJarAnswersAsTheCommittedDocumentSays() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "scripts/contract-walk.sh")
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().remove("SIGAP_URL");
    builder
        .environment()
        .put("CONTRACT_DB", Path.of("target", "contract-walk-db").toAbsolutePath().toString());
    Process process = builder.start();
    process.getOutputStream().close();
    // copied through System.out: the forked JVM's own stdout is Failsafe's channel
    Thread output = new Thread(() -> copyToLog(process), "contract-walk-output");
    output.setDaemon(true);
    output.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      throw new AssertionError(
          "scripts/contract-walk.sh did not finish within " + TIMEOUT_MINUTES + " minutes");
    }
    output.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(process.exitValue()).as("scripts/contract-walk.sh: violations above").isZero();
  }

  private static void copyToLog(Process process) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().forEach(System.out::println);
    } catch (IOException | UncheckedIOException e) {
      System.out.println("[contract walk output ended: " + e.getMessage() + "]");
    }
  }
}
