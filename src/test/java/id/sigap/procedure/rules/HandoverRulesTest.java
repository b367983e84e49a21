package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.ATTEMPTS;
import static id.sigap.procedure.rules.CaseSnapshots.CLUSTER_DESK;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.OTHER_TL;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CaseState;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.HandoverReason;
import id.sigap.procedure.PendingHandover;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.HandoverAccepted;
import id.sigap.procedure.event.CaseEvent.HandoverDeclined;
import id.sigap.procedure.event.CaseEvent.HandoverRequested;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link HandoverRules}, R-F-4: the handling TL hands a case to another TL of the cluster with a
 * reason, the case changes hands when the receiving TL accepts, and only the handling TL or a
 * supervisor follows a case up.
 */
class HandoverRulesTest {

  static final Actor SPV = new Actor("spv1", Role.SUPERVISOR, null);
  static final Actor AGENT_OF_CLUSTER = new Actor("agent1", Role.AGENT, "C1");
  static final Actor TL_OF_OTHER_CLUSTER = new Actor("tl2", Role.TEAM_LEADER, "C2");

  /** A snapshot with a pending handover of id H1 from its handling TL to {@code to}. */
  record Handing(Snapshot c, PendingHandover pending) implements CaseState {
    static Handing to(String to) {
      Snapshot c = Snapshot.followingUp();
      return new Handing(
          c, new PendingHandover("H1", c.handlingTl(), to, HandoverReason.END_OF_SHIFT));
    }

    public CaseStatus status() {
      return c.status();
    }

    public String clusterId() {
      return c.clusterId();
    }

    public String createdBy() {
      return c.createdBy();
    }

    public boolean hardComplaint() {
      return c.hardComplaint();
    }

    public String handlingTl() {
      return c.handlingTl();
    }

    public boolean policyDecisionRequired() {
      return c.policyDecisionRequired();
    }

    public boolean policyDecisionCoordinated() {
      return c.policyDecisionCoordinated();
    }

    public boolean tlAtWorkstation() {
      return c.tlAtWorkstation();
    }

    public boolean finalCallBackReached() {
      return c.finalCallBackReached();
    }

    public boolean flagReviewed() {
      return c.flagReviewed();
    }

    public Optional<EscalationState> escalation() {
      return c.escalation();
    }

    @Override
    public Optional<PendingHandover> pendingHandover() {
      return Optional.ofNullable(pending);
    }
  }

  static Decision request(CaseState c, Actor from, Actor to) {
    return HandoverRules.request(
        c,
        from,
        to,
        to == null ? "nobody" : to.username(),
        HandoverReason.END_OF_SHIFT,
        "Shift selesai",
        "H1",
        NOW);
  }

  @Nested
  class Request {

    @Test
    void theHandlingTlAsksAnotherTlOfTheClusterWhoseTabletSounds_R_F_4() {
      assertThat(accepted(request(Snapshot.followingUp(), TL, OTHER_TL)))
          .isInstanceOfSatisfying(
              HandoverRequested.class,
              e -> {
                assertThat(e.from()).isEqualTo("tl1");
                assertThat(e.to()).isEqualTo("tl9");
                assertThat(e.reason()).isEqualTo("END_OF_SHIFT");
                assertThat(e.handoverId()).isEqualTo("H1");
                assertThat(e.alertFor()).containsExactly("tl9");
                assertThat(e.addressedTo()).contains("tl9");
              });
    }

    @Test
    void onlyTheHandlingTlHandsOver_R_F_4() {
      Snapshot handledByOther = Snapshot.followingUp().handledBy("tl9");
      Rejection refused = refusal(request(handledByOther, TL, OTHER_TL));
      assertThat(refused.rule()).isEqualTo("R-F-4");
      assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
      assertThat(refused.detail()).contains("tl9");
    }

    @Test
    void notToOneself_R_F_4() {
      Rejection refused = refusal(request(Snapshot.followingUp(), TL, TL));
      assertThat(refused.rule()).isEqualTo("R-F-4");
      assertThat(refused.title()).isEqualTo("Handover to yourself");
    }

    @Test
    void onlyToATlOfTheCasesCluster_R_F_4() {
      for (Actor notATlHere : new Actor[] {AGENT_OF_CLUSTER, TL_OF_OTHER_CLUSTER, SPV, null}) {
        Rejection refused = refusal(request(Snapshot.followingUp(), TL, notATlHere));
        assertThat(refused.rule()).as(String.valueOf(notATlHere)).isEqualTo("R-F-4");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
      }
    }

    @Test
    void oneHandoverWaitsAtATime_R_F_4() {
      Rejection refused = refusal(request(Handing.to("tl9"), TL, OTHER_TL));
      assertThat(refused.rule()).isEqualTo("R-F-4");
      assertThat(refused.title()).isEqualTo("A handover is already waiting");
    }

    @Test
    void aCaseWithoutHandlingTlOrClosedIsNotHandedOver_R_F_4_R_IN_10() {
      assertThat(refusal(request(Snapshot.followingUp().handledBy(null), TL, OTHER_TL)).rule())
          .isEqualTo("R-IN-10");
      assertThat(refusal(request(Snapshot.followingUp().with(CaseStatus.CLOSED), TL, OTHER_TL)))
          .extracting(Rejection::title)
          .isEqualTo("Case closed");
    }
  }

