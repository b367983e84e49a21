package id.sigap.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void aMaskedNumberKeepsTheOperatorPrefixAndTheLastFourDigits() {
    assertThat(PhoneNumbers.mask("+62 812 3456 7890")).isEqualTo("+62 812 **** 7890");
    assertThat(PhoneNumbers.mask("6281234567890")).isEqualTo("+62 812 **** 7890");
    assertThat(PhoneNumbers.mask("0812-3456-789")).isEqualTo("0812 **** 6789");
    assertThat(PhoneNumbers.mask("+1 555 123 4567")).isEqualTo("**** 4567");
    assertThat(PhoneNumbers.mask("12345")).isEqualTo("****");
    assertThat(PhoneNumbers.mask(null)).isNull();
  }

  @Test
  void onlyThoseWhoCallTheCustomerOrAnswerForTheCaseSeeTheWholeNumber() {
    String phone = "+62 812 3456 7890";
    for (Role role : Role.values()) {
      boolean whole =
          role == Role.AGENT
              || role == Role.TEAM_LEADER
              || role == Role.PIC_TICKET
              || role == Role.SUPERVISOR
              || role == Role.MANAGER;
      assertThat(PhoneNumbers.forViewer(role, phone))
          .as(role.name())
          .isEqualTo(whole ? phone : "+62 812 **** 7890");
    }
  }

  @Test
  void numbersInFreeTextAreMaskedAndDatesIdsAndTimesAreLeftAlone() {
    assertThat(
            PhoneNumbers.maskIn(
                "Key (customer_phone)=(+62 812 3456 7890) and 08123456789 at 2026-11-29T08:00:00Z"
                    + " case 5f0e1a2b-0c3d-4e5f-8a9b-0c1d2e3f4a5b id 4711"))
        .isEqualTo(
            "Key (customer_phone)=(+62 812 **** 7890) and 0812 **** 6789 at 2026-11-29T08:00:00Z"
                + " case 5f0e1a2b-0c3d-4e5f-8a9b-0c1d2e3f4a5b id 4711");
  }

  @Test
  void oneCustomerWhateverFormTheNumberIsWrittenIn_R_C_8() {
    for (String written :
        new String[] {
          "+62 812 3456 7890",
          "+6281234567890",
          "6281234567890",
          "081234567890",
          "0812-3456-7890",
          "0812.3456.7890",
          "(0812) 3456 7890",
          " 0812 3456 7890 ",
          "81234567890"
        }) {
      assertThat(PhoneNumbers.canonical(written)).as(written).isEqualTo("6281234567890");
    }
    assertThat(PhoneNumbers.canonical("+1 555 123 4567")).isNull();
    assertThat(PhoneNumbers.canonical("0812")).isNull();
    assertThat(PhoneNumbers.canonical("0812 3456 7890 1234 5")).isNull();
    assertThat(PhoneNumbers.canonical("budi@example.com")).isNull();
    assertThat(PhoneNumbers.canonical("")).isNull();
    assertThat(PhoneNumbers.canonical(null)).isNull();
  }
}
