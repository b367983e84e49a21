package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.OTHER_TL;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static id.sigap.procedure.rules.CaseSnapshots.routedTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.HandRaised;
import id.sigap.procedure.event.CaseEvent.TlListening;
import id.sigap.procedure.event.EventType;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link EscalationRules}, from the raised hand to the TL at the desk: R-IN-2 one open hand per
 * case, R-IN-3 the TL listens in (tapping realtime), R-IN-4 the TL comes to the workstation after
 * listening, R-IN-5 only the TL the hand was routed to answers it and a hand needs someone to
 * receive it, R-IN-6 only the TL on the call takes it over. Raising needs a hard complaint
 * (R-IN-1).
 */
class EscalationRulesTest {

  @Nested
  class RaiseHand {

    @Test
    void aHardComplaintRaisesAHandToTheRoutedTl_R_IN_2() {
      CaseEvent event =
          accepted(
              EscalationRules.raiseHand(
                  Snapshot.fresh().hard(true), AGENT, "E1", routedTo("tl1"), true, NOW));
      assertThat(event.type()).isEqualTo(EventType.HAND_RAISED);
      assertThat(event)
          .isInstanceOfSatisfying(
              HandRaised.class,
              e -> {
                assertThat(e.targetTl()).isEqualTo("tl1");
                assertThat(e.takeoverRequested()).isTrue();
                assertThat(e.escalationId()).isEqualTo("E1");
              });
    }

    @Test
    void theHandNamesItsAddresseeWhyWhereToWalkAndWhoseTabletSounds_R_F_3_R_F_5_R_F_6() {
      FloorRules.Route route =
          new FloorRules.Route(
              "tl1b", FloorRules.RouteReason.CLUSTER_DESK_TL_BUSY, "WS-C1-01", "C1", "tl1 busy");
      CaseEvent event =
          accepted(
              EscalationRules.raiseHand(
                  Snapshot.fresh().hard(true), AGENT, "E1", route, false, NOW));
      assertThat(event)
          .isInstanceOfSatisfying(
              HandRaised.class,
              e -> {
                assertThat(e.targetTl()).isEqualTo("tl1b");
                assertThat(e.routeReason()).isEqualTo("CLUSTER_DESK_TL_BUSY");
                assertThat(e.routing()).isEqualTo("tl1 busy");
                assertThat(e.workstation()).isEqualTo("WS-C1-01");
                assertThat(e.clusterId()).isEqualTo("C1");
                assertThat(e.alertFor()).containsExactly("tl1b");
              });
    }

    @Test
    void noCriterionNoHand_R_IN_1() {
      Rejection r =
          refusal(
              EscalationRules.raiseHand(
                  Snapshot.fresh(), AGENT, "E1", routedTo("tl1"), false, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-1");
      assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    }

    @ParameterizedTest
    @EnumSource(
        value = EscalationStatus.class,
        names = {"RAISED", "LISTENING"})
    void oneOpenHandPerCase_R_IN_2(EscalationStatus open) {
      Snapshot c =
          Snapshot.fresh().hard(true).with(CaseStatus.ESCALATED).withHand(Snapshot.hand(open));
      Rejection r = refusal(EscalationRules.raiseHand(c, AGENT, "E2", routedTo("tl1"), false, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-2");
    }

    @Test
    void aNewHandAfterTheTlCameToTheDesk_R_IN_2() {
      Snapshot c =
          Snapshot.fresh()
              .hard(true)
              .with(CaseStatus.ESCALATED)
              .withHand(Snapshot.hand(EscalationStatus.AT_WORKSTATION));
      accepted(EscalationRules.raiseHand(c, AGENT, "E2", routedTo("tl1"), false, NOW));
    }

    @Test
    void nobodyToReceiveTheHandIsRefused_R_IN_5() {
      Rejection r =
          refusal(
              EscalationRules.raiseHand(
                  Snapshot.fresh().hard(true), AGENT, "E1", routedTo(null), false, NOW));
      assertThat(r.rule()).isEqualTo("R-IN-5");
    }
  }

  @Nested
  class TlAnswers {

    @Test
    void theRoutedTlListensAndTheAgentIsSignalled_R_IN_3() {
      CaseEvent event = accepted(EscalationRules.acknowledge(Snapshot.raised(), TL, "E1", NOW));
      assertThat(event.type()).isEqualTo(EventType.TL_LISTENING);
      assertThat(event)
          .isInstanceOfSatisfying(
              TlListening.class, e -> assertThat(e.agent()).isEqualTo("agent1"));
    }

    @Test
    void anotherTlCannotAnswerAHandRoutedToTheClusterDesk_R_IN_5() {
      assertThat(
              refusal(EscalationRules.acknowledge(Snapshot.raised(), OTHER_TL, "E1", NOW)).rule())
          .isEqualTo("R-IN-5");
    }

    @ParameterizedTest
    @EnumSource(
        value = EscalationStatus.class,
        names = {"LISTENING", "AT_WORKSTATION"})
    void acknowledgingTwiceIsRefused_R_IN_3(EscalationStatus status) {
      Snapshot c = Snapshot.raised().withHand(Snapshot.hand(status));
      assertThat(refusal(EscalationRules.acknowledge(c, TL, "E1", NOW)).rule()).isEqualTo("R-IN-3");
    }

    @Test
    void anOlderHandIsNotTheCurrentOne_R_IN_2() {
      assertThat(refusal(EscalationRules.acknowledge(Snapshot.raised(), TL, "E0", NOW)).rule())
          .isEqualTo("R-IN-2");
    }

    @Test
    void theTlComesToTheWorkstationAfterListening_R_IN_4() {
      assertThat(refusal(EscalationRules.arrive(Snapshot.raised(), TL, "E1", NOW)).rule())
          .isEqualTo("R-IN-3");
      Snapshot listening = Snapshot.raised().withHand(Snapshot.hand(EscalationStatus.LISTENING));
      assertThat(accepted(EscalationRules.arrive(listening, TL, "E1", NOW)).type())
          .isEqualTo(EventType.TL_ARRIVED);
      Snapshot there = Snapshot.raised().withHand(Snapshot.hand(EscalationStatus.AT_WORKSTATION));
      assertThat(refusal(EscalationRules.arrive(there, TL, "E1", NOW)).rule()).isEqualTo("R-IN-4");
    }

    @ParameterizedTest
    @EnumSource(EscalationStatus.class)
    void onlyTheTlOnTheCallTakesItOver_R_IN_6(EscalationStatus status) {
      Snapshot c = Snapshot.raised().withHand(Snapshot.hand(status));
      Decision byTl = EscalationRules.takeOver(c, TL, NOW);
      // nobody is on the call before the TL listens in, nor after the agent withdrew the hand
      if (status == EscalationStatus.RAISED || status == EscalationStatus.WITHDRAWN) {
        assertThat(refusal(byTl).rule()).isEqualTo("R-IN-6");
      } else {
        assertThat(accepted(byTl).type()).isEqualTo(EventType.CALL_TAKEN_OVER);
      }
      assertThat(refusal(EscalationRules.takeOver(c, OTHER_TL, NOW)).rule()).isEqualTo("R-IN-6");
    }
  }
}
