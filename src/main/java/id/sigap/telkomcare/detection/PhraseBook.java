package id.sigap.telkomcare.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the criteria read, kept as data in {@code /telkomcare/*.txt} so that a new slang
 * word or media phrase is a one-line change. Immutable and shared.
 */
public final class PhraseBook {

  private static final String FOLDER = "/telkomcare/";

  private final TextNormalizer normalizer;
  private final Set<String> shoutingAcronyms;
  private final List<PhrasePattern> complaintSignals;
  private final List<PhrasePattern> complaintDecoys;
  private final List<PhrasePattern> courtesies;
  private final List<PhrasePattern> mediaThreats;
  private final List<PhrasePattern> mediaDecoys;
  private final List<PhrasePattern> bioKeywords;
  private final List<PhrasePattern> bioDecoys;

  private PhraseBook() {
    this.normalizer = new TextNormalizer(slang(lines("slang.txt")));
    this.shoutingAcronyms = acronyms(lines("shouting-acronyms.txt"));
    this.complaintSignals = patterns("complaint-signals.txt");
    this.complaintDecoys = patterns("complaint-decoys.txt");
    this.courtesies = patterns("courtesies.txt");
    this.mediaThreats = patterns("media-threats.txt");
    this.mediaDecoys = patterns("media-decoys.txt");
    this.bioKeywords = patterns("profile-bio-keywords.txt");
    this.bioDecoys = patterns("profile-bio-decoys.txt");
  }

  /** The lists shipped with this component; loaded once. */
  public static PhraseBook loadDefault() {
    return Default.INSTANCE;
  }

  private static final class Default {
    private static final PhraseBook INSTANCE = new PhraseBook();
  }

  TextNormalizer normalizer() {
    return normalizer;
  }

  Set<String> shoutingAcronyms() {
    return shoutingAcronyms;
  }

  List<PhrasePattern> complaintSignals() {
    return complaintSignals;
  }

  List<PhrasePattern> complaintDecoys() {
    return complaintDecoys;
  }

  List<PhrasePattern> courtesies() {
    return courtesies;
  }

  List<PhrasePattern> mediaThreats() {
    return mediaThreats;
  }

  List<PhrasePattern> mediaDecoys() {
    return mediaDecoys;
  }

  List<PhrasePattern> bioKeywords() {
    return bioKeywords;
  }

  List<PhrasePattern> bioDecoys() {
    return bioDecoys;
  }

  private static List<PhrasePattern> patterns(String file) {
    List<PhrasePattern> patterns = new ArrayList<>();
    String label = null;
    for (String line : lines(file)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        label = line.substring(1, line.length() - 1).strip();
      } else {
        patterns.addAll(PhrasePattern.parse(line, label));
      }
    }
    return List.copyOf(patterns);
  }

  /** "gak, ga, nggak = tidak": each word on the left also reads as the single word on the right. */
  private static Map<String, String> slang(List<String> lines) {
    Map<String, String> slang = new HashMap<>();
    for (String line : lines) {
      String[] sides = line.split("=", 2);
      List<String> meaning = sides.length == 2 ? TextNormalizer.words(sides[1]) : List.of();
      if (meaning.size() != 1) {
        throw new IllegalStateException("slang line needs 'words = one word': " + line);
      }
      for (String word : sides[0].split(",")) {
        List<String> key = TextNormalizer.words(word);
        if (key.size() == 1 && !key.get(0).equals(meaning.get(0))) {
          slang.put(key.get(0), meaning.get(0));
        }
      }
    }
    return slang;
  }

  private static Set<String> acronyms(List<String> lines) {
    Set<String> acronyms = new HashSet<>();
    lines.forEach(line -> acronyms.add(line.toLowerCase(Locale.ROOT)));
    return Set.copyOf(acronyms);
  }

  /** The non-blank, non-comment lines of a resource, stripped. */
  private static List<String> lines(String file) {
    InputStream in = PhraseBook.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("missing resource " + FOLDER + file);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(stripped);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
    return lines;
  }
}
