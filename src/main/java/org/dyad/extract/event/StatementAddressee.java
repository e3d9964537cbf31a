package org.dyad.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/** Whom a public statement addresses: the country it names most, never a medium or a bystander. */
final class StatementAddressee {

  private StatementAddressee() {}

  /**
   * The country a statement addresses: the one it names most (outside the speaker's own), in the
   * quoted words first, then in the rest of the attributing sentence.
   */
  static String addressee(
      ArticleContext ctx, ActorResolver actors, Span sentence, Span quote, Set<String> own) {
    String inQuote = mostNamed(ctx, actors, quote, own, null);
    return inQuote != null ? inQuote : mostNamed(ctx, actors, sentence, own, quote);
  }

  /**
   * True when a statement that names no country is about an organisation of a third party (an
   * intergovernmental body, another country's institution: "said the regional bloc's statement was
   * false"): the pair's other country is not put in its place.
   */
  static boolean thirdParty(
      ArticleContext ctx,
      ActorResolver actors,
      Quote q,
      Span sentence,
      Set<String> own,
      List<String> pair) {
    return thirdParty(ctx, actors, q, sentence, own, pair, false) != null;
  }

  /**
   * The country of the third party's organisation that a statement naming no country speaks of as
   * one of its clauses' subjects or objects, itself or as the owner of its work ("said the bloc's
   * statement was false"), or null: that body is whom the statement addresses. An organisation
   * named only in an adverbial ("after the council's meeting") is not.
   */
  static String addressedBody(
      ArticleContext ctx,
      ActorResolver actors,
      Quote q,
      Span sentence,
      Set<String> own,
      List<String> pair) {
    return thirdParty(ctx, actors, q, sentence, own, pair, true);
  }

  /** Relations of a clause's core arguments. */
  private static final Set<String> CORE = Set.of("nsubj", "nsubj:pass", "obj");

  private static String thirdParty(
      ArticleContext ctx,
      ActorResolver actors,
      Quote q,
      Span sentence,
      Set<String> own,
      List<String> pair,
      boolean argument) {
    Span cover =
        new Span(
            Math.min(sentence.start(), q.span().start()), Math.max(sentence.end(), q.span().end()));
    for (EntityMention e : ctx.entitiesWithin(cover)) {
      if (e.type() != EntityType.ORGANIZATION
          || !cover.contains(e.span())
          || q.speakerSpan().overlaps(e.span())) {
        continue;
      }
      ActorMention m = at(ctx, actors, e.span());
      String c = m == null ? null : m.actor().country();
      if (c != null
          && !own.contains(c)
          && !pair.contains(c)
          && !"MED".equals(m.actor().role())
          && (!argument || coreArgument(ctx, m.span()))) {
        return c;
      }
    }
    return null;
  }

  /** True when a name is, or owns or qualifies, a subject or object of a clause. */
  private static boolean coreArgument(ArticleContext ctx, Span span) {
    int s = ctx.sentenceAt(span.start());
    SentenceGraph g = s < 0 ? null : ctx.graph(s);
    int t = g == null ? -1 : g.tokenAt(span.start());
    if (t < 0) {
      return false;
    }
    while (g.head(t) >= 0 && span.contains(g.token(g.head(t)).span())) {
      t = g.head(t);
    }
    String rel = g.relationToParent(t);
    if (SentenceGraph.is(rel, "compound") && g.head(t) >= 0 && g.pos(g.head(t)).equals("NNS")) {
      // "the bloc's member countries", "CIS countries": its members, not the body
      return false;
    }
    if ((SentenceGraph.is(rel, "compound") || rel.equals("nmod:poss")) && g.head(t) >= 0) {
      rel = g.relationToParent(g.head(t));
    }
    return CORE.contains(rel);
  }

  /** The actor named at an entity's first token, or null. */
  private static ActorMention at(ArticleContext ctx, ActorResolver actors, Span span) {
    int s = ctx.sentenceAt(span.start());
    if (s < 0) {
      return null;
    }
    SentenceGraph g = ctx.graph(s);
    int t = g.tokenAt(span.start());
    if (t < 0) {
      return null;
    }
    int head = t;
    while (g.head(head) >= 0
        && span.contains(g.token(g.head(head)).span())
        && g.pos(g.head(head)).startsWith("NN")) {
      head = g.head(head);
    }
    return actors.resolve(s, head);
  }

  /**
   * True when a nationality only says whose medium someone spoke to ("told the British news
   * agency"): the medium is not whom the statement addresses.
   */
  private static boolean medium(ArticleContext ctx, ActorResolver actors, EntityMention e) {
    int s = ctx.sentenceAt(e.span().start());
    if (s < 0 || e.type() != EntityType.NATIONALITY) {
      return false;
    }
    SentenceGraph g = ctx.graph(s);
    int t = g.tokenAt(e.span().start());
    int head = t < 0 ? -1 : g.head(t);
    if (head < 0 || !g.pos(head).startsWith("NN")) {
      return false;
    }
    ActorMention m = actors.resolve(s, head);
    return m != null && "MED".equals(m.actor().role());
  }

  private static String mostNamed(
      ArticleContext ctx, ActorResolver actors, Span span, Set<String> except, Span skip) {
    Map<String, Integer> counts = new HashMap<>();
    String first = null;
    for (EntityMention e : ctx.entitiesWithin(span)) {
      if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && e.normalized() != null
          && !except.contains(e.normalized())
          && span.contains(e.span())
          && (skip == null || !skip.contains(e.span()))
          && !placeOnly(ctx, e)
          && !medium(ctx, actors, e)) {
        counts.merge(e.normalized(), 1, Integer::sum);
        if (first == null) {
          first = e.normalized();
        }
      }
    }
    String best = first;
    for (var c : counts.entrySet()) {
      if (c.getValue() > counts.getOrDefault(best, 0)) {
        best = c.getKey();
      }
    }
    return best;
  }

  /** A capital or city named only as where something is ("a building in Damascus"). */
  private static boolean placeOnly(ArticleContext ctx, EntityMention e) {
    if (e.type() != EntityType.COUNTRY || e.text().equalsIgnoreCase(e.normalized())) {
      return false;
    }
    String before =
        ctx.text()
            .substring(Math.max(0, e.span().start() - 4), e.span().start())
            .toLowerCase(Locale.ROOT);
    return before.endsWith("in ") || before.endsWith("at ") || before.endsWith("near ");
  }
}
