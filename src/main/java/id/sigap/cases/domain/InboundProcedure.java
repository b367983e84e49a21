package id.sigap.cases.domain;

import static id.sigap.platform.problem.Rejection.conflict;
import static id.sigap.platform.problem.Rejection.unprocessable;

import id.sigap.platform.problem.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of work instruction IN.OCC.TELK.W-10 for the inbound voice channel (SPEC sections 3 and
 * 6), as decisions: each method looks at a case and an action and returns the event to record or
 * the first rule that refuses it. No framework, no clock: the caller passes "now".
 */
public final class InboundProcedure {

  private InboundProcedure() {}

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
        () -> {
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("criteria", criteria.stream().sorted().map(InboundCriterion::id).toList());
          if (hasOther) {
            details.put("otherReason", otherReason);
          }
          details.put("criteriaMet", met);
          details.put("hardComplaint", hard);
          return CaseEvent.of(EventType.CASE_ASSESSED, agent, now, details);
        },
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                hard || c.status() == CaseStatus.OPEN,
                conflict(
                    "R-IN-1",
                    "The flag is the TL's to overturn",
                    "The hand is already raised; only the TL can overturn the hard-complaint flag")));
  }

  /**
   * R-IN-2 and R-IN-5: one tap signals the TL seated at the agent's recorded cluster desk; the
   * caller has routed it ({@code routedTo}, with the reason when it is not that TL).
   */
  public static Decision raiseHand(
      CaseState c,
      Actor agent,
      String escalationId,
      String routedTo,
      String routingNote,
      boolean takeoverRequested,
      Instant now) {
    return decide(
        () -> {
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("escalationId", escalationId);
          details.put("targetTl", routedTo);
          details.put("takeoverRequested", takeoverRequested);
          if (routingNote != null) {
            details.put("routing", routingNote);
          }
          return CaseEvent.of(EventType.HAND_RAISED, agent, now, details);
        },
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                c.hardComplaint(),
                unprocessable(
                    "R-IN-1",
                    "Not a hard complaint yet",
                    "Tick at least one hard-complaint criterion (or 'other' with a reason) before"
                        + " raising a hand")),
        () ->
            refuseUnless(
                !hasOpenHand(c),
                conflict(
                    "R-IN-2",
                    "A hand is already raised",
                    "This case already has a raised hand waiting for "
                        + c.escalation().map(EscalationState::targetTl).orElse(""))),
        () -> refuseUnlessRouted(c, routedTo));
  }

  /** R-IN-3: the TL starts tapping the call; the agent is signalled. */
  public static Decision acknowledge(CaseState c, Actor tl, String escalationId, Instant now) {
    return decide(
        () ->
            CaseEvent.of(
                EventType.TL_LISTENING,
                tl,
                now,
                Map.of("escalationId", escalationId, "agent", raisedBy(c))),
        () -> refuseIfClosed(c),
        () -> refuseUnlessAddressee(c, tl, escalationId),
        () ->
            refuseUnless(
                handIs(c, EscalationStatus.RAISED),
                conflict(
                    "R-IN-3", "Already acknowledged", "The TL is already listening to this call")));
  }

  /** R-IN-4: the TL comes to the agent's workstation, after listening in. */
  public static Decision arrive(CaseState c, Actor tl, String escalationId, Instant now) {
    return decide(
        () ->
            CaseEvent.of(
                EventType.TL_ARRIVED,
                tl,
                now,
                Map.of("escalationId", escalationId, "agent", raisedBy(c))),
        () -> refuseIfClosed(c),
        () -> refuseUnlessAddressee(c, tl, escalationId),
        () ->
            refuseUnless(
                !handIs(c, EscalationStatus.RAISED),
                conflict(
                    "R-IN-3",
                    "Listen in first",
                    "Acknowledge the hand (start tapping the call) before coming to the workstation")),
        () ->
            refuseUnless(
                !handIs(c, EscalationStatus.AT_WORKSTATION),
                conflict("R-IN-4", "Already at the workstation", "The TL is already at the desk")));
  }

  /** R-IN-10: the agent records which TL of the cluster handles the case. */
  public static Decision nameHandlingTl(CaseState c, Actor agent, Actor namedTl, Instant now) {
    return decide(
        () ->
            CaseEvent.of(EventType.HANDLING_TL_NAMED, agent, now, Map.of("tl", namedTl.username())),
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

  /** R-IN-6: the customer wants a TL, SPV or manager; the TL on the call takes it over. */
  public static Decision takeOver(CaseState c, Actor tl, Instant now) {
    return decide(
        () -> CaseEvent.of(EventType.CALL_TAKEN_OVER, tl, now, Map.of()),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                isOnTheCall(c, tl),
                conflict(
                    "R-IN-6",
                    "Not on the call",
                    "Only the TL who acknowledged the raised hand can take the call over")));
  }

  /** R-IN-7: the TL marks that the resolution touches policy or procedure. */
  public static Decision requirePolicyDecision(CaseState c, Actor tl, String note, Instant now) {
    return decide(
        () -> CaseEvent.of(EventType.POLICY_DECISION_REQUIRED, tl, now, withNote(Map.of(), note)),
        () -> refuseUnlessFollowingUp(c));
  }

  /** R-IN-7, R-IN-11: a documented coordination with a related unit. */
  public static Decision coordinate(
      CaseState c,
      Actor tl,
      RelatedUnit unit,
      String note,
      boolean policyDecision,
      Instant promisedResolutionAt,
      Instant now) {
    return decide(
        () -> {
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("unit", unit.name());
          details.put("policyDecision", policyDecision);
          if (promisedResolutionAt != null) {
            details.put("promisedResolutionAt", promisedResolutionAt.toString());
          }
          return CaseEvent.of(EventType.UNIT_COORDINATED, tl, now, withNote(details, note));
        },
        () -> refuseUnlessFollowingUp(c),
        () ->
            refuseUnless(
                promisedResolutionAt == null || promisedResolutionAt.isAfter(now),
                unprocessable(
                    "R-IN-12",
                    "Promised time has passed",
                    "The related unit's promised resolution time must lie in the future")));
  }

  /** R-IN-11: the TL checks the escalation's progress (every hour). */
  public static Decision checkProgress(CaseState c, Actor tl, String note, Instant now) {
    return decide(
        () -> CaseEvent.of(EventType.PROGRESS_CHECKED, tl, now, withNote(Map.of(), note)),
        () -> refuseUnlessFollowingUp(c));
  }

  /**
   * R-IN-7, R-IN-8, R-IN-12: the TL calls the customer back from a recorded desk. On TelkomCare the
   * call back is a reply through the channel (R-TC-3), so {@code desk} may be null there.
   */
  public static Decision callBack(
      CaseState c,
      Actor tl,
      Desk desk,
      CallOutcome outcome,
      boolean finalCallBack,
      String note,
      Instant now) {
    return decide(
        () -> {
          Map<String, Object> details = new LinkedHashMap<>();
          if (desk != null) {
            details.put("deskId", desk.id());
          } else {
            details.put("via", c.channel().name());
          }
          details.put("outcome", outcome.name());
          details.put("final", finalCallBack);
          return CaseEvent.of(EventType.CALL_BACK_MADE, tl, now, withNote(details, note));
        },
        () -> refuseUnlessFollowingUp(c),
        () ->
            refuseUnless(
                desk != null || c.telkomCare(),
                unprocessable(
                    "R-IN-8",
                    "Desk missing",
                    "Call backs on the inbound channel are made from a recorded desk: name the"
                        + " deskId")),
        () ->
            refuseUnless(
                desk == null || desk.voiceRecording(),
                unprocessable(
                    "R-IN-8",
                    "Desk without voice recording",
                    "Call backs are made from a desk with voice recording; "
                        + (desk == null ? "" : desk.id())
                        + " has none")),
        () ->
            refuseUnless(
                !c.policyDecisionRequired() || c.policyDecisionCoordinated(),
                conflict(
                    "R-IN-7",
                    "Coordinate the policy decision first",
                    "This case needs a policy decision: coordinate with the related unit before"
                        + " calling back")));
  }

  /** R-IN-9: the customer declined a call back and accepted a transfer to the TL's extension. */
  public static Decision transfer(CaseState c, Actor agent, Desk desk, Instant now) {
    return decide(
        () -> CaseEvent.of(EventType.CALL_TRANSFERRED, agent, now, Map.of("deskId", desk.id())),
        () -> refuseIfClosed(c),
        () -> refuseUnlessEscalated(c),
        () ->
            refuseUnless(
                desk.kind() == Desk.DeskKind.TL_EXTENSION && desk.voiceRecording(),
                unprocessable(
                    "R-IN-9",
                    "Not a recorded TL extension",
                    "Transfers go to a TL extension with voice recording; "
                        + desk.id()
                        + " is not one")));
  }

  /**
   * R-IN-9: the customer declined both; the TL serves them at the agent's workstation and tells
   * them how the follow-up goes.
   */
  public static Decision serveAtWorkstation(
      CaseState c, Actor tl, String followUpPlan, Instant now) {
    return decide(
        () ->
            CaseEvent.of(
                EventType.SERVED_AT_WORKSTATION, tl, now, Map.of("followUpPlan", followUpPlan)),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                c.tlAtWorkstation(),
                conflict(
                    "R-IN-4",
                    "The TL is not at the workstation",
                    "Come to the agent's workstation (arrive) before serving the customer there")));
  }

  /** K-1: the TL confirms or overturns the agent's hard-complaint flag, once. */
  public static Decision reviewFlag(
      CaseState c, Actor tl, boolean confirmed, String note, Instant now) {
    EventType type = confirmed ? EventType.FLAG_CONFIRMED : EventType.FLAG_OVERTURNED;
    return decide(
        () -> CaseEvent.of(type, tl, now, withNote(Map.of(), note)),
        () -> refuseIfClosed(c),
        () -> refuseUnlessEscalated(c),
        () ->
            refuseUnless(
                !c.flagReviewed(),
                conflict(
                    "R-IN-1", "Flag already reviewed", "The TL has already reviewed this flag")));
  }

  /** R-X-1, R-IN-12: no case closes without a final call back that reached the customer. */
  public static Decision close(CaseState c, Actor tl, String resolution, Instant now) {
    return decide(
        () -> CaseEvent.of(EventType.CASE_CLOSED, tl, now, Map.of("resolution", resolution)),
        () -> refuseIfClosed(c),
        () ->
            refuseUnless(
                c.finalCallBackReached(),
                conflict(
                    "R-X-1",
                    "Final call back missing",
                    "Call the customer back (final, reached) from a recorded desk before closing")));
  }

  /** Which actions the procedure allows now, for the user interface. */
  public static List<String> allowedActions(CaseState c, Actor actor) {
    if (c.status() == CaseStatus.CLOSED) {
      return List.of();
    }
    return switch (actor.role()) {
      case AGENT -> agentActions(c);
      case TEAM_LEADER -> tlActions(c, actor);
      case SUPERVISOR -> handActions(c, actor);
      case PIC_TICKET -> picActions(c, actor);
      default -> List.of();
    };
  }

  private static List<String> agentActions(CaseState c) {
    List<String> actions = new ArrayList<>(List.of("assess", "name-handling-tl"));
    if (c.telkomCare()) {
      actions.add("correct-criterion");
    }
    if (c.hardComplaint() && !hasOpenHand(c)) {
      actions.add("raise-hand");
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
    if (followingUp(c)) {
      actions.addAll(List.of("require-policy-decision", "coordinate", "progress-check"));
      if (callBackAllowed(c)) {
        actions.add("call-back");
      }
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
    if (c.finalCallBackReached()) {
      actions.add("close");
    }
    return List.copyOf(actions);
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
      if (callBackAllowed(c)) {
        actions.add("call-back");
      }
      if (c.finalCallBackReached()) {
        actions.add("close");
      }
    }
    return List.copyOf(actions);
  }

  /** What {@link #refuseUnlessFollowingUp} lets through. */
  private static boolean followingUp(CaseState c) {
    return c.status() != CaseStatus.OPEN && (c.handlingTl() != null || c.picTicket() != null);
  }

  private static boolean callBackAllowed(CaseState c) {
    return !c.policyDecisionRequired() || c.policyDecisionCoordinated();
  }

  /**
   * The first refusal among the checks, evaluated in order (a later check may rely on an earlier
   * one having passed); none refuses: the event is recorded.
   */
  @SafeVarargs
  static Decision decide(Supplier<CaseEvent> accepted, Supplier<Optional<Rejection>>... checks) {
    for (Supplier<Optional<Rejection>> check : checks) {
      Optional<Rejection> refusal = check.get();
      if (refusal.isPresent()) {
        return Decision.refuse(refusal.get());
      }
    }
    return Decision.accept(accepted.get());
  }

  static Optional<Rejection> refuseUnless(boolean allowed, Rejection rejection) {
    return allowed ? Optional.empty() : Optional.of(rejection);
  }

  /** R-IN-5: a hand needs someone to receive it, a TL at a recorded desk or a supervisor. */
  static Optional<Rejection> refuseUnlessRouted(CaseState c, String routedTo) {
    return refuseUnless(
        routedTo != null,
        conflict(
            "R-IN-5",
            "No one to receive the hand",
            "No TL is seated at a recorded cluster desk of cluster "
                + c.clusterId()
                + " and no supervisor is available"));
  }

  static Optional<Rejection> refuseIfClosed(CaseState c) {
    return refuseUnless(
        c.status() != CaseStatus.CLOSED,
        conflict(null, "Case closed", "The case is closed; nothing more can be recorded"));
  }

  private static Optional<Rejection> refuseUnlessEscalated(CaseState c) {
    return refuseUnless(
        c.status() != CaseStatus.OPEN,
        conflict(
            "R-IN-2",
            "No hand raised",
            "The agent raises a hand before the TL follows the case up"));
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

  /** R-IN-5: only the TL the hand was routed to answers it, and only the current hand. */
  private static Optional<Rejection> refuseUnlessAddressee(
      CaseState c, Actor tl, String escalationId) {
    Optional<EscalationState> latest = c.escalation().filter(e -> e.id().equals(escalationId));
    if (latest.isEmpty()) {
      return Optional.of(
          conflict("R-IN-2", "Not the current hand", "A later hand was raised on this case"));
    }
    return refuseUnless(
        latest.get().targetTl().equals(tl.username()),
        conflict(
            "R-IN-5",
            "Routed to another TL",
            "This hand was routed to " + latest.get().targetTl() + ", the TL at the cluster desk"));
  }

  static boolean hasOpenHand(CaseState c) {
    return c.escalation().map(e -> e.status().isOpen()).orElse(false);
  }

  private static boolean handIs(CaseState c, EscalationStatus status) {
    return c.escalation().map(e -> e.status() == status).orElse(false);
  }

  private static boolean isOnTheCall(CaseState c, Actor tl) {
    return c.escalation()
        .filter(e -> e.status() != EscalationStatus.RAISED)
        .filter(e -> e.targetTl().equals(tl.username()))
        .isPresent();
  }

  private static String raisedBy(CaseState c) {
    return c.escalation().map(EscalationState::raisedBy).orElse("");
  }

  private static Map<String, Object> withNote(Map<String, Object> details, String note) {
    if (note == null || note.isBlank()) {
      return details;
    }
    Map<String, Object> withNote = new LinkedHashMap<>(details);
    withNote.put("note", note);
    return withNote;
  }
}
