package id.sigap.procedure.rules;

import static id.sigap.procedure.rules.CaseSnapshots.AGENT;
import static id.sigap.procedure.rules.CaseSnapshots.NOW;
import static id.sigap.procedure.rules.CaseSnapshots.OTHER_TL;
import static id.sigap.procedure.rules.CaseSnapshots.TL;
import static id.sigap.procedure.rules.CaseSnapshots.accepted;
import static id.sigap.procedure.rules.CaseSnapshots.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.CaseStatus;
import id.sigap.procedure.EscalationStatus;
import id.sigap.procedure.Rejection;
import id.sigap.procedure.event.CaseEvent.CaseClosed;
import id.sigap.procedure.event.CaseEvent.DirectionGiven;
import id.sigap.procedure.event.CaseEvent.ProblemIdentified;
import id.sigap.procedure.rules.CaseSnapshots.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** K-4: the TL identifies the problem while listening and the resolution's category shows it. */
class AccuracyRulesTest {

  static final List<String> CATEGORIES = List.of("GANGGUAN_INTERNET", "TAGIHAN", "LAINNYA");

  static Snapshot listening() {
    return Snapshot.raised().withHand(Snapshot.hand(EscalationStatus.LISTENING));
  }

  @Test
  void theTlListeningIdentifiesTheProblemFromThePolicysCategories_K_4() {
    ProblemIdentified identified =
        (ProblemIdentified)
            accepted(
                AccuracyRules.identify(
                    listening(), TL, "E1", "TAGIHAN", "Tagihan dobel", CATEGORIES, NOW));
    assertThat(identified.category()).isEqualTo("TAGIHAN");
    assertThat(identified.escalationId()).isEqualTo("E1");
    assertThat(identified.actor()).isEqualTo("tl1");
    // at the desk it may still be corrected
    assertThat(
            accepted(
                    AccuracyRules.identify(
                        Snapshot.followingUp(), TL, "E1", "LAINNYA", null, CATEGORIES, NOW))
                .type()
                .name())
        .isEqualTo("PROBLEM_IDENTIFIED");
  }

  @Test
  void onlyTheAddresseeWhileListeningWithAKnownCategory_K_4() {
    assertThat(
            refusal(
                    AccuracyRules.identify(
                        Snapshot.raised(), TL, "E1", "TAGIHAN", null, CATEGORIES, NOW))
                .rule())
        .isEqualTo("K-4");
    assertThat(
            refusal(
                    AccuracyRules.identify(
                        listening(), OTHER_TL, "E1", "TAGIHAN", null, CATEGORIES, NOW))
                .rule())
        .isEqualTo("R-IN-5");
    Rejection unknown =
        refusal(AccuracyRules.identify(listening(), TL, "E1", "CUACA", null, CATEGORIES, NOW));
    assertThat(unknown.rule()).isEqualTo("K-4");
    assertThat(unknown.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    assertThat(unknown.detail()).contains("GANGGUAN_INTERNET");
    assertThat(
            refusal(
                    AccuracyRules.identify(
                        Snapshot.followingUp().with(CaseStatus.CLOSED),
                        TL,
                        "E1",
                        "TAGIHAN",
                        null,
                        CATEGORIES,
                        NOW))
                .kind())
        .isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void theDirectionIsGivenAtTheDesk_K_4() {
    DirectionGiven given =
        (DirectionGiven)
            accepted(
                AccuracyRules.giveDirection(
                    Snapshot.followingUp(), TL, "E1", "Tawarkan telepon balik", NOW));
    assertThat(given.direction()).isEqualTo("Tawarkan telepon balik");
    assertThat(refusal(AccuracyRules.giveDirection(listening(), TL, "E1", "x", NOW)).rule())
        .isEqualTo("K-4");
    assertThat(refusal(AccuracyRules.giveDirection(Snapshot.followingUp(), AGENT, "E1", "x", NOW)))
        .isNotNull();
  }

  @Test
  void anIdentifiedCaseClosesWithAResolutionCategoryOfThePolicy_K_4() {
    id.sigap.procedure.CaseState identified =
        CaseSnapshots.identified(Snapshot.followingUp().finalCallBack(true), "TAGIHAN");
    assertThat(
            refusal(CallBackRules.close(identified, TL, "Selesai", null, CATEGORIES, NOW)).rule())
        .isEqualTo("K-4");
    assertThat(
            refusal(CallBackRules.close(identified, TL, "Selesai", "CUACA", CATEGORIES, NOW))
                .detail())
        .contains("TAGIHAN");
    CaseClosed closed =
        (CaseClosed)
            accepted(CallBackRules.close(identified, TL, "Selesai", "TAGIHAN", CATEGORIES, NOW));
    assertThat(closed.resolutionCategory()).isEqualTo("TAGIHAN");
    // never identified: the category may be left out, as before K-4
    assertThat(
            ((CaseClosed)
                    accepted(
                        CallBackRules.close(
                            Snapshot.followingUp().finalCallBack(true),
                            TL,
                            "Selesai",
                            null,
                            CATEGORIES,
                            NOW)))
                .resolutionCategory())
        .isNull();
  }
}
