package id.sigap.timers;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseEventListener;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.CaseClosed;
import id.sigap.procedure.event.CaseEvent.HandRaised;
import id.sigap.procedure.event.CaseEvent.HandWithdrawn;
import id.sigap.procedure.event.CaseEvent.ProgressChecked;
import id.sigap.procedure.event.CaseEvent.TlListening;
import id.sigap.procedure.event.CaseEvent.UnitCoordinated;
import id.sigap.procedure.rules.CallBackRules;
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
  private final DutyRepository duties;

  DutyScheduler(PolicyRevisions policies, Clock clock, DutyRepository duties) {
    this.policies = policies;
    this.clock = clock;
    this.duties = duties;
  }

  @Override
  public Uni<Void> recorded(CaseEntity c, CaseEvent event) {
    Policy policy = policies.of(c.policyRevision);
    if (event instanceof HandRaised raised) {
      return arm(
          c,
          DutyKind.ACKNOWLEDGE,
          UUID.fromString(raised.escalationId()),
          raised.at().plus(policy.acknowledgeTarget()));
    }
    if (event instanceof HandWithdrawn withdrawn) {
      // R-C-1: nobody is to answer it any more, so nothing re-routes it
      return clear(DutyKind.ACKNOWLEDGE.keyFor(UUID.fromString(withdrawn.escalationId())));
    }
    if (event instanceof TlListening listening) {
      return clear(DutyKind.ACKNOWLEDGE.keyFor(UUID.fromString(listening.escalationId())));
    }
    if (event instanceof UnitCoordinated coordinated) {
      return armIfAbsent(
              c, DutyKind.PROGRESS_CHECK, coordinated.at().plus(policy.progressCheckInterval()))
          .chain(() -> armCallBackNoLaterThan(c, nextCallBack(c, policy, coordinated.at())));
    }
    if (event instanceof ProgressChecked checked) {
      return arm(
          c, DutyKind.PROGRESS_CHECK, null, checked.at().plus(policy.progressCheckInterval()));
    }
    if (event instanceof CallBackMade callBack) {
      return afterCallBack(c, policy, callBack);
    }
    if (event instanceof CaseClosed) {
      return clearAll(c.id);
    }
    return Uni.createFrom().voidItem();
  }

  /** R-IN-12: at least every interval, or by the related unit's promised time when sooner. */
  static Instant nextCallBack(CaseEntity c, Policy policy, Instant from) {
    return CallBackRules.nextCallBack(from, policy.callbackInterval(), c.promisedResolutionAt);
  }

  private Uni<Void> afterCallBack(CaseEntity c, Policy policy, CallBackMade callBack) {
    if (!callBack.reached()) {
      return Uni.createFrom().voidItem();
    }
    if (callBack.finalCallBack()) {
      return clear(DutyKind.CALLBACK.keyFor(c.id))
          .chain(() -> clear(DutyKind.PROGRESS_CHECK.keyFor(c.id)));
    }
    return arm(c, DutyKind.CALLBACK, null, nextCallBack(c, policy, callBack.at()));
  }

  private Uni<Void> armIfAbsent(CaseEntity c, DutyKind kind, Instant dueAt) {
    return duties
        .find(kind.keyFor(c.id))
        .chain(
            existing -> existing != null ? Uni.createFrom().voidItem() : arm(c, kind, null, dueAt));
  }

  /** A sooner promise pulls an armed call back forward; it never pushes one back. */
  private Uni<Void> armCallBackNoLaterThan(CaseEntity c, Instant dueAt) {
    return duties
        .find(DutyKind.CALLBACK.keyFor(c.id))
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
    return duties
        .find(key)
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
              return existing != null ? Uni.createFrom().voidItem() : duties.persist(duty);
            });
  }

  private Uni<Void> clear(String key) {
    return duties.delete(key);
  }

  private Uni<Void> clearAll(UUID caseId) {
    return duties.deleteAllOf(caseId);
  }
}
