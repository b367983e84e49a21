package id.sigap.telkomcare.detection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Test data: the seed watchlist, the labelled threads, and threads written in one line. */
final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final Instant T0 = Instant.parse("2026-10-05T03:00:00Z");

  private static final Watchlist SEED = loadWatchlist();
  private static final HardComplaintDetector DETECTOR =
      new HardComplaintDetector(SEED, PhraseBook.loadDefault());

  private Fixtures() {}

  /** A labelled thread: the request body of POST /api/v1/telkomcare/assessments and its labels. */
  record Labelled(
      String id,
      MessageThread thread,
      Map<Criterion, Boolean> criteria,
      boolean hardComplaint,
      String why) {

    @Override
    public String toString() {
      return id + (why == null ? "" : ": " + why);
    }
  }

  static Watchlist seedWatchlist() {
    return SEED;
  }

  static HardComplaintDetector detector() {
    return DETECTOR;
  }

  static Assessment assess(MessageThread thread) {
    return DETECTOR.assess(thread, DetectionPolicy.w10Rev02());
  }

  static List<Labelled> labelled(String resource) {
    JsonNode root = read(resource);
    List<Labelled> threads = new ArrayList<>();
    for (JsonNode node : root.get("threads")) {
      Map<Criterion, Boolean> criteria = new EnumMap<>(Criterion.class);
      node.get("criteria")
          .fields()
          .forEachRemaining(
              e -> criteria.put(Criterion.fromId(e.getKey()), e.getValue().asBoolean()));
      threads.add(
          new Labelled(
              node.get("id").asText(),
              thread(node.get("request")),
              criteria,
              node.get("hardComplaint").asBoolean(),
              node.hasNonNull("why") ? node.get("why").asText() : null));
    }
    return threads;
  }

  static MessageThread thread(JsonNode request) {
    JsonNode a = request.get("author");
    Author author =
        a == null
            ? null
            : new Author(
                text(a, "handle"),
                text(a, "name"),
                a.path("verified").asBoolean(false),
                a.path("followers").asLong(0),
                text(a, "bio"));
    List<Message> messages = new ArrayList<>();
    for (JsonNode m : request.path("messages")) {
      messages.add(
          new Message(
              m.hasNonNull("at") ? Instant.parse(m.get("at").asText()) : null, text(m, "text")));
    }
    return new MessageThread(
        TelkomCareChannel.valueOf(request.get("channel").asText()), author, messages);
  }

  /** An ordinary customer: no watchlisted handle, no telling bio, few followers. */
  static Author customer() {
    return new Author("@pelanggan_setia", "Dewi", false, 150, "guru SD");
  }

  /** A social thread by an ordinary customer, one message a minute apart. */
  static MessageThread social(String... texts) {
    return thread(TelkomCareChannel.SOCIAL, customer(), 60, texts);
  }

  static MessageThread thread(
      TelkomCareChannel channel, Author author, long secondsApart, String... texts) {
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      messages.add(new Message(T0.plusSeconds(i * secondsApart), texts[i]));
    }
    return new MessageThread(channel, author, messages);
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static Watchlist loadWatchlist() {
    JsonNode root = read("/telkomcare-watchlist.json");
    List<String> ignore = new ArrayList<>();
    root.get("ignoreHandles").forEach(h -> ignore.add(h.asText()));
    List<WatchlistEntry> entries = new ArrayList<>();
    for (JsonNode entry : root.get("entries")) {
      entries.add(
          new WatchlistEntry(
              WatchlistCategory.valueOf(entry.get("category").asText()),
              strings(entry.get("names")),
              strings(entry.get("handles"))));
    }
    return Watchlist.fromEntries(ignore, entries);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
