package id.sigap.timers;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseService;
import id.sigap.cases.EscalationEntity;
import id.sigap.cases.domain.Decision;
import id.sigap.directory.Directory;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
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
  private final Pool pool;
  private final Scheduler scheduler;
  private final AtomicBoolean wakeUpSet = new AtomicBoolean();

  DutyPoller(
      CaseService cases,
      Directory directory,
      PolicyRevisions policies,
      Clock clock,
      TimersConfig config,
      Vertx vertx,
      Pool pool,
      Scheduler scheduler) {
    this.cases = cases;
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
    this.batchSize = config.batchSize();
    this.parallelism = config.parallelism();
    this.vertx = vertx;
    this.pollInterval = config.pollInterval();
    this.pool = pool;
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
    return pool.preparedQuery("select min(due_at) from duty where due_at > $1")
        .execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC)))
        .map(rows -> rows.iterator().next().getOffsetDateTime(0))
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
    Context context = VertxContext.createNewDuplicatedContext(eventLoop(worker));
    VertxContextSafetyToggle.setContextSafe(context, true);
    return Uni.createFrom()
        .emitter(
            emitter ->
                context.runOnContext(
                    ignored -> work.get().subscribe().with(emitter::complete, emitter::fail)));
  }

  /** The worker's event-loop context, taken round robin from Vert.x's event loops once. */
  private Context eventLoop(int worker) {
    return eventLoops.computeIfAbsent(
        worker, w -> ((VertxInternal) vertx).createEventLoopContext());
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
    return Panache.getSession()
        .chain(
            session ->
                // HQL, not SQL: Hibernate caches a native query's plan under a key that never
                // matches again, so a claim every second would fill its plan cache
                session
                    .createSelectionQuery(
                        "from DutyEntity where dueAt <= :now order by dueAt", DutyEntity.class)
                    .setParameter("now", now)
                    .setMaxResults(batchSize)
                    .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                    .getResultList()
                    .chain(
                        due -> due.isEmpty() ? Uni.createFrom().item(0) : fire(session, due, now)));
  }

  /** Loads what the batch needs in a few queries, then fires its duties one after another. */
  private Uni<Integer> fire(Mutiny.Session session, List<DutyEntity> due, Instant now) {
    List<UUID> caseIds = due.stream().map(d -> d.caseId).distinct().toList();
    Uni<Map<UUID, CaseEntity>> lockedCases =
        session
            .createNativeQuery(
                "select * from hard_complaint_case where id in (:ids) for update skip locked",
                CaseEntity.class)
            .setParameter("ids", caseIds)
            .getResultList()
            .map(cases -> cases.stream().collect(Collectors.toMap(c -> c.id, c -> c)));
    Uni<Map<UUID, EscalationEntity>> latestHands =
        session
            .createNativeQuery(
                "select distinct on (case_id) * from escalation where case_id in (:ids)"
                    + " order by case_id, raised_at desc",
                EscalationEntity.class)
            .setParameter("ids", caseIds)
            .getResultList()
            .map(hands -> hands.stream().collect(Collectors.toMap(e -> e.caseId, e -> e)));
    return Uni.combine()
        .all()
        .unis(lockedCases, latestHands, directory.anySupervisor().map(Optional::ofNullable))
        .asTuple()
        .chain(
            loaded -> {
              Map<UUID, CaseEntity> cases = loaded.getItem1();
              cases.values().forEach(c -> c.latestEscalation = loaded.getItem2().get(c.id));
              String supervisor = loaded.getItem3().orElse(null);
              return Multi.createFrom()
                  .iterable(due)
                  // a case another transaction holds is busy with an action: the next poll retries
                  .filter(duty -> cases.containsKey(duty.caseId))
                  .onItem()
                  // each fired duty is the item, so that the count is of duties (a Uni<Void> item
                  // is null, and a Multi drops nulls)
                  .transformToUniAndConcatenate(
                      duty ->
                          decide(cases.get(duty.caseId), duty, supervisor, now).replaceWith(duty))
                  .collect()
                  .asList()
                  .call(session::flush)
                  .map(List::size);
            });
  }

  private Uni<Void> decide(CaseEntity c, DutyEntity duty, String supervisor, Instant now) {
    Policy policy = policies.of(duty.policyRevision);
    Uni<DutyRules.Firing> firing =
        switch (duty.kind) {
          case ACKNOWLEDGE ->
              directory
                  .backupTl(
                      c.clusterId, c.latestEscalation == null ? null : c.latestEscalation.targetTl)
                  .map(
                      backup ->
                          DutyRules.acknowledgeOverdue(
                              c,
                              duty.escalationId.toString(),
                              duty.dueAt,
                              policy.acknowledgeTarget(),
                              new DutyRules.Fallbacks(backup, supervisor),
                              duty.policyRevision,
                              now));
          case PROGRESS_CHECK, CALLBACK ->
              Uni.createFrom()
                  .item(
                      DutyRules.followUpOverdue(
                          c,
                          duty.kind,
                          duty.stage,
                          duty.dueAt,
                          intervalOf(duty.kind, policy),
                          supervisor,
                          duty.policyRevision,
                          now));
        };
    return firing.chain(f -> apply(c, duty, f));
  }

  private Uni<Void> apply(CaseEntity c, DutyEntity duty, DutyRules.Firing firing) {
    Uni<Void> recorded =
        firing
            .event()
            .map(event -> cases.record(c, Decision.accept(event)).replaceWithVoid())
            .orElse(Uni.createFrom().voidItem());
    return recorded.chain(
        () -> {
          if (firing.nextDueAt().isEmpty()) {
            return duty.delete();
          }
          duty.dueAt = firing.nextDueAt().get();
          duty.stage = duty.stage + 1;
          return Uni.createFrom().voidItem();
        });
  }

  private static Duration intervalOf(DutyKind kind, Policy policy) {
    return kind == DutyKind.PROGRESS_CHECK
        ? policy.progressCheckInterval()
        : policy.callbackInterval();
  }
}
