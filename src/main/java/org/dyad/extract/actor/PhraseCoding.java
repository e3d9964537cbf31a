package org.dyad.extract.actor;

import java.time.LocalDate;
import java.util.TreeSet;
import org.dyad.dictionary.AgentEntry;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;

/** Codes the actor of one article's phrase with what the actor and agent dictionaries match. */
final class PhraseCoding {

  private final ActorResolver actors;
  private final ArticleContext ctx;
  private final ActorCoder coder;
  private final ActorCoder.Matches[] matches;
  private final LocalDate articleDate;
  private final CodedMentions coded;

  PhraseCoding(
      ActorResolver actors,
      ArticleContext ctx,
      ActorCoder coder,
      LocalDate articleDate,
      CodedMentions coded) {
    this.actors = actors;
    this.ctx = ctx;
    this.coder = coder;
    this.matches = new ActorCoder.Matches[ctx.sentenceCount()];
    this.articleDate = articleDate;
    this.coded = coded;
  }

  /** The article's publication date, as of which the dictionaries code (null when unknown). */
  LocalDate articleDate() {
    return articleDate;
  }

  /** The dictionary matches of sentence {@code s}, found once. */
  ActorCoder.Matches matches(int s) {
    if (matches[s] == null) {
      matches[s] = coder.match(ctx, s);
    }
    return matches[s];
  }

  /**
   * The actor with what the actor and agent dictionaries say of its phrase: they fill in a country
   * or role the text does not give, and give the CAMEO code; where Dyad's gazetteer already names
   * another country, the longer of the two phrases wins ("the Kremlin" stays Russia's government).
   * In PETRARCH's reading roles come from the dictionaries only.
   */
  ActorMention coded(int s, int head, ActorMention found) {
    if (coder.dictionaryFirst() && found != null) {
      Actor fa = found.actor();
      found = new ActorMention(new Actor(fa.name(), fa.country(), null), found.span());
    }
    ActorCoder.Matches ms = matches(s);
    if (ms.actors().isEmpty() && ms.agents().isEmpty()) {
      return found;
    }
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> phrase = g.phrase(head);
    ActorCoder.ActorMatch am = ms.actorFor(head, phrase);
    ActorCoder.AgentMatch ag = ms.agentFor(head, phrase);
    if (am != null && am.entry().codeOn(articleDate) == null) {
      am = null;
    }
    if (ag != null && !ag.contains(head) && !modifies(g, ag.first(), ag.end(), head)) {
      ag = null;
    }
    boolean headIsActor =
        ag != null && ag.contains(head)
            || actors.isRoleNoun(g.lemma(head))
            || ctx.entity(s, head) != null;
    if (am != null
        && !am.contains(head)
        && !headIsActor
        && !modifies(g, am.first(), am.end(), head)) {
      if (coder.dictionaryFirst()) {
        int inner = innerHead(g, am.end() - 1, head);
        if (inner >= 0) {
          return actors.resolve(s, inner);
        }
      }
      am = null;
    }
    if (am == null && ag == null) {
      return found;
    }
    var entry = am == null ? null : am.entry();
    var agent = ag == null ? null : ag.agent();
    ActorCodes codes = coder.codes();
    if (found == null) {
      String code = ActorCoder.compose(entry, agent, articleDate);
      String country = codes.country(code);
      String role = codes.role(code);
      if (country == null && role == null && entry == null) {
        return null;
      }
      Actor a = new Actor(EntityActors.phraseName(ctx, s, head), country, role, code);
      Span span = g.span(phrase);
      if (entry != null) {
        coded.put(span, new CodedMentions.Coded(entry, agent, a));
      }
      return new ActorMention(a, span);
    }
    Actor fa = found.actor();
    if (entry == null) {
      String code =
          fa.country() == null
              ? (fa.role() != null && !coder.dictionaryFirst() ? fa.role() : agent.code())
              : withAgent(Actor.codeOf(fa.country(), null), agent);
      String role =
          fa.role() != null && !coder.dictionaryFirst()
              ? fa.role()
              : codes.role(code) != null ? codes.role(code) : fa.role();
      return new ActorMention(new Actor(fa.name(), fa.country(), role, code), found.span());
    }
    String code = ActorCoder.compose(entry, agent, articleDate);
    String dictCountry = codes.country(code);
    boolean dictionary =
        (dictCountry != null || coder.dictionaryFirst())
            && (fa.country() == null
                || fa.country().equals(dictCountry)
                || am.end() - am.first() > evidenceLength(s, head)
                || coder.dictionaryFirst() && am.end() - am.first() >= evidenceLength(s, head));
    if (!dictionary) {
      return found;
    }
    String role = fa.role() != null ? fa.role() : codes.role(code);
    Actor a = new Actor(fa.name(), dictCountry, role, withRole(coder, code, role));
    coded.put(found.span(), new CodedMentions.Coded(entry, agent, a));
    return new ActorMention(a, found.span());
  }

  /**
   * The head of the phrase inside {@code outer}'s phrase that holds {@code token} ("soldiers" in
   * "an attack by Osgiliath soldiers"), or -1 when {@code token} is not below {@code outer}.
   */
  private static int innerHead(SentenceGraph g, int token, int outer) {
    int t = token;
    for (int hops = 0; hops < 8 && t >= 0; hops++) {
      int up = g.head(t);
      if (up == outer) {
        return t;
      }
      t = up;
    }
    return -1;
  }

  /** True when a token of {@code [first, end)} directly modifies {@code head} as a name part. */
  static boolean modifies(SentenceGraph g, int first, int end, int head) {
    for (int t = first; t < end; t++) {
      String rel = g.relationToParent(t);
      if (g.head(t) == head
          && (SentenceGraph.is(rel, "compound")
              || SentenceGraph.is(rel, "amod")
              || SentenceGraph.is(rel, "flat")
              || rel.equals("nmod:poss"))) {
        return true;
      }
    }
    return false;
  }

  private static String withAgent(String code, AgentEntry agent) {
    if (code == null || ActorCoder.holds(code, agent.code())) {
      return code;
    }
    return agent.before() ? agent.code() + code : code + agent.code();
  }

  /** The number of tokens of the named entity that gave a phrase its country (1 if none). */
  private int evidenceLength(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    int best = 1;
    for (int t : g.phrase(head)) {
      EntityMention e = ctx.entity(s, t);
      if (e != null
          && (e.type() == EntityType.COUNTRY
              || e.type() == EntityType.NATIONALITY
              || e.type() == EntityType.ORGANIZATION && e.normalized() != null)) {
        int n = 0;
        for (int k = 0; k < g.size(); k++) {
          if (e.span().contains(g.token(k).span())) {
            n++;
          }
        }
        best = Math.max(best, n);
      }
    }
    return best;
  }

  /** A dictionary code that names no role, with the role the text gives ("GEO" + MIL). */
  static String withRole(ActorCoder coder, String code, String role) {
    ActorCodes codes = coder.codes();
    if (coder.dictionaryFirst()
        || code == null
        || role == null
        || codes.role(code) != null
        || codes.isType(code.substring(0, 3))) {
      return code;
    }
    return code + role;
  }
}
