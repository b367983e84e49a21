package id.sigap.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before any
 * resource or exception mapper sees it; this answers that refusal as problem+json too, just ahead
 * of the server's own check, which still guards bodies sent without a length.
 */
@ApplicationScoped
public class BodyTooLarge {

  void install(
      @Observes Router router,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      ObjectMapper json)
      throws JsonProcessingException {
    long max = limit.asLongValue();
    String problem =
        json.writeValueAsString(
            Problem.of(
                413,
                "body-too-large",
                "Body too large",
                "The request body is over the limit of " + max + " bytes"));
    router
        .route()
        .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
        .handler(
            context -> {
              String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && isOver(length, max)) {
                context
                    .response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem);
              } else {
                context.next();
              }
            });
  }

  private static boolean isOver(String length, long max) {
    try {
      return Long.parseLong(length.trim()) > max;
    } catch (NumberFormatException e) {
      return false; // the server's own check refuses what it cannot read
    }
  }
}
