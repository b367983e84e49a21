package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.CLUSTER_DESK;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Coordination;
import id.sigap.procedure.CoordinationAnswer;
import id.sigap.procedure.Decision;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.CoordinationAnswered;
import id.sigap.procedure.event.CaseEvent.HandlingTlNamed;
import id.sigap.procedure.event.CaseEvent.PolicyDecisionRequired;
import id.sigap.procedure.event.CaseEvent.ProgressChecked;
import id.sigap.procedure.event.CaseEvent.UnitCoordinated;
import id.sigap.procedure.event.EventType;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link FollowUpRules}, the TL's follow-up with the related units: R-IN-10 the handling TL, a TL
 * of the case's cluster, is named before any follow-up; R-IN-7 a required policy decision is
 * coordinated before the call back; R-IN-11 coordinations and progress checks are documented.
 * Follow-up also waits for a raised hand (R-IN-2), and a promised resolution time (R-IN-12) lies in
 * the future.
 */
class FollowUpRulesTest {

  @Test
  void theHandlingTlMustBeATlOfTheCluster_R_IN_10() {
    Snapshot c = Snapshot.fresh();
    assertThat(accepted(FollowUpRules.nameHandlingTl(c, AGENT, TL, NOW)))
        .isInstanceOfSatisfying(HandlingTlNamed.class, e -> assertThat(e.tl()).isEqualTo("tl1"));
    Actor foreignTl = new Actor("tl2", Role.TEAM_LEADER, "C2");
    assertThat(refusal(FollowUpRules.nameHandlingTl(c, AGENT, foreignTl, NOW)).rule())
        .isEqualTo("R-IN-10");
    assertThat(refusal(FollowUpRules.nameHandlingTl(c, AGENT, AGENT, NOW)).rule())
        .isEqualTo("R-IN-10");
    assertThat(refusal(FollowUpRules.nameHandlingTl(c, AGENT, null, NOW)).rule())
        .isEqualTo("R-IN-10");
  }

  /** Every follow-up action, to prove that all of them wait for the same preconditions. */
  static final List<Function<CaseState, Decision>> FOLLOW_UPS =
      List.of(
          c ->
              FollowUpRules.coordinate(
                  c, TL, RelatedUnit.COMPLAINT_HANDLING, "n", false, null, "K1", TERMS, NOW),
          c -> FollowUpRules.checkProgress(c, TL, "n", NOW),
          c ->
              CallBackRules.callBack(
                  c, TL, CLUSTER_DESK, CallOutcome.REACHED, false, "n", TERMS, NOW),
          c -> FollowUpRules.requirePolicyDecision(c, TL, "n", NOW));

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
  void aPolicyDecisionIsCoordinatedBeforeTheCallBack_R_IN_7() {
    Snapshot needsDecision = Snapshot.followingUp().policy(true, false);
    assertThat(
            refusal(
                    CallBackRules.callBack(
                        needsDecision,
                        TL,
                        CLUSTER_DESK,
                        CallOutcome.REACHED,
                        false,
                        null,
                        TERMS,
                        NOW))
                .rule())
        .isEqualTo("R-IN-7");
    Snapshot coordinated = Snapshot.followingUp().policy(true, true);
    accepted(
        CallBackRules.callBack(
            coordinated, TL, CLUSTER_DESK, CallOutcome.REACHED, false, null, TERMS, NOW));
  }

  @Test
  void theTlMarksThatAPolicyDecisionIsRequired_R_IN_7() {
    assertThat(
            accepted(FollowUpRules.requirePolicyDecision(Snapshot.followingUp(), TL, "tarif", NOW)))
        .isInstanceOfSatisfying(
            PolicyDecisionRequired.class,
            e -> {
              assertThat(e.type()).isEqualTo(EventType.POLICY_DECISION_REQUIRED);
              assertThat(e.actor()).isEqualTo("tl1");
              assertThat(e.note()).isEqualTo("tarif");
            });
  }

  @Test
  void coordinationsAndProgressChecksAreDocumented_R_IN_11() {
    assertThat(
            accepted(
                FollowUpRules.coordinate(
                    Snapshot.followingUp(),
                    TL,
                    RelatedUnit.LIAISON_OFFICER,
                    "asked LO",
                    false,
                    null,
                    "K1",
                    TERMS,
                    NOW)))
        .isInstanceOfSatisfying(
            UnitCoordinated.class,
            e -> {
              assertThat(e.type()).isEqualTo(EventType.UNIT_COORDINATED);
              assertThat(e.actor()).isEqualTo("tl1");
              assertThat(e.at()).isEqualTo(NOW);
              assertThat(e.unit()).isEqualTo("LIAISON_OFFICER");
              assertThat(e.note()).isEqualTo("asked LO");
              assertThat(e.promisedResolutionAt()).isNull();
            });
    assertThat(accepted(FollowUpRules.checkProgress(Snapshot.followingUp(), TL, "on it", NOW)))
        .isInstanceOfSatisfying(
            ProgressChecked.class,
            e -> {
              assertThat(e.type()).isEqualTo(EventType.PROGRESS_CHECKED);
              assertThat(e.actor()).isEqualTo("tl1");
              assertThat(e.at()).isEqualTo(NOW);
              assertThat(e.note()).isEqualTo("on it");
            });
  }

