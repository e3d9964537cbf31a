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

  /** Words charging a breach of law or norms, whole forms and prefixes ("violat*"). */
  private static final List<String> CHARGE_WORDS =
      org.dyad.nlp.Resources.tsv("/dyad/charge-words.tsv", 1).stream()
          .map(r -> r[0].toLowerCase(java.util.Locale.ROOT))
          .toList();

  /** Verbs that, with an on or upon phrase, appeal to someone to act ("called on them to stop"). */
  private static final Set<String> APPEAL_VERBS = Set.of("call");

  private SpeechActs() {}

  /** True when a word charges a breach of law or norms ("illegally", "violation"). */
  static boolean chargeWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (String c : CHARGE_WORDS) {
      if (c.endsWith("*") ? w.startsWith(c.substring(0, c.length() - 1)) : w.equals(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token a verb appeals to when it calls on someone to act ("called on the navy to withdraw",
   * "calls upon both sides"), or -1.
   */
  static int appealed(SentenceGraph g, int verb) {
    if (!g.pos(verb).startsWith("VB") || !APPEAL_VERBS.contains(g.lemma(verb))) {
      return -1;
    }
    for (String rel : List.of("obl:on", "obl:upon")) {
      List<Integer> c = g.children(verb, rel);
      if (!c.isEmpty()) {
        return c.get(0);
      }
    }
    int next = verb + 1;
    if (next < g.size()
        && Set.of("on", "upon").contains(g.word(next).toLowerCase(java.util.Locale.ROOT))
        && g.head(next) > next) {
      // "calls on the navy to withdraw" with the on phrase parsed onto the act called for
      return g.head(next);
    }
    for (int p : g.children(verb, "compound:prt")) {
      // "calls on the navy to withdraw" read as a phrasal verb with the navy as its object
      List<Integer> o = g.children(verb, "obj");
      if (Set.of("on", "upon").contains(g.lemma(p).toLowerCase(java.util.Locale.ROOT))
          && !o.isEmpty()) {
        return o.get(0);
      }
    }
    return -1;
  }

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
