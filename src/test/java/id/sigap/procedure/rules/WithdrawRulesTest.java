package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.ATTEMPTS;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Role;
import id.sigap.procedure.WithdrawReason;
import id.sigap.procedure.event.CaseEvent.HandWithdrawn;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * R-C-1 in {@link EscalationRules#withdraw}: the agent who raised the hand withdraws it when the
 * customer hangs up before the TL came to the desk; a withdrawn hand is answered by nobody.
 */
class WithdrawRulesTest {

  static final Actor OTHER_AGENT = new Actor("agent2", Role.AGENT, "C1");

  static Snapshot handIs(EscalationStatus status) {
    return Snapshot.raised().withHand(Snapshot.hand(status));
  }

  @Test
  void theAgentWithdrawsAHandWhileTheTlIsNotYetAtTheDesk_R_C_1() {
    for (EscalationStatus open :
        new EscalationStatus[] {EscalationStatus.RAISED, EscalationStatus.LISTENING}) {
      assertThat(
              accepted(
                  EscalationRules.withdraw(
                      handIs(open), AGENT, "E1", WithdrawReason.CUSTOMER_HUNG_UP, "Putus", NOW)))
          .isInstanceOfSatisfying(
              HandWithdrawn.class,
              e -> {
                assertThat(e.reason()).isEqualTo("CUSTOMER_HUNG_UP");
                assertThat(e.targetTl()).isEqualTo("tl1");
                assertThat(e.addressedTo()).contains("tl1");
              });
    }
  }

  @Test
  void notAfterTheTlArrived_R_C_1() {
    var refused =
        refusal(
            EscalationRules.withdraw(
                handIs(EscalationStatus.AT_WORKSTATION),
                AGENT,
                "E1",
                WithdrawReason.CUSTOMER_HUNG_UP,
                null,
                NOW));
    assertThat(refused.rule()).isEqualTo("R-C-1");
    assertThat(refused.title()).isEqualTo("The TL is at the desk");
  }

  @Test
  void onlyByTheAgentWhoRaisedIt_onlyOnce_onlyTheCurrentHand_R_C_1() {
    assertThat(
            refusal(
                    EscalationRules.withdraw(
                        handIs(EscalationStatus.RAISED),
                        OTHER_AGENT,
                        "E1",
                        WithdrawReason.OTHER,
                        null,
                        NOW))
                .rule())
        .isEqualTo("R-C-1");
    assertThat(
            refusal(
                    EscalationRules.withdraw(
                        handIs(EscalationStatus.WITHDRAWN),
                        AGENT,
                        "E1",
                        WithdrawReason.OTHER,
                        null,
                        NOW))
                .title())
        .isEqualTo("Already withdrawn");
    assertThat(
            refusal(
                    EscalationRules.withdraw(
                        handIs(EscalationStatus.RAISED),
                        AGENT,
                        "E0",
                        WithdrawReason.OTHER,
                        null,
                        NOW))
                .rule())
        .isEqualTo("R-IN-2");
    assertThat(
            refusal(
                    EscalationRules.withdraw(
                        handIs(EscalationStatus.RAISED).with(CaseStatus.CLOSED),
                        AGENT,
                        "E1",
                        WithdrawReason.OTHER,
                        null,
                        NOW))
                .title())
        .isEqualTo("Case closed");
  }

  @Test
  void aWithdrawnHandIsAnsweredByNobody_R_C_1() {
    Snapshot withdrawn = handIs(EscalationStatus.WITHDRAWN);
    assertThat(refusal(EscalationRules.acknowledge(withdrawn, TL, "E1", NOW)).rule())
        .isEqualTo("R-C-1");
    assertThat(refusal(EscalationRules.arrive(withdrawn, TL, "E1", NOW)).rule()).isEqualTo("R-C-1");
    assertThat(refusal(EscalationRules.takeOver(withdrawn, TL, NOW)).rule()).isEqualTo("R-IN-6");
    assertThat(AllowedActions.of(withdrawn, TL, ATTEMPTS))
        .doesNotContain("acknowledge", "arrive", "take-over");
    // the agent may raise a new hand when the customer calls again
    assertThat(AllowedActions.of(withdrawn, AGENT, ATTEMPTS))
        .contains("raise-hand")
        .doesNotContain("withdraw-hand");
    assertThat(AllowedActions.of(handIs(EscalationStatus.RAISED), AGENT, ATTEMPTS))
        .contains("withdraw-hand");
    assertThat(AllowedActions.of(handIs(EscalationStatus.RAISED), OTHER_AGENT, ATTEMPTS))
        .doesNotContain("withdraw-hand");
  }

  @Test
  void anOverdueAcknowledgementOfAWithdrawnHandReRoutesNothing_R_C_1_R_X_2() {
    DutyRules.Firing firing =
        DutyRules.acknowledgeOverdue(
            handIs(EscalationStatus.WITHDRAWN),
            "E1",
            NOW,
            java.time.Duration.ofSeconds(60),
            CaseSnapshots.routedTo("spv1"),
            "rev",
            NOW);
    assertThat(firing.event()).isEmpty();
  }
}
