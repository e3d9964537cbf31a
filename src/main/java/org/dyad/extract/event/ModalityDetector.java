package org.dyad.extract.event;

import java.util.Locale;
import java.util.Set;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Modality;

/**
 * Decides how certain a sentence makes an event: from hedging adverbs ("reportedly", "allegedly"),
 * attribution ("according to", a speech verb governing the clause), denial, intent ("intends to",
 * "plans to") and conditionals.
 */
public final class ModalityDetector {

  private static final Set<String> ALLEGED_WORDS =
      Set.of("allegedly", "alleged", "purportedly", "purported", "supposedly", "unverified");
  private static final Set<String> REPORTED_WORDS =
      Set.of("reportedly", "reports", "reported", "according");
  private static final Set<String> ALLEGING_VERBS =
      Set.of("allege", "claim", "accuse", "suspect", "assert", "insist", "charge");
  private static final Set<String> REPORTING_VERBS =
      Set.of(
          "say",
          "report",
          "state",
          "tell",
          "announce",
          "write",
          "confirm",
          "note",
          "add",
          "explain",
          "stress",
          "argue",
          "believe",
          "suggest",
          "indicate",
          "reveal",
          "hint");

  /** Verbs that deny or dismiss what their object says. */
  static final Set<String> DENYING_VERBS =
      Set.of("deny", "reject", "dismiss", "refute", "refuse", "decline", "fail");

  /** Verbs whose complement is an act someone else is asked to do, not one that was done. */
  private static final Set<String> DEMANDING_VERBS =
      Set.of("demand", "ask", "request", "urge", "call", "press", "appeal", "order", "require");

  private static final Set<String> PLANNING_VERBS =
      Set.of(
          "intend",
          "plan",
          "consider",
          "prepare",
          "threaten",
          "aim",
          "seek",
          "vow",
          "pledge",
          "promise",
          "propose",
          "want",
          "hope",
          "expect",
          "decide",
          "agree",
          "call",
          "urge");

  /** Words of readiness whose complement is an act one may do ("ready to talk"). */
  private static final Set<String> READINESS =
      Set.of("prepared", "prepare", "ready", "willing", "able", "eager", "keen", "determined");

  /** Relations that start a clause of their own: a condition does not reach past them. */
  private static final Set<String> CLAUSE_BOUNDARIES =
      Set.of("root", "ccomp", "advcl", "acl", "parataxis", "conj", "csubj", "dep");

  /**
   * Prepositions of a gerund complement ("interested in signing"), part of its governor's clause.
   */
  private static final Set<String> GERUND_CASES = Set.of("in", "of", "on", "about", "for", "at");

  private static final Set<String> HYPOTHETICAL_AUX =
      Set.of("could", "might", "may", "would", "should", "must");

  /**
   * True when an act is only what someone asks for: the complement of "demand", "urge", "call on"
   * ("demanded that Russia investigate", "urged Baku to withdraw"), an act a request names ("a
   * request to extradite him"), or one named as what is demanded ("demanded an apology", "called
   * for a ceasefire", "urged them to start talks").
   */
  public boolean demanded(SentenceGraph g, int trigger) {
    int node = trigger;
    int governor = g.head(trigger);
    if (!g.pos(trigger).startsWith("VB") && governor >= 0 && g.pos(governor).startsWith("VB")) {
      String rel = g.relationToParent(trigger);
      String lemma = g.lemma(governor);
      if (DEMANDING_VERBS.contains(lemma)
          && (rel.equals("obl:for") || rel.equals("obj") && !lemma.equals("call"))) {
        return true;
      }
      if (rel.equals("obj") || rel.equals("obl:for")) {
        node = governor;
      }
    }
    for (int hops = 0; hops < 3; hops++) {
      String rel = g.relationToParent(node);
      int parent = g.head(node);
      if (parent < 0
          || !(SentenceGraph.is(rel, "xcomp")
              || SentenceGraph.is(rel, "ccomp")
              || SentenceGraph.is(rel, "acl"))) {
        return false;
      }
      if (DEMANDING_VERBS.contains(g.lemma(parent))) {
        return true;
      }
      node = parent;
    }
    return false;
  }

