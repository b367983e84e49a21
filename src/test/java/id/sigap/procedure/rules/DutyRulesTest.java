package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.DutyKind;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.event.CaseEvent.CallbackOverdue;
import id.sigap.procedure.event.CaseEvent.EscalationRerouted;
import id.sigap.procedure.event.CaseEvent.ProgressCheckOverdue;
import id.sigap.procedure.event.EventType;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import id.sigap.procedure.rules.DutyRules.Firing;
import id.sigap.procedure.rules.FloorRules.Route;
import id.sigap.procedure.rules.FloorRules.RouteReason;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link DutyRules}, what a duty that fell due does: R-X-2 a hand not acknowledged in time moves to
 * the cluster's backup TL, then to the supervisor; R-X-5 an overdue progress check (R-IN-11) or
 * call back (R-IN-12) alerts the handling TL, and from the second interval on the supervisor.
 */
class DutyRulesTest {

  static final String REVISION = "2026-11";

  /** R-X-2: the acknowledgement target ran out on a raised hand. */
  @Nested
  class AcknowledgeOverdue {

    static final Duration TARGET = Duration.ofSeconds(30);
    static final Instant DUE = NOW.minusSeconds(1);

    static final Route TO_TL2 =
        new Route("tl2", RouteReason.CLUSTER_DESK_TL_DID_NOT_ANSWER, "WS-C1-01", "C1", "note");
    static final Route TO_SPV1 = new Route("spv1", RouteReason.SUPERVISOR, null, "C1", "note");
    static final Route TO_NOBODY = new Route(null, null, null, "C1", null);

    Firing fire(Snapshot c, String escalationId, Route route) {
      return DutyRules.acknowledgeOverdue(c, escalationId, DUE, TARGET, route, REVISION, NOW);
    }

    @Test
    void theHandMovesToTheBackupTlWhoGetsTheSameTime_R_X_2() {
      Firing firing = fire(Snapshot.raised(), "E1", TO_TL2);
      assertThat(firing.event())
          .get()
          .isInstanceOfSatisfying(
              EscalationRerouted.class,
              e -> {
                assertThat(e.type()).isEqualTo(EventType.ESCALATION_REROUTED);
                assertThat(e.actor()).isEqualTo(DutyRules.SYSTEM);
                assertThat(e.at()).isEqualTo(NOW);
                assertThat(e.escalationId()).isEqualTo("E1");
                assertThat(e.from()).isEqualTo("tl1");
                assertThat(e.targetTl()).isEqualTo("tl2");
                assertThat(e.addressedTo()).contains("tl2");
                assertThat(e.reason()).contains("R-X-2").contains(TARGET.toString());
                assertThat(e.dueAt()).isEqualTo(DUE);
                assertThat(e.policyRevision()).isEqualTo(REVISION);
                assertThat(e.routeReason()).isEqualTo("CLUSTER_DESK_TL_DID_NOT_ANSWER");
              });
      assertThat(firing.nextDueAt()).contains(NOW.plus(TARGET));
    }

    @Test
    void onlyTheNewAddresseesTabletSounds_R_X_2_R_F_5() {
      assertThat(fire(Snapshot.raised(), "E1", TO_TL2).event())
          .get()
          .isInstanceOfSatisfying(
              EscalationRerouted.class, e -> assertThat(e.alertFor()).containsExactly("tl2"));
      assertThat(fire(Snapshot.raised(), "E1", TO_SPV1).event())
          .get()
          .isInstanceOfSatisfying(
              EscalationRerouted.class, e -> assertThat(e.alertFor()).containsExactly("spv1"));
    }

    @Test
    void withoutABackupTheSupervisorTakesItAndTheDutyEnds_R_X_2() {
      Firing firing = fire(Snapshot.raised(), "E1", TO_SPV1);
      assertThat(firing.event())
          .get()
          .isInstanceOfSatisfying(
              EscalationRerouted.class,
              e -> {
                assertThat(e.from()).isEqualTo("tl1");
                assertThat(e.targetTl()).isEqualTo("spv1");
              });
      assertThat(firing.nextDueAt()).isEmpty();
    }

