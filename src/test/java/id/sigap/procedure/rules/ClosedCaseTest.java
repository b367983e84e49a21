package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.ATTEMPTS;
import static id.sigap.procedure.rules.CaseSnapshots.CLUSTER_DESK;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.TL_EXTENSION;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static id.sigap.procedure.rules.CaseSnapshots.routedTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Decision;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** R-X-1: once closed (after its final call back), a case accepts no action and offers none. */
class ClosedCaseTest {

  /** Every action of the inbound procedure, applied to a closed case. */
  static final List<Function<CaseState, Decision>> ALL_ACTIONS =
      List.of(
          c ->
              IdentificationRules.assess(
                  c, AGENT, EnumSet.of(InboundCriterion.C_IN_1), null, 1, NOW),
          c -> EscalationRules.raiseHand(c, AGENT, "E9", routedTo("tl1"), false, NOW),
          c -> EscalationRules.acknowledge(c, TL, "E1", NOW),
          c -> EscalationRules.arrive(c, TL, "E1", NOW),
          c -> FollowUpRules.nameHandlingTl(c, AGENT, TL, NOW),
          c -> EscalationRules.takeOver(c, TL, NOW),
          c -> FollowUpRules.requirePolicyDecision(c, TL, null, NOW),
          c ->
              FollowUpRules.coordinate(
                  c, TL, RelatedUnit.OTHER, "n", false, null, "K1", TERMS, NOW),
          c -> FollowUpRules.checkProgress(c, TL, "n", NOW),
          c ->
              CallBackRules.callBack(
                  c, TL, CLUSTER_DESK, CallOutcome.REACHED, true, null, TERMS, NOW),
          c -> CallBackRules.transfer(c, AGENT, TL_EXTENSION, NOW),
          c -> CallBackRules.serveAtWorkstation(c, TL, "plan", NOW),
          c -> IdentificationRules.reviewFlag(c, TL, true, null, NOW),
          c -> CallBackRules.close(c, TL, "again", NOW));

  @Test
  void aClosedCaseAcceptsNothing_R_X_1() {
    Snapshot closed = Snapshot.followingUp().finalCallBack(true).with(CaseStatus.CLOSED);
    for (Function<CaseState, Decision> action : ALL_ACTIONS) {
      Rejection r = refusal(action.apply(closed));
      assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
      assertThat(r.title()).isEqualTo("Case closed");
    }
    assertThat(AllowedActions.of(closed, TL, ATTEMPTS)).isEmpty();
    assertThat(AllowedActions.of(closed, AGENT, ATTEMPTS)).isEmpty();
  }
}
