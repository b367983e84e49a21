package id.sigap.platform.logging;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is a sane
 * token, otherwise a new one. It is put in the logging context (a field of every JSON log line of
 * the request) and echoed on the response, so a caller, a log search and a problem's {@code
 * correlationId} all name the same request.
 */
@ApplicationScoped
public class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";

  /** Before the routes of the app, the health checks and the WebSocket upgrade. */
  static final int ORDER = -1000;

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(CorrelationId::assign);
  }

  static void assign(RoutingContext rc) {
    String id = accept(rc.request().getHeader(HEADER));
    rc.put(MDC_KEY, id);
    MDC.put(MDC_KEY, id);
    rc.response().putHeader(HEADER, id);
    rc.next();
  }

  /** The caller's id when it is safe to log as is, otherwise a new one. */
  static String accept(String offered) {
    return offered != null && SANE.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }

  /** The id of the request being handled, or a new one outside a request. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id != null ? id.toString() : UUID.randomUUID().toString();
  }
}
