package org.dyad.extract.quote;

import java.util.List;
import java.util.Locale;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.quote.Antecedents.Entry;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * Who issued a document an article cites ("the statement read", "the ministry's communiqué"): the
 * owner its phrase names, the subject of the verb that released it, else the last issuer or
 * institution speaking.
 */
final class Issuers {

  private final ArticleContext ctx;
  private final Gazetteer gazetteer;
  private final SpeakerResolver resolver;
  private final Antecedents antecedents;

  Issuers(
      ArticleContext ctx, Gazetteer gazetteer, SpeakerResolver resolver, Antecedents antecedents) {
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.resolver = resolver;
    this.antecedents = antecedents;
  }

  /** A document noun, or a part of one ("the English version of the statement"). */
  static boolean isDocument(SentenceGraph g, int t) {
    if (!g.pos(t).startsWith("NN") || g.pos(t).startsWith("NNP")) {
      return false;
    }
    if (SpeechCues.DOCUMENTS.contains(g.lemma(t).toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int o : g.children(t, "nmod:of")) {
      if (g.pos(o).startsWith("NN")
          && SpeechCues.DOCUMENTS.contains(g.lemma(o).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whoever issued the document headed by {@code head}: named in its phrase, else remembered. */
  ActorMention issuerOf(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    Span at = g.token(head).span();
    ActorMention owner = owner(s, head);
    if (owner != null) {
      return new ActorMention(owner.actor(), at);
    }
    Entry best = antecedents.issuerAt(s, head);
    return best == null ? null : new ActorMention(best.actor(), at);
  }

  /** The owner a document's phrase names: "the ministry's statement", "a CARICOM statement". */
  private ActorMention owner(int s, int head) {
    return owner(s, head, 0);
  }

  private ActorMention owner(int s, int head, int depth) {
    SentenceGraph g = ctx.graph(s);
    for (String rel : List.of("nmod:poss", "compound", "nmod:of", "nmod:from", "nmod:by")) {
      for (int o : g.children(head, rel)) {
        if (isDocument(g, o)) {
          ActorMention inner = depth < 2 ? owner(s, o, depth + 1) : null;
          if (inner != null) {
            return inner;
          }
          continue;
        }
        EntityMention e = ctx.entity(s, o);
        boolean named =
            e != null && e.type() != EntityType.TITLE && e.type() != EntityType.LOCATION;
        if (named || g.pos(o).startsWith("PRP") || gazetteer.isAgentNoun(g.lemma(o))) {
          ActorMention m = resolver.resolve(s, o);
          if (m != null) {
            return m;
          }
        }
      }
    }
    for (int acl : g.children(head, "acl")) {
      for (int by : g.children(acl, "obl:agent")) {
        ActorMention m = resolver.resolve(s, by);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Who issues the document at token {@code doc}: its owner, or the subject of the verb that
   * releases it ("the ministry released a statement") or of which it is the frame ("in a statement,
   * the force confirmed").
   */
  ActorMention issuedBy(int s, int doc) {
    SentenceGraph g = ctx.graph(s);
    ActorMention owner = owner(s, doc);
    if (owner != null) {
      return owner;
    }
    int verb = g.head(doc);
    String rel = g.relationToParent(doc);
    if (verb < 0 || !g.pos(verb).startsWith("VB")) {
      return null;
    }
    boolean issues = rel.equals("obj") && SpeechCues.ISSUING.contains(g.lemma(verb));
    boolean frames = rel.equals("obl:in");
    if (!issues && !frames) {
      return null;
    }
    for (int subj : g.children(verb, "nsubj")) {
      ActorMention m = resolver.resolve(s, subj);
      if (m != null) {
        return m;
      }
    }
    return null;
  }
}
