package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Span;

/**
 * A third party announcing, brokering or arranging a truce between two others ("the ceasefire
 * announced by the envoy", "Doha brokered a truce between A and B"): mediation (CAMEO 045) from the
 * third party to each side. Which verbs mediate a truce are the lexicon's 045 verb rows (with the
 * truce as object, or with none); which nouns are truces are the lexicon's noun rows of CAMEO 087
 * (de-escalation: "ceasefire", "truce").
 */
final class Mediations {

  static final String MEDIATE = "045";

  private static final String TRUCE = "087";

  private final EventLexicon lexicon;

  Mediations(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The mediation row a verb sets off when what it acts on is a truce ("announced a ceasefire",
   * "the truce brokered by", "after it was announced"), or null.
   */
  LexiconEntry at(SentenceGraph g, int verb) {
    if (!g.pos(verb).startsWith("VB")) {
      return null;
    }
    int thing = thing(g, verb);
    if (thing < 0 || truceCode(g, thing) == null) {
      return null;
    }
    String object = g.lemma(thing).toLowerCase(Locale.ROOT);
    for (LexiconEntry e : lexicon.verb(g.lemma(verb))) {
      if (e.code().equals(MEDIATE)
          && e.particle().equals("-")
          && (e.object().equals("-") || e.object().equals(object))) {
        return e;
      }
    }
    return null;
  }

  /** The de-escalation code of the truce a mediating verb acts on ("0871"), or null. */
  String truceCode(SentenceGraph g, int verbOrNoun) {
    int noun = g.pos(verbOrNoun).startsWith("VB") ? thing(g, verbOrNoun) : verbOrNoun;
    if (noun < 0) {
      return null;
    }
    for (LexiconEntry e : lexicon.noun(g.lemma(noun).toLowerCase(Locale.ROOT))) {
      if (e.code().startsWith(TRUCE) && e.object().equals("-")) {
        return e.code();
      }
    }
    return null;
  }

  /**
   * The noun a verb acts on: its object or passive subject, the noun a reduced passive modifies
   * ("the truce brokered by"), or, for a pronoun ("after it was announced"), the object of the
   * clause the verb's clause qualifies; -1 if none.
   */
  static int thing(SentenceGraph g, int verb) {
    int t = g.child(verb, "obj");
    if (t < 0) {
      t = g.child(verb, "nsubj:pass");
    }
    String rel = g.relationToParent(verb);
    if (t < 0 && SentenceGraph.is(rel, "acl") && g.head(verb) >= 0) {
      t = g.head(verb);
    }
    if (t >= 0 && g.pos(t).equals("PRP") && SentenceGraph.is(rel, "advcl") && g.head(verb) >= 0) {
      t = g.child(g.head(verb), "obj");
    }
    return t;
  }

  /**
   * The sides of the truce a mediating verb acts on, other than the mediator: those it is
   * "between", else the subject of the clause the mediation qualifies ("A and B accepted the truce
   * after it was announced by C") with its conjuncts, completed by the article's pair when the
   * mediator is outside it and the sides found are of the pair; empty when the announcer is itself
   * a side.
   */
  List<ActorMention> sides(
      ArticleContext ctx,
      ActorResolver actors,
      EventArguments arguments,
      List<String> pair,
      int s,
      int verb,
      ActorMention mediator) {
    SentenceGraph g = ctx.graph(s);
    String own = mediator == null ? null : mediator.actor().country();
    Map<String, ActorMention> out = new LinkedHashMap<>();
    int thing = thing(g, verb);
    List<Integer> between = new ArrayList<>(g.children(verb, "obl:between"));
    if (thing >= 0) {
      between.addAll(g.children(thing, "nmod:between"));
    }
    for (int b : between) {
      add(out, actors, actors.resolve(s, b));
    }
    if (out.isEmpty()) {
      String rel = g.relationToParent(verb);
      int clause = -1;
      if (SentenceGraph.is(rel, "advcl") || SentenceGraph.is(rel, "conj")) {
        clause = g.head(verb);
      } else if (SentenceGraph.is(rel, "acl") && thing >= 0 && g.head(thing) >= 0) {
        clause = g.head(thing);
      }
      if (clause >= 0 && g.pos(clause).startsWith("VB")) {
        add(out, actors, arguments.subject(ctx, actors, s, clause));
      }
    }
    if (own != null && out.containsKey(own)) {
      // "A and B announced a truce": the announcers are the sides, no one mediates
      return List.of();
    }
    if (own != null
        && pair.size() == 2
        && !pair.contains(own)
        && pair.containsAll(out.keySet())
        && out.size() < 2) {
      Span at = g.token(verb).span();
      for (String c : pair) {
        out.putIfAbsent(c, new ActorMention(new Actor(actors.countryName(c), c, null), at));
      }
    }
    out.remove(own);
    out.remove(null);
    return List.copyOf(out.values());
  }

  private static void add(Map<String, ActorMention> out, ActorResolver actors, ActorMention m) {
    if (m == null) {
      return;
    }
    for (ActorMention c : actors.coordinated(m)) {
      if (c != null && c.actor().country() != null) {
        out.putIfAbsent(c.actor().country(), c);
      }
    }
  }
}
