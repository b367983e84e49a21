package id.sigap.telkomcare.detection;

import id.sigap.telkomcare.detection.AnalysedThread.AnalysedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * C-TC-2: some {@code burstMessages} messages lie within a window strictly shorter than the
 * channel's limit (4m59s counts on social media, 5m0s does not). Messages may arrive in any order;
 * those without a time cannot be placed and are left out. The earliest such window is the evidence.
 *
 * <p>R-C-8: the burst counts the customer's messages on every platform and channel: the messages of
 * their other open threads join this thread's, and a burst must hold at least one of this thread's
 * (a burst elsewhere alone is that thread's evidence, not this one's). Five messages of mixed
 * channels have the window of the slowest among them: under 15 minutes when any of the five is an
 * e-mail (or another non-social message), under 5 minutes when all five are social. Its evidence
 * then names the platforms, and each message's own.
 */
final class BurstCriterion implements CriterionCheck {

  /** A message that has a time: this thread's (its index) or another thread's. */
  private record Timed(
      int index, Instant at, TelkomCareChannel channel, TelkomCarePlatform platform) {

    boolean here() {
      return index != Evidence.OTHER_THREAD;
    }

    String where() {
      if (platform != null) {
        return platform.name();
      }
      return channel == null ? "UNKNOWN" : channel.name();
    }
  }

  @Override
  public Criterion criterion() {
    return Criterion.C_TC_2;
  }

  @Override
  public CriterionResult evaluate(AnalysedThread thread, DetectionPolicy policy) {
    List<Timed> timed = new ArrayList<>();
    for (AnalysedMessage message : thread.messages()) {
      if (message.message().at() != null) {
        timed.add(
            new Timed(
                message.index(), message.message().at(), thread.channel(), thread.platform()));
      }
    }
    for (OtherThreadMessage other : thread.otherThreads()) {
      timed.add(new Timed(Evidence.OTHER_THREAD, other.at(), other.channel(), other.platform()));
    }
    // stable: at one instant this thread's messages come first
    timed.sort(Comparator.comparing(Timed::at));
    int size = policy.burstMessages();
    Duration longest = max(policy.socialBurstWindow(), policy.nonSocialBurstWindow());
    // the earliest first message, then the shortest run from it: for a thread on one channel that
    // is the earliest five in a row, as before platforms counted
    for (int first = 0; first + size <= timed.size(); first++) {
      Duration limit = Duration.ZERO;
      boolean here = false;
      for (int last = first; last < timed.size(); last++) {
        Duration span = Duration.between(timed.get(first).at(), timed.get(last).at());
        if (span.compareTo(longest) >= 0) {
          break;
        }
        limit = max(limit, policy.burstWindow(timed.get(last).channel()));
        here |= timed.get(last).here();
        if (last - first + 1 >= size && here && span.compareTo(limit) < 0) {
          return evidence(timed.subList(first, last + 1), limit, size, policy);
        }
      }
    }
    return CriterionResult.NOT_MET;
  }

  /**
   * Five of the run: one of this thread's and one with the run's window first, so that the five
   * have the run's window, then the run's ends, then the earliest others.
   */
  private static CriterionResult evidence(
      List<Timed> run, Duration window, int size, DetectionPolicy policy) {
    List<Timed> wanted = new ArrayList<>();
    run.stream().filter(Timed::here).findFirst().ifPresent(wanted::add);
    run.stream()
        .filter(m -> policy.burstWindow(m.channel()).equals(window))
        .findFirst()
        .ifPresent(wanted::add);
    wanted.add(run.get(0));
    wanted.add(run.get(run.size() - 1));
    wanted.addAll(run);
    // by identity: two messages of another thread may be equal in time and place
    Set<Timed> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Timed> five = new ArrayList<>();
    for (Timed m : wanted) {
      if (five.size() < size && chosen.add(m)) {
        five.add(m);
      }
    }
    five.sort(Comparator.comparing(Timed::at));
    Duration span = Duration.between(five.get(0).at(), five.get(five.size() - 1).at());
    String note = size + " messages in " + format(span);
    Set<String> platforms = new LinkedHashSet<>();
    five.forEach(m -> platforms.add(m.where()));
    boolean across = platforms.size() > 1 || five.stream().anyMatch(m -> !m.here());
    return CriterionResult.of(
        five.stream()
            .map(
                m ->
                    new Evidence(
                        m.index(),
                        m.at().toString(),
                        across
                            ? note
                                + " across "
                                + String.join(", ", platforms)
                                + "; this one: "
                                + m.where()
                                + (m.here() ? "" : ", another thread")
                            : note))
            .toList());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
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
