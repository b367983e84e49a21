package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.ATTEMPTS;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.routedTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.Channel;
import id.sigap.procedure.Decision;
import id.sigap.procedure.EscalationState;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.RelatedUnit;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.HandRaised;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link TelkomCareRules}, the TelkomCare channel: R-TC-1 the detector's verdict with people's
 * corrections (each with a reason) decides whether a thread is hard, R-TC-2 a hard thread is
 * reported to the TL at once and only once, R-TC-3 the TL hands the escalation to a PIC Ticket who
 * alone follows it up (and counts as the named handler, R-IN-10). A hand re-routed to the
 * supervisor is answered by them (R-X-2).
 */
class TelkomCareRulesTest {

  static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
  static final Actor TL = new Actor("tl1", Role.TEAM_LEADER, "C1");
  static final Actor PIC = new Actor("pic1", Role.PIC_TICKET, null);
  static final Actor AGENT = new Actor("agent2", Role.AGENT, "C1");

  record ThreadState(
      Channel channel, CaseStatus status, boolean hardComplaint, String pic, EscalationState hand)
      implements CaseSnapshots.ThreadCase {

    static ThreadState hard() {
      return new ThreadState(Channel.TELKOMCARE_SOCIAL, CaseStatus.OPEN, true, null, null);
    }

    ThreadState reported() {
      return new ThreadState(
          channel,
          CaseStatus.ESCALATED,
          hardComplaint,
          pic,
          new EscalationState("E1", EscalationStatus.RAISED, "agent1", "tl1"));
    }

    ThreadState handedTo(String who) {
      return new ThreadState(channel, status, hardComplaint, who, hand);
    }

    @Override
    public String createdBy() {
      return "agent1";
    }

    @Override
    public Optional<EscalationState> escalation() {
      return Optional.ofNullable(hand);
    }

    @Override
    public String picTicket() {
      return pic;
    }
  }

  static String ruleOf(Decision d) {
    return ((Decision.Refused) d).rejection().rule();
  }

  @Test
  void correctionsOverrideTheDetector_R_TC_1() {
    Map<String, Boolean> detected =
        Map.of("C-TC-1", true, "C-TC-2", true, "C-TC-3", false, "C-TC-4", false, "C-TC-5", false);
    assertThat(TelkomCareRules.verdict(detected, Map.of(), 3).hardComplaint()).isFalse();
    var corrected = TelkomCareRules.verdict(detected, Map.of("C-TC-4", true), 3);
    assertThat(corrected.hardComplaint()).isTrue();
    assertThat(corrected.criteriaMet()).isEqualTo(3);
    assertThat(TelkomCareRules.verdict(detected, Map.of("C-TC-1", false), 2).hardComplaint())
        .isFalse();
  }

  @Test
  void anUnchangedVerdictRecordsNothing_R_TC_1() {
    var v = TelkomCareRules.verdict(Map.of(), Map.of(), 3);
    assertThat(TelkomCareRules.assessed(ThreadState.hard(), TL, v, v, NOW)).isEmpty();
    assertThat(TelkomCareRules.assessed(ThreadState.hard(), TL, null, v, NOW)).isPresent();
  }

