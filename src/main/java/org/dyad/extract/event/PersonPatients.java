package org.dyad.extract.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.extract.SentenceGraph;
import org.dyad.nlp.Resources;

/**
 * Events that only happen to people ({@code dyad/person-patients.tsv}): a release of persons whose
 * object is a video or a boat is no such event.
 */
final class PersonPatients {

  /** Named-entity classes of a patient that is a person or a group. */
  private static final Set<String> PERSON_NER =
      Set.of("PERSON", "ORGANIZATION", "NATIONALITY", "MISC", "TITLE");

  private final Set<String> codes = new HashSet<>();
  private final Set<String> nouns = new HashSet<>();

  private PersonPatients() {}

  static PersonPatients load() {
    PersonPatients p = new PersonPatients();
    for (String[] f : Resources.tsv("/dyad/person-patients.tsv", 2)) {
      switch (f[0]) {
        case "code" -> p.codes.add(f[1]);
        case "noun" -> p.nouns.add(f[1].toLowerCase(Locale.ROOT));
        default ->
            throw new IllegalStateException(
                "person-patients.tsv: kind must be code or noun: " + f[0]);
      }
    }
    return p;
  }

  /**
   * False when a trigger's code needs a person as patient and its patient is something else: the
   * object or passive subject of a verb (or its clausal object: "released what it called footage"),
   * the "of" phrase of a noun. A trigger with no patient fits.
   */
  boolean fits(SentenceGraph g, int trigger, String code) {
    if (codes.stream().noneMatch(code::startsWith)) {
      return true;
    }
    boolean verb = g.pos(trigger).startsWith("VB");
    for (String rel : verb ? List.of("obj", "nsubj:pass", "ccomp") : List.of("nmod:of")) {
      List<Integer> c = g.children(trigger, rel);
      if (!c.isEmpty()) {
        return person(g, c.get(0));
      }
    }
    int next = verb && g.children(trigger, "aux:pass").isEmpty() ? nounPhraseAfter(g, trigger) : -1;
    return next < 0 || person(g, next);
  }

  /**
   * The head of a noun phrase right after a verb the parse left without an object ("released two
   * small boats that ..." read as the subject of a later verb), or -1.
   */
  private static int nounPhraseAfter(SentenceGraph g, int verb) {
    int head = -1;
    for (int t = verb + 1; t < g.size(); t++) {
      String pos = g.pos(t);
      if (pos.startsWith("NN")) {
        head = t;
      } else if (head >= 0 || !(pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ"))) {
        break;
      }
    }
    return head;
  }

  private boolean person(SentenceGraph g, int t) {
    String pos = g.pos(t);
    if (pos.startsWith("PRP") || pos.equals("CD") || pos.startsWith("NNP")) {
      return !pos.equals("PRP") || !g.lemma(t).equalsIgnoreCase("it");
    }
    if (!pos.startsWith("NN")) {
      return false;
    }
    String ner = g.token(t).ner();
    return ner != null && PERSON_NER.contains(ner)
        || nouns.contains(g.lemma(t).toLowerCase(Locale.ROOT));
  }
}
