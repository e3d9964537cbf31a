package org.dyad.extract.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.extract.SentenceGraph;
import org.dyad.nlp.Resources;

/**
 * Event triggers: the lexicon row or verb-dictionary pattern a word of a sentence sets off, if any.
 */
final class EventTriggers {

  /** Modifiers that make a word for force figurative ("diplomatic manoeuvres", "trade war"). */
  private static final Set<String> FIGURATIVE =
      Resources.tsv("/dyad/figurative-modifiers.tsv", 1).stream()
          .map(r -> r[0].toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final EventLexicon lexicon;
  private final PersonPatients persons = PersonPatients.load();

  EventTriggers(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The trigger at token {@code i}: Dyad's own lexicon row when it names a particle or object, else
   * the verb dictionary's pattern, else Dyad's default row, else the dictionary verb's own code
   * (see {@link #dictionaryTrigger}); none when the event needs a person as patient and has a thing
   * ({@link PersonPatients}).
   */
  LexiconEntry at(SentenceGraph g, int i) {
    if (g.pos(i).startsWith("VB") && SentenceGraph.is(g.relationToParent(i), "amod")) {
      return null;
    }
    LexiconEntry e = dictionaryTrigger(g, i, lexiconTrigger(g, i));
    return e == null || persons.fits(g, i, e.code()) ? e : null;
  }

  /**
   * Dyad's lexicon row with the verb dictionary's trigger (kept apart from the rules above): a
   * pattern of the dictionary, more specific than a default row, wins over Dyad's default row
   * (measured on the dev sets) and keeps that row's source role and frame; a verb's own code counts
   * only where Dyad has no row.
   */
  private LexiconEntry dictionaryTrigger(SentenceGraph g, int i, LexiconEntry ours) {
    if (ours != null && (!ours.particle().equals("-") || !ours.object().equals("-"))) {
      return ours;
    }
    VerbPatterns.Match m = lexicon.patterns().match(g, i);
    if (m == null || m.code() == null || ours != null && m.pattern() == null) {
      return ours;
    }
    LexiconEntry e = m.entry(g.lemma(i));
    return ours == null
        ? e
        : new LexiconEntry(
            e.pos(),
            e.lemma(),
            e.particle(),
            e.object(),
            e.code(),
            ours.sourceRole(),
            ours.frame());
  }

  private LexiconEntry lexiconTrigger(SentenceGraph g, int i) {
    String pos = g.pos(i);
    List<LexiconEntry> entries;
    boolean verb = pos.startsWith("VB");
    if (verb) {
      entries = lexicon.verb(g.lemma(i));
    } else if (pos.startsWith("NN")) {
      entries = lexicon.noun(g.lemma(i));
    } else {
      return null;
    }
    if (entries.isEmpty()) {
      return null;
    }
    if (!verb && figurative(g, i)) {
      return null;
    }
    Set<String> particles = new HashSet<>();
    for (int p : g.children(i, "compound:prt")) {
      particles.add(g.lemma(p));
    }
    Set<String> objects = new HashSet<>();
    for (String rel :
        verb
            ? List.of("obj", "nsubj:pass", "xcomp", "obl:in", "obl:agent", "obl:after")
            : List.of("nmod:of", "nmod:on", "nmod:in", "nmod:after", "compound", "amod")) {
      for (int o : g.children(i, rel)) {
        objects.add(g.lemma(o));
      }
    }
    LexiconEntry best = null;
    int bestScore = -1;
    for (LexiconEntry e : entries) {
      boolean needsParticle = !e.particle().equals("-");
      boolean needsObject = !e.object().equals("-");
      if (needsParticle && !particles.contains(e.particle())) {
        continue;
      }
      if (needsObject && !objects.contains(e.object())) {
        continue;
      }
      if (!needsParticle && !particles.isEmpty() && hasParticleEntry(entries)) {
        continue;
      }
      int score = (needsParticle ? 2 : 0) + (needsObject ? 1 : 0);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** True when a noun's adjective or compound modifier makes it figurative. */
  private static boolean figurative(SentenceGraph g, int noun) {
    for (String rel : List.of("amod", "compound")) {
      for (int m : g.children(noun, rel)) {
        if (FIGURATIVE.contains(g.lemma(m).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasParticleEntry(List<LexiconEntry> entries) {
    return entries.stream().anyMatch(e -> !e.particle().equals("-"));
  }
}
