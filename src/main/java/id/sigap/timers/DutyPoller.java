package id.sigap.timers;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseService;
import id.sigap.cases.domain.Decision;
import id.sigap.directory.Directory;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fires the duties that fell due, on any number of replicas: each poll claims a small batch with
 * {@code FOR UPDATE SKIP LOCKED}, so a row is handled by one replica, and firing records the event
 * and moves or clears the row in one transaction, so a due time fires once. A due time that passed
 * while every replica was down is simply found by the next poll.
 */
@ApplicationScoped
public class DutyPoller {

  private static final Logger LOG = Logger.getLogger(DutyPoller.class);

  private final CaseService cases;
  private final Directory directory;
  private final PolicyRevisions policies;
  private final Clock clock;
  private final int batchSize;

  DutyPoller(
      CaseService cases,
      Directory directory,
      PolicyRevisions policies,
      Clock clock,
      @ConfigProperty(name = "sigap.timers.batch-size", defaultValue = "100") int batchSize) {
    this.cases = cases;
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  @Scheduled(
      every = "${sigap.timers.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    return fireDue()
        .onFailure()
        .invoke(e -> LOG.warn("Firing due duties failed; the next poll retries", e))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
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
                session
                    .createNativeQuery(
                        "select * from duty where due_at <= :now order by due_at"
                            + " limit :batch for update skip locked",
                        DutyEntity.class)
                    .setParameter("now", now)
                    .setParameter("batch", batchSize)
                    .getResultList())
        .chain(due -> fireEach(due, now).replaceWith(due.size()));
  }

  private Uni<Void> fireEach(List<DutyEntity> due, Instant now) {
    return Multi.createFrom()
        .iterable(due)
        .onItem()
        .transformToUniAndConcatenate(duty -> fire(duty, now))
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Void> fire(DutyEntity duty, Instant now) {
    return lockCase(duty)
        .chain(
            c ->
                c == null
                    ? Uni.createFrom().voidItem() // busy with an action: next poll
                    : cases.withLatestEscalation(c).chain(loaded -> decide(loaded, duty, now)));
  }

  /** Skips a case another transaction holds, so an action and a firing never deadlock. */
  private Uni<CaseEntity> lockCase(DutyEntity duty) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select * from hard_complaint_case where id = :id for update skip locked",
                        CaseEntity.class)
                    .setParameter("id", duty.caseId)
                    .getResultList())
        .map(found -> found.isEmpty() ? null : found.get(0));
  }

  private Uni<Void> decide(CaseEntity c, DutyEntity duty, Instant now) {
    Policy policy = policies.of(duty.policyRevision);
    Uni<DutyRules.Firing> firing =
        switch (duty.kind) {
          case ACKNOWLEDGE ->
              fallbacksFor(c)
                  .map(
                      fallbacks ->
                          DutyRules.acknowledgeOverdue(
                              c,
                              duty.escalationId.toString(),
                              duty.dueAt,
                              policy.acknowledgeTarget(),
                              fallbacks,
                              duty.policyRevision,
                              now));
          case PROGRESS_CHECK, CALLBACK ->
              directory
                  .anySupervisor()
                  .map(
                      supervisor ->
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

  private Uni<DutyRules.Fallbacks> fallbacksFor(CaseEntity c) {
    String current = c.latestEscalation == null ? null : c.latestEscalation.targetTl;
    return directory
        .backupTl(c.clusterId, current)
        .chain(
            backup -> directory.anySupervisor().map(spv -> new DutyRules.Fallbacks(backup, spv)));
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

  private static java.time.Duration intervalOf(DutyKind kind, Policy policy) {
    return kind == DutyKind.PROGRESS_CHECK
        ? policy.progressCheckInterval()
        : policy.callbackInterval();
  }
}
