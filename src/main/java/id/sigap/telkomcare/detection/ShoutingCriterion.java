package id.sigap.telkomcare.detection;

import id.sigap.telkomcare.detection.AnalysedThread.AnalysedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * C-TC-1: writes in capitals and the text signals a complaint.
 *
 * <p>A message shouts when strictly more than half of the cased letters of its counted words are
 * capitals; counted words have two or more letters and are not handles, hashtags, links, quoted
 * text or listed acronyms (INDIHOME, WIFI, BRTI...). A shouting message counts when it signals a
 * complaint itself, or when it is no greeting or thanks and another message of the thread signals
 * one: customers often shout "JAWAB DONG MIN" below the message that says what is broken, while a
 * shouted "TERIMA KASIH MIN" stays courtesy even in a thread that complained earlier.
 */
final class ShoutingCriterion implements CriterionCheck {

  private final Set<String> acronyms;
  private final PhraseIndex<String> complaints;
  private final PhraseIndex<String> complaintDecoys;
  private final PhraseIndex<String> courtesies;

  ShoutingCriterion(PhraseBook phrases) {
    this.acronyms = phrases.shoutingAcronyms();
    this.complaints = PhraseIndex.of(phrases.complaintSignals(), Map.of());
    this.complaintDecoys = PhraseIndex.of(phrases.complaintDecoys(), Map.of());
    this.courtesies = PhraseIndex.of(phrases.courtesies(), Map.of());
  }

  /** Letters of a word or message: all of them, and the capital and small ones among them. */
  private record Letters(int all, int upper, int lower) {

    static final Letters NONE = new Letters(0, 0, 0);

    static Letters of(String word) {
      int all = 0;
      int upper = 0;
      int lower = 0;
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        if (Character.isLetter(cp)) {
          all++;
          upper += Character.isUpperCase(cp) ? 1 : 0;
          lower += Character.isLowerCase(cp) ? 1 : 0;
        }
        i += Character.charCount(cp);
      }
      return new Letters(all, upper, lower);
    }

    Letters plus(Letters other) {
      return new Letters(all + other.all, upper + other.upper, lower + other.lower);
    }

    boolean mostlyCapitals() {
      return upper > lower;
    }
  }

  @Override
  public Criterion criterion() {
    return Criterion.C_TC_1;
  }

  @Override
  public CriterionResult evaluate(AnalysedThread thread, DetectionPolicy policy) {
    List<AnalysedMessage> messages = thread.messages();
    boolean[] complains = new boolean[messages.size()];
    boolean threadComplains = false;
    for (int i = 0; i < messages.size(); i++) {
      complains[i] = complains(messages.get(i).tokens());
      threadComplains |= complains[i];
    }
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      AnalysedMessage message = messages.get(i);
      Letters letters = countedLetters(message.tokens());
      if (!letters.mostlyCapitals()) {
        continue;
      }
      if (complains[i] || (threadComplains && !courteous(message.tokens()))) {
        String note =
            "capitals: "
                + letters.upper()
                + " of "
                + (letters.upper() + letters.lower())
                + " letters";
        evidence.addAll(shoutedRuns(message, note));
      }
    }
    return CriterionResult.of(evidence);
  }

  private boolean complains(List<Token> tokens) {
    List<PhraseIndex.Match<String>> signals = complaints.findAll(tokens, Token::isOwnWord);
    return !signals.isEmpty()
        && !PhraseIndex.withoutOverlaps(signals, complaintDecoys.findAll(tokens, Token::isOwnWord))
            .isEmpty();
  }

  private boolean courteous(List<Token> tokens) {
    return !courtesies.findAll(tokens, Token::isOwnWord).isEmpty();
  }

  private Letters countedLetters(List<Token> tokens) {
    Letters sum = Letters.NONE;
    for (Token token : tokens) {
      Letters letters = counted(token);
      sum = letters == null ? sum : sum.plus(letters);
    }
    return sum;
  }

  /** Consecutive capitalised words, so that a UI can highlight each shouted stretch once. */
  private List<Evidence> shoutedRuns(AnalysedMessage message, String note) {
    List<Evidence> runs = new ArrayList<>();
    List<Token> tokens = message.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i <= tokens.size(); i++) {
      Letters letters = i < tokens.size() ? counted(tokens.get(i)) : Letters.NONE;
      if (letters == null) {
        continue; // acronyms, handles and one-letter words neither start nor break a run
      }
      if (letters.mostlyCapitals()) {
        first = first < 0 ? i : first;
        last = i;
      } else if (first >= 0) {
        runs.add(new Evidence(message.index(), message.excerpt(first, last + 1), note));
        first = -1;
      }
    }
    return runs;
  }

  /** The letters of a word that counts towards shouting, or null for a word that does not. */
  private Letters counted(Token token) {
    if (token.kind() != Token.Kind.WORD || token.quoted()) {
      return null;
    }
    Letters letters = Letters.of(token.cased());
    if (letters.all() < 2) {
      return null;
    }
    for (String form : token.forms()) {
      if (acronyms.contains(form)) {
        return null;
      }
    }
    return letters;
  }
}