  /** The modality of the event triggered by token {@code trigger}. */
  public Modality detect(SentenceGraph g, int trigger) {
    if (g.negated(trigger)) {
      return Modality.DENIED;
    }
    for (int aux : g.children(trigger, "aux")) {
      String w = g.word(aux).toLowerCase(Locale.ROOT);
      if (HYPOTHETICAL_AUX.contains(w)) {
        return Modality.HYPOTHETICAL;
      }
      if (w.equals("will") || w.equals("shall")) {
        return Modality.PLANNED;
      }
    }
    int conjoined = g.parent(trigger, "conj");
    if (conjoined >= 0 && conjoined != g.head(trigger)) {
      // a verb conjoined to one with "will" shares it, though the parse hangs it elsewhere
      for (int aux : g.children(conjoined, "aux")) {
        String w = g.word(aux).toLowerCase(Locale.ROOT);
        if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
          return Modality.PLANNED;
        }
      }
    }
    for (int node = trigger, hops = 0; hops < 3; hops++) {
      String rel = g.relationToParent(node);
      int up = g.head(node);
      boolean purpose =
          SentenceGraph.is(rel, "advcl")
              && g.child(node, "mark") >= 0
              && g.lemma(g.child(node, "mark")).equals("to");
      if (up < 0 || !(SentenceGraph.is(rel, "xcomp") || SentenceGraph.is(rel, "conj") || purpose)) {
        break;
      }
      for (int aux : g.children(up, "aux")) {
        String w = g.word(aux).toLowerCase(Locale.ROOT);
        if (HYPOTHETICAL_AUX.contains(w)) {
          return Modality.HYPOTHETICAL;
        }
        if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
          // "will do its utmost to provide": the act is promised, not done
          return Modality.PLANNED;
        }
      }
      node = up;
    }
    for (int node = trigger, hops = 0; node >= 0 && hops < 4; hops++) {
      if (g.child(node, "mark") >= 0 && g.lemma(g.child(node, "mark")).equals("if")) {
        return Modality.HYPOTHETICAL;
      }
      String rel = g.relationToParent(node);
      boolean gerund = rel.startsWith("advcl:") && GERUND_CASES.contains(rel.substring(6));
      if (!gerund && CLAUSE_BOUNDARIES.stream().anyMatch(r -> SentenceGraph.is(rel, r))) {
        break;
      }
      node = g.head(node);
    }
    int governor = g.head(trigger);
    if (!g.pos(trigger).startsWith("VB")
        && governor >= 0
        && g.pos(governor).startsWith("VB")
        && g.negated(governor)
        && (SentenceGraph.is(g.relationToParent(trigger), "obj")
            || SentenceGraph.is(g.relationToParent(trigger), "nsubj:pass"))) {
      return Modality.DENIED;
    }
    if (!g.pos(trigger).startsWith("VB")
        && governor >= 0
        && DENYING_VERBS.contains(g.lemma(governor))
        && SentenceGraph.is(g.relationToParent(trigger), "obj")) {
      return Modality.DENIED;
    }
    int node = trigger;
    for (int hops = 0; hops < 4; hops++) {
      int xcompParent = g.parent(node, "xcomp");
      int ccompParent = g.parent(node, "ccomp");
      int parent = xcompParent >= 0 ? xcompParent : ccompParent;
      if (parent < 0) {
        parent = g.parent(node, "acl");
        if (parent >= 0 && !ALLEGING_VERBS.contains(g.lemma(parent))) {
          parent = -1;
        }
      }
      if (parent < 0) {
        break;
      }
      String lemma = g.lemma(parent);
      if (g.negated(parent) && REPORTING_VERBS.contains(lemma)) {
        return Modality.DENIED;
      }
      if (g.negated(parent)
          && xcompParent >= 0
          && (PLANNING_VERBS.contains(lemma) || READINESS.contains(lemma))) {
        // "was not prepared to acknowledge", "has not agreed to suspend": nothing was done
        return Modality.DENIED;
      }
      if (DENYING_VERBS.contains(lemma)) {
        return Modality.DENIED;
      }
      if (PLANNING_VERBS.contains(lemma) && xcompParent >= 0) {
        return Modality.PLANNED;
      }
      if (ALLEGING_VERBS.contains(lemma)) {
        return Modality.ALLEGED;
      }
      if (REPORTING_VERBS.contains(lemma)) {
        return Modality.REPORTED;
      }
      node = parent;
    }
    for (int t = 0; t < g.size(); t++) {
      String w = g.word(t).toLowerCase(Locale.ROOT);
      if (ALLEGED_WORDS.contains(w)) {
        return Modality.ALLEGED;
      }
    }
    for (int t = 0; t < g.size(); t++) {
      String w = g.word(t).toLowerCase(Locale.ROOT);
      if (REPORTED_WORDS.contains(w)) {
        if (w.equals("according") && (t + 1 >= g.size() || !g.word(t + 1).equalsIgnoreCase("to"))) {
          continue;
        }
        return Modality.REPORTED;
      }
    }
    return Modality.ASSERTED;
  }
}
