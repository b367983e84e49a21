package id.sigap.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.ContractProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web app's browser tests (web/e2e: Chromium through playwright-core, axe-core) against the
 * packaged application, so that {@code mvn verify} proves the screens work on the real server.
 * Their API calls go through the validating proxy ({@link ContractProxy}): an answer that violates
 * openapi/sigap.json fails the run. The pages' stream WebSocket goes to the application directly.
 */
@QuarkusIntegrationTest
@ExtendWith(ContractProxy.class)
class WebAppIT {

  private static final Path WEB = Path.of("web").toAbsolutePath();
  // a guard against a hung browser, not a speed target: the suite takes some 6 minutes alone and
  // near 10 on a loaded machine
  private static final long TIMEOUT_MINUTES = 15;

  @TestHTTPResource("/")
  URL app;

  @Test
  void browserTestsPassAgainstThePackagedApp() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
    if (!Files.isDirectory(WEB.resolve("node_modules"))) {
      assertThat(run(deadline, npm(), "ci", "--no-audit", "--no-fund")).as("npm ci").isZero();
    }
    assertThat(run(deadline, npm(), "run", "e2e")).as("npm run e2e (web/e2e)").isZero();
  }

  /**
   * Runs a command in web/ with the app's address. Its output is copied through System.out rather
   * than inherited: the forked test JVM's own stdout is Failsafe's channel, where inherited output
   * would land in a dump file instead of the build log.
   */
  private int run(long deadline, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(WEB.toFile());
    builder.environment().put("SIGAP_URL", app.toString().replaceAll("/$", ""));
    builder.environment().put("SIGAP_CONTRACT_PROXY", ContractProxy.url());
    builder.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    Thread output = new Thread(() -> copyToLog(process), "web-e2e-output");
    output.setDaemon(true);
    output.start();
    long left = Math.max(0, deadline - System.nanoTime());
    if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(
          String.join(" ", command) + " did not finish within " + TIMEOUT_MINUTES + " minutes");
    }
    output.join(TimeUnit.SECONDS.toMillis(10));
    return process.exitValue();
  }

  private static void copyToLog(Process process) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().forEach(System.out::println);
    } catch (IOException | UncheckedIOException e) {
      System.out.println("[web e2e output ended: " + e.getMessage() + "]");
    }
  }

  private static String npm() {
    return System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
  }
}
