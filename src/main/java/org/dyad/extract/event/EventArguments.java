package org.dyad.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.Places;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.EventMention;
import org.dyad.nlp.Gazetteer;

/**
 * The arguments of event mentions: who acts (subjects, passive agents, place authorities) on whom,
 * and where.
 */
final class EventArguments {

  /** Verbs whose object is blamed for the event named after "for" or "of" ("accuse X of Y"). */
  private static final Set<String> BLAME_VERBS =
      Set.of("accuse", "blame", "sue", "take", "hold", "punish", "condemn", "charge", "fault");

  /**
   * Verbs that judge or report an act named by their object ("called his expulsion a mistake"):
   * their subject is not the act's agent.
   */
  private static final Set<String> JUDGING_VERBS =
      Set.of(
          "call",
          "describe",
          "label",
          "term",
          "dub",
          "brand",
          "criticize",
          "criticise",
          "denounce",
          "decry",
          "deplore",
          "slam",
          "welcome",
          "praise",
          "hail",
          "question",
          "regret",
          "mention",
          "recall",
          "discuss",
          "report",
          "protest",
          "oppose",
          "lament",
          "mourn");

  /** Roots of cooperation (intent, consultation, diplomatic and material cooperation, aid). */
  private static final Set<String> COOPERATION_ROOTS = Set.of("03", "04", "05", "06", "07");

  /** Military protection (CAMEO 074): its object is whom it protects. */
  private static final String PROTECTION = "074";

  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("against", "on", "to", "with", "at", "toward", "towards", "from", "upon", "over");

  private final Gazetteer gazetteer;
  private final Places places;

  EventArguments(Gazetteer gazetteer, Places places) {
    this.gazetteer = gazetteer;
    this.places = places;
  }

  ActorMention first(ArticleContext ctx, ActorResolver actors, int s, List<Integer> heads) {
    for (int h : heads) {
      ActorMention m = actors.resolve(s, h);
      if (m == null) {
        for (int c : ctx.graph(s).children(h, "conj")) {
          m = actors.resolve(s, c);
          if (m != null) {
            break;
          }
        }
      }
      if (m == null) {
        for (int c : ctx.graph(s).children(h, "appos")) {
          m = actors.resolve(s, c);
          if (m != null) {
            break;
          }
        }
      }
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * The author of what a verb acts on, when that is someone's work rather than someone ("condemned
   * a statement issued by the bloc", "rejected the minister's remarks", "denounced as meddling the
   * report of the commission"), or null; the agent's own work ("reaffirmed its readiness") has no
   * other author.
   */
  ActorMention objectAuthor(
      ArticleContext ctx, ActorResolver actors, int s, int verb, ActorMention agent) {
    String own = agent == null ? null : agent.actor().country();
    SentenceGraph g = ctx.graph(s);
    List<Integer> objects = new java.util.ArrayList<>(g.children(verb, "obj"));
    for (var d : g.children(verb)) {
      if (d.relation().equals("advcl:as") || SentenceGraph.is(d.relation(), "xcomp")) {
        objects.addAll(g.children(d.dependent(), "obj"));
      }
    }
    for (int o : objects) {
      if (!g.pos(o).startsWith("NN") || actors.resolve(s, o) != null) {
        continue;
      }
      List<Integer> authors = new java.util.ArrayList<>(g.children(o, "nmod:poss"));
      authors.addAll(g.children(o, "nmod:by"));
      for (int acl : g.children(o, "acl")) {
        authors.addAll(g.children(acl, "obl:agent"));
        authors.addAll(g.children(acl, "obl:by"));
      }
      ActorMention m = first(ctx, actors, s, authors);
      if (m != null && m.actor().country() != null && !m.actor().country().equals(own)) {
        return m;
      }
    }
    return null;
  }

  /** Relations that name the agent of a passive verb or of a nominalised act. */
  static final java.util.Set<String> DOER_RELATIONS =
      java.util.Set.of("obl:agent", "obl:by", "nmod:by", "nmod:agent");

  /**
   * The subjects of a verb, each replaced by its agent when it is a nominalised act that names one
   * ("the deployment of troops near the border by the army has violated"): what such a subject
   * names in its modifiers (a place, a law's title) is not who acted.
   */
  static List<Integer> actingSubjects(SentenceGraph g, int verb) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int n : g.children(verb, "nsubj")) {
      int agent = -1;
      if (g.pos(n).matches("NNS?")) {
        for (int owner : List.of(n, verb)) {
          for (String by : DOER_RELATIONS) {
            if (agent < 0 && !g.children(owner, by).isEmpty()) {
              agent = g.children(owner, by).get(0);
            }
          }
        }
      }
      out.add(agent >= 0 ? agent : n);
    }
    return out;
  }

