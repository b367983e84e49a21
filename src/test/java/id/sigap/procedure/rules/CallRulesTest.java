package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.CLUSTER_DESK;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.TL_EXTENSION;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallBackTerms;
import id.sigap.procedure.CallEnd;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.QuietHours;
import id.sigap.procedure.Role;
import id.sigap.procedure.UnreachedClosing;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.CallBackRescheduled;
import id.sigap.procedure.event.CaseEvent.CallEnded;
import id.sigap.procedure.event.CaseEvent.CallbackOverdue;
import id.sigap.procedure.event.CaseEvent.CustomerChoiceRecorded;
import id.sigap.procedure.event.CaseEvent.UnreachedClosingRequested;
import id.sigap.procedure.event.EventType;
import id.sigap.procedure.rules.CaseSnapshots.OnCall;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The live call and the call backs after it (SPEC section 9): R-C-1 how the call ended, R-C-2 the
 * customer's choice in the seed's order and the first call back, R-C-3 quiet hours in the center's
 * zone (Asia/Jakarta, 21:00-07:00 by default) and moving a call back, R-C-4 an unreachable
 * customer. {@code NOW} is 10:00 in Jakarta.
 */
class CallRulesTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Actor OTHER_AGENT = new Actor("agent9", Role.AGENT, "C1");
  static final Actor SPV = new Actor("spv1", Role.SUPERVISOR, null);

  /** A time in the center's zone on the day {@code days} after NOW's. */
  static Instant jakarta(int days, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, 29 + days, hour, minute, 0, 0, JAKARTA).toInstant();
  }

  static OnCall atTheDesk() {
    return OnCall.of(Snapshot.followingUp());
  }

  @Nested
  class CallEnds {

    @Test
    void theAgentEndsTheCallForTheTlToFollowUpAndTheFirstCallBackIsDueSoon_R_C_1_R_C_2() {
      CaseEvent e =
          accepted(
              CallRules.endCall(
                  atTheDesk(), AGENT, CallEnd.CLOSED_FOR_FOLLOW_UP, null, TERMS, NOW));
      assertThat(e)
          .isInstanceOfSatisfying(
              CallEnded.class,
              ended -> {
                assertThat(ended.how()).isEqualTo("CLOSED_FOR_FOLLOW_UP");
                assertThat(ended.callBackDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
                assertThat(ended.movedFromQuietHours()).isNull();
              });
    }

    @Test
    void beforeTheTlCameTheHandIsWithdrawnInstead_R_C_1() {
      OnCall raised = OnCall.of(Snapshot.raised());
      assertThat(
              refusal(
                      CallRules.endCall(
                          raised, AGENT, CallEnd.CLOSED_FOR_FOLLOW_UP, null, TERMS, NOW))
                  .rule())
          .isEqualTo("R-C-1");
      OnCall listening =
          OnCall.of(Snapshot.raised().withHand(Snapshot.hand(EscalationStatus.LISTENING)));
      assertThat(
              refusal(
                      CallRules.endCall(
                          listening, AGENT, CallEnd.CLOSED_FOR_FOLLOW_UP, null, TERMS, NOW))
                  .detail())
          .contains("withdraw");
      // the TL who took the call over from the desk ends it
      assertThat(
              accepted(CallRules.endCall(listening, TL, CallEnd.ENDED_WITH_TL, null, TERMS, NOW))
                  .type())
          .isEqualTo(EventType.CALL_ENDED);
      OnCall withdrawn =
          OnCall.of(Snapshot.raised().withHand(Snapshot.hand(EscalationStatus.WITHDRAWN)));
      assertThat(
              refusal(
                      CallRules.endCall(
                          withdrawn, AGENT, CallEnd.CLOSED_FOR_FOLLOW_UP, null, TERMS, NOW))
                  .rule())
          .isEqualTo("R-C-1");
    }

    @Test
    void aCallEndsOnceAndOnlyForThoseOnIt_R_C_1() {
      assertThat(
              refusal(
                      CallRules.endCall(
                          atTheDesk().endedAt(NOW), AGENT, CallEnd.ENDED_WITH_TL, null, TERMS, NOW))
                  .rule())
          .isEqualTo("R-C-1");
      assertThat(
              refusal(
                      CallRules.endCall(
                          atTheDesk(), OTHER_AGENT, CallEnd.ENDED_WITH_TL, null, TERMS, NOW))
                  .rule())
          .isEqualTo("R-C-1");
    }

    @Test
    void aCallThatWentOnWithTheTlStartsTheRegularInterval_R_C_1_R_IN_12() {
      CallEnded e =
          (CallEnded)
              accepted(
                  CallRules.endCall(
                      atTheDesk().chose(CustomerChoice.TRANSFER),
                      AGENT,
                      CallEnd.ENDED_WITH_TL,
                      null,
                      TERMS,
                      NOW));
      assertThat(e.callBackDueAt()).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }
  }

  @Nested
  class Choice {

    @Test
    void aCallBackAgreedIsDueWithinFifteenMinutesOfTheCallsEnd_R_C_2() {
      Instant ended = NOW.minus(Duration.ofMinutes(5));
      CustomerChoiceRecorded e =
          (CustomerChoiceRecorded)
              accepted(
                  CallRules.recordChoice(
                      atTheDesk().endedAt(ended),
                      AGENT,
                      CustomerChoice.CALL_BACK,
                      null,
                      TERMS,
                      NOW));
      assertThat(e.choice()).isEqualTo("CALL_BACK");
      assertThat(e.callBackDueAt()).isEqualTo(ended.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theTimeTheCustomerAgreedIsKeptEvenInTheQuietHours_R_C_2_R_C_3() {
      Instant tonight = jakarta(0, 22, 30);
      CustomerChoiceRecorded e =
          (CustomerChoiceRecorded)
              accepted(
                  CallRules.recordChoice(
                      atTheDesk(), AGENT, CustomerChoice.CALL_BACK, tonight, TERMS, NOW));
      assertThat(e.callBackDueAt()).isEqualTo(tonight);
      assertThat(e.movedFromQuietHours()).isNull();
      // the call's end does not move what the customer agreed
      CallEnded ended =
          (CallEnded)
              accepted(
                  CallRules.endCall(
                      atTheDesk().chose(CustomerChoice.CALL_BACK).agreedAt(tonight).dueAt(tonight),
                      AGENT,
                      CallEnd.CLOSED_FOR_FOLLOW_UP,
                      null,
                      TERMS,
                      NOW));
      assertThat(ended.callBackDueAt()).isNull();
    }

    @Test
    void anAgreedTimeInThePastOrAYearAheadIsRefused_R_C_2() {
      for (Instant bad : new Instant[] {NOW.minusSeconds(60), NOW.plus(Duration.ofDays(365))}) {
        assertThat(
                refusal(
                        CallRules.recordChoice(
                            atTheDesk(), AGENT, CustomerChoice.CALL_BACK, bad, TERMS, NOW))
                    .rule())
            .isEqualTo("R-C-2");
      }
      assertThat(
              refusal(
                      CallRules.recordChoice(
                          atTheDesk(),
                          AGENT,
                          CustomerChoice.TRANSFER,
                          NOW.plusSeconds(600),
                          TERMS,
                          NOW))
                  .rule())
          .isEqualTo("R-C-2");
    }

    @Test
    void theChoiceIsRecordedOnce_R_C_2() {
      assertThat(
              refusal(
                      CallRules.recordChoice(
                          atTheDesk().chose(CustomerChoice.CALL_BACK),
                          TL,
                          CustomerChoice.TRANSFER,
                          null,
                          TERMS,
                          NOW))
                  .rule())
          .isEqualTo("R-C-2");
    }

    @Test
    void noTransferBeforeADeclinedCallBackNoWorkstationServiceBeforeADeclinedTransfer_R_C_2() {
      assertThat(refusal(CallBackRules.transfer(atTheDesk(), AGENT, TL_EXTENSION, NOW)).rule())
          .isEqualTo("R-C-2");
      assertThat(
              refusal(
                      CallBackRules.transfer(
                          atTheDesk().chose(CustomerChoice.CALL_BACK), AGENT, TL_EXTENSION, NOW))
                  .rule())
          .isEqualTo("R-C-2");
      assertThat(
              refusal(
                      CallBackRules.serveAtWorkstation(
                          atTheDesk().chose(CustomerChoice.TRANSFER), TL, "plan", NOW))
                  .rule())
          .isEqualTo("R-C-2");
      assertThat(
              accepted(
                      CallBackRules.serveAtWorkstation(
                          atTheDesk().chose(CustomerChoice.WORKSTATION), TL, "plan", NOW))
                  .type())
          .isEqualTo(EventType.SERVED_AT_WORKSTATION);
    }

    @Test
    void aTransferNeedsTheCustomerStillOnTheLine_R_C_2() {
      assertThat(
              refusal(
                      CallRules.recordChoice(
                          atTheDesk().endedAt(NOW),
                          AGENT,
                          CustomerChoice.TRANSFER,
                          null,
                          TERMS,
                          NOW))
                  .rule())
          .isEqualTo("R-C-2");
    }

    @Test
    void aFirstCallBackThatWouldFallInTheQuietHoursMovesToTheirEnd_R_C_2_R_C_3() {
      Instant lateCall = jakarta(0, 20, 50);
      CallEnded e =
          (CallEnded)
              accepted(
                  CallRules.endCall(
                      atTheDesk().chose(CustomerChoice.CALL_BACK),
                      AGENT,
                      CallEnd.CLOSED_FOR_FOLLOW_UP,
                      null,
                      TERMS,
                      lateCall));
      assertThat(e.movedFromQuietHours()).isEqualTo(jakarta(0, 21, 5));
      assertThat(e.callBackDueAt()).isEqualTo(jakarta(1, 7, 0));
    }
  }

  @Nested
  class Quiet {

    QuietHours night = QuietHours.parse("21:00-07:00").orElseThrow();

    @Test
    void quietHoursRunAcrossMidnightInTheCentersZone_R_C_3() {
      assertThat(night.contains(jakarta(0, 23, 30), JAKARTA)).isTrue();
      assertThat(night.contains(jakarta(1, 6, 59), JAKARTA)).isTrue();
      assertThat(night.contains(jakarta(0, 21, 0), JAKARTA)).isTrue();
      assertThat(night.contains(jakarta(1, 7, 0), JAKARTA)).isFalse();
      assertThat(night.contains(jakarta(0, 20, 59), JAKARTA)).isFalse();
      // 23:30 in Jakarta is 16:30 UTC: the zone, not UTC, decides
      assertThat(night.contains(jakarta(0, 23, 30), ZoneId.of("UTC"))).isFalse();
      assertThat(night.endAfter(jakarta(0, 23, 30), JAKARTA)).isEqualTo(jakarta(1, 7, 0));
      assertThat(night.endAfter(jakarta(1, 2, 0), JAKARTA)).isEqualTo(jakarta(1, 7, 0));
      assertThat(night.endAfter(jakarta(0, 12, 0), JAKARTA)).isEqualTo(jakarta(0, 12, 0));
      QuietHours lunch = QuietHours.parse("12:00-13:00").orElseThrow();
      assertThat(lunch.endAfter(jakarta(0, 12, 30), JAKARTA)).isEqualTo(jakarta(0, 13, 0));
    }

    @Test
    void quietHoursThatAreNotARangeAreRefused_R_C_3() {
      for (String bad : new String[] {"25:00-07:00", "07:00-07:00", "21-7", "21:00", "", null}) {
        assertThat(QuietHours.parse(bad)).as(bad).isEmpty();
      }
      assertThat(QuietHours.parse("none").orElseThrow().contains(jakarta(0, 23, 0), JAKARTA))
          .isFalse();
    }

    @Test
    void aPolicyRevisionWithOtherQuietHoursMovesOtherTimes_R_C_3() {
      CallBackTerms later =
          new CallBackTerms(
              TERMS.firstWithin(),
              TERMS.interval(),
              QuietHours.parse("22:00-06:00").orElseThrow(),
              JAKARTA,
              TERMS.agreedHorizon(),
              TERMS.attempts());
      Instant nine = jakarta(0, 21, 30);
      assertThat(CallBackSchedule.due(nine, false, TERMS).at()).isEqualTo(jakarta(1, 7, 0));
      assertThat(CallBackSchedule.due(nine, false, later).at()).isEqualTo(nine);
    }

    @Test
    void theTlMovesTheNextCallBackWithAReason_R_C_3() {
      OnCall c = atTheDesk().dueAt(NOW.plus(Duration.ofHours(1)));
      CallBackRescheduled e =
          (CallBackRescheduled)
              accepted(
                  CallBackRules.reschedule(
                      c, TL, NOW.plus(Duration.ofHours(3)), "unit asked", false, TERMS, NOW));
      assertThat(e.previousDueAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
      assertThat(e.callBackDueAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
      // into the quiet hours without the customer's agreement: moved to their end
      CallBackRescheduled night =
          (CallBackRescheduled)
              accepted(
                  CallBackRules.reschedule(
                      c,
                      TL,
                      jakarta(0, 15, 30).plus(Duration.ofHours(6)),
                      "r",
                      false,
                      TERMS,
                      jakarta(0, 15, 30)));
      assertThat(night.callBackDueAt()).isEqualTo(jakarta(1, 7, 0));
      assertThat(night.movedFromQuietHours()).isEqualTo(jakarta(0, 21, 30));
    }

    @Test
    void laterThanTheIntervalOnlyWhenTheCustomerAgreed_R_C_3() {
      Instant unitPromise = NOW.plus(Duration.ofDays(2));
      assertThat(
              refusal(
                      CallBackRules.reschedule(
                          atTheDesk(), TL, unitPromise, "unit promise", false, TERMS, NOW))
                  .rule())
          .isEqualTo("R-C-3");
      CallBackRescheduled agreed =
          (CallBackRescheduled)
              accepted(
                  CallBackRules.reschedule(
                      atTheDesk(), TL, unitPromise, "sesuai waktu unit", true, TERMS, NOW));
      assertThat(agreed.callBackDueAt()).isEqualTo(unitPromise);
      assertThat(agreed.agreedWithCustomer()).isTrue();
      for (Instant bad : new Instant[] {NOW.minusSeconds(1), NOW.plus(Duration.ofDays(365))}) {
        assertThat(
                refusal(CallBackRules.reschedule(atTheDesk(), TL, bad, "r", true, TERMS, NOW))
                    .rule())
            .isEqualTo("R-C-3");
      }
    }

    @Test
    void anOverdueCallBacksNextReminderWaitsForTheMorning_R_C_3() {
      Instant due = jakarta(0, 18, 0);
      DutyRules.Firing f =
          DutyRules.followUpOverdue(
              Snapshot.followingUp(),
              DutyKind.CALLBACK,
              0,
              due,
              Duration.ofHours(6),
              "spv1",
              "manager1",
              "W-10 rev 02",
              TERMS.quietHours(),
              JAKARTA,
              due);
      assertThat(f.event().orElseThrow()).isInstanceOf(CallbackOverdue.class);
      assertThat(f.nextDueAt()).contains(jakarta(1, 7, 0));
      DutyRules.Firing check =
          DutyRules.followUpOverdue(
              Snapshot.followingUp(),
              DutyKind.PROGRESS_CHECK,
              0,
              due,
              Duration.ofHours(6),
              "spv1",
              "manager1",
              "W-10 rev 02",
              TERMS.quietHours(),
              JAKARTA,
              due);
      assertThat(check.nextDueAt()).contains(jakarta(1, 0, 0));
    }
  }

  @Nested
  class Unreachable {

    @Test
    void unansweredCallBacksAreCountedInARow_R_C_4() {
      CallBackMade missed =
          (CallBackMade)
              accepted(
                  CallBackRules.callBack(
                      atTheDesk().unreached(2),
                      TL,
                      CLUSTER_DESK,
                      CallOutcome.NO_ANSWER,
                      false,
                      null,
                      TERMS,
                      NOW));
      assertThat(missed.unreachedInARow()).isEqualTo(3);
      assertThat(missed.callBackDueAt()).isNull();
      CallBackMade reached =
          (CallBackMade)
              accepted(
                  CallBackRules.callBack(
                      atTheDesk().unreached(2),
                      TL,
                      CLUSTER_DESK,
                      CallOutcome.REACHED,
                      false,
                      null,
                      TERMS,
                      NOW));
      assertThat(reached.unreachedInARow()).isZero();
      assertThat(reached.callBackDueAt()).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void closingUnreachedIsAskedOnlyAfterThePolicysAttempts_R_C_4() {
      assertThat(
              refusal(
                      CallBackRules.requestUnreachedClosing(
                          atTheDesk().unreached(2), TL, "no answer", "spv1", TERMS, NOW))
                  .rule())
          .isEqualTo("R-C-4");
      UnreachedClosingRequested asked =
          (UnreachedClosingRequested)
              accepted(
                  CallBackRules.requestUnreachedClosing(
                      atTheDesk().unreached(3), TL, "no answer", "spv1", TERMS, NOW));
      assertThat(asked.alertFor()).containsExactly("spv1");
      assertThat(asked.attempts()).isEqualTo(3);
      assertThat(
              refusal(
                      CallBackRules.requestUnreachedClosing(
                          atTheDesk().unreached(3), TL, "no answer", null, TERMS, NOW))
                  .title())
          .isEqualTo("No SPV on shift");
      assertThat(
              refusal(
                      CallBackRules.requestUnreachedClosing(
                          atTheDesk().unreached(4).closing(UnreachedClosing.Status.REQUESTED),
                          TL,
                          "again",
                          "spv1",
                          TERMS,
                          NOW))
                  .rule())
          .isEqualTo("R-C-4");
    }

    @Test
    void onlyAnSpvOnShiftAnswersAndOnlyOnce_R_C_4() {
      OnCall asked = atTheDesk().unreached(3).closing(UnreachedClosing.Status.REQUESTED);
      assertThat(
              refusal(
                      CallBackRules.answerUnreachedClosing(
                          asked, SPV, Set.of("spv2"), true, null, NOW))
                  .rule())
          .isEqualTo("R-C-4");
      assertThat(
              refusal(
                      CallBackRules.answerUnreachedClosing(
                          asked, TL, Set.of("tl1"), true, null, NOW))
                  .rule())
          .isEqualTo("R-C-4");
      assertThat(
              refusal(
                      CallBackRules.answerUnreachedClosing(
                          asked, SPV, Set.of("spv1"), false, " ", NOW))
                  .title())
          .isEqualTo("Reason missing");
      assertThat(
              accepted(
                      CallBackRules.answerUnreachedClosing(
                          asked, SPV, Set.of("spv1"), true, null, NOW))
                  .type())
          .isEqualTo(EventType.UNREACHED_CLOSING_APPROVED);
      assertThat(
              refusal(
                      CallBackRules.answerUnreachedClosing(
                          atTheDesk().closing(UnreachedClosing.Status.APPROVED),
                          SPV,
                          Set.of("spv1"),
                          true,
                          null,
                          NOW))
                  .rule())
          .isEqualTo("R-C-4");
    }

    @Test
    void theApprovalTakesThePlaceOfTheFinalCallBack_R_C_4_R_X_1() {
      assertThat(
              accepted(
                      CallBackRules.close(
                          atTheDesk().closing(UnreachedClosing.Status.APPROVED), TL, "r", NOW))
                  .type())
          .isEqualTo(EventType.CASE_CLOSED);
      assertThat(
              refusal(
                      CallBackRules.close(
                          atTheDesk().closing(UnreachedClosing.Status.DECLINED), TL, "r", NOW))
                  .rule())
          .isEqualTo("R-X-1");
    }
  }
}
