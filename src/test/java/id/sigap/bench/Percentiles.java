package id.sigap.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds, summarised the way the benchmarks report them. */
final class Percentiles {

  private final List<Double> samples = new ArrayList<>();

  synchronized void add(double millis) {
    samples.add(millis);
  }

  synchronized double at(double quantile) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  synchronized void clear() {
    samples.clear();
  }

  synchronized int count() {
    return samples.size();
  }

  String summary() {
    return String.format(
        "n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms",
        count(), at(0.50), at(0.90), at(0.99), at(1.0));
  }
}
