package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.CLUSTER_DESK;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.TL_EXTENSION;
import static id.sigap.procedure.rules.CaseSnapshots.WORKSTATION;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.ServedAtWorkstation;
import id.sigap.procedure.event.EventType;
import id.sigap.procedure.rules.CaseSnapshots.OnCall;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link CallBackRules}, reaching the customer again: R-IN-8 call backs only from a desk with voice
 * recording, R-IN-9 a transfer to a recorded TL extension or service at the workstation (once the
 * TL is there, R-IN-4), R-IN-12 the next call back is due one interval later or by a sooner
 * promised resolution time, R-X-1 no closing without a final call back that reached the customer.
 */
class CallBackRulesTest {

  @Test
  void callBacksOnlyFromARecordedDesk_R_IN_8() {
    Rejection r =
        refusal(
            CallBackRules.callBack(
                Snapshot.followingUp(),
                TL,
                WORKSTATION,
                CallOutcome.REACHED,
                false,
                null,
                TERMS,
                NOW));
    assertThat(r.rule()).isEqualTo("R-IN-8");
    assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    assertThat(
            accepted(
                CallBackRules.callBack(
                    Snapshot.followingUp(),
                    TL,
                    TL_EXTENSION,
                    CallOutcome.NO_ANSWER,
                    false,
                    null,
                    TERMS,
                    NOW)))
        .isInstanceOfSatisfying(
            CallBackMade.class,
            e -> {
              assertThat(e.deskId()).isEqualTo("EXT-TL1");
              assertThat(e.outcome()).isEqualTo("NO_ANSWER");
            });
  }

  @Test
  void anInboundCallBackNamesItsDesk_R_IN_8() {
    Rejection r =
        refusal(
            CallBackRules.callBack(
                Snapshot.followingUp(), TL, null, CallOutcome.REACHED, false, null, TERMS, NOW));
    assertThat(r.rule()).isEqualTo("R-IN-8");
    assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }

  @Test
  void servingAtTheWorkstationNeedsTheTlThere_R_IN_4_R_IN_9() {
    assertThat(
            refusal(
                    CallBackRules.serveAtWorkstation(
                        OnCall.of(Snapshot.followingUp().atWorkstation(false))
                            .chose(CustomerChoice.WORKSTATION),
                        TL,
                        "plan",
                        NOW))
                .rule())
        .isEqualTo("R-IN-4");
    assertThat(
            accepted(
                CallBackRules.serveAtWorkstation(
                    OnCall.of(Snapshot.followingUp()).chose(CustomerChoice.WORKSTATION),
                    TL,
                    "plan",
                    NOW)))
        .isInstanceOfSatisfying(
            ServedAtWorkstation.class, e -> assertThat(e.followUpPlan()).isEqualTo("plan"));
  }

  @Test
  void transfersGoToARecordedTlExtension_R_IN_9() {
    OnCall chose = OnCall.of(Snapshot.followingUp()).chose(CustomerChoice.TRANSFER);
    assertThat(accepted(CallBackRules.transfer(chose, AGENT, TL_EXTENSION, NOW)).type())
        .isEqualTo(EventType.CALL_TRANSFERRED);
    assertThat(refusal(CallBackRules.transfer(chose, AGENT, WORKSTATION, NOW)).rule())
        .isEqualTo("R-IN-9");
    assertThat(refusal(CallBackRules.transfer(chose, AGENT, CLUSTER_DESK, NOW)).rule())
        .isEqualTo("R-IN-9");
    Desk unrecordedExtension = new Desk("EXT-X", Desk.DeskKind.TL_EXTENSION, "C1", false);
    assertThat(refusal(CallBackRules.transfer(chose, AGENT, unrecordedExtension, NOW)).rule())
        .isEqualTo("R-IN-9");
  }

  @Test
  void noCloseWithoutAFinalCallBack_R_X_1() {
    assertThat(refusal(CallBackRules.close(Snapshot.followingUp(), TL, "done", NOW)).rule())
        .isEqualTo("R-X-1");
    assertThat(
            accepted(
                    CallBackRules.close(
                        Snapshot.followingUp().finalCallBack(true), TL, "done", NOW))
                .type())
        .isEqualTo(EventType.CASE_CLOSED);
  }

  /** R-IN-12: when the next call back is due. */
  @Nested
  class NextCallBack {

    static final Duration SIX_HOURS = Duration.ofHours(6);

    @Test
    void oneIntervalAfterTheLastWithoutAPromise_R_IN_12() {
      assertThat(CallBackRules.nextCallBack(NOW, SIX_HOURS, null)).isEqualTo(NOW.plus(SIX_HOURS));
    }

    @Test
    void aSoonerPromiseWins_R_IN_12() {
      Instant promised = NOW.plus(Duration.ofHours(2));
      assertThat(CallBackRules.nextCallBack(NOW, SIX_HOURS, promised)).isEqualTo(promised);
    }

    @Test
    void aLaterPromiseIsIgnored_R_IN_12() {
      assertThat(CallBackRules.nextCallBack(NOW, SIX_HOURS, NOW.plus(Duration.ofHours(8))))
          .isEqualTo(NOW.plus(SIX_HOURS));
      assertThat(CallBackRules.nextCallBack(NOW, SIX_HOURS, NOW.plus(SIX_HOURS)))
          .isEqualTo(NOW.plus(SIX_HOURS));
    }

    @Test
    void aPromiseInThePastIsIgnored_R_IN_12() {
      assertThat(CallBackRules.nextCallBack(NOW, SIX_HOURS, NOW.minus(Duration.ofHours(1))))
          .isEqualTo(NOW.plus(SIX_HOURS));
      assertThat(CallBackRules.nextCallBack(NOW, SIX_HOURS, NOW)).isEqualTo(NOW.plus(SIX_HOURS));
    }
  }
}
