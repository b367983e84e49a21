package id.sigap.telkomcare.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A customer's thread on TelkomCare. Null messages are kept as gaps so that evidence indexes still
 * point at the caller's list. {@code platform} may be null (unknown); {@code otherThreads} holds
 * the messages of the customer's other open threads, which C-TC-2 counts too (R-C-8).
 */
public record MessageThread(
    TelkomCareChannel channel,
    TelkomCarePlatform platform,
    Author author,
    List<Message> messages,
    List<OtherThreadMessage> otherThreads) {

  public MessageThread {
    messages =
        messages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(messages));
    otherThreads =
        otherThreads == null
            ? List.of()
            : otherThreads.stream().filter(m -> m != null && m.at() != null).toList();
  }

  /** A thread on its own: no platform named, no other thread of the customer. */
  public MessageThread(TelkomCareChannel channel, Author author, List<Message> messages) {
    this(channel, null, author, messages, List.of());
  }
}
