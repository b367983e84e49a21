package id.sigap.telkomcare.detection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns free text into tokens for matching. Each token is normalised on its own (NFKC, lower case,
 * letters repeated three or more times collapsed to one and to two, slang expanded) rather than the
 * whole text, so that every token keeps its exact span in the text as written. Links are dropped;
 * emoji and punctuation only separate words. Text inside quotation marks, and e-mail lines quoted
 * with "&gt;", is marked as someone else's words.
 */
final class TextNormalizer {

  // A bare domain only counts as a link with a path ("detik.com/x"): "Suara.com" is a name.
  private static final Pattern LINK =
      Pattern.compile(
          "(?i)(?:\\bhttps?://|\\bwww\\.)\\S+"
              + "|(?<![\\p{L}\\p{N}.-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+/\\S*");
  private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>.*$");

  private final Map<String, String> slang;

  TextNormalizer(Map<String, String> slang) {
    this.slang = Map.copyOf(slang);
  }

  List<Token> tokens(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<int[]> links = mayHoldLink(text) ? spans(LINK.matcher(text)) : List.of();
    List<int[]> quotes = quoteSpans(text);
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int lastEnd = 0;
    while (i < text.length()) {
      int linkEnd = endOfSpanAt(links, i);
      if (linkEnd > i) {
        i = linkEnd;
        continue;
      }
      int cp = text.codePointAt(i);
      if ((cp == '@' || cp == '#') && !isWordChar(codePointBefore(text, i))) {
        int end = tagEnd(text, i + 1, cp == '@');
        if (end > i + 1) {
          addTag(tokens, text, i, end, cp == '@', inAny(quotes, i), breaksClause(text, lastEnd, i));
          i = lastEnd = end;
          continue;
        }
      }
      if (isWordChar(cp)) {
        int end = wordEnd(text, i);
        boolean clauseStart = breaksClause(text, lastEnd, i);
        tokens.add(word(Token.Kind.WORD, text, i, end, inAny(quotes, i), clauseStart));
        i = lastEnd = end;
        continue;
      }
      i += Character.charCount(cp);
    }
    return tokens;
  }

  /** The lower-case words of a phrase or a name, as the phrase lists and watchlist write them. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    if (phrase == null) {
      return words;
    }
    int i = 0;
    while (i < phrase.length()) {
      int cp = phrase.codePointAt(i);
      if (isWordChar(cp)) {
        int end = wordEnd(phrase, i);
        words.add(lower(phrase.substring(i, end)));
        i = end;
      } else {
        i += Character.charCount(cp);
      }
    }
    return words;
  }

  /** The comparable form of a handle: NFKC, lower case, one leading '@'; null when blank. */
  static String handleKey(String handle) {
    if (handle == null) {
      return null;
    }
    String key = lower(handle.strip());
    while (key.startsWith("@")) {
      key = key.substring(1);
    }
    return key.isEmpty() ? null : "@" + key;
  }

  private void addTag(
      List<Token> tokens,
      String text,
      int start,
      int end,
      boolean handle,
      boolean quoted,
      boolean clauseStart) {
    if (handle) {
      String written = text.substring(start, end);
      tokens.add(
          new Token(
              Token.Kind.HANDLE,
              start,
              end,
              nfkc(written),
              new String[] {handleKey(written)},
              quoted,
              clauseStart));
      return;
    }
    // A hashtag's words still say something (#viralkan, #kominfo), but never shout (C-TC-1).
    int i = start + 1;
    while (i < end) {
      if (text.charAt(i) == '_') {
        i++;
        continue;
      }
      int wordEnd = text.indexOf('_', i);
      wordEnd = wordEnd < 0 || wordEnd > end ? end : wordEnd;
      tokens.add(word(Token.Kind.HASHTAG, text, i, wordEnd, quoted, clauseStart));
      clauseStart = false;
      i = wordEnd;
    }
  }

  private Token word(
      Token.Kind kind, String text, int start, int end, boolean quoted, boolean clauseStart) {
    String cased = nfkc(text.substring(start, end));
    String[] forms = forms(cased.toLowerCase(Locale.ROOT));
    return new Token(kind, start, end, cased, forms, quoted, clauseStart);
  }

