package id.sigap.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** Webhook delivery (R-I-2), from {@code sigap.webhooks.*}. */
@ConfigMapping(prefix = "sigap.webhooks")
public interface WebhooksConfig {

  /**
   * How often the dispatcher looks for due deliveries when nothing woke it; also read by {@link
   * WebhookDispatcher}'s schedule.
   */
  @WithDefault("1s")
  @DurationMin(millis = 1)
  Duration pollInterval();

  /** Deliveries one replica sends at the same time; a slow receiver holds only its own. */
  @WithDefault("32")
  @Positive
  @Max(1000)
  int maxInFlight();

  /**
   * Deliveries to one subscription being sent at the same time, over all replicas: what a receiver
   * that hangs can hold of {@code max-in-flight}.
   */
  @WithDefault("8")
  @Positive
  @Max(1000)
  int maxInFlightPerSubscription();

  /** How long connecting to a receiver may take. */
  @WithDefault("PT5S")
  @DurationMin(millis = 1)
  Duration connectTimeout();

  /** How long a receiver may take to answer a delivery before it counts as failed. */
  @WithDefault("PT10S")
  @DurationMin(millis = 1)
  Duration requestTimeout();

  /** The wait before the first retry; each further retry waits twice as long. */
  @WithDefault("PT10S")
  @DurationMin(millis = 1)
  Duration initialBackoff();

  /** The longest wait between two attempts. */
  @WithDefault("PT1H")
  @DurationMin(millis = 1)
  Duration maxBackoff();

  /** How long after its first attempt a failing delivery is given up. */
  @WithDefault("P1D")
  @DurationMin(seconds = 1)
  Duration giveUpAfter();

  /** Failed attempts in a row, across its deliveries, after which a subscription is paused. */
  @WithDefault("20")
  @Positive
  int pauseAfterFailures();
}
