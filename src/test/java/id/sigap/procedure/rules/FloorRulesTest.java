package id.sigap.procedure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Actor;
import id.sigap.procedure.Desk;
import id.sigap.procedure.Desk.DeskKind;
import id.sigap.procedure.Floor;
import id.sigap.procedure.Floor.Seat;
import id.sigap.procedure.Presence;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.Role;
import id.sigap.procedure.RosterShift;
import id.sigap.procedure.rules.FloorRules.Route;
import id.sigap.procedure.rules.FloorRules.RouteReason;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link FloorRules}: R-F-2 who checks in where and who is free, busy or away; R-F-3 where a hand
 * goes, for every combination of the cluster desk's TL (free, busy, away, passed over), the other
 * TLs (free, busy, at an unrecorded desk, of another cluster) and the supervisors (checked in, not,
 * none); R-F-6 the hand names the agent's workstation and cluster.
 */
class FloorRulesTest {

  static final Desk DESK_C1 = new Desk("DESK-C1", DeskKind.CLUSTER_DESK, "C1", true);
  static final Desk DESK_C1_UNRECORDED = new Desk("DESK-C1-X", DeskKind.CLUSTER_DESK, "C1", false);
  static final Desk EXT_TL1 = new Desk("EXT-TL1", DeskKind.TL_EXTENSION, "C1", true);
  static final Desk EXT_UNRECORDED = new Desk("EXT-TL1-X", DeskKind.TL_EXTENSION, "C1", false);
  static final Desk EXT_TL1B = new Desk("EXT-TL1B", DeskKind.TL_EXTENSION, "C1", true);
  static final Desk DESK_C2 = new Desk("DESK-C2", DeskKind.CLUSTER_DESK, "C2", true);
  static final Desk EXT_TL2 = new Desk("EXT-TL2", DeskKind.TL_EXTENSION, "C2", true);
  static final Desk WS_C1 = new Desk("WS-C1-01", DeskKind.WORKSTATION, "C1", false);
  static final Desk WS_C2 = new Desk("WS-C2-01", DeskKind.WORKSTATION, "C2", false);

  static final Actor TL1 = new Actor("tl1", Role.TEAM_LEADER, "C1");
  static final Actor AGENT1 = new Actor("agent1", Role.AGENT, "C1");
  static final Actor SPV1 = new Actor("spv1", Role.SUPERVISOR, null);

  /** A floor built seat by seat; supervisors by default: spv1 and spv2, none checked in. */
  static final class FloorOf {
    final List<Seat> seats = new ArrayList<>();
    List<String> supervisors = List.of("spv1", "spv2");

    FloorOf tl(String username, Desk desk, boolean busy) {
      seats.add(new Seat(username, Role.TEAM_LEADER, desk.clusterId(), desk, busy));
      return this;
    }

    FloorOf agent(String username, Desk desk) {
      seats.add(new Seat(username, Role.AGENT, desk.clusterId(), desk, false));
      return this;
    }

    FloorOf supervisorAt(String username, Desk desk) {
      seats.add(new Seat(username, Role.SUPERVISOR, null, desk, false));
      return this;
    }

    FloorOf noSupervisors() {
      supervisors = List.of();
      return this;
    }

    final List<RosterShift> onShift = new ArrayList<>();

    /** The roster has the supervisor on shift now for the cluster. */
    FloorOf rostered(String username, String clusterId) {
      onShift.add(
          new RosterShift(
              clusterId,
              DayOfWeek.MONDAY,
              LocalTime.of(7, 0),
              LocalTime.of(15, 0),
              Role.SUPERVISOR,
              username));
      return this;
    }

    Floor build() {
      return new Floor(seats, supervisors).withOnShift(onShift);
    }
  }

  static FloorOf floor() {
    return new FloorOf().agent("agent1", WS_C1);
  }

  static Route route(FloorOf floor) {
    return FloorRules.route(floor.build(), "C1", "agent1", Set.of());
  }

  static Route reroute(FloorOf floor, String... passedOver) {
    return FloorRules.route(floor.build(), "C1", "agent1", Set.of(passedOver));
  }

  @Nested
  class Routing {

