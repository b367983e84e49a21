package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.platform.logging.PhoneMaskingFilter;
import java.util.logging.Level;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class PhoneMaskingFilterTest {

  static String formatted(ExtLogRecord record) {
    new PhoneMaskingFilter().isLoggable(record);
    return new ExtFormatter() {
      @Override
      public String format(org.jboss.logmanager.ExtLogRecord r) {
        return formatMessage(r);
      }
    }.format(record);
  }

  @Test
  void aNumberInTheMessageOrItsArgumentsIsMaskedAndTheFormatStillWorks() {
    ExtLogRecord printf =
        new ExtLogRecord(Level.INFO, "Called %s back at %s", ExtLogRecord.FormatStyle.PRINTF, "x");
    printf.setParameters(new Object[] {"+62 812 3456 7890", "DESK-C1"});
    assertThat(formatted(printf)).isEqualTo("Called +62 812 **** 7890 back at DESK-C1");

    ExtLogRecord inMessage =
        new ExtLogRecord(
            Level.WARNING,
            "Key (customer_phone)=(08123456789) on %s",
            ExtLogRecord.FormatStyle.PRINTF,
            "x");
    inMessage.setParameters(new Object[] {"hard_complaint_case"});
    assertThat(formatted(inMessage))
        .isEqualTo("Key (customer_phone)=(0812 **** 6789) on hard_complaint_case");

    ExtLogRecord untouched =
        new ExtLogRecord(Level.INFO, "Listening on: %s", ExtLogRecord.FormatStyle.PRINTF, "x");
    untouched.setParameters(new Object[] {"http://0.0.0.0:8080"});
    assertThat(formatted(untouched)).isEqualTo("Listening on: http://0.0.0.0:8080");
  }
}
