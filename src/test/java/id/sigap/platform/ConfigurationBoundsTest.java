package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.support.MappedConfig;
import id.sigap.timers.TimersConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounds of the configuration mappings, checked as the application checks them at start
 * (SmallRye Config with Bean Validation), without starting it.
 */
class ConfigurationBoundsTest {

  private static final BeanValidationConfigValidatorImpl VALIDATOR =
      new BeanValidationConfigValidatorImpl();

  static SmallRyeConfig configWith(Class<?> mapping, Map<String, String> values) {
    return new SmallRyeConfigBuilder()
        // as in Quarkus: durations also in the short form (1s)
        .withConverter(Duration.class, 200, new DurationConverter())
        .withValidator(VALIDATOR)
        .withMapping(mapping)
        .withSources(new PropertiesConfigSource(values, "test", 300))
        .build();
  }

  @Test
  void everyMappingsDefaultsAreWithinItsBounds() {
    for (Class<?> mapping : MappedConfig.mappings()) {
      assertThatCode(() -> configWith(mapping, Map.of()).getConfigMapping(mapping))
          .as(mapping.getName())
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "sigap.timers.batch-size, 0",
    "sigap.start.training-timeout, 0s",
    "sigap.timers.parallelism, -1",
    "sigap.timers.poll-interval, 0s",
    "sigap.stream.max-pending, 0",
    "sigap.stream.ticket-lifetime, PT0S",
    "sigap.stream.gap-timeout, -PT1S",
    "sigap.token.lifetime, PT0S",
    "sigap.token.issuer, ' '",
    "sigap.login.user-failures, 0",
    "sigap.login.window, PT0S",
    "sigap.policy.burst-messages, 1",
    "sigap.policy.callback-interval, PT0S",
    "sigap.telkomcare.cluster, ' '",
    "sigap.oidc.role-claim, ' '",
    "sigap.http.hsts.max-age, -PT1S",
    "sigap.metrics.backlog-interval, 0s",
    "sigap.zone, Nowhere/Town",
    "sigap.webhooks.max-in-flight, 0",
    "sigap.webhooks.max-in-flight, 1001",
    "sigap.webhooks.max-in-flight-per-subscription, 0",
    "sigap.webhooks.request-timeout, PT0S",
    "sigap.webhooks.give-up-after, PT0S",
    "sigap.webhooks.pause-after-failures, 0",
  })
  void aValueOutOfBoundsStopsTheStartWithAMessageNamingTheKey(String key, String value) {
    Class<?> mapping = MappedConfig.keys().get(key).mapping();
    assertThatThrownBy(() -> configWith(mapping, Map.of(key, value)).getConfigMapping(mapping))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining(key);
  }

  @Test
  void theMessageSaysWhatIsWrong() {
    assertThatThrownBy(() -> configWith(TimersConfig.class, Map.of("sigap.timers.batch-size", "0")))
        .hasMessageContaining("sigap.timers.batch-size must be greater than 0");
  }
}