    @Test
    void whenTheBackupLetItWaitTheSupervisorTakesIt_R_X_2() {
      Snapshot atBackup =
          Snapshot.raised()
              .withHand(new EscalationState("E1", EscalationStatus.RAISED, "agent1", "tl2"));
      Firing firing = fire(atBackup, "E1", TO_SPV1);
      assertThat(firing.event())
          .get()
          .isInstanceOfSatisfying(
              EscalationRerouted.class,
              e -> {
                assertThat(e.from()).isEqualTo("tl2");
                assertThat(e.targetTl()).isEqualTo("spv1");
              });
      assertThat(firing.nextDueAt()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
        value = EscalationStatus.class,
        names = {"LISTENING", "AT_WORKSTATION"})
    void anAcknowledgedHandClearsTheDuty_R_X_2(EscalationStatus status) {
      Snapshot acknowledged = Snapshot.raised().withHand(Snapshot.hand(status));
      assertCleared(fire(acknowledged, "E1", TO_TL2));
    }

    @Test
    void aHandThatIsNotTheCurrentOneClearsTheDuty_R_X_2() {
      assertCleared(fire(Snapshot.raised(), "E0", TO_TL2));
      assertCleared(fire(Snapshot.fresh(), "E1", TO_TL2));
    }

    @Test
    void aClosedCaseClearsTheDuty_R_X_2() {
      assertCleared(fire(Snapshot.raised().with(CaseStatus.CLOSED), "E1", TO_TL2));
    }

    @Test
    void nothingHappensWhenNobodyElseCanTakeTheHand_R_X_2() {
      assertCleared(fire(Snapshot.raised(), "E1", TO_NOBODY));
      assertCleared(
          fire(
              Snapshot.raised(), "E1", new Route("tl1", RouteReason.SUPERVISOR, null, "C1", null)));
    }
  }

  /** R-X-5: the progress check or the call back is overdue. */
  @Nested
  class FollowUpOverdue {

    static final Duration INTERVAL = Duration.ofHours(1);
    static final Instant DUE = NOW.minus(Duration.ofMinutes(1));

    Firing fire(DutyKind kind, int stage, Instant dueAt) {
      return DutyRules.followUpOverdue(
          Snapshot.followingUp(),
          kind,
          stage,
          dueAt,
          INTERVAL,
          "spv1",
          "manager1",
          REVISION,
          TERMS.quietHours(),
          TERMS.zone(),
          NOW);
    }

    @Test
    void theFirstAlertGoesToTheHandlingTlAlone_R_X_5() {
      Firing firing = fire(DutyKind.PROGRESS_CHECK, 0, DUE);
      assertThat(firing.event())
          .get()
          .isInstanceOfSatisfying(
              ProgressCheckOverdue.class,
              e -> {
                assertThat(e.type()).isEqualTo(EventType.PROGRESS_CHECK_OVERDUE);
                assertThat(e.actor()).isEqualTo(DutyRules.SYSTEM);
                assertThat(e.at()).isEqualTo(NOW);
                assertThat(e.dueAt()).isEqualTo(DUE);
                assertThat(e.handlingTl()).isEqualTo("tl1");
                assertThat(e.alerted()).isEqualTo("TEAM_LEADER");
                assertThat(e.supervisor()).isNull();
                assertThat(e.alertFor()).containsExactly("tl1");
                assertThat(e.overdueCount()).isEqualTo(1);
                assertThat(e.policyRevision()).isEqualTo(REVISION);
              });
      assertThat(firing.nextDueAt()).contains(DUE.plus(INTERVAL));
    }

    @Test
    void fromTheSecondIntervalOnTheSupervisorIsAlerted_R_X_5() {
      Firing firing = fire(DutyKind.CALLBACK, 1, DUE);
      assertThat(firing.event())
          .get()
          .isInstanceOfSatisfying(
              CallbackOverdue.class,
              e -> {
                assertThat(e.type()).isEqualTo(EventType.CALLBACK_OVERDUE);
                assertThat(e.handlingTl()).isEqualTo("tl1");
                assertThat(e.alerted()).isEqualTo("SUPERVISOR");
                assertThat(e.supervisor()).isEqualTo("spv1");
                assertThat(e.alertFor()).containsExactly("spv1");
                assertThat(e.overdueCount()).isEqualTo(2);
              });
      assertThat(
              fire(DutyKind.PROGRESS_CHECK, 4, DUE)
                  .event()
                  .map(e -> ((ProgressCheckOverdue) e).overdueCount()))
          .contains(5);
    }

