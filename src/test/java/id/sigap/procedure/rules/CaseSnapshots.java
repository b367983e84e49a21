package id.sigap.procedure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.Decision;
import id.sigap.procedure.Desk;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.QuietHours;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.UnreachedClosing;
import id.sigap.procedure.event.CaseEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The people, desks and case states the rules' unit tests share. */
final class CaseSnapshots {

  static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

  /** R-C-4: the default policy's unanswered call backs before closing unreached. */
  static final int ATTEMPTS = 3;

  /** The default policy's call-back terms in the center's zone (R-C-2, R-C-3, R-C-4, R-IN-12). */
  static final CallBackTerms TERMS =
      new CallBackTerms(
          Duration.ofMinutes(15),
          Duration.ofHours(6),
          QuietHours.parse("21:00-07:00").orElseThrow(),
          ZoneId.of("Asia/Jakarta"),
          Duration.ofDays(30),
          ATTEMPTS);

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

  /**
   * A TelkomCare thread in cluster C1 with none of the inbound follow-up's facts: a record that
   * implements it gives only what its tests are about.
   */
  interface ThreadCase extends CaseState {
    @Override
    default String clusterId() {
      return "C1";
    }

    @Override
    default String handlingTl() {
      return null;
    }

    @Override
    default boolean policyDecisionRequired() {
      return false;
    }

    @Override
    default boolean policyDecisionCoordinated() {
      return false;
    }

    @Override
    default boolean tlAtWorkstation() {
      return false;
    }

    @Override
    default boolean finalCallBackReached() {
      return false;
    }

    @Override
    default boolean flagReviewed() {
      return false;
    }
  }

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

  /**
   * A snapshot with the live call's facts (R-C-1..R-C-4): the customer's choice, the agreed time,
   * the call's end, the call-back clock, unanswered call backs and a request to close unreached.
   */
  record OnCall(
      Snapshot base,
      CustomerChoice choice,
      Instant agreed,
      Instant endedAt,
      Instant dueAt,
      int unreached,
      UnreachedClosing closing)
      implements CaseState {

    static OnCall of(Snapshot base) {
      return new OnCall(base, null, null, null, null, 0, null);
    }

    OnCall chose(CustomerChoice ch) {
      return new OnCall(base, ch, agreed, endedAt, dueAt, unreached, closing);
    }

    OnCall agreedAt(Instant t) {
      return new OnCall(base, choice, t, endedAt, dueAt, unreached, closing);
    }

    OnCall endedAt(Instant t) {
      return new OnCall(base, choice, agreed, t, dueAt, unreached, closing);
    }

    OnCall dueAt(Instant t) {
      return new OnCall(base, choice, agreed, endedAt, t, unreached, closing);
    }

    OnCall unreached(int n) {
      return new OnCall(base, choice, agreed, endedAt, dueAt, n, closing);
    }

    OnCall closing(UnreachedClosing.Status status) {
      return new OnCall(
          base,
          choice,
          agreed,
          endedAt,
          dueAt,
          unreached,
          new UnreachedClosing("tl1", "never picks up", status));
    }

    @Override
    public CaseStatus status() {
      return base.status();
    }

    @Override
    public String clusterId() {
      return base.clusterId();
    }

    @Override
    public String createdBy() {
      return base.createdBy();
    }

    @Override
    public boolean hardComplaint() {
      return base.hardComplaint();
    }

    @Override
    public String handlingTl() {
      return base.handlingTl();
    }

    @Override
    public boolean policyDecisionRequired() {
      return base.policyDecisionRequired();
    }

    @Override
    public boolean policyDecisionCoordinated() {
      return base.policyDecisionCoordinated();
    }

    @Override
    public boolean tlAtWorkstation() {
      return base.tlAtWorkstation();
    }

    @Override
    public boolean finalCallBackReached() {
      return base.finalCallBackReached();
    }

    @Override
    public boolean flagReviewed() {
      return base.flagReviewed();
    }

    @Override
    public Optional<EscalationState> escalation() {
      return base.escalation();
    }

    @Override
    public Optional<CustomerChoice> customerChoice() {
      return Optional.ofNullable(choice);
    }

    @Override
    public Optional<Instant> agreedCallBackAt() {
      return Optional.ofNullable(agreed);
    }

    @Override
    public Optional<Instant> callEndedAt() {
      return Optional.ofNullable(endedAt);
    }

    @Override
    public Optional<Instant> callBackDueAt() {
      return Optional.ofNullable(dueAt);
    }

    @Override
    public int unreachedCallBacks() {
      return unreached;
    }

    @Override
    public Optional<UnreachedClosing> unreachedClosing() {
      return Optional.ofNullable(closing);
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

  /** A snapshot with the facts R-I-1 and K-4 read: its ticket number and identified category. */
  static CaseState ticketed(Snapshot base, String ticketNumber) {
    return new Recorded(base, ticketNumber, null);
  }

  static CaseState identified(Snapshot base, String identifiedCategory) {
    return new Recorded(base, null, identifiedCategory);
  }

  record Recorded(Snapshot base, String ticketNumber, String identifiedCategory)
      implements CaseState {
    public CaseStatus status() {
      return base.status();
    }

    public String clusterId() {
      return base.clusterId();
    }

    public String createdBy() {
      return base.createdBy();
    }

    public boolean hardComplaint() {
      return base.hardComplaint();
    }

    public String handlingTl() {
      return base.handlingTl();
    }

    public boolean policyDecisionRequired() {
      return base.policyDecisionRequired();
    }

    public boolean policyDecisionCoordinated() {
      return base.policyDecisionCoordinated();
    }

    public boolean tlAtWorkstation() {
      return base.tlAtWorkstation();
    }

    public boolean finalCallBackReached() {
      return base.finalCallBackReached();
    }

    public boolean flagReviewed() {
      return base.flagReviewed();
    }

    public java.util.Optional<EscalationState> escalation() {
      return base.escalation();
    }
  }
}