    @Test
    void aFreeTlAtTheClusterDeskGetsTheHand_R_F_3() {
      Route r = route(floor().tl("tl1", DESK_C1, false).tl("tl1b", EXT_TL1B, false));
      assertThat(r.to()).isEqualTo("tl1");
      assertThat(r.reason()).isEqualTo(RouteReason.CLUSTER_DESK);
      assertThat(r.note()).isNull();
    }

    @Test
    void aBusyTlsHandGoesToAFreeTlOfTheCluster_R_F_3() {
      Route r = route(floor().tl("tl1", DESK_C1, true).tl("tl1b", EXT_TL1B, false));
      assertThat(r.to()).isEqualTo("tl1b");
      assertThat(r.reason()).isEqualTo(RouteReason.CLUSTER_DESK_TL_BUSY);
      assertThat(r.note()).contains("tl1").contains("busy").contains("R-F-3");
    }

    @Test
    void anEmptyClusterDeskSendsTheHandToAFreeTlOfTheCluster_R_F_3() {
      Route r = route(floor().tl("tl1b", EXT_TL1B, false));
      assertThat(r.to()).isEqualTo("tl1b");
      assertThat(r.reason()).isEqualTo(RouteReason.NO_TL_AT_CLUSTER_DESK);
    }

    @Test
    void theFirstFreeTlByUsernameWhenSeveralAreFree_R_F_3() {
      Route r =
          route(
              floor()
                  .tl("tl1", DESK_C1, true)
                  .tl("tl1z", EXT_TL1B, false)
                  .tl("tl1c", EXT_TL1, false));
      assertThat(r.to()).isEqualTo("tl1c");
    }

    @Test
    void aBusyTlElsewhereIsPassedToo_R_F_3() {
      Route r =
          route(
              floor()
                  .tl("tl1", DESK_C1, true)
                  .tl("tl1b", EXT_TL1B, true)
                  .tl("tl1c", EXT_TL1, false));
      assertThat(r.to()).isEqualTo("tl1c");
    }

    @Test
    void aTlAtAnUnrecordedDeskReceivesNoHands_R_F_3_R_IN_5() {
      Route atUnrecordedClusterDesk = route(floor().tl("tl1", DESK_C1_UNRECORDED, false));
      assertThat(atUnrecordedClusterDesk.to()).isEqualTo("spv1");
      assertThat(atUnrecordedClusterDesk.reason()).isEqualTo(RouteReason.SUPERVISOR);
      Route atUnrecordedExtension =
          route(floor().tl("tl1", DESK_C1, true).tl("tl1b", EXT_UNRECORDED, false));
      assertThat(atUnrecordedExtension.to()).isEqualTo("spv1");
    }

    @Test
    void anotherClustersTlsReceiveNoHands_R_F_3() {
      Route r = route(floor().tl("tl2", DESK_C2, false).tl("tl2b", EXT_TL2, false));
      assertThat(r.to()).isEqualTo("spv1");
      assertThat(r.reason()).isEqualTo(RouteReason.SUPERVISOR);
      assertThat(r.note()).contains("No TL checked in").contains("C1");
    }

    @Test
    void noFreeTlOfTheClusterSendsTheHandToTheSupervisor_R_F_3() {
      Route busy = route(floor().tl("tl1", DESK_C1, true));
      assertThat(busy.to()).isEqualTo("spv1");
      assertThat(busy.reason()).isEqualTo(RouteReason.SUPERVISOR);
      assertThat(busy.note()).contains("busy");
      Route away = route(floor());
      assertThat(away.to()).isEqualTo("spv1");
      assertThat(away.toSupervisor()).isTrue();
    }

    @Test
    void aCheckedInSupervisorIsTheOneOnShift_R_F_3() {
      Route r = route(floor().supervisorAt("spv2", EXT_TL2));
      assertThat(r.to()).isEqualTo("spv2");
      assertThat(
              FloorRules.supervisorOnShift(floor().supervisorAt("spv2", EXT_TL2).build(), Set.of()))
          .contains("spv2");
    }

    @Test
    void withoutASupervisorCheckedInAnySupervisorIsOnShift_R_F_3() {
      assertThat(route(floor()).to()).isEqualTo("spv1");
      assertThat(FloorRules.supervisorOnShift(floor().build(), Set.of())).contains("spv1");
    }

