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
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.UnreachedClosing;
import java.util.ArrayList;
import java.util.List;

/**
 * Which actions the rules allow a person now, so that the web app offers only those; each name is
 * an action whose rule would accept it.
 */
public final class AllowedActions {

  private AllowedActions() {}

  /** {@code callBackAttempts}: R-C-4's unanswered call backs in a row of the case's policy. */
  public static List<String> of(CaseState c, Actor actor, int callBackAttempts) {
    if (c.status() == CaseStatus.CLOSED) {
      return mayAcknowledge(c, actor) ? List.of("acknowledge-follow-up") : List.of();
    }
    List<String> actions = new ArrayList<>(byRole(c, actor, callBackAttempts));
    if (c.telkomCare() && TelkomCareAgentRules.mayReply(c, actor)) {
      actions.add("reply"); // R-C-9
    }
    if (mayAcknowledge(c, actor)) {
      actions.add("acknowledge-follow-up"); // R-C-6
    }
    return List.copyOf(actions);
  }

  /** R-C-6: QC, the SPV and the manager, each once, once the follow-up is documented. */
  private static boolean mayAcknowledge(CaseState c, Actor actor) {
    return FollowUpRules.ACKNOWLEDGERS.contains(actor.role())
        && c.hardComplaint()
        && (c.status() == CaseStatus.IN_PROGRESS || c.status() == CaseStatus.CLOSED)
        && !c.followUpAcknowledgedBy().contains(actor.username());
  }

  private static List<String> byRole(CaseState c, Actor actor, int callBackAttempts) {
    return switch (actor.role()) {
      case AGENT -> agentActions(c, actor);
      case TEAM_LEADER -> tlActions(c, actor, callBackAttempts);
      case SUPERVISOR -> supervisorActions(c, actor);
      case PIC_TICKET -> picActions(c, actor);
      case QC -> c.hardComplaint() ? List.of() : List.of("flag-missed"); // R-C-7
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
    boolean mine = agent.username().equals(raisedBy(c)) || agent.username().equals(c.createdBy());
    if (mine) {
      actions.addAll(callActions(c, handIs(c, EscalationStatus.AT_WORKSTATION)));
    }
    if (chose(c, CustomerChoice.TRANSFER) && !c.callEnded()) {
      actions.add("transfer"); // R-C-2: only after a declined call back
    }
    return List.copyOf(actions);
  }

  /**
   * R-C-1, R-C-2 for whoever speaks for the live call: its end once the TL came ({@code tlCame}),
   * and the customer's choice, once.
   */
  private static List<String> callActions(CaseState c, boolean tlCame) {
    if (c.status() == CaseStatus.OPEN || handIs(c, EscalationStatus.WITHDRAWN)) {
      return List.of();
    }
    List<String> actions = new ArrayList<>();
    if (tlCame && !c.callEnded()) {
      actions.add("end-call");
    }
    if (c.customerChoice().isEmpty()) {
      actions.add("record-choice");
    }
    return actions;
  }

  private static boolean chose(CaseState c, CustomerChoice choice) {
    return c.customerChoice().filter(choice::equals).isPresent();
  }

  private static List<String> tlActions(CaseState c, Actor tl, int callBackAttempts) {
    List<String> actions = new ArrayList<>(handActions(c, tl));
    if (isOnTheCall(c, tl) && !c.callEnded()) {
      actions.add("take-over");
    }
    boolean handling = handles(c, tl);
    if (isOnTheCall(c, tl) || tl.username().equals(c.handlingTl())) {
      actions.addAll(callActions(c, isOnTheCall(c, tl)));
    }
    if (c.tlAtWorkstation() && chose(c, CustomerChoice.WORKSTATION) && !c.callEnded()) {
      actions.add("serve-at-workstation"); // R-C-2: only after both were declined
    }
    if (followingUp(c) && handling) {
      actions.addAll(followUpActions(c));
      if (tl.username().equals(c.handlingTl()) && c.pendingHandover().isEmpty()) {
        actions.add("hand-over"); // R-F-4
      }
      if (c.unreachedCallBacks() >= callBackAttempts
          && !c.unreachedClosingApproved()
          && !unreachedClosingAsked(c)) {
        actions.add("request-unreached-closing"); // R-C-4
      }
    }
    if (c.pendingHandover().filter(p -> p.to().equals(tl.username())).isPresent()) {
      actions.addAll(List.of("accept-handover", "decline-handover"));
    }
    if (c.status() != CaseStatus.OPEN && !c.flagReviewed()) {
      actions.add("review-flag");
    }
    if (!c.hardComplaint()) {
      actions.add("flag-missed"); // R-C-7
    }
    if (c.telkomCare()) {
      actions.add("correct-criterion");
      if (c.escalation().isPresent()) {
        actions.add("hand-over-to-pic"); // R-TC-3
      }
    }
    if (mayClose(c) && handling) {
      actions.add("close");
    }
    return List.copyOf(actions);
  }

  /**
   * R-F-4: a supervisor answers hands re-routed to them and may follow any case up; R-C-4 answers a
   * request to close unreached (the rule checks they are on shift).
   */
  private static List<String> supervisorActions(CaseState c, Actor spv) {
    List<String> actions = new ArrayList<>(handActions(c, spv));
    if (followingUp(c)) {
      actions.addAll(followUpActions(c));
    }
    if (unreachedClosingAsked(c)) {
      actions.addAll(List.of("approve-unreached-closing", "decline-unreached-closing"));
    }
    if (mayClose(c)) {
      actions.add("close");
    }
    return List.copyOf(actions);
  }

  /** R-X-1 with R-C-4's approval and R-C-7's normal complaint. */
  private static boolean mayClose(CaseState c) {
    return c.finalCallBackReached() || c.unreachedClosingApproved() || c.flagOverturned();
  }

  private static boolean unreachedClosingAsked(CaseState c) {
    return c.unreachedClosing()
        .filter(u -> u.status() == UnreachedClosing.Status.REQUESTED)
        .isPresent();
  }

  private static List<String> followUpActions(CaseState c) {
    List<String> actions =
        new ArrayList<>(List.of("require-policy-decision", "coordinate", "progress-check"));
    if (policyCoordinated(c)) {
      actions.add("call-back");
    }
    if (!c.finalCallBackReached()) {
      actions.add("reschedule-call-back"); // R-C-3
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
    if (c.status() == CaseStatus.CLOSED) {
      return List.of();
    }
    // K-4: the problem is identified while listening (or at the desk), the direction given there
    if (handIs(c, EscalationStatus.LISTENING)) {
      return List.of("arrive", "identify-problem");
    }
    return handIs(c, EscalationStatus.AT_WORKSTATION)
        ? List.of("identify-problem", "give-direction")
        : List.of();
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
