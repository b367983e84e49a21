package id.sigap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the Stoplight Prism validating proxy (openapi/package.json) between an integration test and
 * the packaged application, so that every request the test makes and every answer it gets is
 * checked against {@code openapi/sigap.json}: an answer Prism finds a violation in (its {@code
 * sl-violations} header) fails the test with what Prism said. One Prism process serves every test
 * class of the run; it is started for the application's address once, and again only if the
 * application comes back on another port.
 *
 * <p>On a {@code @QuarkusIntegrationTest} class, after that annotation:
 * {@code @ExtendWith(ContractProxy.class)}. REST Assured then talks to the proxy; {@link #url()} is
 * its address for other clients, {@link #check} what they do with an answer's headers.
 */
public class ContractProxy implements BeforeEachCallback, AfterEachCallback {

  static final Path DOCUMENT = Path.of("openapi", "sigap.json");
  static final Path PRISM = Path.of("openapi", "node_modules", ".bin", "prism");
  static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  public static final String VIOLATIONS = "sl-violations";
  static final ObjectMapper JSON = new ObjectMapper();

  private static Process prism;
  private static String upstream;
  private static int port;
  private static Path log;
  private static boolean stopOnExit;

  private List<Filter> filtersBefore;
  private int portBefore;
  private String baseUriBefore;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    // REST Assured points at the application by now: the Quarkus extension comes first
    String app = RestAssured.baseURI.replaceAll("/$", "") + ":" + RestAssured.port;
    start(app);
    filtersBefore = new ArrayList<>(RestAssured.filters());
    portBefore = RestAssured.port;
    baseUriBefore = RestAssured.baseURI;
    RestAssured.baseURI = "http://127.0.0.1";
    RestAssured.port = port;
    RestAssured.filters(new ViolationsFilter());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    RestAssured.replaceFiltersWith(filtersBefore);
    RestAssured.port = portBefore;
    RestAssured.baseURI = baseUriBefore;
  }

  /** The proxy's address, e.g. {@code http://127.0.0.1:40123}. */
  public static synchronized String url() {
    if (prism == null) {
      throw new IllegalStateException("no contract proxy: @ExtendWith(ContractProxy.class)");
    }
    return "http://127.0.0.1:" + port;
  }

  /**
   * Throws when Prism says the exchange violates the document (its header's value, or null): any
   * violation of the answer, and one of the request that Sigap did not refuse. A request the
   * document does not allow (no token, a missing field) that Sigap answers with a 4xx is what a
   * refusal test sends on purpose; one Sigap accepts means the document is stricter than Sigap.
   */
  public static void check(String method, String path, int status, String violations) {
    if (violations == null || violations.isBlank()) {
      return;
    }
    List<JsonNode> found = new ArrayList<>();
    try {
      JSON.readTree(violations)
          .forEach(
              v -> {
                boolean request = "request".equals(v.path("location").path(0).asText());
                if (!request || status < 400) {
                  found.add(v);
                }
              });
    } catch (IOException e) {
      throw new AssertionError(
          method + " " + path + ": unreadable " + VIOLATIONS + " " + violations);
    }
    if (!found.isEmpty()) {
      throw new AssertionError(
          method + " " + path + " -> " + status + " does not match " + DOCUMENT + ": " + found);
    }
  }

  static synchronized void start(String app) throws Exception {
    if (prism != null && prism.isAlive() && app.equals(upstream)) {
      return;
    }
    stop();
    if (!Files.isExecutable(PRISM)) {
      run("npm", "--prefix", "openapi", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    }
    port = PackagedApp.freePort();
    log = Path.of("target", "contract-proxy-" + port + ".log").toAbsolutePath();
    prism =
        new ProcessBuilder(
                PRISM.toAbsolutePath().toString(),
                "proxy",
                DOCUMENT.toString(),
                app,
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    upstream = app;
    if (!stopOnExit) {
      Runtime.getRuntime().addShutdownHook(new Thread(ContractProxy::stop, "contract-proxy-stop"));
      stopOnExit = true;
    }
    awaitProxy();
  }

  /** Prism says when it listens; nothing is asked through it before then. */
  private static void awaitProxy() throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.readString(log).contains("Prism is listening on")) {
        return;
      }
      if (!prism.isAlive()) {
        throw new IllegalStateException("Prism exited:\n" + Files.readString(log));
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "Prism did not listen within " + START_TIMEOUT + ":\n" + Files.readString(log));
  }

  static synchronized void stop() {
    if (prism != null && prism.isAlive()) {
      prism.descendants().forEach(ProcessHandle::destroy);
      prism.destroy();
    }
    prism = null;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new UncheckedIOException(
          new IOException(String.join(" ", command) + " exited " + process.exitValue()));
    }
  }

  /** Fails a REST Assured call whose exchange Prism found against the document. */
  static final class ViolationsFilter implements Filter {
    @Override
    public Response filter(
        FilterableRequestSpecification request,
        FilterableResponseSpecification response,
        FilterContext context) {
      Response answer = context.next(request, response);
      check(
          request.getMethod(),
          request.getURI(),
          answer.getStatusCode(),
          answer.getHeader(VIOLATIONS));
      return answer;
    }
  }
}
