package id.sigap.platform.start;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The start that {@code scripts/class-archive.sh} records into a class data sharing archive: it
 * asks its own readiness check and web app, as the first requests after a start do, and exits. A
 * JVM given the archive then loads those classes already parsed and verified, which takes about a
 * second off every later start (bench/README.md, "Start to ready").
 */
@ApplicationScoped
class TrainingStart {

  private static final Logger LOG = Logger.getLogger(TrainingStart.class);
  static final int FAILED = 3;

  void onStart(
      @Observes StartupEvent event,
      StartConfig config,
      @ConfigProperty(name = "quarkus.http.port") int port) {
    if (!config.training()) {
      return;
    }
    // a thread of its own: the startup observers run on the main thread, which must go on
    Thread requests =
        new Thread(() -> askAndExit("http://localhost:" + port, config.trainingTimeout()));
    requests.setName("training-start");
    requests.setDaemon(true);
    requests.start();
  }

  private static void askAndExit(String base, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (status(http, base + "/q/health/ready") != 200) {
        if (System.nanoTime() > deadline) {
          LOG.errorf("Training start: not ready within %s", timeout);
          Quarkus.asyncExit(FAILED);
          return;
        }
        Thread.sleep(50);
      }
      // a build without the web app (-DskipWeb) answers 404 here, still a start worth recording
      int webApp = status(http, base + "/");
      LOG.infof("Training start: ready, web app answered %d; exiting", webApp);
      Quarkus.asyncExit(0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Quarkus.asyncExit(FAILED);
    }
  }

  /** The status of a GET, or -1 while nothing answers. */
  private static int status(HttpClient http, String url) throws InterruptedException {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    }
  }
}