  @Nested
  class Answer {

    @Test
    void theReceivingTlAccepts_R_F_4() {
      assertThat(accepted(HandoverRules.accept(Handing.to("tl9"), OTHER_TL, "H1", NOW)))
          .isInstanceOfSatisfying(
              HandoverAccepted.class,
              e -> {
                assertThat(e.actor()).isEqualTo("tl9");
                assertThat(e.from()).isEqualTo("tl1");
                assertThat(e.addressedTo()).contains("tl1");
              });
    }

    @Test
    void theReceivingTlDeclines_R_F_4() {
      assertThat(accepted(HandoverRules.decline(Handing.to("tl9"), OTHER_TL, "H1", "Sibuk", NOW)))
          .isInstanceOfSatisfying(
              HandoverDeclined.class, e -> assertThat(e.note()).isEqualTo("Sibuk"));
    }

    @Test
    void onlyTheReceivingTlAnswers_R_F_4() {
      for (Actor someoneElse : new Actor[] {TL, SPV, TL_OF_OTHER_CLUSTER}) {
        Rejection accepted =
            refusal(HandoverRules.accept(Handing.to("tl9"), someoneElse, "H1", NOW));
        assertThat(accepted.rule()).isEqualTo("R-F-4");
        assertThat(accepted.title()).isEqualTo("Not handed to you");
        assertThat(refusal(HandoverRules.decline(Handing.to("tl9"), someoneElse, "H1", null, NOW)))
            .extracting(Rejection::rule)
            .isEqualTo("R-F-4");
      }
    }

    @Test
    void anAnsweredOrOtherHandoverIsNotAnsweredAgain_R_F_4() {
      Rejection answered =
          refusal(HandoverRules.accept(Snapshot.followingUp(), OTHER_TL, "H1", NOW));
      assertThat(answered.rule()).isEqualTo("R-F-4");
      assertThat(answered.title()).isEqualTo("Handover already answered");
      assertThat(refusal(HandoverRules.accept(Handing.to("tl9"), OTHER_TL, "H2", NOW)).title())
          .isEqualTo("Handover already answered");
    }
  }

  /** Every follow-up action, as a given person. */
  static final List<BiFunction<CaseState, Actor, Decision>> FOLLOW_UPS =
      List.of(
          (c, who) ->
              FollowUpRules.coordinate(
                  c, who, RelatedUnit.COMPLAINT_HANDLING, "n", false, null, "K1", TERMS, NOW),
          (c, who) -> FollowUpRules.checkProgress(c, who, "n", NOW),
          (c, who) ->
              CallBackRules.callBack(
                  c, who, CLUSTER_DESK, CallOutcome.REACHED, true, "n", TERMS, NOW),
          (c, who) -> FollowUpRules.requirePolicyDecision(c, who, "n", NOW),
          (c, who) -> CallBackRules.close(c, who, "Selesai", NOW));

  @Test
  void onlyTheHandlingTlOrASupervisorFollowsUp_R_F_4() {
    Snapshot ready = Snapshot.followingUp().finalCallBack(true);
    for (BiFunction<CaseState, Actor, Decision> followUp : FOLLOW_UPS) {
      assertThat(followUp.apply(ready, TL)).isInstanceOf(Decision.Accepted.class);
      assertThat(followUp.apply(ready, SPV)).isInstanceOf(Decision.Accepted.class);
      Rejection refused = refusal(followUp.apply(ready, OTHER_TL));
      assertThat(refused.rule()).isEqualTo("R-F-4");
      assertThat(refused.detail()).contains("tl1");
      // after the handover the new handling TL follows up and the one who handed it over does not
      Snapshot handedOver = ready.handledBy("tl9");
      assertThat(followUp.apply(handedOver, OTHER_TL)).isInstanceOf(Decision.Accepted.class);
      assertThat(refusal(followUp.apply(handedOver, TL)).rule()).isEqualTo("R-F-4");
    }
  }

  @Test
  void theWebAppOffersHandoverActionsToWhomTheyBelong_R_F_4() {
    Snapshot c = Snapshot.followingUp();
    assertThat(AllowedActions.of(c, TL, ATTEMPTS)).contains("hand-over", "progress-check");
    assertThat(AllowedActions.of(c, OTHER_TL, ATTEMPTS))
        .doesNotContain("hand-over", "progress-check", "coordinate", "call-back");
    assertThat(AllowedActions.of(c, SPV, ATTEMPTS)).contains("progress-check", "coordinate");
    Handing pending = Handing.to("tl9");
    assertThat(AllowedActions.of(pending, TL, ATTEMPTS)).doesNotContain("hand-over");
    assertThat(AllowedActions.of(pending, OTHER_TL, ATTEMPTS))
        .contains("accept-handover", "decline-handover");
    assertThat(AllowedActions.of(pending, TL, ATTEMPTS)).doesNotContain("accept-handover");
  }
}
