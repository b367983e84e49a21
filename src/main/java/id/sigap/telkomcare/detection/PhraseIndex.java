package id.sigap.telkomcare.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds phrases in a token list. Phrases live in a word trie, so a message costs a few map lookups
 * per token however many phrases the alternatives expand to. A phrase matches consecutive usable
 * tokens of one clause when each of its words equals (or, for a prefix word, starts) one of the
 * token's forms.
 */
final class PhraseIndex<T> {

  record Match<T>(int from, int to, T value) {

    boolean overlaps(Match<?> other) {
      return from < other.to && other.from < to;
    }
  }

  private static final class Node<T> {
    final Map<String, Node<T>> exact = new HashMap<>();
    final Map<String, Node<T>> prefix = new HashMap<>();
    final Set<T> values = new LinkedHashSet<>();
  }

  private final Node<T> root = new Node<>();

  /** Builds an index; each slot word is replaced by every word sequence the slots give it. */
  static PhraseIndex<String> of(
      List<PhrasePattern> patterns, Map<String, List<List<String>>> slots) {
    PhraseIndex<String> index = new PhraseIndex<>();
    for (PhrasePattern pattern : patterns) {
      for (List<PhrasePattern.Word> words : fillSlots(pattern.words(), slots)) {
        index.add(words, pattern.label());
      }
    }
    return index;
  }

  /** Builds an index of plain names (watchlist names), each word matched exactly. */
  static <T> PhraseIndex<T> ofNames(Map<String, T> names) {
    PhraseIndex<T> index = new PhraseIndex<>();
    names.forEach((name, value) -> index.add(exactWords(TextNormalizer.words(name)), value));
    return index;
  }

  private void add(List<PhrasePattern.Word> words, T value) {
    if (words.isEmpty()) {
      return;
    }
    Node<T> node = root;
    for (PhrasePattern.Word word : words) {
      Map<String, Node<T>> children = word.prefix() ? node.prefix : node.exact;
      node = children.computeIfAbsent(word.text(), k -> new Node<>());
    }
    node.values.add(value);
  }

  /** Every match, overlapping ones included, among tokens the predicate accepts. */
  List<Match<T>> findAll(List<Token> tokens, Predicate<Token> usable) {
    Set<Match<T>> matches = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (usable.test(tokens.get(i))) {
        walk(root, tokens, i, i, usable, matches);
      }
    }
    return new ArrayList<>(matches);
  }

  private void walk(
      Node<T> node,
      List<Token> tokens,
      int from,
      int at,
      Predicate<Token> usable,
      Set<Match<T>> matches) {
    for (T value : node.values) {
      matches.add(new Match<>(from, at, value));
    }
    if (at >= tokens.size()) {
      return;
    }
    Token token = tokens.get(at);
    if (at > from && (token.clauseStart() || !usable.test(token))) {
      return;
    }
    for (String form : token.forms()) {
      Node<T> next = node.exact.get(form);
      if (next != null) {
        walk(next, tokens, from, at + 1, usable, matches);
      }
    }
    for (Map.Entry<String, Node<T>> next : node.prefix.entrySet()) {
      if (token.hasFormStartingWith(next.getKey())) {
        walk(next.getValue(), tokens, from, at + 1, usable, matches);
      }
    }
  }

  /** Drops the matches that overlap any of the masks (decoys that explain the words away). */
  static <T> List<Match<T>> withoutOverlaps(
      List<Match<T>> matches, List<? extends Match<?>> masks) {
    if (masks.isEmpty()) {
      return matches;
    }
    return matches.stream().filter(m -> masks.stream().noneMatch(m::overlaps)).toList();
  }

  /** Leftmost-longest matches that do not overlap, in text order: one piece of evidence each. */
  static <T> List<Match<T>> longestFirst(List<Match<T>> matches) {
    List<Match<T>> sorted = new ArrayList<>(matches);
    sorted.sort(
        Comparator.comparingInt((Match<T> m) -> m.from())
            .thenComparingInt(m -> -(m.to() - m.from())));
    List<Match<T>> chosen = new ArrayList<>();
    for (Match<T> match : sorted) {
      if (chosen.isEmpty() || !chosen.get(chosen.size() - 1).overlaps(match)) {
        chosen.add(match);
      }
    }
    return chosen;
  }

  private static List<List<PhrasePattern.Word>> fillSlots(
      List<PhrasePattern.Word> words, Map<String, List<List<String>>> slots) {
    List<List<PhrasePattern.Word>> filled = List.of(List.of());
    for (PhrasePattern.Word word : words) {
      List<List<PhrasePattern.Word>> choices =
          word.slot()
              ? slots.getOrDefault(word.text(), List.of()).stream()
                  .map(PhraseIndex::exactWords)
                  .toList()
              : List.of(List.of(word));
      List<List<PhrasePattern.Word>> next = new ArrayList<>();
      for (List<PhrasePattern.Word> head : filled) {
        for (List<PhrasePattern.Word> choice : choices) {
          List<PhrasePattern.Word> joined = new ArrayList<>(head);
          joined.addAll(choice);
          next.add(joined);
        }
      }
      filled = next;
    }
    return filled;
  }

  private static List<PhrasePattern.Word> exactWords(List<String> words) {
    return words.stream().map(w -> new PhrasePattern.Word(w, false, false)).toList();
  }
}
