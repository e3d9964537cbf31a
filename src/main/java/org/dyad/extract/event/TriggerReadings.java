package org.dyad.extract.event;

import java.util.Map;
import java.util.Set;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Span;

/**
 * How the clause around a trigger changes what it reports: a noun that is only the object its
 * verb's lexicon row names, a passive without its auxiliary, a charge that someone denies, a court
 * named as addressee, an opinion stated with a verb of deliberation.
 */
final class TriggerReadings {

  /** Considering a policy option (CAMEO 014); with a that-clause, an opinion stated. */
  private static final String CONSIDER = "014";

  private TriggerReadings() {}

  /**
   * True when a verb of deliberation takes a that-clause ("considers that the law has raised
   * tensions"): it states an opinion and weighs no option.
   */
  static boolean opinion(SentenceGraph g, int verb, String code) {
    return code.startsWith(CONSIDER) && g.child(verb, "ccomp") >= 0;
  }

  /**
   * True when a noun trigger is the object its head trigger's lexicon row names ("violated the
   * ceasefire", "breach of the truce"): the row codes the two words as one act, so the noun is no
   * act of its own.
   */
  static boolean objectOfItsHead(SentenceGraph g, int noun, Map<Integer, LexiconEntry> found) {
    if (!g.pos(noun).startsWith("NN")) {
      return false;
    }
    LexiconEntry head = found.get(g.head(noun));
    return head != null
        && !head.object().equals("-")
        && head.object().equalsIgnoreCase(g.lemma(noun));
  }

  /**
   * True for a past participle that modifies a noun and names its agent ("the truce announced by
   * the mediator", "missiles fired by the navy"): a passive clause without its auxiliary.
   */
  static boolean reducedPassive(SentenceGraph g, int verb) {
    return g.pos(verb).equals("VBN")
        && SentenceGraph.is(g.relationToParent(verb), "acl")
        && (g.child(verb, "obl:agent") >= 0 || g.child(verb, "obl:by") >= 0);
  }

  /**
   * True when a noun of accusation or criticism is what a verb of denial dismisses ("rejected the
   * accusations", "refuted all allegations"): whoever denies it is its target.
   */
  static boolean deniedCharge(SentenceGraph g, int noun, String root) {
    int head = g.head(noun);
    return root.equals("11")
        && head >= 0
        && ModalityDetector.DENYING_VERBS.contains(g.lemma(head))
        && SentenceGraph.is(g.relationToParent(noun), "obj");
  }

  /** Verbs whose subject undergoes the act their object names ("faced criticism"). */
  private static final Set<String> UNDERGOING_VERBS =
      Set.of("face", "receive", "draw", "attract", "incur", "suffer", "endure");

  /**
   * True when a noun trigger is the object of a verb its subject undergoes it by ("the minister
   * faced criticism", "the port suffered an attack"): that subject is its target, not its source.
   */
  static boolean undergone(SentenceGraph g, int noun) {
    int head = g.head(noun);
    return head >= 0
        && g.pos(head).startsWith("VB")
        && UNDERGOING_VERBS.contains(g.lemma(head))
        && SentenceGraph.is(g.relationToParent(noun), "obj");
  }

  /** True when a span holds a word naming a court (the forum of a lawsuit, not its defendant). */
  static boolean forumNamed(SentenceGraph g, Span span) {
    for (int t = 0; t < g.size(); t++) {
      if (span.contains(g.token(t).span()) && LegalForums.forum(g, t)) {
        return true;
      }
    }
    return false;
  }
}
