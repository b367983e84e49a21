package id.sigap.platform.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** The pool of plain statements ({@link StatementPool}). */
@ConfigMapping(prefix = "sigap.statements")
public interface StatementPoolConfig {

  /**
   * Connections at most, beside the Hibernate sessions' {@code
   * quarkus.datasource.reactive.max-size}.
   */
  @WithDefault("20")
  @Positive
  int maxSize();
}
