package id.sigap.telkomcare.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One phrase of a phrase list after its alternatives are expanded: a sequence of words, each an
 * exact word, a prefix ("viral*") or a slot ("{media}") filled from the watchlist later.
 *
 * <p>Line syntax: words separated by spaces; "(a|b c|)" offers alternatives, an empty one makes the
 * group optional; a trailing "*" matches any word that starts so; "{media}" stands for any MEDIA
 * name of the watchlist. "[label]" lines name the phrases below them; "#" starts a comment line.
 */
record PhrasePattern(List<Word> words, String label) {

  private static final int MAX_EXPANSIONS = 5_000;

  record Word(String text, boolean prefix, boolean slot) {}

  PhrasePattern {
    words = List.copyOf(words);
  }

  static List<PhrasePattern> parse(String line, String label) {
    List<List<List<Word>>> groups = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        int close = line.indexOf(')', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed '(' in phrase: " + line);
        }
        List<List<Word>> alternatives = new ArrayList<>();
        for (String alternative : line.substring(i + 1, close).split("\\|", -1)) {
          alternatives.add(words(alternative));
        }
        groups.add(alternatives);
        i = close + 1;
      } else {
        int end = i;
        while (end < line.length()
            && !Character.isWhitespace(line.charAt(end))
            && line.charAt(end) != '(') {
          end++;
        }
        groups.add(List.of(words(line.substring(i, end))));
        i = end;
      }
    }
    List<List<Word>> expanded = List.of(List.of());
    for (List<List<Word>> group : groups) {
      List<List<Word>> next = new ArrayList<>();
      for (List<Word> head : expanded) {
        for (List<Word> alternative : group) {
          List<Word> joined = new ArrayList<>(head);
          joined.addAll(alternative);
          next.add(joined);
        }
      }
      if (next.size() > MAX_EXPANSIONS) {
        throw new IllegalArgumentException("phrase expands too far: " + line);
      }
      expanded = next;
    }
    return expanded.stream()
        .filter(words -> !words.isEmpty())
        .map(words -> new PhrasePattern(words, label))
        .toList();
  }

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    for (String piece : text.trim().split("\\s+")) {
      if (piece.isEmpty()) {
        continue;
      }
      if (piece.startsWith("{") && piece.endsWith("}")) {
        words.add(
            new Word(piece.substring(1, piece.length() - 1).toLowerCase(Locale.ROOT), false, true));
        continue;
      }
      boolean prefix = piece.endsWith("*");
      List<String> split =
          TextNormalizer.words(prefix ? piece.substring(0, piece.length() - 1) : piece);
      if (split.isEmpty()) {
        throw new IllegalArgumentException("no word in '" + piece + "' of phrase: " + text);
      }
      for (int k = 0; k < split.size(); k++) {
        words.add(new Word(split.get(k), prefix && k == split.size() - 1, false));
      }
    }
    return words;
  }
}
