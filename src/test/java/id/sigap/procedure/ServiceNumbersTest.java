package id.sigap.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceNumbersTest {

  @Test
  void aServiceNumberIsOneNumberHoweverItIsWritten_R_C_8() {
    assertThat(ServiceNumbers.canonical("122101234567")).isEqualTo("122101234567");
    assertThat(ServiceNumbers.canonical(" 1221-0123-4567 ")).isEqualTo("122101234567");
    assertThat(ServiceNumbers.canonical("1221 0123 4567")).isEqualTo("122101234567");
    assertThat(ServiceNumbers.canonical("1221.0123.4567")).isEqualTo("122101234567");
  }

  @Test
  void phoneNumbersLettersAndWrongLengthsAreNotServiceNumbers_R_C_8() {
    assertThat(ServiceNumbers.canonical("081234567890")).isNull();
    assertThat(ServiceNumbers.canonical("+62 812 3456 7890")).isNull();
    assertThat(ServiceNumbers.canonical("12345678")).isNull();
    assertThat(ServiceNumbers.canonical("123456789012345")).isNull();
    assertThat(ServiceNumbers.canonical("1221O1234567")).isNull();
    assertThat(ServiceNumbers.canonical("")).isNull();
    assertThat(ServiceNumbers.canonical(null)).isNull();
  }
}
