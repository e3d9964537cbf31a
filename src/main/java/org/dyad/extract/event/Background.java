package org.dyad.extract.event;

import java.util.Map;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/**
 * Events a sentence names only as past context, not as its news: an act used as a reference point
 * ("after the 2020 war", "since the invasion"), the cause named in a reduced relative clause
 * ("years of conflict sparked by the occupation"), the act of a temporal "since" clause ("since the
 * army seized the town") or of a relative clause in the past perfect ("the town, which the army had
 * seized"). Such an act counts only with a date of its own.
 */
final class Background {

  private static final Set<String> REFERENCE_CASES =
      Set.of("after", "before", "since", "until", "following");

  private Background() {}

  /** True when the trigger at {@code i} only names past context. */
  static boolean context(SentenceGraph g, int i) {
    boolean verb = g.pos(i).startsWith("VB");
    if (!verb && referencePoint(g, i)) {
      return true;
    }
    int clause = i;
    if (!verb) {
      clause = g.head(i);
      if (clause < 0 || !g.pos(clause).startsWith("VB")) {
        return false;
      }
      if (reducedRelative(g, clause)) {
        return true;
      }
    }
    String rel = g.relationToParent(clause);
    if (SentenceGraph.is(rel, "advcl")) {
      int mark = g.child(clause, "mark");
      return mark >= 0 && g.lemma(mark).equals("since") && past(g, clause);
    }
    return rel.equals("acl:relcl") && pluperfect(g, clause);
  }

  /** A noun of an act used as a reference point ("after Russia's invasion"). */
  static boolean referencePoint(SentenceGraph g, int noun) {
    for (int c : g.children(noun, "case")) {
      if (REFERENCE_CASES.contains(g.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** A past participle modifying a noun with no auxiliary ("the conflict sparked by ..."). */
  private static boolean reducedRelative(SentenceGraph g, int participle) {
    int noun = g.head(participle);
    String rel = g.relationToParent(participle);
    return g.pos(participle).equals("VBN")
        && (rel.equals("acl") || rel.equals("dep"))
        && noun >= 0
        && g.pos(noun).startsWith("NN")
        && g.children(participle, "aux").isEmpty()
        && g.children(participle, "aux:pass").isEmpty();
  }

  private static boolean past(SentenceGraph g, int verb) {
    return g.pos(verb).equals("VBD") || pluperfect(g, verb);
  }

  private static boolean pluperfect(SentenceGraph g, int verb) {
    for (int a : g.children(verb, "aux")) {
      if (g.lemma(a).equals("have") && g.pos(a).equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A date the trigger's own phrase states ("the 2020 war", "seized the town in 2019"), or null.
   */
  static TimeExpression ownDate(
      ArticleContext ctx, int s, int i, Map<TimeExpression, PartialDate> dates) {
    SentenceGraph g = ctx.graph(s);
    Set<Integer> phrase = g.subtree(i, r -> !SentenceGraph.is(r, "acl:relcl"));
    for (TimeExpression t : ctx.annotated().timexes()) {
      if (dates.containsKey(t) && phrase.contains(EventDates.timexHead(g, ctx, s, t))) {
        return t;
      }
    }
    return null;
  }
}
