package id.sigap.call;

import id.sigap.cases.CaseEntity;
import id.sigap.cases.CaseService;
import id.sigap.directory.Directory;
import id.sigap.platform.time.ZoneConfig;
import id.sigap.procedure.Actor;
import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.CallEnd;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.Floor;
import id.sigap.procedure.rules.CallBackRules;
import id.sigap.procedure.rules.CallRules;
import id.sigap.procedure.rules.FloorRules;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The live call and the call backs after it (R-C-1..R-C-4): how the call ended, the customer's
 * choice, moving the next call back, and closing a case whose customer cannot be reached.
 */
@ApplicationScoped
public class CallService {

  private final CaseService cases;
  private final Directory directory;
  private final ZoneId zone;

  CallService(CaseService cases, Directory directory, ZoneConfig zone) {
    this.cases = cases;
    this.directory = directory;
    this.zone = zone.zone();
  }

  @WithTransaction
  public Uni<CaseService.Acted> endCall(
      Actor actor, String caseId, CallEnd how, String note, CallReference call) {
    return cases.act(
        actor, caseId, c -> CallRules.endCall(c, actor, how, note, call, terms(c), cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> recordChoice(
      Actor actor, String caseId, CustomerChoice choice, Instant agreedCallBackAt) {
    return cases.act(
        actor,
        caseId,
        c -> CallRules.recordChoice(c, actor, choice, agreedCallBackAt, terms(c), cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> reschedule(
      Actor tl, String caseId, Instant dueAt, String reason, boolean agreedWithCustomer) {
    return cases.act(
        tl,
        caseId,
        c ->
            CallBackRules.reschedule(
                c, tl, dueAt, reason, agreedWithCustomer, terms(c), cases.now()));
  }

  /** R-C-4: the request goes to the SPV on shift for the case's cluster. */
  @WithTransaction
  public Uni<CaseService.Acted> requestUnreachedClosing(Actor tl, String caseId, String reason) {
    return cases
        .visible(tl, caseId)
        .chain(found -> directory.floor().map(floor -> supervisorFor(floor, found)))
        .chain(
            supervisor ->
                cases.act(
                    tl,
                    caseId,
                    c ->
                        CallBackRules.requestUnreachedClosing(
                            c, tl, reason, supervisor, terms(c), cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> answerUnreachedClosing(
      Actor spv, String caseId, boolean approve, String note) {
    return cases
        .visible(spv, caseId)
        .chain(
            found ->
                directory
                    .floor()
                    .map(floor -> FloorRules.supervisorsOnShift(floor, found.clusterId)))
        .chain(
            onShift ->
                cases.act(
                    spv,
                    caseId,
                    c ->
                        CallBackRules.answerUnreachedClosing(
                            c, spv, onShift, approve, note, cases.now())));
  }

  private static String supervisorFor(Floor floor, CaseEntity c) {
    return FloorRules.supervisorOnShift(floor, c.clusterId, Set.of()).orElse(null);
  }

  private CallBackTerms terms(CaseEntity c) {
    return cases.policyOf(c).callBackTerms(zone);
  }
}
