package id.sigap.telkomcare.detection;

import java.util.ArrayList;
import java.util.List;

/** A thread tokenised once, so that the five criteria do not each normalise the same text. */
final class AnalysedThread {

  private static final Author NOBODY = new Author(null, null, false, 0, null);

  /** A message with its index in the caller's list and its tokens. */
  record AnalysedMessage(int index, Message message, String text, List<Token> tokens) {

    String excerpt(int fromToken, int toToken) {
      return text.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }

    String excerpt(Token token) {
      return text.substring(token.start(), token.end());
    }
  }

  private final TelkomCareChannel channel;
  private final TelkomCarePlatform platform;
  private final Author author;
  private final List<AnalysedMessage> messages;
  private final List<OtherThreadMessage> otherThreads;

  AnalysedThread(MessageThread thread, TextNormalizer normalizer) {
    this.channel = thread == null ? null : thread.channel();
    this.platform = thread == null ? null : thread.platform();
    this.otherThreads = thread == null ? List.of() : thread.otherThreads();
    this.author = thread == null || thread.author() == null ? NOBODY : thread.author();
    List<AnalysedMessage> analysed = new ArrayList<>();
    List<Message> raw = thread == null ? List.of() : thread.messages();
    for (int i = 0; i < raw.size(); i++) {
      Message message = raw.get(i);
      if (message != null) {
        String text = message.text() == null ? "" : message.text();
        analysed.add(new AnalysedMessage(i, message, text, normalizer.tokens(text)));
      }
    }
    this.messages = List.copyOf(analysed);
  }

  TelkomCareChannel channel() {
    return channel;
  }

  TelkomCarePlatform platform() {
    return platform;
  }

  /** The customer's other open threads' messages; only C-TC-2 reads them. */
  List<OtherThreadMessage> otherThreads() {
    return otherThreads;
  }

  Author author() {
    return author;
  }

  List<AnalysedMessage> messages() {
    return messages;
  }
}