    @Test
    void nobodyAtAllLeavesTheHandWithoutAnAddressee_R_F_3_R_IN_5() {
      Route r = route(floor().tl("tl1", DESK_C1, true).noSupervisors());
      assertThat(r.found()).isFalse();
      assertThat(r.to()).isNull();
      assertThat(FloorRules.supervisorOnShift(floor().noSupervisors().build(), Set.of())).isEmpty();
    }

    @Test
    void aFreeTlIsPreferredToTheSupervisor_R_F_3() {
      Route r = route(floor().tl("tl1b", EXT_TL1B, false).supervisorAt("spv2", EXT_TL2));
      assertThat(r.to()).isEqualTo("tl1b");
    }

    @Test
    void theHandNamesTheAgentsWorkstationAndCluster_R_F_6() {
      Route r = route(floor().tl("tl1", DESK_C1, false));
      assertThat(r.workstation()).isEqualTo("WS-C1-01");
      assertThat(r.clusterId()).isEqualTo("C1");
      Route agentAway =
          FloorRules.route(
              new FloorOf().tl("tl1", DESK_C1, false).build(), "C1", "agent1", Set.of());
      assertThat(agentAway.workstation()).isNull();
      Route noAgent =
          FloorRules.route(floor().tl("tl1", DESK_C1, false).build(), "C1", null, Set.of());
      assertThat(noAgent.workstation()).isNull();
    }
  }

  /** R-X-2 follows R-F-3's order and never returns to whom let the hand wait. */
  /** R-F-1: the weekly roster says who is on shift; the SPV on shift gets what no TL can take. */
  @Nested
  class Roster {

    static final LocalDateTime MONDAY_0800 = LocalDateTime.of(2026, 11, 30, 8, 0);

    static RosterShift shift(DayOfWeek day, int from, int to) {
      return new RosterShift(
          "C1", day, LocalTime.of(from, 0), LocalTime.of(to, 0), Role.SUPERVISOR, "spv2");
    }

    @Test
    void aShiftHoldsFromItsStartUntilItsEnd_R_F_1() {
      RosterShift morning = shift(DayOfWeek.MONDAY, 7, 15);
      assertThat(morning.covers(MONDAY_0800)).isTrue();
      assertThat(morning.covers(MONDAY_0800.withHour(7))).isTrue();
      assertThat(morning.covers(MONDAY_0800.withHour(15))).isFalse();
      assertThat(morning.covers(MONDAY_0800.withHour(6))).isFalse();
      assertThat(morning.covers(MONDAY_0800.plusDays(1))).isFalse();
    }

    @Test
    void aNightShiftEndsOnTheNextDay_R_F_1() {
      RosterShift night = shift(DayOfWeek.SUNDAY, 22, 6);
      assertThat(night.covers(MONDAY_0800.minusDays(1).withHour(23))).isTrue();
      assertThat(night.covers(MONDAY_0800.withHour(5))).isTrue();
      assertThat(night.covers(MONDAY_0800.withHour(6))).isFalse();
      assertThat(night.covers(MONDAY_0800.minusDays(1).withHour(21))).isFalse();
      assertThat(RosterShift.onShift(List.of(night, shift(DayOfWeek.MONDAY, 7, 15)), MONDAY_0800))
          .extracting(RosterShift::end)
          .containsExactly(LocalTime.of(15, 0));
    }

    @Test
    void theRosteredSupervisorGetsTheHandNoTlCanTake_R_F_3() {
      Route r = route(floor().tl("tl1", DESK_C1, true).rostered("spv2", "C1"));
      assertThat(r.to()).isEqualTo("spv2");
      assertThat(r.reason()).isEqualTo(RouteReason.SUPERVISOR);
    }

    @Test
    void theRosteredSupervisorIsPreferredToOneCheckedInOffTheRoster_R_F_3() {
      Floor f = floor().supervisorAt("spv1", EXT_TL2).rostered("spv2", "C1").build();
      assertThat(FloorRules.supervisorOnShift(f, "C1", Set.of())).contains("spv2");
    }

