package id.sigap.telkomcare.detection;

import id.sigap.telkomcare.detection.AnalysedThread.AnalysedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * C-TC-2: some {@code burstMessages} messages lie within a window strictly shorter than the
 * channel's limit (4m59s counts on social media, 5m0s does not). Messages may arrive in any order;
 * those without a time cannot be placed and are left out. The earliest such window is the evidence.
 */
final class BurstCriterion implements CriterionCheck {

  @Override
  public Criterion criterion() {
    return Criterion.C_TC_2;
  }

  @Override
  public CriterionResult evaluate(AnalysedThread thread, DetectionPolicy policy) {
    List<AnalysedMessage> timed = new ArrayList<>();
    for (AnalysedMessage message : thread.messages()) {
      if (message.message().at() != null) {
        timed.add(message);
      }
    }
    timed.sort(Comparator.comparing((AnalysedMessage m) -> m.message().at()));
    int size = policy.burstMessages();
    Duration limit = policy.burstWindow(thread.channel());
    for (int first = 0; first + size <= timed.size(); first++) {
      List<AnalysedMessage> window = timed.subList(first, first + size);
      Duration span =
          Duration.between(window.get(0).message().at(), window.get(size - 1).message().at());
      if (span.compareTo(limit) < 0) {
        String note = size + " messages in " + format(span);
        return CriterionResult.of(
            window.stream()
                .map(m -> new Evidence(m.index(), m.message().at().toString(), note))
                .toList());
      }
    }
    return CriterionResult.NOT_MET;
  }

  /** "4m59s", "45s", "1h0m2s": short enough for an agent's screen. */
  static String format(Duration span) {
    long hours = span.toHours();
    int minutes = span.toMinutesPart();
    int seconds = span.toSecondsPart();
    if (hours > 0) {
      return hours + "h" + minutes + "m" + seconds + "s";
    }
    return minutes > 0 ? minutes + "m" + seconds + "s" : seconds + "s";
  }
}
