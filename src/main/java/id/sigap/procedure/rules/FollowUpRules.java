package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.noteOrNull;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;
import static id.sigap.procedure.rules.Checks.refuseUnlessEscalated;
import static id.sigap.procedure.rules.HandoverRules.refuseUnlessHandling;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Coordination;
import id.sigap.procedure.CoordinationAnswer;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.CoordinationAnswered;
import id.sigap.procedure.event.CaseEvent.FollowUpAcknowledged;
import id.sigap.procedure.event.CaseEvent.HandlingTlNamed;
import id.sigap.procedure.event.CaseEvent.PolicyDecisionRequired;
import id.sigap.procedure.event.CaseEvent.ProgressChecked;
import id.sigap.procedure.event.CaseEvent.UnitCoordinated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The TL's follow-up with the related units (SPEC section 3): R-IN-10 the handling TL is named
 * first, R-IN-7 a policy decision is coordinated before the call back, R-IN-11 documented
 * coordinations and hourly progress checks.
 */
public final class FollowUpRules {

  private FollowUpRules() {}

  /** R-IN-10: the agent records which TL of the cluster handles the case. */
  public static Decision nameHandlingTl(CaseState c, Actor agent, Actor namedTl, Instant now) {
    return decide(
        () -> new HandlingTlNamed(agent.username(), now, namedTl.username()),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                namedTl != null
                    && namedTl.role() == Role.TEAM_LEADER
                    && c.clusterId().equals(namedTl.clusterId()),
                unprocessable(
                    "R-IN-10",
                    "Not a Team Leader of this cluster",
                    "The handling TL must be a Team Leader of cluster " + c.clusterId())));
  }

  /** R-IN-7: the TL marks that the resolution touches policy or procedure. */
  public static Decision requirePolicyDecision(CaseState c, Actor tl, String note, Instant now) {
    return decide(
        () -> new PolicyDecisionRequired(tl.username(), now, noteOrNull(note)),
        () -> refuseUnlessFollowingUp(c),
        () -> refuseUnlessHandling(c, tl));
  }

  /** R-IN-7, R-IN-11: a documented coordination with a related unit. */
  public static Decision coordinate(
      CaseState c,
      Actor tl,
      RelatedUnit unit,
      String note,
      boolean policyDecision,
      Instant promisedResolutionAt,
      String coordinationId,
      CallBackTerms terms,
      Instant now) {
    return decide(
        () -> {
          // R-IN-12: the call-back clock runs from the first coordination, a sooner promise pulls
          CallBackSchedule.Due next =
              CallBackSchedule.afterCoordination(c, now, promisedResolutionAt, terms);
          return new UnitCoordinated(
              tl.username(),
              now,
              unit.name(),
              policyDecision,
              promisedResolutionAt,
              noteOrNull(note),
              coordinationId,
              next.at(),
              next.movedFrom());
        },
        () -> refuseUnlessFollowingUp(c),
        () -> refuseUnlessHandling(c, tl),
        () ->
            refuseUnless(
                promisedResolutionAt == null || promisedResolutionAt.isAfter(now),
                unprocessable(
                    "R-IN-12",
                    "Promised time has passed",
                    "The related unit's promised resolution time must lie in the future")));
  }

  /**
   * R-C-5: a member of the unit the coordination is addressed to ({@code memberOf}: the units the
   * person answers for) accepts, declines or answers it with a note and a promised resolution time,
   * once; the TL's tablet is told.
   */
  public static Decision answerCoordination(
      CaseState c,
      Actor member,
      Set<RelatedUnit> memberOf,
      Coordination asked,
      CoordinationAnswer answer,
      String note,
      Instant promisedResolutionAt,
      CallBackTerms terms,
      Instant now) {
    String tl = c.handlingTl() != null ? c.handlingTl() : asked.askedBy();
    return decide(
        () -> {
          CallBackSchedule.Due next =
              promisedResolutionAt == null
                  ? CallBackSchedule.Due.UNCHANGED
                  : CallBackSchedule.afterCoordination(c, now, promisedResolutionAt, terms);
          return new CoordinationAnswered(
              member.username(),
              now,
              asked.id(),
              asked.unit().name(),
              answer.name(),
              noteOrNull(note),
              promisedResolutionAt,
              asked.policyDecision(),
              asked.askedBy(),
              tl == null ? List.of() : List.of(tl),
              next.at(),
              next.movedFrom());
        },
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                memberOf.contains(asked.unit()),
                conflict(
                    "R-C-5",
                    "Addressed to another unit",
                    "This coordination is addressed to " + asked.unit() + ", not to your unit")),
        () ->
            refuseUnless(
                !asked.answered(),
                conflict("R-C-5", "Answered already", "The unit has answered this coordination")),
        () ->
            refuseUnless(
                answer == CoordinationAnswer.ACCEPTED || noteOrNull(note) != null,
                unprocessable(
                    "R-C-5",
                    "Note missing",
                    "A declined or answered coordination says why or what")),
        () ->
            refuseUnless(
                promisedResolutionAt == null || promisedResolutionAt.isAfter(now),
                unprocessable(
                    "R-IN-12",
                    "Promised time has passed",
                    "The promised resolution time must lie in the future")));
  }

  /** The roles that acknowledge ("mengetahui") the documented follow-up (R-C-6, R-IN-11). */
  public static final Set<Role> ACKNOWLEDGERS = Set.of(Role.QC, Role.SUPERVISOR, Role.MANAGER);

  /**
   * R-C-6: QC, the SPV and the manager acknowledge the documented follow-up of a hard complaint,
   * each once; also after it closed, when QC reviews.
   */
  public static Decision acknowledgeFollowUp(CaseState c, Actor who, String note, Instant now) {
    return decide(
        () -> new FollowUpAcknowledged(who.username(), now, who.role().name(), noteOrNull(note)),
        () ->
            refuseUnless(
                ACKNOWLEDGERS.contains(who.role()),
                conflict("R-C-6", "Not QC, an SPV or a manager", "They acknowledge the follow-up")),
        () ->
            refuseUnless(
                c.hardComplaint()
                    && (c.status() == CaseStatus.IN_PROGRESS || c.status() == CaseStatus.CLOSED),
                conflict(
                    "R-C-6",
                    "No documented follow-up",
                    "The follow-up is acknowledged once the TL documented it (a coordination)")),
        () ->
            refuseUnless(
                !c.followUpAcknowledgedBy().contains(who.username()),
                conflict("R-C-6", "Already acknowledged", "You acknowledged this follow-up")));
  }

  /** R-IN-11: the TL checks the escalation's progress (every hour). */
  public static Decision checkProgress(CaseState c, Actor tl, String note, Instant now) {
    return decide(
        () -> new ProgressChecked(tl.username(), now, noteOrNull(note)),
        () -> refuseUnlessFollowingUp(c),
        () -> refuseUnlessHandling(c, tl));
  }

  /** R-IN-7: no call back while a required policy decision is not coordinated. */
  static Optional<Rejection> refuseUntilPolicyCoordinated(CaseState c) {
    return refuseUnless(
        policyCoordinated(c),
        conflict(
            "R-IN-7",
            "Coordinate the policy decision first",
            "This case needs a policy decision: coordinate with a related unit (complaint"
                + " handling, SPV service operation, the manager or the liaison officer) and wait"
                + " for its answer before calling back (R-C-5)"));
  }

  static boolean policyCoordinated(CaseState c) {
    return !c.policyDecisionRequired() || c.policyDecisionCoordinated();
  }

  /** R-IN-10: follow-up waits until the agent has named the handling TL (or a PIC, R-TC-3). */
  static Optional<Rejection> refuseUnlessFollowingUp(CaseState c) {
    return refuseIfClosed(c)
        .or(() -> refuseUnlessEscalated(c))
        .or(
            () ->
                refuseUnless(
                    c.handlingTl() != null || c.picTicket() != null,
                    conflict(
                        "R-IN-10",
                        "Handling TL not named",
                        "The agent must record which TL handles the case (or, on TelkomCare, the"
                            + " TL hands it to a PIC Ticket) before any follow-up")));
  }

  /** What {@link #refuseUnlessFollowingUp} lets through. */
  static boolean followingUp(CaseState c) {
    return c.status() != CaseStatus.OPEN && (c.handlingTl() != null || c.picTicket() != null);
  }
}
