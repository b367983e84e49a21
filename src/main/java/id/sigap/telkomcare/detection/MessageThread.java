package id.sigap.telkomcare.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A customer's thread on TelkomCare. Null messages are kept as gaps so that evidence indexes still
 * point at the caller's list.
 */
public record MessageThread(TelkomCareChannel channel, Author author, List<Message> messages) {

  public MessageThread {
    messages =
        messages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(messages));
  }
}
