package id.sigap.reporting.metrics;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseEventListener;
import id.sigap.cases.EscalationEntity;
import id.sigap.platform.persistence.AfterCommit;
import id.sigap.policy.PolicyConfig;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CallbackOverdue;
import id.sigap.procedure.event.CaseEvent.CaseClosed;
import id.sigap.procedure.event.CaseEvent.EscalationRerouted;
import id.sigap.procedure.event.CaseEvent.HandRaised;
import id.sigap.procedure.event.CaseEvent.ProgressCheckOverdue;
import id.sigap.procedure.event.CaseEvent.TlListening;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Counts what the procedure did, per cluster, for the floor's dashboards: hands raised, how long
 * TLs took to start listening (K-2), re-routed hands (R-X-2), overdue alerts (R-X-5) and closed
 * cases. Listeners run inside the action's transaction, so each count is registered to happen after
 * that transaction commits ({@link AfterCommit}): a refused or rolled-back action counts nothing.
 */
@ApplicationScoped
public class ProcedureMetrics implements CaseEventListener {

  static final Duration[] ACKNOWLEDGE_BUCKETS = {
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(15),
    Duration.ofSeconds(30),
    Duration.ofSeconds(45),
    Duration.ofSeconds(60),
    Duration.ofSeconds(90),
    Duration.ofMinutes(2),
    Duration.ofMinutes(3),
    Duration.ofMinutes(5),
    Duration.ofMinutes(10)
  };

  private final MeterRegistry registry;
  private final Duration acknowledgeTarget;

  /**
   * Each counter once registered, by its name and tags: a fired batch counts hundreds of alerts,
   * and building and looking up a meter's id cost more than the count.
   */
  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

  ProcedureMetrics(MeterRegistry registry, PolicyConfig policy) {
    this.registry = registry;
    this.acknowledgeTarget = policy.acknowledgeTarget();
  }

  @Override
  public Uni<Void> recorded(CaseEntity c, CaseEvent event) {
    Runnable count = countOf(c, event);
    return count == null ? Uni.createFrom().voidItem() : AfterCommit.run(count);
  }

  /** What to count for the event, or null; reads the case now, while it is loaded. */
  Runnable countOf(CaseEntity c, CaseEvent event) {
    String cluster = clusterOf(c);
    if (event instanceof HandRaised) {
      return counter("sigap.hands.raised", "Hands raised by agents (R-IN-2)", cluster);
    }
    if (event instanceof TlListening) {
      return acknowledged(c.latestEscalation, event, cluster);
    }
    if (event instanceof EscalationRerouted) {
      return counter(
          "sigap.escalations.rerouted",
          "Raised hands re-routed after the acknowledgement target (R-X-2)",
          cluster);
    }
    if (event instanceof ProgressCheckOverdue || event instanceof CallbackOverdue) {
      return overdue(event.type().name().toLowerCase(Locale.ROOT), cluster);
    }
    if (event instanceof CaseClosed) {
      return counter("sigap.cases.closed", "Cases closed", cluster);
    }
    return null;
  }

  private Runnable counter(String name, String description, String cluster) {
    Counter counter =
        counters.computeIfAbsent(
            List.of(name, cluster),
            key ->
                Counter.builder(name)
                    .description(description)
                    .tag("cluster", cluster)
                    .register(registry));
    return counter::increment;
  }

  private Runnable overdue(String kind, String cluster) {
    Counter counter =
        counters.computeIfAbsent(
            List.of("sigap.overdue.alerts", cluster, kind),
            key ->
                Counter.builder("sigap.overdue.alerts")
                    .description("Overdue progress checks and call backs alerted (R-X-5)")
                    .tag("cluster", cluster)
                    .tag("kind", kind)
                    .register(registry));
    return counter::increment;
  }

  /** K-2: from the raised hand to the TL listening in. */
  private Runnable acknowledged(EscalationEntity hand, CaseEvent event, String cluster) {
    if (hand == null || hand.raisedAt == null) {
      return null;
    }
    Duration waited = Duration.between(hand.raisedAt, event.at());
    Timer timer =
        Timer.builder("sigap.acknowledge")
            .description("Time from a raised hand to the TL listening in (K-2)")
            .tag("cluster", cluster)
            .serviceLevelObjectives(buckets())
            .register(registry);
    return () -> timer.record(waited.isNegative() ? Duration.ZERO : waited);
  }

  private Duration[] buckets() {
    return Stream.concat(Stream.of(ACKNOWLEDGE_BUCKETS), Stream.of(acknowledgeTarget))
        .distinct()
        .sorted()
        .toArray(Duration[]::new);
  }

  private static String clusterOf(CaseEntity c) {
    return c.clusterId == null ? "none" : c.clusterId;
  }
}
