package id.sigap.followup;

import id.sigap.cases.CaseService;
import id.sigap.directory.Directory;
import id.sigap.platform.time.ZoneConfig;
import id.sigap.procedure.Actor;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.Desk;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.rules.CallBackRules;
import id.sigap.procedure.rules.FollowUpRules;
import id.sigap.procedure.rules.IdentificationRules;
import id.sigap.procedure.rules.TelkomCareRules;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** The TL's follow-up until the case closes (R-IN-7..12, R-X-1). */
@ApplicationScoped
public class FollowUpService {

  private final CaseService cases;
  private final Directory directory;
  private final ZoneId zone;

  FollowUpService(CaseService cases, Directory directory, ZoneConfig zone) {
    this.cases = cases;
    this.directory = directory;
    this.zone = zone.zone();
  }

  @WithTransaction
  public Uni<CaseService.Acted> requirePolicyDecision(Actor tl, String caseId, String note) {
    return cases.act(
        tl, caseId, c -> FollowUpRules.requirePolicyDecision(c, tl, note, cases.now()));
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
            TelkomCareRules.followUp(
                c,
                tl,
                FollowUpRules.coordinate(
                    c,
                    tl,
                    unit,
                    note,
                    policyDecision,
                    promisedResolutionAt,
                    UUID.randomUUID().toString(),
                    cases.policyOf(c).callBackTerms(zone),
                    cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> checkProgress(Actor tl, String caseId, String note) {
    return cases.act(
        tl,
        caseId,
        c ->
            TelkomCareRules.followUp(c, tl, FollowUpRules.checkProgress(c, tl, note, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> callBack(
      Actor tl,
      String caseId,
      String deskId,
      CallOutcome outcome,
      boolean isFinal,
      String note,
      CallReference call) {
    // on TelkomCare the call back may be a reply through the channel, without a desk (R-TC-3)
    Uni<Desk> desk = deskId == null ? Uni.createFrom().nullItem() : directory.desk(deskId);
    return desk.chain(
        from ->
            cases.act(
                tl,
                caseId,
                c ->
                    TelkomCareRules.followUp(
                        c,
                        tl,
                        CallBackRules.callBack(
                            c,
                            tl,
                            from,
                            outcome,
                            isFinal,
                            note,
                            call,
                            cases.policyOf(c).callBackTerms(zone),
                            cases.now()))));
  }

  @WithTransaction
  public Uni<CaseService.Acted> transfer(
      Actor agent, String caseId, String deskId, CallReference call) {
    return directory
        .desk(deskId)
        .chain(
            desk ->
                cases.act(
                    agent, caseId, c -> CallBackRules.transfer(c, agent, desk, call, cases.now())));
  }

  @WithTransaction
  public Uni<CaseService.Acted> serveAtWorkstation(Actor tl, String caseId, String plan) {
    return cases.act(tl, caseId, c -> CallBackRules.serveAtWorkstation(c, tl, plan, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> reviewFlag(
      Actor tl, String caseId, boolean confirmed, String note) {
    return cases.act(
        tl, caseId, c -> IdentificationRules.reviewFlag(c, tl, confirmed, note, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> flagMissed(
      Actor reviewer,
      String caseId,
      Set<InboundCriterion> criteria,
      String otherReason,
      String note) {
    return cases.act(
        reviewer,
        caseId,
        c -> IdentificationRules.flagMissed(c, reviewer, criteria, otherReason, note, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> acknowledge(Actor who, String caseId, String note) {
    return cases.act(
        who, caseId, c -> FollowUpRules.acknowledgeFollowUp(c, who, note, cases.now()));
  }

  @WithTransaction
  public Uni<CaseService.Acted> close(
      Actor tl, String caseId, String resolution, String resolutionCategory) {
    return cases.act(
        tl,
        caseId,
        c ->
            TelkomCareRules.followUp(
                c,
                tl,
                CallBackRules.close(
                    c,
                    tl,
                    resolution,
                    resolutionCategory,
                    cases.policyOf(c).categories(),
                    cases.now())));
  }
}
