package id.sigap.followup;

import id.sigap.cases.CaseService;
import id.sigap.cases.domain.Actor;
import id.sigap.cases.domain.CallOutcome;
import id.sigap.cases.domain.Desk;
import id.sigap.cases.domain.InboundProcedure;
import id.sigap.cases.domain.RelatedUnit;
import id.sigap.cases.domain.TelkomCareProcedure;
import id.sigap.directory.Directory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The TL's follow-up until the case closes (R-IN-7..12, R-X-1). */
@ApplicationScoped
public class FollowUpService {

  private final CaseService cases;
  private final Directory directory;

  FollowUpService(CaseService cases, Directory directory) {
    this.cases = cases;
    this.directory = directory;
  }

  @WithTransaction
  public Uni<CaseService.Acted> requirePolicyDecision(Actor tl, String caseId, String note) {
    return cases.act(
        tl, caseId, c -> InboundProcedure.requirePolicyDecision(c, tl, note, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> coordinate(
      Actor tl,
      String caseId,
      RelatedUnit unit,
      String note,
      boolean policyDecision,
      Instant promisedResolutionAt) {
    return cases.act(
        tl,
        caseId,
        c ->
            TelkomCareProcedure.followUp(
                c,
                tl,
                InboundProcedure.coordinate(
                    c, tl, unit, note, policyDecision, promisedResolutionAt, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> checkProgress(Actor tl, String caseId, String note) {
    return cases.act(
        tl,
        caseId,
        c ->
            TelkomCareProcedure.followUp(
                c, tl, InboundProcedure.checkProgress(c, tl, note, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> callBack(
      Actor tl, String caseId, String deskId, CallOutcome outcome, boolean isFinal, String note) {
    // on TelkomCare the call back may be a reply through the channel, without a desk (R-TC-3)
    Uni<Desk> desk = deskId == null ? Uni.createFrom().nullItem() : directory.desk(deskId);
    return desk.chain(
        from ->
            cases.act(
                tl,
                caseId,
                c ->
                    TelkomCareProcedure.followUp(
                        c,
                        tl,
                        InboundProcedure.callBack(
                            c, tl, from, outcome, isFinal, note, cases.now()))));
  }

  @WithTransaction
  public Uni<CaseService.Acted> transfer(Actor agent, String caseId, String deskId) {
    return directory
        .desk(deskId)
        .chain(
            desk ->
                cases.act(
                    agent, caseId, c -> InboundProcedure.transfer(c, agent, desk, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> serveAtWorkstation(Actor tl, String caseId, String plan) {
    return cases.act(
        tl, caseId, c -> InboundProcedure.serveAtWorkstation(c, tl, plan, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> reviewFlag(
      Actor tl, String caseId, boolean confirmed, String note) {
    return cases.act(
        tl, caseId, c -> InboundProcedure.reviewFlag(c, tl, confirmed, note, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> close(Actor tl, String caseId, String resolution) {
    return cases.act(
        tl,
        caseId,
        c ->
            TelkomCareProcedure.followUp(
                c, tl, InboundProcedure.close(c, tl, resolution, cases.now())));
  }
}