  /** The subject of a verb, or of the verb that governs it (controlled and adverbial clauses). */
  ActorMention subject(ArticleContext ctx, ActorResolver actors, int s, int verb) {
    SentenceGraph g = ctx.graph(s);
    int node = verb;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      ActorMention m = first(ctx, actors, s, g.children(node, "nsubj"));
      if (m != null) {
        return m;
      }
      if (!g.children(node, "nsubj").isEmpty()) {
        return null;
      }
      String rel = g.relationToParent(node);
      if (!(SentenceGraph.is(rel, "xcomp")
          || SentenceGraph.is(rel, "advcl")
          || SentenceGraph.is(rel, "conj")
          || SentenceGraph.is(rel, "acl")
          || rel.equals("dep"))) {
        return null;
      }
      int up = g.head(node);
      if (up >= 0 && SentenceGraph.is(rel, "acl") && g.pos(up).startsWith("NN") && up < verb) {
        if (!afterComma(g, node) || g.head(up) < 0 || !g.pos(g.head(up)).startsWith("VB")) {
          return first(ctx, actors, s, List.of(up));
        }
        up = g.head(up);
      }
      node = up;
    }
    return null;
  }

  /**
   * True when a participle follows a comma ("fired at the ships, damaging one"): an adverbial of
   * the clause before it, whose subject is its agent, rather than a modifier of the noun before.
   */
  static boolean afterComma(SentenceGraph g, int participle) {
    return g.pos(participle).equals("VBG") && participle > 0 && g.word(participle - 1).equals(",");
  }

  /**
   * True when a personal possessive of a coercive act is the one it is done to ("his arrest",
   * "their expulsion"), not its agent: no of/on phrase names another patient.
   */
  static boolean undergoerPossessor(
      SentenceGraph g, int noun, String root, List<Integer> possessors) {
    if (possessors.isEmpty() || !Set.of("16", "17", "18").contains(root)) {
      return false;
    }
    String word = g.word(possessors.get(0)).toLowerCase(java.util.Locale.ROOT);
    return Set.of("his", "her", "their").contains(word)
        && g.children(noun, "nmod:of").isEmpty()
        && g.children(noun, "nmod:on").isEmpty()
        && g.children(noun, "nmod:against").isEmpty();
  }

  ActorMention governingSubject(ArticleContext ctx, ActorResolver actors, int s, int noun) {
    SentenceGraph g = ctx.graph(s);
    String rel = g.relationToParent(noun);
    int verb = g.head(noun);
    if (verb >= 0
        && (rel.equals("obl:for") || rel.equals("obl:of"))
        && BLAME_VERBS.contains(g.lemma(verb))) {
      return first(ctx, actors, s, g.children(verb, "obj"));
    }
    if (!SentenceGraph.is(rel, "obj") || verb < 0 || JUDGING_VERBS.contains(g.lemma(verb))) {
      return null;
    }
    return subject(ctx, actors, s, verb);
  }

  /**
   * True when the event names its partner and that partner is someone of no known country ("talks
   * with separatist leaders", "clashes with rebels"): the event is not between the article's two
   * countries, and the other country is not put in the partner's place. Looks at the with and
   * against phrases of the trigger and of its object, and at the object of an act of cooperation
   * ("supported these forces") and the recipient of aid ("delivered food to the troops stationed
   * there"). Likewise when the object is the work of a third party ("condemned a statement issued
   * by the regional bloc"): the act is aimed at its author.
   */
  static boolean namedStatelessPartner(
      ArticleContext ctx,
      ActorResolver actors,
      int s,
      int trigger,
      String code,
      List<String> pair) {
    SentenceGraph g = ctx.graph(s);
    String root = code.substring(0, 2);
    List<Integer> partners = new java.util.ArrayList<>();
    if (COOPERATION_ROOTS.contains(root)) {
      partners.addAll(g.children(trigger, "obj"));
    }
    if (root.equals("07")) {
      // the recipient of aid or protection: "delivered supplies to troops on the outpost",
      // "escorted fishing boats"
      List<Integer> recipients = new java.util.ArrayList<>(g.children(trigger, "obl:to"));
      recipients.addAll(g.children(trigger, "iobj"));
      if (code.startsWith(PROTECTION)) {
        recipients.addAll(g.children(trigger, "obj"));
      }
      for (int r : recipients) {
        ActorMention m = g.pos(r).startsWith("NN") ? actors.resolve(s, r) : null;
        if (g.pos(r).startsWith("NN") && (m == null || m.actor().country() == null)) {
          return true;
        }
      }
    }
    for (String rel : List.of("obl:with", "obl:against", "nmod:with", "nmod:against")) {
      partners.addAll(g.children(trigger, rel));
    }
    for (int o : g.children(trigger, "obj")) {
      partners.addAll(g.children(o, "nmod:with"));
      partners.addAll(g.children(o, "nmod:against"));
    }
    for (int p : partners) {
      if (!g.pos(p).startsWith("NN")) {
        continue;
      }
      ActorMention m = actors.resolve(s, p);
      if (m != null && m.actor().country() == null && m.actor().role() != null) {
        return true;
      }
    }
    for (int o : g.children(trigger, "obj")) {
      List<Integer> authors = new java.util.ArrayList<>(g.children(o, "nmod:poss"));
      authors.addAll(g.children(o, "nmod:by"));
      for (int acl : g.children(o, "acl")) {
        authors.addAll(g.children(acl, "obl:agent"));
        authors.addAll(g.children(acl, "obl:by"));
      }
      for (int a : authors) {
        ActorMention m = actors.resolve(s, a);
        if (m != null && m.actor().country() != null && !pair.contains(m.actor().country())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A common noun with its compound modifiers: "passenger plane". */
  static String nounWithCompounds(SentenceGraph g, int noun) {
    StringBuilder out = new StringBuilder();
    for (int c : g.children(noun, "compound")) {
      if (c < noun) {
        out.append(g.word(c)).append(' ');
      }
    }
    return out.append(g.word(noun)).toString();
  }

  /** The token naming who or what the event happens to, or -1. */
  static int patient(SentenceGraph g, int i, boolean verb, boolean passive, boolean happening) {
    List<Integer> c =
        !verb
            ? g.children(i, "nmod:of")
            : happening ? g.children(i, "nsubj") : g.children(i, passive ? "nsubj:pass" : "obj");
    if (c.isEmpty() && !verb) {
      for (int adv : g.children(i, "advmod")) {
        if (c.isEmpty()) {
          c = g.children(adv, "obl:of");
        }
      }
    }
    return c.isEmpty() ? -1 : c.get(0);
  }

  /**
   * For a definite noun ("the plane") that names no country, the closest earlier mention of the
   * same noun in the paragraph (at most three sentences back) that does: {sentence, token}, or
   * null.
   */
  static int[] antecedent(ArticleContext ctx, ActorResolver actors, int s, int noun) {
    SentenceGraph g = ctx.graph(s);
    if (noun < 0 || !g.pos(noun).startsWith("NN") || g.pos(noun).startsWith("NNP")) {
      return null;
    }
    boolean definite = false;
    for (int d : g.children(noun, "det")) {
      definite |= Set.of("the", "this", "that").contains(g.lemma(d));
    }
    if (!definite) {
      return null;
    }
    int paragraph = ctx.paragraphOf(g.sentence().span().start());
    for (int k = s - 1; k >= 0 && k >= s - 3; k--) {
      SentenceGraph h = ctx.graph(k);
      if (ctx.paragraphOf(h.sentence().span().start()) != paragraph) {
        return null;
      }
      for (int t = h.size() - 1; t >= 0; t--) {
        if (h.lemma(t).equals(g.lemma(noun))) {
          ActorMention m = actors.resolve(k, t);
          if (m != null && m.actor().country() != null) {
            return new int[] {k, t};
          }
        }
      }
    }
    return null;
  }

  /**
   * A coercive event told at most two sentences earlier in the paragraph: "The office was raided.
   * Seven journalists were arrested." continues one story, on the same side.
   */
  static EventMention recentCoercion(ArticleContext ctx, int s, List<EventMention> earlier) {
    if (earlier.isEmpty()) {
      return null;
    }
    EventMention last = earlier.get(earlier.size() - 1);
    int at = ctx.sentenceAt(last.span().start());
    int paragraph = ctx.paragraphOf(ctx.graph(s).sentence().span().start());
    boolean near = at >= s - 2 && ctx.paragraphOf(last.span().start()) == paragraph;
    return near && EventExtractor.AUTHORITY_ROOTS.contains(last.root()) ? last : null;
  }

  /**
   * The latest coercive event of the paragraph (arrest, detention) whose target fits: whoever holds
   * people answers for what happens to them in custody.
   */
  static EventMention holding(
      ArticleContext ctx, int s, List<EventMention> earlier, ActorMention target) {
    int paragraph = ctx.paragraphOf(ctx.graph(s).sentence().span().start());
    for (int k = earlier.size() - 1; k >= 0; k--) {
      EventMention m = earlier.get(k);
      if (ctx.paragraphOf(m.span().start()) != paragraph) {
        break;
      }
      boolean fits =
          target == null
              || target.actor().country() == null
              || target.actor().country().equals(m.target().actor().country());
      if (m.root().equals("17") && fits) {
        return m;
      }
    }
    return null;
  }

  ActorMention prepositional(
      ArticleContext ctx, ActorResolver actors, int s, int head, String rel, String root) {
    SentenceGraph g = ctx.graph(s);
    for (var d : g.children(head)) {
      String r = d.relation();
      if (!SentenceGraph.is(r, rel) || !r.contains(":")) {
        continue;
      }
      String prep = r.substring(r.indexOf(':') + 1).toLowerCase(Locale.ROOT);
      boolean destination = root.equals("04") && (prep.equals("in") || prep.equals("at"));
      if (TARGET_PREPOSITIONS.contains(prep) || destination) {
        ActorMention m = first(ctx, actors, s, List.of(d.dependent()));
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  ActorMention nationalityModifier(ArticleContext ctx, ActorResolver actors, int s, int noun) {
    SentenceGraph g = ctx.graph(s);
    for (int a : g.children(noun, "amod")) {
      EntityMention e = ctx.entity(s, a);
      if (e != null && e.type() == EntityType.NATIONALITY && e.normalized() != null) {
        return new ActorMention(
            new Actor(actors.countryName(e.normalized()), e.normalized(), "GOV"), e.span());
      }
    }
    for (int a : g.children(noun, "compound")) {
      EntityMention e = ctx.entity(s, a);
      if (e != null && e.type() == EntityType.COUNTRY && e.normalized() != null) {
        return new ActorMention(
            new Actor(actors.countryName(e.normalized()), e.normalized(), "GOV"), e.span());
      }
    }
    return null;
  }

  /** For agentless coercion: the authorities of the country where it happened. */
  ActorMention placeAuthority(ArticleContext ctx, ActorResolver actors, int s, int i) {
    SentenceGraph g = ctx.graph(s);
    for (String rel : List.of("obl:in", "nmod:in", "obl:at")) {
      for (int p : g.children(i, rel)) {
        ActorMention m = actors.resolve(s, p);
        if (m != null && m.actor().country() != null) {
          String iso = m.actor().country();
          return new ActorMention(
              new Actor("authorities in " + m.actor().name(), iso, "GOV"), m.span());
        }
      }
    }
    return null;
  }

  String location(ArticleContext ctx, int s, int i) {
    SentenceGraph g = ctx.graph(s);
    for (String rel : List.of("obl:in", "nmod:in", "obl:near", "obl:at")) {
      for (int p : g.children(i, rel)) {
        EntityMention e = ctx.entity(s, p);
        if (e != null
            && (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)
            && !e.text().isBlank()) {
          return e.text();
        }
      }
    }
    return null;
  }

  /**
   * A headline's passive without its auxiliary ("Armenian MP denied entry to Russia", "Journalists
   * detained in Baku"): a coercive verb in the past with no auxiliary, whose subject is a person or
   * group rather than a state, and a country it happened to, in or from. Returns {source, target}
   * for the passive reading (the authorities of that country act on the subject), or null.
   */
  ActorMention[] headlinePassive(
      ArticleContext ctx, ActorResolver actors, int s, int i, String root) {
    SentenceGraph g = ctx.graph(s);
    if (!EventExtractor.AUTHORITY_ROOTS.contains(root)
        || !(g.pos(i).equals("VBD") || g.pos(i).equals("VBN"))
        || !g.children(i, "aux").isEmpty()
        || !ReportTime.headline(ctx, s)) {
      return null;
    }
    ActorMention subject = first(ctx, actors, s, g.children(i, "nsubj"));
    if (subject == null
        || subject.actor().country() == null
        || "GOV".equals(subject.actor().role())
        || subject.actor().name().equals(actors.countryName(subject.actor().country()))) {
      return null;
    }
    List<Integer> heads = new java.util.ArrayList<>(List.of(i));
    heads.addAll(g.children(i, "obj"));
    for (String rel : List.of("to", "in", "from", "by")) {
      List<Integer> places = new java.util.ArrayList<>(g.children(i, "obl:" + rel));
      for (int h : heads) {
        places.addAll(g.children(h, "nmod:" + rel));
      }
      for (int p : places) {
        ActorMention place = actors.resolve(s, p);
        if (place != null
            && place.actor().country() != null
            && !place.actor().country().equals(subject.actor().country())) {
          Actor authority =
              new Actor(
                  rel.equals("obl:by")
                      ? place.actor().name()
                      : "authorities in " + place.actor().name(),
                  place.actor().country(),
                  rel.equals("obl:by") ? place.actor().role() : "GOV");
          return new ActorMention[] {new ActorMention(authority, place.span()), subject};
        }
      }
    }
    return null;
  }
}
