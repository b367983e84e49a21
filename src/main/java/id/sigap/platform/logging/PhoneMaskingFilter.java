package id.sigap.platform.logging;

import id.sigap.procedure.PhoneNumbers;
import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks customers' phone numbers in every log line (message and arguments), whoever logs them: a
 * database error quoting a row, a library's debug output. Installed on the console by {@code
 * quarkus.log.console.filter=mask-phones}.
 */
@LoggingFilter(name = "mask-phones")
public final class PhoneMaskingFilter implements Filter {

  @Override
  public boolean isLoggable(LogRecord record) {
    String message = record.getMessage();
    String masked = PhoneNumbers.maskIn(message);
    if (masked != null && !masked.equals(message)) {
      // keep the record's format style (printf or MessageFormat), or its arguments are lost
      if (record instanceof ExtLogRecord ext) {
        ext.setMessage(masked, ext.getFormatStyle());
      } else {
        record.setMessage(masked);
      }
    }
    Object[] parameters = record.getParameters();
    if (parameters != null) {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] instanceof CharSequence text) {
          parameters[i] = PhoneNumbers.maskIn(text.toString());
        }
      }
    }
    return true;
  }
}