  /** Punctuation that ends a clause; a lone dot between words ("Suara.com") does not. */
  private static boolean breaksClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (",;:!?\n\r\u2026".indexOf(c) >= 0 || (c == '.' && to - from > 1)) {
        return true;
      }
    }
    return false;
  }

  private String[] forms(String lower) {
    String[] base =
        hasLongRun(lower)
            ? distinct(collapseRuns(lower, 1), collapseRuns(lower, 2))
            : new String[] {lower};
    String[] forms = base;
    for (String form : base) {
      String expanded = slang.get(form);
      if (expanded != null && !Arrays.asList(forms).contains(expanded)) {
        forms = Arrays.copyOf(forms, forms.length + 1);
        forms[forms.length - 1] = expanded;
      }
    }
    return forms;
  }

  private static String[] distinct(String a, String b) {
    return a.equals(b) ? new String[] {a} : new String[] {a, b};
  }

  private static boolean hasLongRun(String s) {
    int run = 1;
    for (int i = 1; i < s.length(); i++) {
      run = s.charAt(i) == s.charAt(i - 1) && Character.isLetter(s.charAt(i)) ? run + 1 : 1;
      if (run >= 3) {
        return true;
      }
    }
    return false;
  }

  /** "lemooot" becomes "lemot" (keep 1) or "lemoot" (keep 2); shorter runs stay as they are. */
  static String collapseRuns(String s, int keep) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int j = i;
      while (j < s.length() && s.charAt(j) == c) {
        j++;
      }
      int run = j - i;
      int copies = run >= 3 && Character.isLetter(c) ? keep : run;
      for (int k = 0; k < copies; k++) {
        out.append(c);
      }
      i = j;
    }
    return out.toString();
  }

  private static int tagEnd(String text, int from, boolean handle) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!(isWordChar(cp) || cp == '_' || (handle && cp == '.'))) {
        break;
      }
      i += Character.charCount(cp);
    }
    while (i > from && text.charAt(i - 1) == '.') {
      i--; // "@BRTI_ID." ends a sentence, the dot is not part of the handle
    }
    return i;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return true;
    }
    // Circled or parenthesised letters (Ⓛ) become letters under NFKC; emoji do not.
    if (type == Character.OTHER_SYMBOL) {
      String folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
      return !folded.isEmpty() && Character.isLetterOrDigit(folded.codePointAt(0));
    }
    return false;
  }

  private static int codePointBefore(String text, int i) {
    return i == 0 ? ' ' : text.codePointBefore(i);
  }

  private static String nfkc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  private static String lower(String s) {
    return nfkc(s).toLowerCase(Locale.ROOT);
  }

  private static List<int[]> spans(Matcher matcher) {
    List<int[]> spans = new ArrayList<>();
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    return spans;
  }

  /** Cheap pre-check: every link has a slash or starts with "www.". */
  private static boolean mayHoldLink(String text) {
    if (text.indexOf('/') >= 0) {
      return true;
    }
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> quoteSpans(String text) {
    List<int[]> spans =
        text.indexOf('>') >= 0 ? spans(QUOTED_LINE.matcher(text)) : new ArrayList<>();
    addPairs(spans, text, '"', '"');
    addPairs(spans, text, '\u201C', '\u201D');
    addPairs(spans, text, '\u00AB', '\u00BB');
    return spans;
  }

  private static void addPairs(List<int[]> spans, String text, char open, char close) {
    int from = text.indexOf(open);
    while (from >= 0) {
      int to = text.indexOf(close, from + 1);
      if (to < 0) {
        return; // an unpaired mark quotes nothing
      }
      spans.add(new int[] {from, to + 1});
      from = text.indexOf(open, to + 1);
    }
  }

  private static int endOfSpanAt(List<int[]> spans, int i) {
    for (int[] span : spans) {
      if (span[0] <= i && i < span[1]) {
        return span[1];
      }
    }
    return i;
  }

  private static boolean inAny(List<int[]> spans, int i) {
    return endOfSpanAt(spans, i) > i;
  }
}
