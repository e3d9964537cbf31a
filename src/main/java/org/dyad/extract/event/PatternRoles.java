package org.dyad.extract.event;

import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;

/**
 * The actors a TABARI verb pattern places ({@code - + * FROM $}: the target before the verb, the
 * source after FROM): the nearest actor after (or before) the word the pattern matched, past the
 * noun phrases it skips ({@code ^}).
 */
final class PatternRoles {

  private PatternRoles() {}

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
