package id.sigap.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The inbound procedure's decisions, over every state a case can be in. */
class InboundProcedureTest {

  static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  static final Actor AGENT = new Actor("agent1", Role.AGENT, "C1");
  static final Actor TL = new Actor("tl1", Role.TEAM_LEADER, "C1");
  static final Actor OTHER_TL = new Actor("tl9", Role.TEAM_LEADER, "C1");
  static final Desk CLUSTER_DESK = new Desk("DESK-C1", Desk.DeskKind.CLUSTER_DESK, "C1", true);
  static final Desk TL_EXTENSION = new Desk("EXT-TL1", Desk.DeskKind.TL_EXTENSION, "C1", true);
  static final Desk WORKSTATION = new Desk("WS-C1-01", Desk.DeskKind.WORKSTATION, "C1", false);

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

  static Rejection refusal(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused) decision).rejection();
  }

  static CaseEvent accepted(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted) decision).event();
  }

  @Nested
  class Identify {

    @Test
    void oneTickedCriterionMakesAHardComplaint_R_IN_1() {
      CaseEvent event =
          accepted(
              InboundProcedure.assess(
                  Snapshot.fresh(), AGENT, EnumSet.of(InboundCriterion.C_IN_1), null, 1, NOW));
      assertThat(event.type()).isEqualTo(EventType.CASE_ASSESSED);
      assertThat(event.details())
          .containsEntry("hardComplaint", true)
          .containsEntry("criteriaMet", 1);
      assertThat(event.actor()).isEqualTo("agent1");
      assertThat(event.at()).isEqualTo(NOW);
    }

    /** C-IN-1..C-IN-5: any one of the five, ticked alone, is enough at the default minimum. */
    @ParameterizedTest
    @EnumSource(InboundCriterion.class)
    void eachCriterionAloneMakesAHardComplaint_C_IN_1_C_IN_2_C_IN_3_C_IN_4_C_IN_5(
        InboundCriterion criterion) {
      CaseEvent event =
          accepted(
              InboundProcedure.assess(
                  Snapshot.fresh(), AGENT, EnumSet.of(criterion), null, 1, NOW));
      assertThat(event.details())
          .containsEntry("hardComplaint", true)
          .containsEntry("criteriaMet", 1);
      assertThat(event.details().get("criteria").toString()).contains(criterion.id());
    }

    @Test
    void otherCriterionWithAReasonCounts_R_IN_1() {
      CaseEvent event =
          accepted(
              InboundProcedure.assess(
                  Snapshot.fresh(), AGENT, Set.of(), "threatens to post on Facebook", 1, NOW));
      assertThat(event.details()).containsEntry("hardComplaint", true);
    }

    @Test
    void blankOtherReasonDoesNotCount_R_IN_1() {
      CaseEvent event =
          accepted(InboundProcedure.assess(Snapshot.fresh(), AGENT, Set.of(), "  ", 1, NOW));
      assertThat(event.details()).containsEntry("hardComplaint", false);
    }

    @Test
    void theMinimumComesFromThePolicy_R_IN_1() {
      CaseEvent event =
          accepted(
              InboundProcedure.assess(
                  Snapshot.fresh(), AGENT, EnumSet.of(InboundCriterion.C_IN_4), null, 2, NOW));
      assertThat(event.details()).containsEntry("hardComplaint", false);
    }

    @ParameterizedTest
    @EnumSource(
        value = CaseStatus.class,
        names = {"ESCALATED", "IN_PROGRESS"})
    void afterTheHandIsRaisedOnlyTheTlOverturnsTheFlag_R_IN_1(CaseStatus status) {
      Rejection r =
          refusal(
              InboundProcedure.assess(
                  Snapshot.followingUp().with(status), AGENT, Set.of(), null, 1, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-1");
      assertThat(r.status()).isEqualTo(409);
    }
  }

  @Nested
  class RaiseHand {

    @Test
    void aHardComplaintRaisesAHandToTheRoutedTl_R_IN_2() {
      CaseEvent event =
          accepted(
              InboundProcedure.raiseHand(
                  Snapshot.fresh().hard(true), AGENT, "E1", "tl1", null, true, NOW));
      assertThat(event.type()).isEqualTo(EventType.HAND_RAISED);
      assertThat(event.details())
          .containsEntry("targetTl", "tl1")
          .containsEntry("takeoverRequested", true)
          .containsEntry("escalationId", "E1");
    }

    @Test
    void noCriterionNoHand_R_IN_1() {
      Rejection r =
          refusal(
              InboundProcedure.raiseHand(Snapshot.fresh(), AGENT, "E1", "tl1", null, false, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-1");
      assertThat(r.status()).isEqualTo(422);
    }

    @ParameterizedTest
    @EnumSource(
        value = EscalationStatus.class,
        names = {"RAISED", "LISTENING"})
    void oneOpenHandPerCase_R_IN_2(EscalationStatus open) {
      Snapshot c =
          Snapshot.fresh().hard(true).with(CaseStatus.ESCALATED).withHand(Snapshot.hand(open));
      Rejection r = refusal(InboundProcedure.raiseHand(c, AGENT, "E2", "tl1", null, false, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-2");
    }

    @Test
    void aNewHandAfterTheTlCameToTheDesk_R_IN_2() {
      Snapshot c =
          Snapshot.fresh()
              .hard(true)
              .with(CaseStatus.ESCALATED)
              .withHand(Snapshot.hand(EscalationStatus.AT_WORKSTATION));
      accepted(InboundProcedure.raiseHand(c, AGENT, "E2", "tl1", null, false, NOW));
    }

    @Test
    void nobodyToReceiveTheHandIsRefused_R_IN_5() {
      Rejection r =
          refusal(
              InboundProcedure.raiseHand(
                  Snapshot.fresh().hard(true), AGENT, "E1", null, null, false, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-5");
    }
  }

  @Nested
  class TlAnswers {

    Snapshot raised() {
      return Snapshot.fresh()
          .hard(true)
          .with(CaseStatus.ESCALATED)
          .withHand(Snapshot.hand(EscalationStatus.RAISED));
    }

    @Test
    void theRoutedTlListensAndTheAgentIsSignalled_R_IN_3() {
      CaseEvent event = accepted(InboundProcedure.acknowledge(raised(), TL, "E1", NOW));
      assertThat(event.type()).isEqualTo(EventType.TL_LISTENING);
      assertThat(event.details()).containsEntry("agent", "agent1");
    }

    @Test
    void anotherTlCannotAnswerAHandRoutedToTheClusterDesk_R_IN_5() {
      assertThat(refusal(InboundProcedure.acknowledge(raised(), OTHER_TL, "E1", NOW)).rule())
          .isEqualTo("R-IN-5");
    }

    @ParameterizedTest
    @EnumSource(
        value = EscalationStatus.class,
        names = {"LISTENING", "AT_WORKSTATION"})
    void acknowledgingTwiceIsRefused_R_IN_3(EscalationStatus status) {
      Snapshot c = raised().withHand(Snapshot.hand(status));
      assertThat(refusal(InboundProcedure.acknowledge(c, TL, "E1", NOW)).rule())
          .isEqualTo("R-IN-3");
    }

    @Test
    void anOlderHandIsNotTheCurrentOne_R_IN_2() {
      assertThat(refusal(InboundProcedure.acknowledge(raised(), TL, "E0", NOW)).rule())
          .isEqualTo("R-IN-2");
    }

    @Test
    void theTlComesToTheWorkstationAfterListening_R_IN_4() {
      assertThat(refusal(InboundProcedure.arrive(raised(), TL, "E1", NOW)).rule())
          .isEqualTo("R-IN-3");
      Snapshot listening = raised().withHand(Snapshot.hand(EscalationStatus.LISTENING));
      assertThat(accepted(InboundProcedure.arrive(listening, TL, "E1", NOW)).type())
          .isEqualTo(EventType.TL_ARRIVED);
      Snapshot there = raised().withHand(Snapshot.hand(EscalationStatus.AT_WORKSTATION));
      assertThat(refusal(InboundProcedure.arrive(there, TL, "E1", NOW)).rule()).isEqualTo("R-IN-4");
    }

    @ParameterizedTest
    @EnumSource(EscalationStatus.class)
    void onlyTheTlOnTheCallTakesItOver_R_IN_6(EscalationStatus status) {
      Snapshot c = raised().withHand(Snapshot.hand(status));
      Decision byTl = InboundProcedure.takeOver(c, TL, NOW);
      if (status == EscalationStatus.RAISED) {
        assertThat(refusal(byTl).rule()).isEqualTo("R-IN-6");
      } else {
        assertThat(accepted(byTl).type()).isEqualTo(EventType.CALL_TAKEN_OVER);
      }
      assertThat(refusal(InboundProcedure.takeOver(c, OTHER_TL, NOW)).rule()).isEqualTo("R-IN-6");
    }

    @Test
    void servingAtTheWorkstationNeedsTheTlThere_R_IN_4_R_IN_9() {
      assertThat(
              refusal(
                      InboundProcedure.serveAtWorkstation(
                          Snapshot.followingUp().atWorkstation(false), TL, "plan", NOW))
                  .rule())
          .isEqualTo("R-IN-4");
      assertThat(
              accepted(InboundProcedure.serveAtWorkstation(Snapshot.followingUp(), TL, "plan", NOW))
                  .details())
          .containsEntry("followUpPlan", "plan");
    }

    @Test
    void transfersGoToARecordedTlExtension_R_IN_9() {
      assertThat(
              accepted(InboundProcedure.transfer(Snapshot.followingUp(), AGENT, TL_EXTENSION, NOW))
                  .type())
          .isEqualTo(EventType.CALL_TRANSFERRED);
      assertThat(
              refusal(InboundProcedure.transfer(Snapshot.followingUp(), AGENT, WORKSTATION, NOW))
                  .rule())
          .isEqualTo("R-IN-9");
      assertThat(
              refusal(InboundProcedure.transfer(Snapshot.followingUp(), AGENT, CLUSTER_DESK, NOW))
                  .rule())
          .isEqualTo("R-IN-9");
      Desk unrecordedExtension = new Desk("EXT-X", Desk.DeskKind.TL_EXTENSION, "C1", false);
      assertThat(
              refusal(
                      InboundProcedure.transfer(
                          Snapshot.followingUp(), AGENT, unrecordedExtension, NOW))
                  .rule())
          .isEqualTo("R-IN-9");
    }
  }

  @Nested
  class FollowUp {

    @Test
    void theHandlingTlMustBeATlOfTheCluster_R_IN_10() {
      Snapshot c = Snapshot.fresh();
      assertThat(accepted(InboundProcedure.nameHandlingTl(c, AGENT, TL, NOW)).details())
          .containsEntry("tl", "tl1");
      Actor foreignTl = new Actor("tl2", Role.TEAM_LEADER, "C2");
      assertThat(refusal(InboundProcedure.nameHandlingTl(c, AGENT, foreignTl, NOW)).rule())
          .isEqualTo("R-IN-10");
      assertThat(refusal(InboundProcedure.nameHandlingTl(c, AGENT, AGENT, NOW)).rule())
          .isEqualTo("R-IN-10");
      assertThat(refusal(InboundProcedure.nameHandlingTl(c, AGENT, null, NOW)).rule())
          .isEqualTo("R-IN-10");
    }

    /** Every follow-up action, to prove that all of them wait for the same preconditions. */
    static final java.util.List<Function<CaseState, Decision>> FOLLOW_UPS =
        java.util.List.of(
            c ->
                InboundProcedure.coordinate(
                    c, TL, RelatedUnit.COMPLAINT_HANDLING, "n", false, null, NOW),
            c -> InboundProcedure.checkProgress(c, TL, "n", NOW),
            c ->
                InboundProcedure.callBack(
                    c, TL, CLUSTER_DESK, CallOutcome.REACHED, false, "n", NOW),
            c -> InboundProcedure.requirePolicyDecision(c, TL, "n", NOW));

    @Test
    void noFollowUpBeforeTheHandlingTlIsNamed_R_IN_10() {
      for (Function<CaseState, Decision> action : FOLLOW_UPS) {
        assertThat(refusal(action.apply(Snapshot.followingUp().handledBy(null))).rule())
            .isEqualTo("R-IN-10");
        assertThat(action.apply(Snapshot.followingUp())).isInstanceOf(Decision.Accepted.class);
      }
    }

    @Test
    void noFollowUpWithoutARaisedHand_R_IN_2() {
      for (Function<CaseState, Decision> action : FOLLOW_UPS) {
        assertThat(refusal(action.apply(Snapshot.followingUp().with(CaseStatus.OPEN))).rule())
            .isEqualTo("R-IN-2");
      }
    }

    @Test
    void callBacksOnlyFromARecordedDesk_R_IN_8() {
      Rejection r =
          refusal(
              InboundProcedure.callBack(
                  Snapshot.followingUp(), TL, WORKSTATION, CallOutcome.REACHED, false, null, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-8");
      assertThat(r.status()).isEqualTo(422);
      assertThat(
              accepted(
                      InboundProcedure.callBack(
                          Snapshot.followingUp(),
                          TL,
                          TL_EXTENSION,
                          CallOutcome.NO_ANSWER,
                          false,
                          null,
                          NOW))
                  .details())
          .containsEntry("deskId", "EXT-TL1")
          .containsEntry("outcome", "NO_ANSWER");
    }

    @Test
    void aPolicyDecisionIsCoordinatedBeforeTheCallBack_R_IN_7() {
      Snapshot needsDecision = Snapshot.followingUp().policy(true, false);
      assertThat(
              refusal(
                      InboundProcedure.callBack(
                          needsDecision, TL, CLUSTER_DESK, CallOutcome.REACHED, false, null, NOW))
                  .rule())
          .isEqualTo("R-IN-7");
      Snapshot coordinated = Snapshot.followingUp().policy(true, true);
      accepted(
          InboundProcedure.callBack(
              coordinated, TL, CLUSTER_DESK, CallOutcome.REACHED, false, null, NOW));
    }

    @Test
    void aPromisedResolutionTimeLiesInTheFuture_R_IN_12() {
      Decision past =
          InboundProcedure.coordinate(
              Snapshot.followingUp(),
              TL,
              RelatedUnit.MANAGER,
              "n",
              false,
              NOW.minusSeconds(1),
              NOW);
      assertThat(refusal(past).rule()).isEqualTo("R-IN-12");
      Decision future =
          InboundProcedure.coordinate(
              Snapshot.followingUp(),
              TL,
              RelatedUnit.MANAGER,
              "n",
              true,
              NOW.plusSeconds(3600),
              NOW);
      assertThat(accepted(future).details())
          .containsEntry("promisedResolutionAt", "2026-11-29T04:00:00Z")
          .containsEntry("policyDecision", true);
    }

    @Test
    void noCloseWithoutAFinalCallBack_R_X_1() {
      assertThat(refusal(InboundProcedure.close(Snapshot.followingUp(), TL, "done", NOW)).rule())
          .isEqualTo("R-X-1");
      assertThat(
              accepted(
                      InboundProcedure.close(
                          Snapshot.followingUp().finalCallBack(true), TL, "done", NOW))
                  .type())
          .isEqualTo(EventType.CASE_CLOSED);
    }

    @Test
    void theTlReviewsTheFlagOnce_K_1() {
      assertThat(
              accepted(InboundProcedure.reviewFlag(Snapshot.followingUp(), TL, true, null, NOW))
                  .type())
          .isEqualTo(EventType.FLAG_CONFIRMED);
      assertThat(
              accepted(InboundProcedure.reviewFlag(Snapshot.followingUp(), TL, false, null, NOW))
                  .type())
          .isEqualTo(EventType.FLAG_OVERTURNED);
      assertThat(
              refusal(
                      InboundProcedure.reviewFlag(
                          Snapshot.followingUp().reviewed(true), TL, true, null, NOW))
                  .status())
          .isEqualTo(409);
    }
  }

  @Nested
  class Closed {

    /** Every action of the procedure, applied to a closed case. */
    static final java.util.List<Function<CaseState, Decision>> ALL_ACTIONS =
        java.util.List.of(
            c ->
                InboundProcedure.assess(
                    c, AGENT, EnumSet.of(InboundCriterion.C_IN_1), null, 1, NOW),
            c -> InboundProcedure.raiseHand(c, AGENT, "E9", "tl1", null, false, NOW),
            c -> InboundProcedure.acknowledge(c, TL, "E1", NOW),
            c -> InboundProcedure.arrive(c, TL, "E1", NOW),
            c -> InboundProcedure.nameHandlingTl(c, AGENT, TL, NOW),
            c -> InboundProcedure.takeOver(c, TL, NOW),
            c -> InboundProcedure.requirePolicyDecision(c, TL, null, NOW),
            c -> InboundProcedure.coordinate(c, TL, RelatedUnit.OTHER, "n", false, null, NOW),
            c -> InboundProcedure.checkProgress(c, TL, "n", NOW),
            c ->
                InboundProcedure.callBack(
                    c, TL, CLUSTER_DESK, CallOutcome.REACHED, true, null, NOW),
            c -> InboundProcedure.transfer(c, AGENT, TL_EXTENSION, NOW),
            c -> InboundProcedure.serveAtWorkstation(c, TL, "plan", NOW),
            c -> InboundProcedure.reviewFlag(c, TL, true, null, NOW),
            c -> InboundProcedure.close(c, TL, "again", NOW));

    @Test
    void aClosedCaseAcceptsNothing_R_X_1() {
      Snapshot closed = Snapshot.followingUp().finalCallBack(true).with(CaseStatus.CLOSED);
      for (Function<CaseState, Decision> action : ALL_ACTIONS) {
        Rejection r = refusal(action.apply(closed));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.title()).isEqualTo("Case closed");
      }
      assertThat(InboundProcedure.allowedActions(closed, TL)).isEmpty();
      assertThat(InboundProcedure.allowedActions(closed, AGENT)).isEmpty();
    }
  }

  @Nested
  class AllowedActions {

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyOfferedActionIsAccepted(CaseStatus status) {
      Snapshot c = Snapshot.followingUp().with(status).finalCallBack(true);
      for (String action : InboundProcedure.allowedActions(c, TL)) {
        Decision d =
            switch (action) {
              case "take-over" -> InboundProcedure.takeOver(c, TL, NOW);
              case "serve-at-workstation" -> InboundProcedure.serveAtWorkstation(c, TL, "p", NOW);
              case "require-policy-decision" ->
                  InboundProcedure.requirePolicyDecision(c, TL, null, NOW);
              case "coordinate" ->
                  InboundProcedure.coordinate(c, TL, RelatedUnit.OTHER, "n", false, null, NOW);
              case "progress-check" -> InboundProcedure.checkProgress(c, TL, "n", NOW);
              case "call-back" ->
                  InboundProcedure.callBack(
                      c, TL, CLUSTER_DESK, CallOutcome.REACHED, true, null, NOW);
              case "review-flag" -> InboundProcedure.reviewFlag(c, TL, true, null, NOW);
              case "close" -> InboundProcedure.close(c, TL, "r", NOW);
              default -> throw new AssertionError("untested action " + action);
            };
        assertThat(d).as(action + " in " + status).isInstanceOf(Decision.Accepted.class);
      }
    }

    @Test
    void theAgentIsOfferedTheHandOnlyForAHardComplaint_R_IN_1_R_IN_2() {
      assertThat(InboundProcedure.allowedActions(Snapshot.fresh(), AGENT))
          .doesNotContain("raise-hand");
      assertThat(InboundProcedure.allowedActions(Snapshot.fresh().hard(true), AGENT))
          .contains("raise-hand");
    }

    @Test
    void theTlIsOfferedListeningThenArriving_R_IN_3_R_IN_4() {
      Snapshot raised =
          Snapshot.fresh()
              .hard(true)
              .with(CaseStatus.ESCALATED)
              .withHand(Snapshot.hand(EscalationStatus.RAISED));
      assertThat(InboundProcedure.allowedActions(raised, TL))
          .contains("acknowledge")
          .doesNotContain("arrive");
      assertThat(InboundProcedure.allowedActions(raised, OTHER_TL)).doesNotContain("acknowledge");
      Snapshot listening = raised.withHand(Snapshot.hand(EscalationStatus.LISTENING));
      assertThat(InboundProcedure.allowedActions(listening, TL))
          .contains("arrive")
          .doesNotContain("acknowledge");
    }

    @Test
    void noCallBackOfferedBeforeThePolicyDecision_R_IN_7() {
      assertThat(InboundProcedure.allowedActions(Snapshot.followingUp().policy(true, false), TL))
          .doesNotContain("call-back");
    }
  }
}
