package org.dyad.extract.event;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;

/**
 * The speech act of a statement told by a verb or noun of saying ("released a statement saying
 * that...", "issued statements claiming that..."): when what it says charges the target's side with
 * a hostile act or a breach of norms, the statement is an accusation (112), not a plain statement
 * (010).
 */
final class SpeechActs {

  /** Plain statement, the code content may make more specific. */
  static final String STATEMENT = "010";

  /** Accusation. */
  static final String ACCUSATION = "112";

  /** Defying norms or law (CAMEO 128): charging someone with it is an accusation. */
  static final String DEFIANCE = "128";

  /** Clausal and nominal dependents through which a statement carries what it says. */
  private static final Set<String> CONTENT =
      Set.of("ccomp", "xcomp", "acl", "advcl", "dep", "parataxis");

  private SpeechActs() {}

  /** True when an act of this code, charged to someone, makes the charge an accusation. */
  static boolean chargeable(String code) {
    return Integer.parseInt(code.substring(0, 2)) >= 14 || code.startsWith(DEFIANCE);
  }

  /**
   * The code of a statement by what it says: {@link #ACCUSATION} when a clause it governs (or a
   * clause of its object noun) tells of a chargeable act whose agent is of the target's country,
   * else {@code code} unchanged.
   */
  static String fromContent(
      ArticleContext ctx,
      ActorResolver actors,
      int s,
      int trigger,
      String code,
      String targetCountry,
      BiFunction<SentenceGraph, Integer, LexiconEntry> triggerAt) {
    if (!STATEMENT.equals(code) || targetCountry == null) {
      return code;
    }
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> content = new TreeSet<>();
    List<Integer> heads = new java.util.ArrayList<>(List.of(trigger));
    heads.addAll(g.children(trigger, "obj"));
    for (int h : heads) {
      for (var d : g.children(h)) {
        if (CONTENT.stream().anyMatch(r -> SentenceGraph.is(d.relation(), r))) {
          content.addAll(g.subtree(d.dependent(), r -> true));
        }
      }
    }
    for (int t : content) {
      LexiconEntry e = triggerAt.apply(g, t);
      if (e == null || !e.frame().equals("-") || g.negated(t) || !chargeable(e.code())) {
        continue;
      }
      for (String rel : List.of("nsubj", "obl:agent", "obl:by", "nmod:by", "nmod:poss")) {
        for (int a : g.children(t, rel)) {
          ActorMention m = actors.resolve(s, a);
          if (m != null && targetCountry.equals(m.actor().country())) {
            return ACCUSATION;
          }
        }
      }
    }
    return code;
  }
}
