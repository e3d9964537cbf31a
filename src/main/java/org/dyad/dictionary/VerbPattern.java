package org.dyad.dictionary;

import java.util.List;
import java.util.Set;

/**
 * One pattern of a verb block: words that must appear before the verb, the nouns and prepositional
 * phrases that must follow it, and the event code they give.
 *
 * @param before noun terms before the verb ("- &AIRCRAFT * ATTACKS": an aircraft word)
 * @param beforePreps prepositional terms before the verb
 * @param after noun terms after the verb, usually the head of its object ("TIES", "{DIPLOMATIC
 *     TIES}")
 * @param afterPreps prepositional terms after the verb ("(FOR AID)", "(TO)")
 * @param code the event code, or null when the pattern codes nothing ({@code [---]}) or only the
 *     reverse direction ({@code [:173]})
 * @param reverseCode the code of the event from the target back to the source ({@code [032:033]}
 *     gives 033), or null
 * @param line the pattern as written, for messages
 * @param slots where a TABARI pattern places the event's source ({@code $}) and target ({@code +})
 */
public record VerbPattern(
    List<NounTerm> before,
    List<PrepTerm> beforePreps,
    List<NounTerm> after,
    List<PrepTerm> afterPreps,
    String code,
    String reverseCode,
    String line,
    List<Slot> slots) {

  public VerbPattern {
    before = List.copyOf(before);
    beforePreps = List.copyOf(beforePreps);
    after = List.copyOf(after);
    afterPreps = List.copyOf(afterPreps);
    slots = List.copyOf(slots);
  }

  /**
   * The place of an actor a pattern names ("- + * FROM $": the target before the verb, the source
   * after FROM): next to one of the pattern's terms, or to the verb, past {@code skips} noun
   * phrases ({@code ^}).
   *
   * @param source true for the source ({@code $}), false for the target ({@code +})
   * @param beforeVerb true when it stands before the verb (the actor before its anchor), false
   *     after it (the actor after its anchor)
   * @param anchor the index of the term it follows (after the verb) or precedes (before it) in
   *     {@code after}/{@code before} or, with {@code anchorIsPrep}, in the prepositional terms; -1
   *     for the verb
   * @param anchorIsPrep true when the anchor is a prepositional term
   * @param skips the noun phrases between anchor and actor
   */
  public record Slot(
      boolean source, boolean beforeVerb, int anchor, boolean anchorIsPrep, int skips) {
    public Slot {
      if (anchor < -1 || skips < 0) {
        throw new IllegalArgumentException(
            "anchor " + anchor + " or skips " + skips + " below range");
      }
    }
  }

  /** The number of words the pattern requires: the more, the more specific. */
  public int specificity() {
    int n = 0;
    for (NounTerm t : before) {
      n += t.size();
    }
    for (NounTerm t : after) {
      n += t.size();
    }
    for (PrepTerm p : beforePreps) {
      n += 1 + p.nouns().stream().mapToInt(NounTerm::size).sum();
    }
    for (PrepTerm p : afterPreps) {
      n += 1 + p.nouns().stream().mapToInt(NounTerm::size).sum();
    }
    return n;
  }

  /**
   * A noun the pattern requires, as alternatives (a synset gives several): each alternative is a
   * head word with the modifier words that must come with it ("{FINANCIAL AID}": head AID, modifier
   * FINANCIAL).
   *
   * @param consecutive true when the modifiers must stand right before the head, in order: words
   *     joined by {@code _} ("NEW_&TIETYPES_RELATIONS") and the phrases of a synonym set; false for
   *     a braced phrase, whose words may have others between them
   */
  public record NounTerm(List<Noun> alternatives, boolean consecutive) {
    public NounTerm {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("a noun term needs at least one alternative");
      }
    }

    public NounTerm(List<Noun> alternatives) {
      this(alternatives, false);
    }

    /** The words of its shortest alternative. */
    int size() {
      return alternatives.stream().mapToInt(n -> 1 + n.modifiers().size()).min().orElse(1);
    }
  }

  /** A head noun, upper-case, with its required modifiers. */
  public record Noun(String head, List<String> modifiers) {
    public Noun {
      modifiers = List.copyOf(modifiers);
    }
  }

  /**
   * A prepositional phrase the pattern requires: one of the prepositions, and its nouns (none: the
   * preposition alone, "(TO)").
   */
  public record PrepTerm(Set<String> prepositions, List<NounTerm> nouns) {
    public PrepTerm {
      prepositions = Set.copyOf(prepositions);
      nouns = List.copyOf(nouns);
    }
  }
}
