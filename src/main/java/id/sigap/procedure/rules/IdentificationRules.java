package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;
import static id.sigap.procedure.rules.Checks.refuseUnlessEscalated;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Decision;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CaseAssessed;
import id.sigap.procedure.event.CaseEvent.FlagConfirmed;
import id.sigap.procedure.event.CaseEvent.FlagOverturned;
import id.sigap.procedure.event.CaseEvent.MissedFlagRaised;
import java.time.Instant;
import java.util.Set;

/**
 * R-IN-1 (SPEC section 3): the agent identifies a hard complaint by the checklist, and the TL
 * confirms or overturns that flag once (the pair K-1 is computed from).
 */
public final class IdentificationRules {

  private IdentificationRules() {}

  /** R-IN-1: the agent ticks the checklist; any {@code minimumCriteria} criteria make it hard. */
  public static Decision assess(
      CaseState c,
      Actor agent,
      Set<InboundCriterion> criteria,
      String otherReason,
      int minimumCriteria,
      Instant now) {
    boolean hasOther = otherReason != null && !otherReason.isBlank();
    int met = criteria.size() + (hasOther ? 1 : 0);
    boolean hard = met >= minimumCriteria;
    return decide(
        () ->
            new CaseAssessed(
                agent.username(),
                now,
                criteria.stream().sorted().map(InboundCriterion::id).toList(),
                hasOther ? otherReason : null,
                met,
                hard),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                hard || c.status() == CaseStatus.OPEN,
                conflict(
                    "R-IN-1",
                    "The flag is the TL's to overturn",
                    "The hand is already raised; only the TL can overturn the hard-complaint flag")));
  }

  /** R-IN-1, K-1: the TL confirms or overturns the agent's hard-complaint flag, once. */
  public static Decision reviewFlag(
      CaseState c, Actor tl, boolean confirmed, String note, Instant now) {
    String kept = Checks.noteOrNull(note);
    return decide(
        () ->
            confirmed
                ? (CaseEvent) new FlagConfirmed(tl.username(), now, kept)
                : new FlagOverturned(tl.username(), now, kept),
        () -> refuseIfClosed(c),
        () -> refuseUnlessEscalated(c),
        () ->
            refuseUnless(
                !c.flagReviewed(),
                conflict(
                    "R-IN-1", "Flag already reviewed", "The TL has already reviewed this flag")));
  }

  /**
   * R-C-7, K-1: a TL or QC flags a hard complaint the agent missed, with the criteria they heard;
   * the case is a hard complaint from now on and K-1 counts it as missed by the agent.
   */
  public static Decision flagMissed(
      CaseState c,
      Actor reviewer,
      Set<InboundCriterion> criteria,
      String otherReason,
      String note,
      Instant now) {
    boolean hasOther = otherReason != null && !otherReason.isBlank();
    return decide(
        () ->
            new MissedFlagRaised(
                reviewer.username(),
                now,
                c.createdBy(),
                criteria.stream().sorted().map(InboundCriterion::id).toList(),
                hasOther ? otherReason : null,
                Checks.noteOrNull(note)),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                reviewer.role() == Role.TEAM_LEADER || reviewer.role() == Role.QC,
                conflict("R-C-7", "Not a reviewer", "A TL or QC flags a missed hard complaint")),
        () ->
            refuseUnless(
                !c.hardComplaint(),
                conflict(
                    "R-C-7",
                    "Already a hard complaint",
                    "The case is flagged as a hard complaint already")),
        () ->
            refuseUnless(
                !criteria.isEmpty() || hasOther,
                unprocessable(
                    "R-IN-1",
                    "No criterion",
                    "Name the criteria heard (or 'other' with a reason) that make it hard")));
  }
}
