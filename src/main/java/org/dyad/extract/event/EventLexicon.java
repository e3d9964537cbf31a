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

  private EventLexicon() {}

  /** Loads the lexicon, checking every code against the codebook. */
  public static EventLexicon load() {
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