    @ParameterizedTest
    @EnumSource(
        value = DutyKind.class,
        names = {"PROGRESS_CHECK", "CALLBACK"})
    void theLadderAlertsOnlyTheTlThenTheSupervisorThenTheManager_R_F_5(DutyKind kind) {
      assertThat(alertFor(fire(kind, 0, DUE))).containsExactly("tl1");
      assertThat(alertFor(fire(kind, 1, DUE))).containsExactly("spv1");
      assertThat(alertFor(fire(kind, 2, DUE))).containsExactly("manager1");
      assertThat(alertFor(fire(kind, 5, DUE))).containsExactly("manager1");
      assertThat(alerted(fire(kind, 2, DUE))).isEqualTo("MANAGER");
      // nobody to alert at a stage: no tablet sounds, the timeline still says it is overdue
      Firing noManager =
          DutyRules.followUpOverdue(
              Snapshot.followingUp(),
              kind,
              2,
              DUE,
              INTERVAL,
              "spv1",
              null,
              REVISION,
              TERMS.quietHours(),
              TERMS.zone(),
              NOW);
      assertThat(alertFor(noManager)).isEmpty();
    }

    static java.util.List<String> alertFor(Firing firing) {
      return firing
          .event()
          .map(
              e ->
                  e instanceof ProgressCheckOverdue p
                      ? p.alertFor()
                      : ((CallbackOverdue) e).alertFor())
          .orElseThrow();
    }

    static String alerted(Firing firing) {
      return firing
          .event()
          .map(
              e ->
                  e instanceof ProgressCheckOverdue p
                      ? p.alerted()
                      : ((CallbackOverdue) e).alerted())
          .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(
        value = DutyKind.class,
        names = {"PROGRESS_CHECK", "CALLBACK"})
    void theEventSaysWhichDutyIsOverdue_R_X_5(DutyKind kind) {
      EventType expected =
          kind == DutyKind.PROGRESS_CHECK
              ? EventType.PROGRESS_CHECK_OVERDUE
              : EventType.CALLBACK_OVERDUE;
      assertThat(fire(kind, 0, DUE).event()).get().extracting(e -> e.type()).isEqualTo(expected);
      assertThat(fire(kind, 1, DUE).event()).get().extracting(e -> e.type()).isEqualTo(expected);
    }

    @Test
    void afterALongOutageTheNextAlertIsOneIntervalFromNow_R_X_5() {
      Instant longAgo = NOW.minus(Duration.ofHours(5));
      assertThat(fire(DutyKind.PROGRESS_CHECK, 0, longAgo).nextDueAt())
          .contains(NOW.plus(INTERVAL));
      Instant exactlyOneIntervalAgo = NOW.minus(INTERVAL);
      assertThat(fire(DutyKind.CALLBACK, 2, exactlyOneIntervalAgo).nextDueAt())
          .contains(NOW.plus(INTERVAL));
    }

    @ParameterizedTest
    @EnumSource(
        value = DutyKind.class,
        names = {"PROGRESS_CHECK", "CALLBACK"})
    void aClosedCaseClearsTheDuty_R_X_5(DutyKind kind) {
      assertCleared(
          DutyRules.followUpOverdue(
              Snapshot.followingUp().with(CaseStatus.CLOSED),
              kind,
              1,
              DUE,
              INTERVAL,
              "spv1",
              "manager1",
              REVISION,
              TERMS.quietHours(),
              TERMS.zone(),
              NOW));
    }
  }

  static void assertCleared(Firing firing) {
    assertThat(firing.event()).isEmpty();
    assertThat(firing.nextDueAt()).isEmpty();
  }
}
