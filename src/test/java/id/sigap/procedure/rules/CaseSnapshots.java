package id.sigap.procedure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Desk;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent;
import java.time.Instant;
import java.util.Optional;

/** The people, desks and case states the rules' unit tests share. */
final class CaseSnapshots {

  static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  static final Actor AGENT = new Actor("agent1", Role.AGENT, "C1");
  static final Actor TL = new Actor("tl1", Role.TEAM_LEADER, "C1");
  static final Actor OTHER_TL = new Actor("tl9", Role.TEAM_LEADER, "C1");
  static final Desk CLUSTER_DESK = new Desk("DESK-C1", Desk.DeskKind.CLUSTER_DESK, "C1", true);
  static final Desk TL_EXTENSION = new Desk("EXT-TL1", Desk.DeskKind.TL_EXTENSION, "C1", true);
  static final Desk WORKSTATION = new Desk("WS-C1-01", Desk.DeskKind.WORKSTATION, "C1", false);

  /** R-F-3: a hand routed to the TL at the cluster desk (or to nobody, when {@code to} is null). */
  static FloorRules.Route routedTo(String to) {
    return new FloorRules.Route(
        to, to == null ? null : FloorRules.RouteReason.CLUSTER_DESK, "WS-C1-01", "C1", null);
  }

  private CaseSnapshots() {}

  /** A case as the procedure sees it; each test changes only what it is about. */
  record Snapshot(
      CaseStatus status,
      boolean hardComplaint,
      String handlingTl,
      boolean policyDecisionRequired,
      boolean policyDecisionCoordinated,
      boolean tlAtWorkstation,
      boolean finalCallBackReached,
      boolean flagReviewed,
      EscalationState hand)
      implements CaseState {

    static Snapshot fresh() {
      return new Snapshot(CaseStatus.OPEN, false, null, false, false, false, false, false, null);
    }

    /** Hard, escalated, handling TL named, TL at the desk: ready for follow-up. */
    static Snapshot followingUp() {
      return new Snapshot(
          CaseStatus.IN_PROGRESS,
          true,
          "tl1",
          false,
          false,
          true,
          false,
          false,
          hand(EscalationStatus.AT_WORKSTATION));
    }

    /** Hard, escalated, the hand raised to tl1 and not yet acknowledged. */
    static Snapshot raised() {
      return fresh().hard(true).with(CaseStatus.ESCALATED).withHand(hand(EscalationStatus.RAISED));
    }

    static EscalationState hand(EscalationStatus status) {
      return new EscalationState("E1", status, "agent1", "tl1");
    }

    Snapshot with(CaseStatus s) {
      return new Snapshot(
          s,
          hardComplaint,
          handlingTl,
          policyDecisionRequired,
          policyDecisionCoordinated,
          tlAtWorkstation,
          finalCallBackReached,
          flagReviewed,
          hand);
    }

    Snapshot hard(boolean h) {
      return new Snapshot(
          status,
          h,
          handlingTl,
          policyDecisionRequired,
          policyDecisionCoordinated,
          tlAtWorkstation,
          finalCallBackReached,
          flagReviewed,
          hand);
    }

    Snapshot handledBy(String tl) {
      return new Snapshot(
          status,
          hardComplaint,
          tl,
          policyDecisionRequired,
          policyDecisionCoordinated,
          tlAtWorkstation,
          finalCallBackReached,
          flagReviewed,
          hand);
    }

    Snapshot policy(boolean required, boolean coordinated) {
      return new Snapshot(
          status,
          hardComplaint,
          handlingTl,
          required,
          coordinated,
          tlAtWorkstation,
          finalCallBackReached,
          flagReviewed,
          hand);
    }

    Snapshot atWorkstation(boolean at) {
      return new Snapshot(
          status,
          hardComplaint,
          handlingTl,
          policyDecisionRequired,
          policyDecisionCoordinated,
          at,
          finalCallBackReached,
          flagReviewed,
          hand);
    }

    Snapshot finalCallBack(boolean done) {
      return new Snapshot(
          status,
          hardComplaint,
          handlingTl,
          policyDecisionRequired,
          policyDecisionCoordinated,
          tlAtWorkstation,
          done,
          flagReviewed,
          hand);
    }

    Snapshot reviewed(boolean r) {
      return new Snapshot(
          status,
          hardComplaint,
          handlingTl,
          policyDecisionRequired,
          policyDecisionCoordinated,
          tlAtWorkstation,
          finalCallBackReached,
          r,
          hand);
    }

    Snapshot withHand(EscalationState h) {
      return new Snapshot(
          status,
          hardComplaint,
          handlingTl,
          policyDecisionRequired,
          policyDecisionCoordinated,
          tlAtWorkstation,
          finalCallBackReached,
          flagReviewed,
          h);
    }

    @Override
    public String clusterId() {
      return "C1";
    }

    @Override
    public String createdBy() {
      return "agent1";
    }

    @Override
    public Optional<EscalationState> escalation() {
      return Optional.ofNullable(hand);
    }
  }

  /** The refusal of a decision that must be refused. */
  static Rejection refusal(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused) decision).rejection();
  }

  /** The event of a decision that must be accepted. */
  static CaseEvent accepted(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted) decision).event();
  }
}
