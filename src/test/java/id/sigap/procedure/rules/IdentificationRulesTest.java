package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.InboundCriterion;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent;
import id.sigap.procedure.event.CaseEvent.CaseAssessed;
import id.sigap.procedure.event.CaseEvent.MissedFlagRaised;
import id.sigap.procedure.event.EventType;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link IdentificationRules}: R-IN-1, the agent identifies a hard complaint by the checklist
 * (C-IN-1..C-IN-5 or "other" with a reason), and the TL confirms or overturns that flag once (K-1).
 */
class IdentificationRulesTest {

  @Test
  void oneTickedCriterionMakesAHardComplaint_R_IN_1() {
    CaseEvent event =
        accepted(
            IdentificationRules.assess(
                Snapshot.fresh(), AGENT, EnumSet.of(InboundCriterion.C_IN_1), null, 1, NOW));
    assertThat(event.type()).isEqualTo(EventType.CASE_ASSESSED);
    assertThat(event)
        .isInstanceOfSatisfying(
            CaseAssessed.class,
            e -> {
              assertThat(e.hardComplaint()).isTrue();
              assertThat(e.criteriaMet()).isEqualTo(1);
            });
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
            IdentificationRules.assess(
                Snapshot.fresh(), AGENT, EnumSet.of(criterion), null, 1, NOW));
    assertThat(event)
        .isInstanceOfSatisfying(
            CaseAssessed.class,
            e -> {
              assertThat(e.hardComplaint()).isTrue();
              assertThat(e.criteriaMet()).isEqualTo(1);
              assertThat(e.criteria()).contains(criterion.id());
            });
  }

  @Test
  void otherCriterionWithAReasonCounts_R_IN_1() {
    CaseEvent event =
        accepted(
            IdentificationRules.assess(
                Snapshot.fresh(), AGENT, Set.of(), "threatens to post on Facebook", 1, NOW));
    assertThat(((CaseAssessed) event).hardComplaint()).isTrue();
  }

  @Test
  void blankOtherReasonDoesNotCount_R_IN_1() {
    CaseEvent event =
        accepted(IdentificationRules.assess(Snapshot.fresh(), AGENT, Set.of(), "  ", 1, NOW));
    assertThat(((CaseAssessed) event).hardComplaint()).isFalse();
  }

  @Test
  void theMinimumComesFromThePolicy_R_IN_1() {
    CaseEvent event =
        accepted(
            IdentificationRules.assess(
                Snapshot.fresh(), AGENT, EnumSet.of(InboundCriterion.C_IN_4), null, 2, NOW));
    assertThat(((CaseAssessed) event).hardComplaint()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = CaseStatus.class,
      names = {"ESCALATED", "IN_PROGRESS"})
  void afterTheHandIsRaisedOnlyTheTlOverturnsTheFlag_R_IN_1(CaseStatus status) {
    Rejection r =
        refusal(
            IdentificationRules.assess(
                Snapshot.followingUp().with(status), AGENT, Set.of(), null, 1, NOW));
    assertThat(r.rule()).isEqualTo("R-IN-1");
    assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void theTlReviewsTheFlagOnce_R_IN_1_K_1() {
    assertThat(
            accepted(IdentificationRules.reviewFlag(Snapshot.followingUp(), TL, true, null, NOW))
                .type())
        .isEqualTo(EventType.FLAG_CONFIRMED);
    assertThat(
            accepted(IdentificationRules.reviewFlag(Snapshot.followingUp(), TL, false, null, NOW))
                .type())
        .isEqualTo(EventType.FLAG_OVERTURNED);
    assertThat(
            refusal(
                    IdentificationRules.reviewFlag(
                        Snapshot.followingUp().reviewed(true), TL, true, null, NOW))
                .kind())
        .isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void aTlOrQcFlagsAHardComplaintTheAgentMissed_R_C_7() {
    Actor qc = new Actor("qc1", Role.QC, null);
    assertThat(
            accepted(
                IdentificationRules.flagMissed(
                    Snapshot.fresh(), qc, EnumSet.of(InboundCriterion.C_IN_4), null, "BRTI", NOW)))
        .isInstanceOfSatisfying(
            MissedFlagRaised.class,
            e -> {
              assertThat(e.agent()).isEqualTo("agent1");
              assertThat(e.criteria()).containsExactly("C-IN-4");
            });
    assertThat(
            refusal(
                    IdentificationRules.flagMissed(
                        Snapshot.fresh().hard(true),
                        TL,
                        EnumSet.of(InboundCriterion.C_IN_1),
                        null,
                        "n",
                        NOW))
                .rule())
        .isEqualTo("R-C-7");
    assertThat(
            refusal(
                    IdentificationRules.flagMissed(
                        Snapshot.fresh(),
                        AGENT,
                        EnumSet.of(InboundCriterion.C_IN_1),
                        null,
                        "n",
                        NOW))
                .rule())
        .isEqualTo("R-C-7");
    assertThat(
            refusal(
                    IdentificationRules.flagMissed(
                        Snapshot.fresh(),
                        qc,
                        EnumSet.noneOf(InboundCriterion.class),
                        " ",
                        "n",
                        NOW))
                .rule())
        .isEqualTo("R-IN-1");
  }

  @Test
  void anOverturnedFlagMakesANormalComplaintThatClosesWithoutAFinalCallBack_R_C_7() {
    Snapshot overturned = Snapshot.followingUp().hard(false).reviewed(true);
    assertThat(accepted(CallBackRules.close(overturned, TL, "bukan keluhan keras", NOW)).type())
        .isEqualTo(EventType.CASE_CLOSED);
    assertThat(refusal(CallBackRules.close(Snapshot.followingUp(), TL, "r", NOW)).rule())
        .isEqualTo("R-X-1");
    // a case never judged hard nor overturned is not thereby a normal complaint to close
    assertThat(
            refusal(CallBackRules.close(Snapshot.followingUp().hard(false), TL, "r", NOW)).rule())
        .isEqualTo("R-X-1");
  }
}
