package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;

/** Targets as PETRARCH finds them, for coding in its reading ({@code dyad code}). */
final class PetrarchTargets {

  private PetrarchTargets() {}

  /**
   * In PETRARCH's reading, a target where the rules above found none with a country: the first
   * actor with a country after the verb in its clause or in the subject of its clausal complement
   * ("warned of X", "left for X", "hoped that X would"), else another actor coordinated with the
   * source ("Gondor and Osgiliath renewed their ties": each is the other's target), else an actor
   * with a code only.
   */
  static ActorMention target(
      ArticleContext ctx,
      ActorResolver actors,
      int s,
      int i,
      ActorMention source,
      ActorMention target) {
    if (source == null || target != null && target.actor().country() != null) {
      return target;
    }
    SentenceGraph g = ctx.graph(s);
    int head = -1;
    for (int k = 0; k < g.size(); k++) {
      if (source.span().contains(g.token(k).span())
          && (g.head(k) < 0 || !source.span().contains(g.token(g.head(k)).span()))) {
        head = k;
      }
    }
    ActorMention coded = target != null && target.actor().code() != null ? target : null;
    java.util.function.Predicate<String> inClause =
        r ->
            !r.equals("punct")
                && !SentenceGraph.is(r, "advcl")
                && !SentenceGraph.is(r, "parataxis")
                && !SentenceGraph.is(r, "conj")
                && !r.equals("nsubj")
                && !r.equals("csubj");
    java.util.TreeSet<Integer> region = new java.util.TreeSet<>();
    for (var d : g.children(i)) {
      if (inClause.test(d.relation())) {
        region.addAll(g.subtree(d.dependent(), inClause));
      }
    }
    for (int ccomp : g.children(i, "ccomp")) {
      for (int subject : g.children(ccomp, "nsubj")) {
        region.addAll(g.subtree(subject, inClause));
      }
      for (int subject : g.children(ccomp, "nsubj:pass")) {
        region.addAll(g.subtree(subject, inClause));
      }
    }
    for (int t : region) {
      if (!g.pos(t).startsWith("NN") && !g.pos(t).startsWith("PRP")) {
        continue;
      }
      ActorMention m = actors.resolve(s, t);
      if (m == null || m.actor().code() == null || m.span().overlaps(source.span())) {
        continue;
      }
      if (m.actor().country() != null) {
        return m;
      }
      coded = coded == null ? m : coded;
    }
    if (head >= 0) {
      List<Integer> conjuncts = new ArrayList<>(g.children(head, "conj"));
      for (var d : g.parents(head)) {
        if (SentenceGraph.is(d.relation(), "conj") && d.governor() >= 0) {
          conjuncts.add(d.governor());
        }
      }
      for (int c : conjuncts) {
        ActorMention other = actors.resolve(s, c);
        if (other != null
            && other.actor().country() != null
            && !other.actor().country().equals(source.actor().country())) {
          return coded != null && coded.actor().country() != null ? coded : other;
        }
      }
    }
    return coded;
  }
}