    @Test
    void ofTheRosteredSupervisorsOneCheckedInComesFirst_R_F_3() {
      FloorOf f =
          floor().rostered("spv1", "C1").rostered("spv2", "C1").supervisorAt("spv2", EXT_TL2);
      assertThat(FloorRules.supervisorOnShift(f.build(), "C1", Set.of())).contains("spv2");
      assertThat(FloorRules.supervisorOnShift(f.build(), "C1", Set.of("spv2"))).contains("spv1");
    }

    @Test
    void anotherClustersRosterDoesNotCount_R_F_3() {
      Floor f = floor().rostered("spv2", "C2").build();
      assertThat(FloorRules.supervisorOnShift(f, "C1", Set.of())).contains("spv1");
      assertThat(FloorRules.route(f, "C1", "agent1", Set.of()).to()).isEqualTo("spv1");
      // the alert ladder asks for the SPV on shift of any cluster
      assertThat(FloorRules.supervisorOnShift(f, Set.of())).contains("spv2");
    }

    @Test
    void aRosteredNameThatIsNoLongerASupervisorIsPassedOver_R_F_1_R_F_3() {
      Floor f = floor().rostered("spv9", "C1").build();
      assertThat(FloorRules.supervisorOnShift(f, "C1", Set.of())).contains("spv1");
    }

    @Test
    void withoutARosterTheSupervisorIsChosenAsBefore_R_F_3() {
      assertThat(FloorRules.supervisorOnShift(floor().build(), "C1", Set.of())).contains("spv1");
      assertThat(
              FloorRules.supervisorOnShift(
                  floor().supervisorAt("spv2", EXT_TL2).build(), "C1", Set.of()))
          .contains("spv2");
    }
  }

  @Nested
  class Rerouting {

    @Test
    void theDeskTlWhoLetItWaitIsPassedOverForAFreeTl_R_F_3_R_X_2() {
      Route r = reroute(floor().tl("tl1", DESK_C1, false).tl("tl1b", EXT_TL1B, false), "tl1");
      assertThat(r.to()).isEqualTo("tl1b");
      assertThat(r.reason()).isEqualTo(RouteReason.CLUSTER_DESK_TL_DID_NOT_ANSWER);
      assertThat(r.note()).contains("let the hand wait");
    }

    @Test
    void withoutAnotherFreeTlTheSupervisorGetsIt_R_F_3_R_X_2() {
      Route r = reroute(floor().tl("tl1", DESK_C1, false), "tl1");
      assertThat(r.to()).isEqualTo("spv1");
      assertThat(r.reason()).isEqualTo(RouteReason.SUPERVISOR);
    }

    @Test
    void theBackupWhoLetItWaitIsPassedOverToo_R_X_2() {
      Route r = reroute(floor().tl("tl1", DESK_C1, true).tl("tl1b", EXT_TL1B, false), "tl1b");
      assertThat(r.to()).isEqualTo("spv1");
    }

    @Test
    void aSupervisorWhoLetItWaitIsPassedOverForTheNext_R_X_2() {
      assertThat(reroute(floor(), "spv1").to()).isEqualTo("spv2");
      assertThat(reroute(floor().noSupervisors(), "spv1").found()).isFalse();
      assertThat(
              reroute(new FloorOf().supervisorAt("spv2", EXT_TL2).agent("agent1", WS_C1), "spv2")
                  .to())
          .isEqualTo("spv1");
    }

    @Test
    void theHandNeverReturnsToWhomLetItWait_R_X_2() {
      for (String waited : List.of("tl1", "tl1b", "spv1", "spv2")) {
        Route r =
            reroute(
                floor()
                    .tl("tl1", DESK_C1, false)
                    .tl("tl1b", EXT_TL1B, false)
                    .supervisorAt("spv2", EXT_TL2),
                waited);
        assertThat(r.to()).as("after " + waited).isNotEqualTo(waited);
      }
    }
  }

  @Nested
  class CheckIn {

    static Optional<Rejection> checkIn(Actor who, Desk desk, FloorOf floor) {
      return FloorRules.checkIn(who, desk == null ? "NOPE" : desk.id(), desk, floor.build());
    }