  @Test
  void aBlankNoteIsNotRecorded_R_IN_11() {
    assertThat(accepted(FollowUpRules.checkProgress(Snapshot.followingUp(), TL, "  ", NOW)))
        .isInstanceOfSatisfying(ProgressChecked.class, e -> assertThat(e.note()).isNull());
    assertThat(
            accepted(
                FollowUpRules.coordinate(
                    Snapshot.followingUp(),
                    TL,
                    RelatedUnit.OTHER,
                    " ",
                    false,
                    null,
                    "K1",
                    TERMS,
                    NOW)))
        .isInstanceOfSatisfying(UnitCoordinated.class, e -> assertThat(e.note()).isNull());
  }

  @Test
  void aPromisedResolutionTimeLiesInTheFuture_R_IN_12() {
    Decision past =
        FollowUpRules.coordinate(
            Snapshot.followingUp(),
            TL,
            RelatedUnit.MANAGER,
            "n",
            false,
            NOW.minusSeconds(1),
            "K1",
            TERMS,
            NOW);
    assertThat(refusal(past).rule()).isEqualTo("R-IN-12");
    Decision future =
        FollowUpRules.coordinate(
            Snapshot.followingUp(),
            TL,
            RelatedUnit.MANAGER,
            "n",
            true,
            NOW.plusSeconds(3600),
            "K1",
            TERMS,
            NOW);
    assertThat(accepted(future))
        .isInstanceOfSatisfying(
            UnitCoordinated.class,
            e -> {
              assertThat(e.promisedResolutionAt()).isEqualTo(Instant.parse("2026-11-29T04:00:00Z"));
              assertThat(e.policyDecision()).isTrue();
            });
  }

  @Test
  void theUnitAddressedAnswersOnceAndAnAnswerSettlesThePolicyDecision_R_C_5() {
    Actor lo = new Actor("lo1", Role.LIAISON_OFFICER, null);
    Coordination asked = new Coordination("K1", RelatedUnit.COMPLAINT_HANDLING, true, "tl1", false);
    CoordinationAnswered answered =
        (CoordinationAnswered)
            accepted(
                FollowUpRules.answerCoordination(
                    Snapshot.followingUp(),
                    lo,
                    Set.of(RelatedUnit.COMPLAINT_HANDLING),
                    asked,
                    CoordinationAnswer.ACCEPTED,
                    null,
                    null,
                    TERMS,
                    NOW));
    assertThat(answered.settlesPolicyDecision()).isTrue();
    assertThat(answered.alertFor()).containsExactly("tl1");
    assertThat(
            refusal(
                    FollowUpRules.answerCoordination(
                        Snapshot.followingUp(),
                        lo,
                        Set.of(RelatedUnit.LIAISON_OFFICER),
                        asked,
                        CoordinationAnswer.ACCEPTED,
                        null,
                        null,
                        TERMS,
                        NOW))
                .title())
        .isEqualTo("Addressed to another unit");
    Coordination done = new Coordination("K1", RelatedUnit.COMPLAINT_HANDLING, true, "tl1", true);
    assertThat(
            refusal(
                    FollowUpRules.answerCoordination(
                        Snapshot.followingUp(),
                        lo,
                        Set.of(RelatedUnit.COMPLAINT_HANDLING),
                        done,
                        CoordinationAnswer.ACCEPTED,
                        null,
                        null,
                        TERMS,
                        NOW))
                .rule())
        .isEqualTo("R-C-5");
    CoordinationAnswered declined =
        (CoordinationAnswered)
            accepted(
                FollowUpRules.answerCoordination(
                    Snapshot.followingUp(),
                    lo,
                    Set.of(RelatedUnit.COMPLAINT_HANDLING),
                    asked,
                    CoordinationAnswer.DECLINED,
                    "bukan wewenang kami",
                    null,
                    TERMS,
                    NOW));
    assertThat(declined.settlesPolicyDecision()).isFalse();
  }

  @Test
  void qcTheSpvAndTheManagerAcknowledgeTheDocumentedFollowUpOnce_R_C_6() {
    Actor qc = new Actor("qc1", Role.QC, null);
    assertThat(
            accepted(FollowUpRules.acknowledgeFollowUp(Snapshot.followingUp(), qc, null, NOW))
                .type())
        .isEqualTo(EventType.FOLLOW_UP_ACKNOWLEDGED);
    assertThat(
            accepted(
                    FollowUpRules.acknowledgeFollowUp(
                        Snapshot.followingUp().with(CaseStatus.CLOSED), qc, null, NOW))
                .type())
        .isEqualTo(EventType.FOLLOW_UP_ACKNOWLEDGED);
    assertThat(
            refusal(FollowUpRules.acknowledgeFollowUp(Snapshot.followingUp(), TL, null, NOW))
                .rule())
        .isEqualTo("R-C-6");
    assertThat(
            refusal(
                    FollowUpRules.acknowledgeFollowUp(
                        Snapshot.followingUp().with(CaseStatus.ESCALATED), qc, null, NOW))
                .rule())
        .isEqualTo("R-C-6");
    assertThat(AllowedActions.of(Snapshot.followingUp(), qc, 3)).contains("acknowledge-follow-up");
  }
}
