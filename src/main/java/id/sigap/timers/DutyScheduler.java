package id.sigap.timers;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseEventListener;
import id.sigap.cases.domain.CaseEvent;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Arms, moves and clears the duties of a case as its actions are recorded, in the same transaction:
 * a raised hand starts the acknowledgement clock, the first coordination the hourly check and the
 * call-back clock, doing a duty re-arms it, the final call back and closing clear them.
 */
@ApplicationScoped
public class DutyScheduler implements CaseEventListener {

  private final PolicyRevisions policies;
  private final Clock clock;

  DutyScheduler(PolicyRevisions policies, Clock clock) {
    this.policies = policies;
    this.clock = clock;
  }

  @Override
  public Uni<Void> recorded(CaseEntity c, CaseEvent event) {
    Policy policy = policies.of(c.policyRevision);
    return switch (event.type()) {
      case HAND_RAISED ->
          arm(
              c,
              DutyKind.ACKNOWLEDGE,
              escalationOf(event),
              event.at().plus(policy.acknowledgeTarget()));
      case TL_LISTENING -> clear(DutyKind.ACKNOWLEDGE.keyFor(escalationOf(event)));
      case UNIT_COORDINATED ->
          armIfAbsent(c, DutyKind.PROGRESS_CHECK, event.at().plus(policy.progressCheckInterval()))
              .chain(() -> armCallBackNoLaterThan(c, nextCallBack(c, policy, event.at())));
      case PROGRESS_CHECKED ->
          arm(c, DutyKind.PROGRESS_CHECK, null, event.at().plus(policy.progressCheckInterval()));
      case CALL_BACK_MADE -> afterCallBack(c, policy, event);
      case CASE_CLOSED -> clearAll(c.id);
      default -> Uni.createFrom().voidItem();
    };
  }

  /** R-IN-12: at least every interval, or by the related unit's promised time when sooner. */
  static Instant nextCallBack(CaseEntity c, Policy policy, Instant from) {
    Instant regular = from.plus(policy.callbackInterval());
    Instant promised = c.promisedResolutionAt;
    return promised != null && promised.isAfter(from) && promised.isBefore(regular)
        ? promised
        : regular;
  }

  private Uni<Void> afterCallBack(CaseEntity c, Policy policy, CaseEvent event) {
    if (!"REACHED".equals(event.details().get("outcome"))) {
      return Uni.createFrom().voidItem();
    }
    if (Boolean.TRUE.equals(event.details().get("final"))) {
      return clear(DutyKind.CALLBACK.keyFor(c.id))
          .chain(() -> clear(DutyKind.PROGRESS_CHECK.keyFor(c.id)));
    }
    return arm(c, DutyKind.CALLBACK, null, nextCallBack(c, policy, event.at()));
  }

  private Uni<Void> armIfAbsent(CaseEntity c, DutyKind kind, Instant dueAt) {
    return DutyEntity.<DutyEntity>findById(kind.keyFor(c.id))
        .chain(
            existing -> existing != null ? Uni.createFrom().voidItem() : arm(c, kind, null, dueAt));
  }

  /** A sooner promise pulls an armed call back forward; it never pushes one back. */
  private Uni<Void> armCallBackNoLaterThan(CaseEntity c, Instant dueAt) {
    return DutyEntity.<DutyEntity>findById(DutyKind.CALLBACK.keyFor(c.id))
        .chain(
            existing -> {
              if (existing == null) {
                return arm(c, DutyKind.CALLBACK, null, dueAt);
              }
              if (dueAt.isBefore(existing.dueAt)) {
                existing.dueAt = dueAt;
                existing.stage = 0;
              }
              return Uni.createFrom().voidItem();
            });
  }

  private Uni<Void> arm(CaseEntity c, DutyKind kind, UUID escalationId, Instant dueAt) {
    String key = kind.keyFor(escalationId != null ? escalationId : c.id);
    return DutyEntity.<DutyEntity>findById(key)
        .chain(
            existing -> {
              DutyEntity duty = existing != null ? existing : new DutyEntity();
              duty.key = key;
              duty.kind = kind;
              duty.caseId = c.id;
              duty.escalationId = escalationId;
              duty.dueAt = dueAt;
              duty.stage = 0;
              duty.policyRevision = c.policyRevision;
              duty.armedAt = clock.instant();
              return existing != null
                  ? Uni.createFrom().voidItem()
                  : duty.persist().replaceWithVoid();
            });
  }

  private Uni<Void> clear(String key) {
    return DutyEntity.delete("key", key).replaceWithVoid();
  }

  private Uni<Void> clearAll(UUID caseId) {
    return DutyEntity.delete("caseId", caseId).replaceWithVoid();
  }

  private static UUID escalationOf(CaseEvent event) {
    return UUID.fromString((String) event.details().get("escalationId"));
  }
}
