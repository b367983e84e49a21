package id.sigap.telkomcare;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.sigap.telkomcare.assessment.AssessmentRequest;
import id.sigap.telkomcare.assessment.AssessmentView;
import id.sigap.telkomcare.detection.DetectionPolicy;
import id.sigap.telkomcare.detection.HardComplaintDetector;
import id.sigap.telkomcare.detection.PhraseBook;
import id.sigap.telkomcare.detection.Watchlist;
import id.sigap.telkomcare.detection.WatchlistCategory;
import id.sigap.telkomcare.detection.WatchlistEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * In-process throughput of what POST /api/v1/telkomcare/assessments does for one request, without
 * HTTP, security or the network: read the JSON body, assess the thread with the seed watchlist,
 * write the JSON answer. Not a test; run its main() (see bench/telkomcare/README.md). Arguments:
 * seconds to measure (default 5) and threads (default: 1, then the number of cores).
 */
public final class AssessmentThroughput {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** The 10-message thread the HTTP run (bench/telkomcare/assess.lua) posts too. */
  static final String[] TEXTS = {
    "@TelkomCare internet saya mati dari pagi, tolong dicek min",
    "SUDAH SEMINGGU WIFI MATI DAN TIDAK ADA TEKNISI YANG DATANG!!",
    "halo min?? kok diem aja 😡😡",
    "cc @BRTI_ID @YLKI_ID tolong pelanggan dibela",
    "tadi lihat di berita katanya gangguan massal, benar?",
    "LEMOOOT BGT, GK BS BUKA APA2 https://pic.twitter.com/abc123",
    "Saya juga akan tanyakan ke Kominfo dan Ombudsman RI",
    "kalau tidak ada solusi, saya viralkan di semua media",
    "Tetangga bilang \"lapor ke Kompas saja\", tapi saya tunggu jawaban admin dulu",
    "JAWAB DONG MIN, SAYA BAYAR TIAP BULAN LHO"
  };

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private AssessmentThroughput() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    int cores = Runtime.getRuntime().availableProcessors();
    List<Integer> threadCounts =
        args.length > 1 ? List.of(Integer.parseInt(args[1])) : List.of(1, cores);
    HardComplaintDetector detector = new HardComplaintDetector(seed(), PhraseBook.loadDefault());
    DetectionPolicy policy = DetectionPolicy.w10Rev02();
    byte[] body = JSON.writeValueAsBytes(thread(TEXTS.length, 40));

    System.out.printf(
        Locale.ROOT,
        "Java %s, %d cores; body %d bytes, %d messages%n",
        System.getProperty("java.version"),
        cores,
        body.length,
        TEXTS.length);
    measure("warm-up", body, detector, policy, 1, 5);
    for (int threads : threadCounts) {
      measure("read + assess + write", body, detector, policy, threads, seconds);
    }

    // The largest body the server takes (1 MiB): how long one request holds a thread
    byte[] largest = JSON.writeValueAsBytes(thread(200, 40, 5_000));
    long start = System.nanoTime();
    int runs = 20;
    for (int i = 0; i < runs; i++) {
      once(largest, detector, policy);
    }
    System.out.printf(
        Locale.ROOT,
        "largest body (%d bytes, 200 messages of 5,000 characters): %.1f ms each%n",
        largest.length,
        (System.nanoTime() - start) / 1e6 / runs);
  }

  private static void measure(
      String label,
      byte[] body,
      HardComplaintDetector detector,
      DetectionPolicy policy,
      int threads,
      double seconds)
      throws Exception {
    long nanos = (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> counts = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        counts.add(
            pool.submit(
                () -> {
                  long cpuStart = CPU.getCurrentThreadCpuTime();
                  long end = System.nanoTime() + nanos;
                  long count = 0;
                  while (System.nanoTime() < end) {
                    once(body, detector, policy);
                    count++;
                  }
                  return new long[] {count, CPU.getCurrentThreadCpuTime() - cpuStart};
                }));
      }
      long total = 0;
      long cpuNanos = 0;
      for (Future<long[]> count : counts) {
        total += count.get()[0];
        cpuNanos += count.get()[1];
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (!label.equals("warm-up")) {
        // CPU time per assessment does not depend on what else the machine runs, wall time does
        double cpuMicros = cpuNanos / 1e3 / total;
        System.out.printf(
            Locale.ROOT,
            "%s, %d thread(s): %d in %.2f s = %.0f threads/s; CPU %.1f µs each"
                + " = %.0f threads/s per core%n",
            label,
            threads,
            total,
            elapsed,
            total / elapsed,
            cpuMicros,
            1e6 / cpuMicros);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static int once(byte[] body, HardComplaintDetector detector, DetectionPolicy policy) {
    try {
      AssessmentRequest request = JSON.readValue(body, AssessmentRequest.class);
      AssessmentView view = AssessmentView.of(detector.assess(request.toThread(), policy));
      return JSON.writeValueAsBytes(view).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> thread(int messages, int secondsApart) {
    return thread(messages, secondsApart, 0);
  }

  /** A social thread cycling through {@link #TEXTS}; with a length, each text is padded to it. */
  static Map<String, Object> thread(int messages, int secondsApart, int length) {
    Instant at = Instant.parse("2026-10-05T03:00:00Z");
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      String text = TEXTS[i % TEXTS.length];
      if (length > 0) {
        StringBuilder padded = new StringBuilder(length);
        while (padded.length() + text.length() + 1 <= length) {
          padded.append(text).append(' ');
        }
        text = padded.toString().strip();
      }
      list.add(Map.of("at", at.plusSeconds((long) secondsApart * i).toString(), "text", text));
    }
    return Map.of(
        "channel",
        "SOCIAL",
        "author",
        Map.of(
            "handle",
            "@pelanggan_setia",
            "name",
            "Dewi",
            "verified",
            false,
            "followers",
            150,
            "bio",
            "guru SD"),
        "messages",
        list);
  }

  /** The seed watchlist, read from the file the migration's rows were generated from. */
  static Watchlist seed() throws IOException {
    try (InputStream in =
        AssessmentThroughput.class.getResourceAsStream("/telkomcare/watchlist-seed.json")) {
      JsonNode root = JSON.readTree(in);
      List<String> ignored = new ArrayList<>();
      root.get("ignoreHandles").forEach(h -> ignored.add(h.asText()));
      List<WatchlistEntry> entries = new ArrayList<>();
      for (JsonNode entry : root.get("entries")) {
        List<String> names = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        entry.get("names").forEach(n -> names.add(n.asText()));
        entry.get("handles").forEach(h -> handles.add(h.asText()));
        entries.add(
            new WatchlistEntry(
                WatchlistCategory.valueOf(entry.get("category").asText()), names, handles));
      }
      return Watchlist.fromEntries(ignored, entries);
    }
  }
}
