package id.sigap.timers;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseRepository;
import id.sigap.cases.CaseService;
import id.sigap.directory.Directory;
import id.sigap.platform.time.ZoneConfig;
import id.sigap.platform.vertx.VertxContexts;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import id.sigap.procedure.Decision;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.Floor;
import id.sigap.procedure.QuietHours;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.rules.DutyRules;
import id.sigap.procedure.rules.FloorRules;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Fires the duties that fell due, on any number of replicas: each poll claims a small batch with
 * {@code FOR NO KEY UPDATE SKIP LOCKED}, so a row is handled by one replica, and firing records the
 * event and moves or clears the row in one transaction, so a due time fires once. A due time that
 * passed while every replica was down is simply found by the next poll.
 */
@ApplicationScoped
public class DutyPoller {

  private static final Logger LOG = Logger.getLogger(DutyPoller.class);

  private final CaseService cases;
  private final Directory directory;
  private final PolicyRevisions policies;
  private final Clock clock;
  private final int batchSize;
  private final int parallelism;
  private final Vertx vertx;
  private final Map<Integer, Context> eventLoops = new ConcurrentHashMap<>();
  private final Duration pollInterval;
  private final DutyRepository duties;
  private final CaseRepository caseRepository;
  private final Scheduler scheduler;
  private final ZoneId zone;
  private final AtomicBoolean wakeUpSet = new AtomicBoolean();

  DutyPoller(
      CaseService cases,
      Directory directory,
      PolicyRevisions policies,
      Clock clock,
      TimersConfig config,
      Vertx vertx,
      DutyRepository duties,
      CaseRepository caseRepository,
      Scheduler scheduler,
      ZoneConfig zone) {
    this.zone = zone.zone();
    this.cases = cases;
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
    this.batchSize = config.batchSize();
    this.parallelism = config.parallelism();
    this.vertx = vertx;
    this.pollInterval = config.pollInterval();
    this.duties = duties;
    this.caseRepository = caseRepository;
    this.scheduler = scheduler;
  }

