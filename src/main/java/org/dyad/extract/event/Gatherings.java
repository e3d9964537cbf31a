package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;

/**
 * A meeting that acts stands for those who meet at it: in "the summit is expected to seal a deal"
 * the deal is between the summit's participants, the actors joined to it by "with", "between" or
 * "of" (in its own sentence, or where the paragraph last named such a meeting), leaving out its
 * host when two others take part. A meeting is a noun the event lexicon codes as a consultation
 * (CAMEO root 04: summit, talks, meeting, negotiations).
 */
final class Gatherings {

  private static final Set<String> PARTICIPANT_RELATIONS =
      Set.of("nmod:with", "nmod:between", "nmod:among", "nmod:of", "obl:with", "obl:between");

  /**
   * How many sentences back, within the paragraph, the meeting a definite noun refers to is sought.
   */
  private static final int LOOK_BACK = 3;

  private final EventLexicon lexicon;

  Gatherings(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The source and target a meeting that is the subject of {@code verb} stands for: its first two
   * participants of different countries, or null when the subject is no meeting or fewer than two
   * countries take part.
   */
  ActorMention[] participants(ArticleContext ctx, ActorResolver actors, int s, int verb) {
    SentenceGraph g = ctx.graph(s);
    int subject = g.child(verb, "nsubj");
    if (subject < 0) {
      subject = g.child(verb, "nsubj:xsubj");
    }
    if (subject < 0 || !gathering(g, subject)) {
      return null;
    }
    List<ActorMention> found = participantsOf(ctx, actors, s, subject);
    if (found.size() < 2 && definite(g, subject)) {
      int paragraph = ctx.paragraphOf(g.sentence().span().start());
      for (int k = s - 1; k >= 0 && k >= s - LOOK_BACK && found.size() < 2; k--) {
        SentenceGraph h = ctx.graph(k);
        if (ctx.paragraphOf(h.sentence().span().start()) != paragraph) {
          break;
        }
        for (int t = h.size() - 1; t >= 0 && found.size() < 2; t--) {
          if (gathering(h, t)) {
            found = participantsOf(ctx, actors, k, t);
          }
        }
      }
    }
    return found.size() < 2 ? null : new ActorMention[] {found.get(0), found.get(1)};
  }

  /**
   * The guests of a meeting that is the object of {@code verb} ("hosted talks with A and B"), who
   * are the verb's targets rather than the meeting itself: the actors joined to the meeting (or to
   * the verb) by a participant preposition, of countries other than {@code host}'s, in order.
   */
  List<ActorMention> guests(
      ArticleContext ctx, ActorResolver actors, int s, int verb, ActorMention host) {
    SentenceGraph g = ctx.graph(s);
    List<ActorMention> out = new ArrayList<>();
    if (host != null) {
      add(out, host);
    }
    for (int o : g.children(verb, "obj")) {
      if (gathering(g, o)) {
        List<Integer> heads = new ArrayList<>(joined(g, o));
        heads.addAll(joined(g, verb));
        for (int h : heads) {
          add(out, actors.resolve(s, h));
          for (int c : g.children(h, "conj")) {
            add(out, actors.resolve(s, c));
          }
        }
      }
    }
    return host == null || out.isEmpty() ? out : out.subList(1, out.size());
  }

  /** True for a common noun the lexicon codes, by default, as a consultation (root 04). */
  boolean gathering(SentenceGraph g, int i) {
    if (!g.pos(i).startsWith("NN")) {
      return false;
    }
    for (LexiconEntry e : lexicon.noun(g.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
      if (e.object().equals("-") && e.code().startsWith("04")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors of different countries who take part in the meeting at {@code noun}: those joined to
   * it, or to the verb it is the object of ("hosts a summit with ..."), by a participant
   * preposition, in order; the verb's subject (the host) first, only when no two others are named.
   */
  private static List<ActorMention> participantsOf(
      ArticleContext ctx, ActorResolver actors, int s, int noun) {
    SentenceGraph g = ctx.graph(s);
    List<Integer> heads = new ArrayList<>(joined(g, noun));
    int governor = g.head(noun);
    boolean object = governor >= 0 && SentenceGraph.is(g.relationToParent(noun), "obj");
    if (object) {
      heads.addAll(joined(g, governor));
    }
    List<ActorMention> out = new ArrayList<>();
    for (int h : heads) {
      add(out, actors.resolve(s, h));
      for (int c : g.children(h, "conj")) {
        add(out, actors.resolve(s, c));
      }
    }
    if (out.size() < 2 && object) {
      List<ActorMention> hosts = new ArrayList<>();
      for (int subject : g.children(governor, "nsubj")) {
        add(hosts, actors.resolve(s, subject));
      }
      for (ActorMention m : out) {
        add(hosts, m);
      }
      return hosts;
    }
    return out;
  }

  private static List<Integer> joined(SentenceGraph g, int head) {
    List<Integer> out = new ArrayList<>();
    for (var d : g.children(head)) {
      if (PARTICIPANT_RELATIONS.contains(d.relation())) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Adds an actor with a country that no actor already in {@code out} has. */
  private static void add(List<ActorMention> out, ActorMention m) {
    if (m == null || m.actor().country() == null) {
      return;
    }
    for (ActorMention o : out) {
      if (o.actor().country().equals(m.actor().country())) {
        return;
      }
    }
    out.add(m);
  }

  private static boolean definite(SentenceGraph g, int noun) {
    for (int d : g.children(noun, "det")) {
      if (Set.of("the", "this", "that").contains(g.lemma(d).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
