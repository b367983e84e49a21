package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.ATTEMPTS;
import static id.sigap.procedure.rules.CaseSnapshots.CLUSTER_DESK;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.OTHER_TL;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.CallEnd;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.HandoverReason;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link AllowedActions}: every action offered is one its rule accepts, in every state; the agent
 * is offered the hand only for a hard complaint (R-IN-1, R-IN-2), the TL listening then arriving
 * (R-IN-3, R-IN-4), and no call back before a required policy decision is coordinated (R-IN-7).
 */
class AllowedActionsTest {

  @ParameterizedTest
  @EnumSource(CaseStatus.class)
  void everyOfferedActionIsAccepted(CaseStatus status) {
    Snapshot c = Snapshot.followingUp().with(status).finalCallBack(true);
    for (String action : AllowedActions.of(c, TL, ATTEMPTS)) {
      Decision d =
          switch (action) {
            case "take-over" -> EscalationRules.takeOver(c, TL, NOW);
            case "serve-at-workstation" -> CallBackRules.serveAtWorkstation(c, TL, "p", NOW);
            case "require-policy-decision" -> FollowUpRules.requirePolicyDecision(c, TL, null, NOW);
            case "coordinate" ->
                FollowUpRules.coordinate(
                    c, TL, RelatedUnit.OTHER, "n", false, null, "K1", TERMS, NOW);
            case "progress-check" -> FollowUpRules.checkProgress(c, TL, "n", NOW);
            case "call-back" ->
                CallBackRules.callBack(
                    c, TL, CLUSTER_DESK, CallOutcome.REACHED, true, null, TERMS, NOW);
            case "review-flag" -> IdentificationRules.reviewFlag(c, TL, true, null, NOW);
            case "close" -> CallBackRules.close(c, TL, "r", NOW);
            case "hand-over" ->
                HandoverRules.request(
                    c, TL, OTHER_TL, "tl9", HandoverReason.END_OF_SHIFT, null, "H1", NOW);
            case "end-call" -> CallRules.endCall(c, TL, CallEnd.ENDED_WITH_TL, null, TERMS, NOW);
            case "record-choice" ->
                CallRules.recordChoice(c, TL, CustomerChoice.CALL_BACK, null, TERMS, NOW);
            case "identify-problem" ->
                AccuracyRules.identify(c, TL, "E1", "TAGIHAN", null, List.of("TAGIHAN"), NOW);
            case "give-direction" -> AccuracyRules.giveDirection(c, TL, "E1", "d", NOW);
            default -> throw new AssertionError("untested action " + action);
          };
      assertThat(d).as(action + " in " + status).isInstanceOf(Decision.Accepted.class);
    }
  }

  @Test
  void theAgentIsOfferedTheHandOnlyForAHardComplaint_R_IN_1_R_IN_2() {
    assertThat(AllowedActions.of(Snapshot.fresh(), AGENT, ATTEMPTS)).doesNotContain("raise-hand");
    assertThat(AllowedActions.of(Snapshot.fresh().hard(true), AGENT, ATTEMPTS))
        .contains("raise-hand");
  }

  @Test
  void theTlIsOfferedListeningThenArriving_R_IN_3_R_IN_4() {
    Snapshot raised = Snapshot.raised();
    assertThat(AllowedActions.of(raised, TL, ATTEMPTS))
        .contains("acknowledge")
        .doesNotContain("arrive");
    assertThat(AllowedActions.of(raised, OTHER_TL, ATTEMPTS)).doesNotContain("acknowledge");
    Snapshot listening = raised.withHand(Snapshot.hand(EscalationStatus.LISTENING));
    assertThat(AllowedActions.of(listening, TL, ATTEMPTS))
        .contains("arrive")
        .doesNotContain("acknowledge");
  }

  @Test
  void theTlIdentifiesWhileListeningAndDirectsAtTheDesk_K_4() {
    Snapshot listening = Snapshot.raised().withHand(Snapshot.hand(EscalationStatus.LISTENING));
    assertThat(AllowedActions.of(listening, TL, ATTEMPTS))
        .contains("identify-problem")
        .doesNotContain("give-direction");
    assertThat(AllowedActions.of(Snapshot.followingUp(), TL, ATTEMPTS))
        .contains("identify-problem", "give-direction");
    assertThat(AllowedActions.of(listening, OTHER_TL, ATTEMPTS)).doesNotContain("identify-problem");
    assertThat(AllowedActions.of(Snapshot.followingUp().with(CaseStatus.CLOSED), TL, ATTEMPTS))
        .doesNotContain("identify-problem", "give-direction");
  }

  @Test
  void noCallBackOfferedBeforeThePolicyDecision_R_IN_7() {
    assertThat(AllowedActions.of(Snapshot.followingUp().policy(true, false), TL, ATTEMPTS))
        .doesNotContain("call-back");
  }
}
