package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;

/**
 * An event's actors in PETRARCH's reading ({@code dyad code}): those a TABARI verb pattern places
 * ({@code - + * FROM $}: the target before the verb, the source after FROM), a target found where
 * the parse gave none, and negation a pattern names.
 */
final class PetrarchRoles {

  private PetrarchRoles() {}

  /**
   * True when the verb is negated and the dictionary pattern it matched names the negation ("- WILL
   * NOT * [081]"): the pattern codes what the negated verb means.
   */
  static boolean namesNegation(SentenceGraph g, int i, VerbPatterns patterns) {
    int not = g.negation(i);
    if (not < 0) {
      return false;
    }
    VerbPatterns.Match m = patterns.match(g, i);
    return m != null && m.words().contains(not);
  }

  /**
   * A target where the parse found none with a country: the first actor with a country after the
   * verb in its clause or in the subject of its clausal complement ("warned of X", "left for X",
   * "hoped that X would"), else another actor coordinated with the source ("Gondor and Osgiliath
   * renewed their ties": each is the other's target), else an actor with a code only.
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

  /**
   * The source and target with the match's roles put in place of the ones found by the parse; a
   * role whose actor is not found leaves the other in place.
   */
  static ActorMention[] apply(
      ArticleContext ctx,
      ActorResolver actors,
      int s,
      VerbPatterns.Match match,
      ActorMention source,
      ActorMention target) {
    ActorMention[] out = {source, target};
    if (match == null) {
      return out;
    }
    SentenceGraph g = ctx.graph(s);
    for (VerbPatterns.Role role : match.roles()) {
      ActorMention m = actor(g, actors, s, role);
      if (m != null) {
        out[role.source() ? 0 : 1] = m;
      }
    }
    if (out[0] != null && out[1] != null && out[0].span().overlaps(out[1].span())) {
      return new ActorMention[] {source, target};
    }
    return out;
  }

  /** The nearest coded actor on the role's side of its anchor, past its skipped noun phrases. */
  private static ActorMention actor(
      SentenceGraph g, ActorResolver actors, int s, VerbPatterns.Role role) {
    int step = role.beforeVerb() ? -1 : 1;
    int t = role.anchor() + step;
    for (int skipped = 0; skipped < role.skips() && t >= 0 && t < g.size(); t += step) {
      if (phraseEnd(g, t, step)) {
        skipped++;
      }
    }
    for (; t >= 0 && t < g.size(); t += step) {
      if (!nominal(g, t)) {
        continue;
      }
      ActorMention m = actors.resolve(s, t);
      if (m != null && m.actor().code() != null) {
        return m;
      }
    }
    return null;
  }

  /** True when token {@code t} ends a noun phrase read in direction {@code step}. */
  private static boolean phraseEnd(SentenceGraph g, int t, int step) {
    if (!nominal(g, t)) {
      return false;
    }
    int next = t + step;
    return next < 0 || next >= g.size() || !nominal(g, next) && !g.pos(next).equals("POS");
  }

  private static boolean nominal(SentenceGraph g, int t) {
    String pos = g.pos(t);
    return pos.startsWith("NN") || pos.equals("PRP");
  }
}