    @Test
    void aTlChecksInAtTheirClustersDeskOrExtension_R_F_2() {
      assertThat(checkIn(TL1, DESK_C1, new FloorOf())).isEmpty();
      assertThat(checkIn(TL1, EXT_TL1, new FloorOf())).isEmpty();
      assertThat(checkIn(TL1, DESK_C1_UNRECORDED, new FloorOf())).isEmpty();
    }

    @Test
    void anAgentChecksInAtAWorkstationOfTheirCluster_R_F_2() {
      assertThat(checkIn(AGENT1, WS_C1, new FloorOf())).isEmpty();
      assertRefused(checkIn(AGENT1, WS_C2, new FloorOf()), Rejection.Kind.UNPROCESSABLE);
      assertRefused(checkIn(AGENT1, DESK_C1, new FloorOf()), Rejection.Kind.UNPROCESSABLE);
    }

    @Test
    void anotherClustersDeskIsRefused_R_F_2() {
      Optional<Rejection> r = checkIn(TL1, DESK_C2, new FloorOf());
      assertRefused(r, Rejection.Kind.UNPROCESSABLE);
      assertThat(r.get().detail()).contains("C2").contains("C1");
    }

    @Test
    void anUnknownDeskIsRefused_R_F_2() {
      Optional<Rejection> r = checkIn(TL1, null, new FloorOf());
      assertRefused(r, Rejection.Kind.UNPROCESSABLE);
      assertThat(r.get().detail()).contains("NOPE");
    }

    @Test
    void aWorkstationIsNotATlsToTake_R_F_2() {
      assertRefused(checkIn(TL1, WS_C1, new FloorOf()), Rejection.Kind.UNPROCESSABLE);
      assertRefused(checkIn(SPV1, WS_C1, new FloorOf()), Rejection.Kind.UNPROCESSABLE);
    }

    @Test
    void aSupervisorChecksInAtAnyClustersDesk_R_F_2() {
      assertThat(checkIn(SPV1, EXT_TL2, new FloorOf())).isEmpty();
    }

    @Test
    void aDeskHoldsOnePerson_R_F_2() {
      Optional<Rejection> r = checkIn(TL1, DESK_C1, new FloorOf().tl("tl1b", DESK_C1, false));
      assertRefused(r, Rejection.Kind.CONFLICT);
      assertThat(r.get().detail()).contains("tl1b");
      // checking in again at one's own desk is being back there
      assertThat(checkIn(TL1, DESK_C1, new FloorOf().tl("tl1", DESK_C1, true))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"MANAGER", "QC", "PIC_TICKET", "LIAISON_OFFICER", "ADMIN"})
    void otherRolesAreNotOnTheFloor_R_F_2(Role role) {
      assertRefused(
          checkIn(new Actor("x", role, "C1"), DESK_C1, new FloorOf()),
          Rejection.Kind.UNPROCESSABLE);
    }

    @Test
    void aRaceLostOnTheDatabaseIsAConflict_R_F_2() {
      Rejection r = FloorRules.deskTaken("DESK-C1", null);
      assertThat(r.rule()).isEqualTo("R-F-2");
      assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    static void assertRefused(Optional<Rejection> r, Rejection.Kind kind) {
      assertThat(r).isPresent();
      assertThat(r.get().rule()).isEqualTo("R-F-2");
      assertThat(r.get().kind()).isEqualTo(kind);
    }
  }

  @Nested
  class Status {

    @Test
    void awayWhenCheckedOutBusyForATlWithAHandElseFree_R_F_2() {
      assertThat(FloorRules.presence(Role.TEAM_LEADER, false, true)).isEqualTo(Presence.AWAY);
      assertThat(FloorRules.presence(Role.TEAM_LEADER, true, true)).isEqualTo(Presence.BUSY);
      assertThat(FloorRules.presence(Role.TEAM_LEADER, true, false)).isEqualTo(Presence.FREE);
      assertThat(FloorRules.presence(Role.AGENT, true, true)).isEqualTo(Presence.FREE);
      assertThat(FloorRules.presence(Role.AGENT, false, false)).isEqualTo(Presence.AWAY);
    }
  }
}