  @Test
  void aCorrectionNeedsAReason_R_TC_1() {
    assertThat(
            ruleOf(
                TelkomCareRules.correctCriterion(
                    ThreadState.hard(), AGENT, "C-TC-4", false, true, " ", NOW)))
        .isEqualTo("R-TC-1");
    assertThat(
            TelkomCareRules.correctCriterion(
                ThreadState.hard(), AGENT, "C-TC-4", false, true, "DM", NOW))
        .isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void aHardThreadIsReportedToTheTlOnce_R_TC_2() {
    Decision first =
        TelkomCareRules.raiseHand(ThreadState.hard(), AGENT, "E1", routedTo("tl1"), NOW);
    assertThat(((Decision.Accepted) first).event())
        .isInstanceOfSatisfying(
            HandRaised.class, e -> assertThat(e.source()).isEqualTo("TELKOMCARE"));
    Decision again =
        TelkomCareRules.raiseHand(ThreadState.hard().reported(), AGENT, "E2", routedTo("tl1"), NOW);
    assertThat(ruleOf(again)).isEqualTo("R-TC-2");
  }

  @Test
  void aThreadThatIsNotHardIsNotReported_R_TC_2() {
    ThreadState soft =
        new ThreadState(Channel.TELKOMCARE_EMAIL, CaseStatus.OPEN, false, null, null);
    assertThat(ruleOf(TelkomCareRules.raiseHand(soft, AGENT, "E1", routedTo("tl1"), NOW)))
        .isEqualTo("R-TC-2");
  }

  @Test
  void theTlHandsOverOnlyToAPicTicket_R_TC_3() {
    ThreadState reported = ThreadState.hard().reported();
    assertThat(ruleOf(TelkomCareRules.handOverToPic(reported, TL, AGENT, NOW))).isEqualTo("R-TC-3");
    assertThat(ruleOf(TelkomCareRules.handOverToPic(reported, TL, null, NOW))).isEqualTo("R-TC-3");
    assertThat(ruleOf(TelkomCareRules.handOverToPic(ThreadState.hard(), TL, PIC, NOW)))
        .isEqualTo("R-TC-3");
    assertThat(TelkomCareRules.handOverToPic(reported, TL, PIC, NOW))
        .isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void onlyThePicHandedTheCaseFollowsItUp_R_TC_3() {
    Decision ok = Decision.accept(null);
    ThreadState reported = ThreadState.hard().reported();
    assertThat(ruleOf(TelkomCareRules.followUp(reported, PIC, ok))).isEqualTo("R-TC-3");
    assertThat(TelkomCareRules.followUp(reported.handedTo("pic1"), PIC, ok)).isSameAs(ok);
    assertThat(TelkomCareRules.followUp(reported, TL, ok)).isSameAs(ok);
    ThreadState inbound =
        new ThreadState(Channel.INBOUND_VOICE, CaseStatus.OPEN, true, "pic1", null);
    assertThat(ruleOf(TelkomCareRules.followUp(inbound, PIC, ok))).isEqualTo("R-TC-3");
  }

  @Test
  void theAssignedPicCountsAsNamedHandler_R_IN_10_R_TC_3() {
    ThreadState handed = ThreadState.hard().reported().handedTo("pic1");
    assertThat(FollowUpRules.checkProgress(handed, PIC, "cek", NOW))
        .isInstanceOf(Decision.Accepted.class);
    assertThat(ruleOf(FollowUpRules.checkProgress(ThreadState.hard().reported(), PIC, "cek", NOW)))
        .isEqualTo("R-IN-10");
  }

  @Test
  void aTelkomCareReplyNeedsNoDesk_R_TC_3() {
    ThreadState handed = ThreadState.hard().reported().handedTo("pic1");
    Decision reply =
        CallBackRules.callBack(handed, PIC, null, CallOutcome.REACHED, false, "balas", TERMS, NOW);
    assertThat(((Decision.Accepted) reply).event())
        .isInstanceOfSatisfying(
            CallBackMade.class,
            e -> {
              assertThat(e.via()).isEqualTo("TELKOMCARE_SOCIAL");
              assertThat(e.deskId()).isNull();
            });
  }

  static final Actor OTHER_PIC = new Actor("pic9", Role.PIC_TICKET, null);
  static final Actor SPV = new Actor("spv1", Role.SUPERVISOR, null);

  @Test
  void theTlIsOfferedTheHandOverOnceTheThreadIsReported_R_TC_3() {
    assertThat(AllowedActions.of(ThreadState.hard(), TL, ATTEMPTS))
        .contains("correct-criterion")
        .doesNotContain("hand-over-to-pic");
    assertThat(AllowedActions.of(ThreadState.hard().reported(), TL, ATTEMPTS))
        .contains("hand-over-to-pic");
    ThreadState inbound =
        new ThreadState(
            Channel.INBOUND_VOICE,
            CaseStatus.ESCALATED,
            true,
            null,
            new EscalationState("E1", EscalationStatus.RAISED, "agent1", "tl1"));
    assertThat(AllowedActions.of(inbound, TL, ATTEMPTS))
        .doesNotContain("hand-over-to-pic", "correct-criterion");
  }

  @Test
  void thePicHandedTheCaseIsOfferedTheFollowUpAndEachIsAccepted_R_TC_3() {
    ThreadState handed = ThreadState.hard().reported().handedTo("pic1");
    var offered = AllowedActions.of(handed, PIC, ATTEMPTS);
    assertThat(offered)
        .containsExactly("correct-criterion", "coordinate", "progress-check", "call-back", "reply");
    for (String action : offered) {
      Decision d =
          switch (action) {
            case "correct-criterion" ->
                TelkomCareRules.correctCriterion(handed, PIC, "C-TC-4", false, true, "DM", NOW);
            case "coordinate" ->
                TelkomCareRules.followUp(
                    handed,
                    PIC,
                    FollowUpRules.coordinate(
                        handed,
                        PIC,
                        RelatedUnit.COMPLAINT_HANDLING,
                        "n",
                        false,
                        null,
                        "K1",
                        TERMS,
                        NOW));
            case "progress-check" ->
                TelkomCareRules.followUp(
                    handed, PIC, FollowUpRules.checkProgress(handed, PIC, "n", NOW));
            case "call-back" ->
                TelkomCareRules.followUp(
                    handed,
                    PIC,
                    CallBackRules.callBack(
                        handed, PIC, null, CallOutcome.REACHED, false, "balas", TERMS, NOW));
            case "reply" -> TelkomCareAgentRules.reply(handed, PIC, "Sudah kami proses", NOW);
            default -> throw new AssertionError("untested action " + action);
          };
      assertThat(d).as(action).isInstanceOf(Decision.Accepted.class);
    }
  }

  @Test
  void aPicNotHandedTheCaseIsOfferedNoFollowUp_R_TC_3() {
    ThreadState reported = ThreadState.hard().reported();
    assertThat(AllowedActions.of(reported, PIC, ATTEMPTS)).containsExactly("correct-criterion");
    assertThat(AllowedActions.of(reported.handedTo("pic1"), OTHER_PIC, ATTEMPTS))
        .containsExactly("correct-criterion");
    ThreadState inbound =
        new ThreadState(Channel.INBOUND_VOICE, CaseStatus.ESCALATED, true, "pic1", null);
    assertThat(AllowedActions.of(inbound, PIC, ATTEMPTS)).isEmpty();
  }

  @Test
  void theSupervisorAnswersAHandReRoutedToThem_R_X_2() {
    ThreadState toSpv =
        new ThreadState(
            Channel.TELKOMCARE_SOCIAL,
            CaseStatus.ESCALATED,
            true,
            null,
            new EscalationState("E1", EscalationStatus.RAISED, "agent1", "spv1"));
    // R-C-9: the SPV may also answer the thread's customer
    assertThat(AllowedActions.of(toSpv, SPV, ATTEMPTS)).containsExactly("acknowledge", "reply");
    assertThat(EscalationRules.acknowledge(toSpv, SPV, "E1", NOW))
        .isInstanceOf(Decision.Accepted.class);
    ThreadState listening =
        new ThreadState(
            Channel.TELKOMCARE_SOCIAL,
            CaseStatus.ESCALATED,
            true,
            null,
            new EscalationState("E1", EscalationStatus.LISTENING, "agent1", "spv1"));
    // K-4: listening, the SPV identifies the problem as a TL would
    assertThat(AllowedActions.of(listening, SPV, ATTEMPTS))
        .containsExactly("arrive", "identify-problem", "reply");
    assertThat(EscalationRules.arrive(listening, SPV, "E1", NOW))
        .isInstanceOf(Decision.Accepted.class);
    assertThat(AllowedActions.of(ThreadState.hard().reported(), SPV, ATTEMPTS))
        .containsExactly("reply");
  }
}