  @Scheduled(
      every = "${sigap.timers.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    List<Uni<Integer>> workers = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      workers.add(inOwnSession(i, this::fireDue));
    }
    return Uni.join()
        .all(workers)
        .andCollectFailures()
        .onFailure()
        .invoke(e -> LOG.warn("Firing due duties failed; the next poll retries", e))
        .onFailure()
        .recoverWithNull()
        .chain(this::wakeAtNextDue);
  }

  /**
   * The scheduler looks once per interval; a duty that falls due before the next look is fired on
   * time by a one-off timer set to its due time.
   */
  private Uni<Void> wakeAtNextDue() {
    return duties
        .nextDueAfter(clock.instant())
        .invoke(this::wakeAt)
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** One timer at a time; a poll it starts beside a scheduled one is harmless (SKIP LOCKED). */
  private void wakeAt(OffsetDateTime due) {
    if (due == null || !scheduler.isRunning()) {
      return;
    }
    long delay = Math.max(1, Duration.between(clock.instant(), due.toInstant()).toMillis() + 1);
    if (delay < pollInterval.toMillis() && wakeUpSet.compareAndSet(false, true)) {
      vertx.setTimer(
          delay,
          id -> {
            wakeUpSet.set(false);
            poll().subscribe().with(done -> {}, failure -> {});
          });
    }
  }

  /**
   * Runs the work on a context of its own, so that it gets its own session and transaction: the
   * workers claim disjoint batches with SKIP LOCKED and fire them side by side, each on its own
   * event loop, so that a burst of due duties uses every core.
   */
  private <T> Uni<T> inOwnSession(int worker, Supplier<Uni<T>> work) {
    Context context = VertxContexts.newSafeDuplicatedContext(eventLoop(worker));
    return Uni.createFrom()
        .emitter(
            emitter ->
                context.runOnContext(
                    ignored -> work.get().subscribe().with(emitter::complete, emitter::fail)));
  }

  /** The worker's event-loop context, taken round robin from Vert.x's event loops once. */
  private Context eventLoop(int worker) {
    return eventLoops.computeIfAbsent(worker, w -> VertxContexts.newEventLoopContext(vertx));
  }

  /** Fires batches until fewer than a batch are due; returns how many fired. */
  public Uni<Integer> fireDue() {
    return Panache.withTransaction(this::fireBatch)
        .chain(
            fired ->
                fired < batchSize
                    ? Uni.createFrom().item(fired)
                    : fireDue().map(more -> fired + more));
  }

  private Uni<Integer> fireBatch() {
    Instant now = clock.instant();
    return duties
        .flushOnlyAtCommit()
        .chain(() -> duties.claimDue(now, batchSize))
        .chain(due -> due.isEmpty() ? Uni.createFrom().item(0) : fire(due, now));
  }

  /**
   * Loads what the batch needs, one query after another on the batch's session (a reactive session
   * is never used by two operations at once), then fires the duties of the cases it could lock.
   */
  private Uni<Integer> fire(List<DutyEntity> due, Instant now) {
    List<UUID> caseIds = due.stream().map(d -> d.caseId).distinct().toList();
    return directory
        .floor()
        .chain(
            floor ->
                directory
                    .users(Role.MANAGER)
                    .map(
                        managers ->
                            new Ladder(
                                floor,
                                managers.stream()
                                    .filter(m -> !m.isService())
                                    .map(m -> m.username)
                                    .findFirst()
                                    .orElse(null))))
        .chain(
            ladder ->
                caseRepository
                    .lockFree(caseIds)
                    .chain(lockedCases -> fireLocked(due, lockedCases, ladder, now)));
  }

  /**
   * Decides the batch's duties one after another; a case another transaction holds is busy with an
   * action, and the next poll retries its duty. The duties move and clear in one statement each,
   * then the events are recorded (the cases change, the listeners react) and go in one statement,
   * all in the batch's transaction.
   */
  private Uni<Integer> fireLocked(
      List<DutyEntity> due, Map<UUID, CaseEntity> lockedCases, Ladder ladder, Instant now) {
    List<DutyEntity> fired = due.stream().filter(d -> lockedCases.containsKey(d.caseId)).toList();
    List<Alert> alerts = new ArrayList<>();
    List<DutyRepository.Move> moves = new ArrayList<>();
    List<String> cleared = new ArrayList<>();
    for (DutyEntity duty : fired) {
      CaseEntity c = lockedCases.get(duty.caseId);
      DutyRules.Firing firing = decide(c, duty, ladder, now);
      firing.event().ifPresent(event -> alerts.add(new Alert(c, event)));
      firing
          .nextDueAt()
          .ifPresentOrElse(
              next -> moves.add(new DutyRepository.Move(duty.key, next, duty.stage + 1)),
              () -> cleared.add(duty.key));
    }
    CaseService.EventBatch events = cases.batch();
    return duties
        .moveAll(moves)
        .chain(() -> duties.deleteAll(cleared))
        .chain(() -> recordAll(alerts, events))
        .chain(events::write)
        .replaceWith(fired.size());
  }

  /** An event a fired duty records on its case. */
  private record Alert(CaseEntity c, CaseEvent event) {}

  /** One event after another: each may change its case, and the listeners react to it in turn. */
  private static Uni<Void> recordAll(List<Alert> alerts, CaseService.EventBatch events) {
    return Multi.createFrom()
        .iterable(alerts)
        .onItem()
        // the alert is the item: a Uni<Void> item is null, and a Multi drops nulls
        .transformToUniAndConcatenate(
            alert -> events.record(alert.c(), Decision.accept(alert.event())).replaceWith(alert))
        .collect()
        .last()
        .replaceWithVoid();
  }

  /**
   * R-F-5: who an overdue follow-up alerts after the handling TL: the SPV on shift for the case's
   * cluster (R-F-1's roster), then the manager. One ladder serves one batch, on the floor read for
   * it, so each cluster's supervisor and each policy's quiet hours are worked out once.
   */
  private static final class Ladder {
    private final Floor floor;
    private final String manager;
    private final Map<String, Optional<String>> supervisors = new HashMap<>();
    private final Map<String, QuietHours> quietHours = new HashMap<>();

    Ladder(Floor floor, String manager) {
      this.floor = floor;
      this.manager = manager;
    }

    Floor floor() {
      return floor;
    }

    String manager() {
      return manager;
    }

    String supervisorFor(String clusterId) {
      return supervisors
          .computeIfAbsent(
              clusterId, cluster -> FloorRules.supervisorOnShift(floor, cluster, Set.of()))
          .orElse(null);
    }

    QuietHours quietHoursOf(Policy policy, ZoneId zone) {
      return quietHours.computeIfAbsent(
          policy.revision(), revision -> policy.callBackTerms(zone).quietHours());
    }
  }

  private DutyRules.Firing decide(CaseEntity c, DutyEntity duty, Ladder ladder, Instant now) {
    Policy policy = policies.of(duty.policyRevision);
    return switch (duty.kind) {
      case ACKNOWLEDGE ->
          // R-F-3 on the floor read once for the batch
          DutyRules.acknowledgeOverdue(
              c,
              duty.escalationId.toString(),
              duty.dueAt,
              policy.acknowledgeTarget(),
              FloorRules.route(ladder.floor(), c.clusterId, raiser(c), waitedWith(c)),
              duty.policyRevision,
              now);
      case PROGRESS_CHECK, CALLBACK ->
          DutyRules.followUpOverdue(
              c,
              duty.kind,
              duty.stage,
              duty.dueAt,
              intervalOf(duty.kind, policy),
              ladder.supervisorFor(c.clusterId),
              ladder.manager(),
              duty.policyRevision,
              ladder.quietHoursOf(policy, zone),
              zone,
              now);
    };
  }

  /** R-X-2: everyone who let the hand wait, whom the re-route passes over. */
  private static Set<String> waitedWith(CaseEntity c) {
    return c.latestEscalation == null ? Set.of() : c.latestEscalation.waitedWith();
  }

  /** The agent who raised the hand, whose workstation it names (R-F-6). */
  private static String raiser(CaseEntity c) {
    return c.latestEscalation == null ? null : c.latestEscalation.raisedBy;
  }

  private static Duration intervalOf(DutyKind kind, Policy policy) {
    return kind == DutyKind.PROGRESS_CHECK
        ? policy.progressCheckInterval()
        : policy.callbackInterval();
  }
}
