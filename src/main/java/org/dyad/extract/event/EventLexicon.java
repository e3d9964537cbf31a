package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.nlp.Resources;

/** Verb and noun triggers of CAMEO events, from {@code dyad/event-lexicon.tsv}. */
public final class EventLexicon {

  private final Map<String, List<LexiconEntry>> verbs = new HashMap<>();
  private final Map<String, List<LexiconEntry>> nouns = new HashMap<>();
  private VerbPatterns patterns = VerbPatterns.none();

  private EventLexicon() {}

  /** Loads the lexicon, checking every code against the codebook. */
  public static EventLexicon load() {
    return fromTsv();
  }

  /**
   * Dyad's lexicon with a PETRARCH verb dictionary's verbs and patterns, those whose codes the
   * codebook knows; the verbs of {@code dyad/verb-defaults-ignored.txt} count only with a pattern.
   */
  public static EventLexicon load(org.dyad.dictionary.VerbDictionary dictionary) {
    CameoCodebook codebook = CameoCodebook.load();
    EventLexicon lex = fromTsv();
    lex.patterns =
        new VerbPatterns(dictionary, c -> codebook.get(c).isPresent(), ignoredDefaults());
    return lex;
  }

  /**
   * Dyad's lexicon with a verb dictionary whose codes are its own (any code it writes counts) and
   * whose pattern words may stand anywhere in the verb's clause, as for PETRARCH's validation
   * dictionaries.
   */
  public static EventLexicon withAnyCodes(org.dyad.dictionary.VerbDictionary dictionary) {
    EventLexicon lex = fromTsv();
    lex.patterns = new VerbPatterns(dictionary, c -> true, java.util.Set.of(), false);
    return lex;
  }

  /**
   * A lexicon of a verb dictionary alone, any code it writes counting and its pattern words
   * anywhere in the verb's clause (to code with PETRARCH's own, TABARI-style, dictionaries).
   */
  public static EventLexicon dictionaryOnly(org.dyad.dictionary.VerbDictionary dictionary) {
    EventLexicon lex = new EventLexicon();
    lex.patterns = new VerbPatterns(dictionary, c -> true, java.util.Set.of(), false);
    return lex;
  }

  /**
   * What Dyad does not use of a dictionary verb's own code ({@code
   * dyad/verb-defaults-ignored.tsv}): verbs, upper-case, and roots prefixed with {@code root:}.
   */
  static java.util.Set<String> ignoredDefaults() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String[] f : Resources.tsv("/dyad/verb-defaults-ignored.tsv", 2)) {
      if (!f[0].equals("verb") && !f[0].equals("root")) {
        throw new IllegalStateException(
            "verb-defaults-ignored.tsv: kind must be verb or root: " + f[0]);
      }
      out.add(f[0].equals("root") ? "root:" + f[1] : f[1].toUpperCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** The verb dictionary's triggers. */
  public VerbPatterns patterns() {
    return patterns;
  }

  private static EventLexicon fromTsv() {
    CameoCodebook codebook = CameoCodebook.load();
    EventLexicon lex = new EventLexicon();
    for (String[] f : Resources.tsv("/dyad/event-lexicon.tsv", 5)) {
      LexiconEntry e =
          new LexiconEntry(
              f[0], f[1], f[2], f[3], f[4], f.length > 5 ? f[5] : "-", f.length > 6 ? f[6] : "-");
      if (codebook.get(e.code()).isEmpty()) {
        throw new IllegalStateException(
            "event-lexicon.tsv: code " + e.code() + " of '" + e.lemma() + "' is not in cameo.tsv");
      }
      (e.pos().equals("V") ? lex.verbs : lex.nouns)
          .computeIfAbsent(e.lemma(), k -> new ArrayList<>())
          .add(e);
    }
    return lex;
  }

  /**
   * Every trigger as a parse cue: {@code V:expel} or {@code N:closure} with, for each of its rows,
   * the particle and object that row requires ("V:have" counts only with "talk").
   */
  public Map<String, List<java.util.Set<String>>> cues() {
    Map<String, List<java.util.Set<String>>> out = new HashMap<>();
    for (var rows : List.of(verbs, nouns)) {
      for (var e : rows.entrySet()) {
        for (LexiconEntry row : e.getValue()) {
          java.util.Set<String> required = new java.util.HashSet<>();
          if (!row.particle().equals("-")) {
            required.add(row.particle());
          }
          if (!row.object().equals("-")) {
            required.add(row.object());
          }
          out.computeIfAbsent(row.pos() + ":" + e.getKey(), k -> new ArrayList<>()).add(required);
        }
      }
    }
    patterns.cues().forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    return out;
  }

  public List<LexiconEntry> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  public List<LexiconEntry> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  public int size() {
    return verbs.values().stream().mapToInt(List::size).sum()
        + nouns.values().stream().mapToInt(List::size).sum();
  }
}
