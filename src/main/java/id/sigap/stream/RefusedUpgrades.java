package id.sigap.stream;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A stream upgrade refused for its token or ticket has had its 401 sent by the time the refusal
 * reaches the router's failure handlers; the REST layer's handler would then try to write a second
 * response and log an error for every tablet that reconnects with an expired token. Here the
 * failure ends once its answer is out.
 */
@ApplicationScoped
class RefusedUpgrades {

  void install(@Observes Router router) {
    router
        .route("/api/v1/stream")
        .order(Integer.MIN_VALUE)
        .failureHandler(
            context -> {
              if (!context.response().ended()) {
                context.next();
              }
            });
  }
}
