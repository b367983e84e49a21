package id.sigap.telkomcare.detection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rough single-thread throughput of {@link HardComplaintDetector#assess} on a 10-message thread: 2
 * s of warm-up, then 5 s measured. Not a test; run its main().
 */
public final class DetectorThroughput {

  private static final String[] TEXTS = {
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

  public static void main(String[] args) {
    HardComplaintDetector detector =
        new HardComplaintDetector(Fixtures.seedWatchlist(), PhraseBook.loadDefault());
    DetectionPolicy policy = DetectionPolicy.w10Rev02();
    MessageThread thread = thread();
    run(detector, thread, policy, 2_000_000_000L);
    long start = System.nanoTime();
    long count = run(detector, thread, policy, 5_000_000_000L);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d assessments of a %d-message thread in %.2f s: %.0f threads/second%n",
        count,
        TEXTS.length,
        seconds,
        count / seconds);
  }

  private static long run(
      HardComplaintDetector detector, MessageThread thread, DetectionPolicy policy, long nanos) {
    long end = System.nanoTime() + nanos;
    long count = 0;
    int met = 0;
    while (System.nanoTime() < end) {
      met += detector.assess(thread, policy).criteriaMet();
      count++;
    }
    if (met < 0) {
      System.out.println(met); // keeps the JIT from discarding the work
    }
    return count;
  }

  private static MessageThread thread() {
    List<Message> messages = new ArrayList<>();
    Instant at = Instant.parse("2026-10-05T03:00:00Z");
    for (int i = 0; i < TEXTS.length; i++) {
      messages.add(new Message(at.plusSeconds(40L * i), TEXTS[i]));
    }
    Author author = new Author("@pelanggan_setia", "Dewi", false, 150, "guru SD");
    return new MessageThread(TelkomCareChannel.SOCIAL, author, messages);
  }
}
