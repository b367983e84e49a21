package id.sigap.procedure.rules;

import static id.sigap.procedure.Rejection.conflict;
import static id.sigap.procedure.Rejection.unprocessable;
import static id.sigap.procedure.rules.Checks.decide;
import static id.sigap.procedure.rules.Checks.handIs;
import static id.sigap.procedure.rules.Checks.noteOrNull;
import static id.sigap.procedure.rules.Checks.refuseIfClosed;
import static id.sigap.procedure.rules.Checks.refuseUnless;
import static id.sigap.procedure.rules.EscalationRules.refuseUnlessAddressee;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.event.CaseEvent.DirectionGiven;
import id.sigap.procedure.event.CaseEvent.ProblemIdentified;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * K-4 ("tepat", SPEC 4.2): the TL says what the problem is while listening, from the policy's
 * categories, gives the agent a direction at the desk, and the resolution's category at closing
 * shows whether the identification held.
 */
public final class AccuracyRules {

  private AccuracyRules() {}

  /**
   * K-4: the TL the hand is addressed to, listening or at the desk, records the problem's category
   * (one of the policy's) and a note; a later identification of the same hand replaces it.
   */
  public static Decision identify(
      CaseState c,
      Actor tl,
      String escalationId,
      String category,
      String note,
      List<String> categories,
      Instant now) {
    return decide(
        () -> new ProblemIdentified(tl.username(), now, escalationId, category, noteOrNull(note)),
        () -> refuseIfClosed(c),
        () -> refuseUnlessAddressee(c, tl, escalationId),
        () ->
            refuseUnless(
                handIs(c, EscalationStatus.LISTENING) || handIs(c, EscalationStatus.AT_WORKSTATION),
                conflict(
                    "K-4",
                    "Not listening",
                    "The problem is identified while listening in or at the desk: acknowledge the"
                        + " hand first")),
        () -> knownCategory(category, categories));
  }

  /** K-4: at the desk, the TL's direction to the agent. */
  public static Decision giveDirection(
      CaseState c, Actor tl, String escalationId, String direction, Instant now) {
    return decide(
        () -> new DirectionGiven(tl.username(), now, escalationId, direction),
        () -> refuseIfClosed(c),
        () -> refuseUnlessAddressee(c, tl, escalationId),
        () ->
            refuseUnless(
                handIs(c, EscalationStatus.AT_WORKSTATION),
                conflict(
                    "K-4",
                    "Not at the desk",
                    "The direction is given at the agent's workstation: come to the desk first")));
  }

  /**
   * K-4: the resolution's category at closing, one of the policy's; required once the TL identified
   * the problem, so that the identification is measured.
   */
  public static Optional<Rejection> resolutionCategory(
      CaseState c, String category, List<String> categories) {
    if (category == null) {
      return refuseUnless(
          c.identifiedCategory() == null,
          unprocessable(
              "K-4",
              "Resolution category missing",
              "The TL identified the problem as "
                  + c.identifiedCategory()
                  + ": say which category the resolution is, one of "
                  + categories));
    }
    return knownCategory(category, categories);
  }

  private static Optional<Rejection> knownCategory(String category, List<String> categories) {
    return refuseUnless(
        categories.contains(category),
        unprocessable("K-4", "Unknown category", "The policy's categories are " + categories));
  }
}
