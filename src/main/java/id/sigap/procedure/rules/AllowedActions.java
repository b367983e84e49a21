package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.Checks.handIs;
import static id.sigap.procedure.rules.Checks.hasOpenHand;
import static id.sigap.procedure.rules.Checks.raisedBy;
import static id.sigap.procedure.rules.EscalationRules.isOnTheCall;
import static id.sigap.procedure.rules.FollowUpRules.followingUp;
import static id.sigap.procedure.rules.FollowUpRules.policyCoordinated;
import static id.sigap.procedure.rules.HandoverRules.handles;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.EscalationStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Which actions the rules allow a person now, so that the web app offers only those; each name is
 * an action whose rule would accept it.
 */
public final class AllowedActions {

  private AllowedActions() {}

  public static List<String> of(CaseState c, Actor actor) {
    if (c.status() == CaseStatus.CLOSED) {
      return List.of();
    }
    return switch (actor.role()) {
      case AGENT -> agentActions(c, actor);
      case TEAM_LEADER -> tlActions(c, actor);
      case SUPERVISOR -> supervisorActions(c, actor);
      case PIC_TICKET -> picActions(c, actor);
      default -> List.of();
    };
  }

  private static List<String> agentActions(CaseState c, Actor agent) {
    List<String> actions = new ArrayList<>(List.of("assess", "name-handling-tl"));
    if (c.telkomCare()) {
      actions.add("correct-criterion");
    }
    if (c.hardComplaint() && !hasOpenHand(c)) {
      actions.add("raise-hand");
    }
    if (hasOpenHand(c) && raisedBy(c).equals(agent.username())) {
      actions.add("withdraw-hand"); // R-C-1
    }
    if (c.status() != CaseStatus.OPEN) {
      actions.add("transfer");
    }
    return List.copyOf(actions);
  }

  private static List<String> tlActions(CaseState c, Actor tl) {
    List<String> actions = new ArrayList<>(handActions(c, tl));
    if (isOnTheCall(c, tl)) {
      actions.add("take-over");
    }
    if (c.tlAtWorkstation()) {
      actions.add("serve-at-workstation");
    }
    boolean handling = handles(c, tl);
    if (followingUp(c) && handling) {
      actions.addAll(followUpActions(c));
      if (tl.username().equals(c.handlingTl()) && c.pendingHandover().isEmpty()) {
        actions.add("hand-over"); // R-F-4
      }
    }
    if (c.pendingHandover().filter(p -> p.to().equals(tl.username())).isPresent()) {
      actions.addAll(List.of("accept-handover", "decline-handover"));
    }
    if (c.status() != CaseStatus.OPEN && !c.flagReviewed()) {
      actions.add("review-flag");
    }
    if (c.telkomCare()) {
      actions.add("correct-criterion");
      if (c.escalation().isPresent()) {
        actions.add("hand-over-to-pic"); // R-TC-3
      }
    }
    if (c.finalCallBackReached() && handling) {
      actions.add("close");
    }
    return List.copyOf(actions);
  }

  /** R-F-4: a supervisor answers hands re-routed to them and may follow any case up. */
  private static List<String> supervisorActions(CaseState c, Actor spv) {
    List<String> actions = new ArrayList<>(handActions(c, spv));
    if (followingUp(c)) {
      actions.addAll(followUpActions(c));
    }
    if (c.finalCallBackReached()) {
      actions.add("close");
    }
    return List.copyOf(actions);
  }

  private static List<String> followUpActions(CaseState c) {
    List<String> actions =
        new ArrayList<>(List.of("require-policy-decision", "coordinate", "progress-check"));
    if (policyCoordinated(c)) {
      actions.add("call-back");
    }
    return actions;
  }

  /**
   * R-IN-3, R-IN-4 for the hand's addressee: the TL it was raised to, or the supervisor it was
   * re-routed to (R-X-2), who answers it as a TL would.
   */
  private static List<String> handActions(CaseState c, Actor addressee) {
    if (c.escalation().filter(e -> e.targetTl().equals(addressee.username())).isEmpty()) {
      return List.of();
    }
    if (handIs(c, EscalationStatus.RAISED)) {
      return List.of("acknowledge");
    }
    return handIs(c, EscalationStatus.LISTENING) ? List.of("arrive") : List.of();
  }

  /**
   * R-TC-3: the PIC Ticket follows up the TelkomCare escalations handed to them, with the same
   * progress and call-back (reply) duties; the policy decision itself stays with the TL.
   */
  private static List<String> picActions(CaseState c, Actor pic) {
    if (!c.telkomCare()) {
      return List.of();
    }
    List<String> actions = new ArrayList<>(List.of("correct-criterion"));
    if (pic.username().equals(c.picTicket()) && followingUp(c)) {
      actions.addAll(List.of("coordinate", "progress-check"));
      if (policyCoordinated(c)) {
        actions.add("call-back");
      }
      if (c.finalCallBackReached()) {
        actions.add("close");
      }
    }
    return List.copyOf(actions);
  }
}
