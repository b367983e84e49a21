package id.sigap.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * What {@link HttpHardening} adds to answers, from {@code sigap.http.*}. The body limit is Quarkus'
 * own {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "sigap.http")
public interface HttpConfig {

  Hsts hsts();

  /** Strict-Transport-Security on answers to requests that came over TLS; never on plain HTTP. */
  interface Hsts {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("P365D")
    @DurationMin(seconds = 0)
    Duration maxAge();
  }
}
