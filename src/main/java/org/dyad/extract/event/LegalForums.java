package org.dyad.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.extract.SentenceGraph;
import org.dyad.nlp.Resources;

/**
 * Courts and tribunals ({@code dyad/legal-forums.tsv}): a request or demand addressed to one of
 * them is a lawsuit against the other party (CAMEO 115), not an appeal.
 */
final class LegalForums {

  /** Bringing a lawsuit against someone. */
  static final String LAWSUIT = "115";

  /** Roots of acts that, addressed to a court, bring a case: appeals, requests, demands. */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10");

  /** Verbs that turn to a forum without asking anything yet ("approached the court seeking"). */
  private static final Set<String> TURNING_VERBS =
      Set.of("approach", "petition", "turn", "go", "apply", "appeal", "ask", "take", "bring");

  /** Relations through which a verb names whom it addresses. */
  private static final List<String> ADDRESSEE =
      List.of("obj", "iobj", "obl:to", "obl:before", "obl:at", "obl:with", "obl:in");

  /** Relations that tie an act to the verb whose clause it continues. */
  private static final List<String> CONTINUES = List.of("xcomp", "advcl", "conj", "ccomp", "dep");

  private static final Set<String> FORUMS =
      Resources.tsv("/dyad/legal-forums.tsv", 2).stream()
          .map(r -> r[0].toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private LegalForums() {}

  /**
   * The code of an act told by a verb: {@link #LAWSUIT} when it asks or demands something (or is a
   * verb of turning to someone) and the verb, or one governing its clause, addresses a court; else
   * {@code code}.
   */
  static String code(SentenceGraph g, int trigger, String code) {
    if (!g.pos(trigger).startsWith("VB")
        || !ASKING_ROOTS.contains(code.substring(0, 2))
            && !TURNING_VERBS.contains(g.lemma(trigger))) {
      return code;
    }
    int node = trigger;
    for (int hops = 0; node >= 0 && hops < 3; hops++) {
      if (addressesForum(g, node)) {
        return LAWSUIT;
      }
      String rel = g.relationToParent(node);
      if (CONTINUES.stream().noneMatch(r -> SentenceGraph.is(rel, r))) {
        break;
      }
      node = g.head(node);
    }
    return code;
  }

  /**
   * True when a court is among what a verb addresses ("before the tribunal", "the World Court").
   */
  static boolean addressesForum(SentenceGraph g, int verb) {
    for (String rel : ADDRESSEE) {
      for (int o : g.children(verb, rel)) {
        if (forum(g, o)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a noun names a court, by its head noun or an acronym. */
  static boolean forum(SentenceGraph g, int noun) {
    return g.pos(noun).startsWith("NN") && FORUMS.contains(g.lemma(noun).toLowerCase(Locale.ROOT));
  }
}
