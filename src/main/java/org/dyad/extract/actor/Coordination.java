package org.dyad.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Span;

/** The actors coordinated with a mention ("Mordor, Rohan and Bree"), each resolved and coded. */
final class Coordination {

  private final ActorResolver actors;
  private final ArticleContext ctx;
  private final ActorCoder coder;
  private final PhraseCoding coding;
  private final CodedMentions coded;

  Coordination(
      ActorResolver actors,
      ArticleContext ctx,
      ActorCoder coder,
      PhraseCoding coding,
      CodedMentions coded) {
    this.actors = actors;
    this.ctx = ctx;
    this.coder = coder;
    this.coding = coding;
    this.coded = coded;
  }

  /**
   * The actor of a mention and those coordinated with it ("Mordor, Rohan and Bree welcomed";
   * "lawmakers in Fornost and Gondor"), each with a code: the mention first, then every conjunct of
   * its head, then every conjunct of the name inside it, coded with the mention's agent.
   */
  List<ActorMention> coordinated(ActorMention m) {
    List<ActorMention> out = new ArrayList<>();
    out.add(m);
    if (m == null || ctx.sentenceCount() == 0) {
      return out;
    }
    int s = ctx.sentenceAt(m.span().start());
    SentenceGraph g = ctx.graph(s);
    int head = headWithin(g, m.span());
    if (head < 0) {
      return out;
    }
    for (int c : conjuncts(g, head)) {
      ActorMention r = actors.resolve(s, c);
      if (r != null && r.actor().code() != null) {
        out.add(r);
      }
    }
    CodedMentions.Coded cd = coded.get(m.span());
    if (cd != null) {
      for (ActorCoder.ActorMatch am : coding.matches(s).actors()) {
        if (am.entry() != cd.entry() || am.contains(head)) {
          continue;
        }
        for (int c : conjuncts(g, am.end() - 1)) {
          for (ActorCoder.ActorMatch other : coding.matches(s).actors()) {
            if (!other.contains(c)) {
              continue;
            }
            String code = ActorCoder.compose(other.entry(), cd.agent(), coding.articleDate());
            if (code != null) {
              Span span =
                  new Span(
                      g.token(other.first()).span().start(), g.token(other.end() - 1).span().end());
              out.add(
                  new ActorMention(
                      new Actor(
                          Names.clean(ctx.textOf(span)),
                          coder.codes().country(code),
                          coder.codes().role(code),
                          code),
                      span));
            }
          }
        }
      }
    }
    return out;
  }

  /** The token of a span whose head lies outside it, or -1. */
  private static int headWithin(SentenceGraph g, Span span) {
    int found = -1;
    for (int t = 0; t < g.size(); t++) {
      if (!span.contains(g.token(t).span())) {
        continue;
      }
      int h = g.head(t);
      if (h < 0 || !span.contains(g.token(h).span())) {
        found = t;
      }
    }
    return found;
  }

  /** The other members of a coordination a token belongs to. */
  private static List<Integer> conjuncts(SentenceGraph g, int t) {
    List<Integer> out = new ArrayList<>(g.children(t, "conj"));
    for (var d : g.parents(t)) {
      if (!SentenceGraph.is(d.relation(), "conj") || d.governor() < 0) {
        continue;
      }
      int first = d.governor();
      if (!out.contains(first)) {
        out.add(first);
      }
      for (int c : g.children(first, "conj")) {
        if (c != t && !out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
