package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.TERMS;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.TL_EXTENSION;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.CallEnd;
import id.sigap.procedure.CallOutcome;
import id.sigap.procedure.CallReference;
import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.CustomerChoice;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.event.CaseEvent.CallBackMade;
import id.sigap.procedure.event.CaseEvent.CallEnded;
import id.sigap.procedure.event.CaseEvent.CallTransferred;
import id.sigap.procedure.event.CaseEvent.TicketNumberRecorded;
import id.sigap.procedure.rules.CaseSnapshots.OnCall;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** R-I-1: an integrator acting for the person on the call, call ids, the ticket number. */
class IntegrationRulesTest {

  static final Actor CTI = new Actor("cti-center", Role.CTI, null);
  static final Actor CTI_OF_C2 = new Actor("cti-c2", Role.CTI, "C2");
  static final CallReference CALL = new CallReference("CALL-77", "REC-77");

  @Nested
  class OnBehalfOf {

    @Test
    void aCtiAccountActsForAnAgentWhoMayTakeTheAction_R_I_1() {
      assertThat(IntegrationRules.actOnBehalf(CTI, "agent1", AGENT, Set.of(Role.AGENT))).isEmpty();
      assertThat(IntegrationRules.actOnBehalf(CTI, "tl1", TL, Set.of(Role.AGENT, Role.TEAM_LEADER)))
          .isEmpty();
    }

    @Test
    void theNamedPersonMustBeOneWhoMayTakeTheActionThemselves_R_I_1() {
      Rejection refused =
          IntegrationRules.actOnBehalf(CTI, "tl1", TL, Set.of(Role.AGENT)).orElseThrow();
      assertThat(refused.rule()).isEqualTo("R-I-1");
      assertThat(refused.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
      assertThat(refused.detail()).contains("tl1 is TEAM_LEADER").contains("[AGENT]");
    }

    @Test
    void aCtiAccountOfOneClusterActsOnlyForItsPeople_R_I_1() {
      Rejection refused =
          IntegrationRules.actOnBehalf(CTI_OF_C2, "agent1", AGENT, Set.of(Role.AGENT))
              .orElseThrow();
      assertThat(refused.rule()).isEqualTo("R-I-1");
      assertThat(refused.detail()).contains("not of cluster C2");
    }

    @Test
    void noOneUnnamedUnknownOrActingForOthersWithoutBeingAnIntegrator_R_I_1() {
      assertThat(IntegrationRules.actOnBehalf(CTI, null, null, Set.of(Role.AGENT)))
          .map(Rejection::kind)
          .contains(Rejection.Kind.INVALID);
      assertThat(IntegrationRules.actOnBehalf(CTI, "ghost", null, Set.of(Role.AGENT)))
          .map(Rejection::title)
          .contains("Unknown person");
      assertThat(IntegrationRules.actOnBehalf(TL, "agent1", AGENT, Set.of(Role.AGENT)))
          .map(Rejection::title)
          .contains("Not an integrator");
    }
  }

  @Nested
  class CallIds {

    @Test
    void aCallBackKeepsTheCallAndRecordingIdsAndWhoRecordedIt_R_I_1() {
      CallBackMade made =
          (CallBackMade)
              accepted(
                  CallBackRules.callBack(
                      Snapshot.followingUp(),
                      TL.withRecorder("cti-center"),
                      CaseSnapshots.CLUSTER_DESK,
                      CallOutcome.REACHED,
                      false,
                      "Update",
                      CALL,
                      TERMS,
                      NOW));
      assertThat(made.actor()).isEqualTo("tl1");
      assertThat(made.recordedBy()).isEqualTo("cti-center");
      assertThat(made.callId()).isEqualTo("CALL-77");
      assertThat(made.recordingId()).isEqualTo("REC-77");
    }

    @Test
    void aCallBackTheTlRecordsThemselvesHasNoRecorder_R_I_1() {
      CallBackMade made =
          (CallBackMade)
              accepted(
                  CallBackRules.callBack(
                      Snapshot.followingUp(),
                      TL,
                      CaseSnapshots.CLUSTER_DESK,
                      CallOutcome.REACHED,
                      false,
                      null,
                      TERMS,
                      NOW));
      assertThat(made.recordedBy()).isNull();
      assertThat(made.callId()).isNull();
    }

    @Test
    void aTransferAndTheCallsEndKeepTheirIds_R_I_1() {
      OnCall chose = OnCall.of(Snapshot.raised()).chose(CustomerChoice.TRANSFER);
      CallTransferred transferred =
          (CallTransferred)
              accepted(
                  CallBackRules.transfer(
                      chose, AGENT.withRecorder("cti-center"), TL_EXTENSION, CALL, NOW));
      assertThat(transferred.callId()).isEqualTo("CALL-77");
      assertThat(transferred.recordedBy()).isEqualTo("cti-center");

      OnCall arrived = OnCall.of(Snapshot.followingUp());
      CallEnded ended =
          (CallEnded)
              accepted(
                  CallRules.endCall(
                      arrived,
                      AGENT.withRecorder("cti-center"),
                      CallEnd.CLOSED_FOR_FOLLOW_UP,
                      null,
                      CALL,
                      TERMS,
                      NOW));
      assertThat(ended.recordingId()).isEqualTo("REC-77");
      assertThat(ended.actor()).isEqualTo("agent1");
    }
  }

  @Nested
  class TicketNumber {

    @Test
    void theComplaintApplicationsNumberIsRecordedAndCorrected_R_I_1() {
      TicketNumberRecorded first =
          (TicketNumberRecorded)
              accepted(
                  IntegrationRules.recordTicketNumber(
                      CaseSnapshots.ticketed(Snapshot.followingUp(), null),
                      AGENT,
                      "TC-2026-000123",
                      NOW));
      assertThat(first.ticketNumber()).isEqualTo("TC-2026-000123");
      assertThat(first.previous()).isNull();

      TicketNumberRecorded corrected =
          (TicketNumberRecorded)
              accepted(
                  IntegrationRules.recordTicketNumber(
                      CaseSnapshots.ticketed(Snapshot.followingUp(), "TC-2026-000123"),
                      TL,
                      "TC-2026-000124",
                      NOW));
      assertThat(corrected.previous()).isEqualTo("TC-2026-000123");
    }

    @Test
    void theSameNumberAgainAClosedCaseOrNoTicketNumberAreRefused_R_I_1() {
      assertThat(
              refusal(
                      IntegrationRules.recordTicketNumber(
                          CaseSnapshots.ticketed(Snapshot.followingUp(), "TC-1"),
                          AGENT,
                          "TC-1",
                          NOW))
                  .kind())
          .isEqualTo(Rejection.Kind.CONFLICT);
      assertThat(
              refusal(
                      IntegrationRules.recordTicketNumber(
                          CaseSnapshots.ticketed(
                              Snapshot.followingUp().with(CaseStatus.CLOSED), null),
                          AGENT,
                          "TC-1",
                          NOW))
                  .kind())
          .isEqualTo(Rejection.Kind.CONFLICT);
      assertThat(
              refusal(
                      IntegrationRules.recordTicketNumber(
                          CaseSnapshots.ticketed(Snapshot.followingUp(), null),
                          AGENT,
                          "TC 1; drop",
                          NOW))
                  .rule())
          .isEqualTo("R-I-1");
      assertThat(IntegrationRules.ticketNumber("-leading-dash")).isPresent();
      assertThat(IntegrationRules.ticketNumber("IN/2026/12/000123")).isEmpty();
    }
  }
}
