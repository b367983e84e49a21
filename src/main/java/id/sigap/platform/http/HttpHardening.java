package id.sigap.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.platform.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every HTTP answer gets whatever the route: requests that arrived over TLS (directly, or at a
 * proxy whose forwarded headers Sigap trusts) get {@code Strict-Transport-Security}, never plain
 * HTTP ones; and a body found too large while it is read (sent without a length, so {@link
 * id.sigap.platform.problem.BodyTooLarge} could not refuse it up front) is answered as {@code
 * application/problem+json} 413 too.
 */
@ApplicationScoped
public class HttpHardening {

  private final long maxBodyBytes;
  private final boolean hsts;
  private final Duration hstsMaxAge;
  private final String tooLarge;

  HttpHardening(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      HttpConfig config,
      ObjectMapper json)
      throws JsonProcessingException {
    this.maxBodyBytes = maxBodySize.asLongValue();
    this.hsts = config.hsts().enabled();
    this.hstsMaxAge = config.hsts().maxAge();
    this.tooLarge =
        json.writeValueAsString(
            Problem.of(
                413,
                "body-too-large",
                "Request body too large",
                "The body may be at most " + maxBodyBytes + " bytes"));
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::handle);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
  }

  void handle(RoutingContext context) {
    if (hsts && "https".equals(context.request().scheme())) {
      context
          .response()
          .putHeader(
              "Strict-Transport-Security",
              "max-age=" + hstsMaxAge.toSeconds() + "; includeSubDomains");
    }
    context.next();
  }

  /** A body that turned out too large while it was read (no or a false Content-Length). */
  void failure(RoutingContext context) {
    if (context.statusCode() == 413 && !context.response().headWritten()) {
      respondTooLarge(context);
      return;
    }
    context.next();
  }

  private void respondTooLarge(RoutingContext context) {
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(tooLarge);
  }
}
