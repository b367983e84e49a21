package id.sigap.timers;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseEventListener;
import id.sigap.policy.Policy;
import id.sigap.policy.PolicyRevisions;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.CaseAssessed;
import id.sigap.procedure.event.CaseEvent.CaseClosed;
import id.sigap.procedure.event.CaseEvent.FlagOverturned;
import id.sigap.procedure.event.CaseEvent.HandRaised;
import id.sigap.procedure.event.CaseEvent.HandWithdrawn;
import id.sigap.procedure.event.CaseEvent.ProgressChecked;
import id.sigap.procedure.event.CaseEvent.TelkomCareAssessed;
import id.sigap.procedure.event.CaseEvent.TlListening;
import id.sigap.procedure.event.CaseEvent.UnitCoordinated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Arms, moves and clears the duties of a case as its actions are recorded, in the same transaction:
 * a raised hand starts the acknowledgement clock, the first coordination the hourly check; the
 * call-back clock goes where the procedure's events set it (R-C-2, R-C-3, R-IN-12); the final call
 * back, closing and an overturned flag (R-C-7) clear them.
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
    if (event instanceof CaseClosed || event instanceof FlagOverturned) {
      // R-C-7: an overturned flag makes a normal complaint, whose duties stop
      return clearAll(c.id);
    }
    if (!c.hardComplaint) {
      // R-C-7: a normal complaint has no clocks; a case judged again (an assessment, a TelkomCare
      // thread's new message or corrected criterion) may just have stopped being a hard one
      return event instanceof CaseAssessed || event instanceof TelkomCareAssessed
          ? clear(DutyKind.PROGRESS_CHECK.keyFor(c.id))
              .chain(() -> clear(DutyKind.CALLBACK.keyFor(c.id)))
          : Uni.createFrom().voidItem();
    }
    if (event instanceof UnitCoordinated coordinated) {
      return armIfAbsent(
              c, DutyKind.PROGRESS_CHECK, coordinated.at().plus(policy.progressCheckInterval()))
          .chain(() -> armCallBack(c, event));
    }
    if (event instanceof ProgressChecked checked) {
      return arm(
          c, DutyKind.PROGRESS_CHECK, null, checked.at().plus(policy.progressCheckInterval()));
    }
    if (event instanceof CallBackMade callBack && callBack.finalAndReached()) {
      return clear(DutyKind.CALLBACK.keyFor(c.id))
          .chain(() -> clear(DutyKind.PROGRESS_CHECK.keyFor(c.id)));
    }
    return armCallBack(c, event);
  }

  /** R-C-2, R-C-3, R-IN-12: the procedure decided when the next call back is due. */
  private Uni<Void> armCallBack(CaseEntity c, CaseEvent event) {
    return event
        .setsCallBackDueAt()
        .map(dueAt -> arm(c, DutyKind.CALLBACK, null, dueAt))
        .orElse(Uni.createFrom().voidItem());
  }

  private Uni<Void> armIfAbsent(CaseEntity c, DutyKind kind, Instant dueAt) {
    return duties
        .find(kind.keyFor(c.id))
        .chain(
            existing -> existing != null ? Uni.createFrom().voidItem() : arm(c, kind, null, dueAt));
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
