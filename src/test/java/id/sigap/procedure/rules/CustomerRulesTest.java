package id.sigap.procedure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.procedure.Rejection;
import id.sigap.procedure.rules.CustomerRules.CustomerState;
import id.sigap.procedure.rules.CustomerRules.MergeState;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

  private static final CustomerState BUDI = new CustomerState(UUID.randomUUID(), null);
  private static final CustomerState SARI = new CustomerState(UUID.randomUUID(), null);

  @Test
  void twoCustomersInNoMergeMayBeMerged_R_C_8() {
    assertThat(CustomerRules.merge(BUDI, SARI)).isEmpty();
  }

  @Test
  void aCustomerIsNotMergedIntoThemselves_R_C_8() {
    Rejection refused = CustomerRules.merge(BUDI, BUDI).orElseThrow();
    assertThat(refused.rule()).isEqualTo("R-C-8");
    assertThat(refused.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }

  @Test
  void aCustomerMergedAwayIsNotMergedAgainNorMergedInto_R_C_8() {
    CustomerState mergedAway = new CustomerState(UUID.randomUUID(), SARI.id());
    Rejection from = CustomerRules.merge(mergedAway, BUDI).orElseThrow();
    assertThat(from.rule()).isEqualTo("R-C-8");
    assertThat(from.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(from.detail()).contains("undo that merge first");
    Rejection into = CustomerRules.merge(BUDI, mergedAway).orElseThrow();
    assertThat(into.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(into.detail()).contains(SARI.id().toString());
  }

  @Test
  void onlyAMergeInForceIsUndone_R_C_8() {
    assertThat(CustomerRules.undoMerge(new MergeState(UUID.randomUUID(), true))).isEmpty();
    Rejection undone =
        CustomerRules.undoMerge(new MergeState(UUID.randomUUID(), false)).orElseThrow();
    assertThat(undone.rule()).isEqualTo("R-C-8");
    assertThat(undone.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void aServiceNumberGivenMustReadAsOne_R_C_8() {
    assertThat(CustomerRules.serviceNumber(null)).isEmpty();
    assertThat(CustomerRules.serviceNumber("1221-0123-4567")).isEmpty();
    Rejection refused = CustomerRules.serviceNumber("0812-3456-7890").orElseThrow();
    assertThat(refused.rule()).isEqualTo("R-C-8");
    assertThat(refused.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }
}
