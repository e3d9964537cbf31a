package org.dyad.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;

/**
 * Finds who a cue of speech gives the words to in one article: the subject of a verb of saying
 * (through coordinated, controlled and adverbial clauses), the owner of a noun of saying, the
 * source after "according to", or an unnamed source as written.
 */
final class CueSpeakers {

  private final ArticleContext ctx;
  private final ActorResolver actors;
  private final SpeakerState state;

  CueSpeakers(ArticleContext ctx, ActorResolver actors, SpeakerState state) {
    this.ctx = ctx;
    this.actors = actors;
    this.state = state;
  }

  /** The speaker of cue {@code cue} of sentence {@code s}, or null. */
  ActorMention speakerOf(int s, int cue) {
    return speakerOf(s, cue, 0);
  }

  private ActorMention speakerOf(int s, int cue, int depth) {
    SentenceGraph g = ctx.graph(s);
    if (g.word(cue).equalsIgnoreCase("according")) {
      int head = g.head(cue);
      if (head < 0 || !canSpeak(g, s, head)) {
        return null;
      }
      ActorMention m = resolveSpeaker(s, head);
      return m != null && isNamed(m) ? m : null;
    }
    if (g.pos(cue).startsWith("NN")) {
      for (String rel : List.of("nmod:poss", "nmod:of", "nmod:by", "nmod:from")) {
        for (int o : g.children(cue, rel)) {
          if (depth < 2 && SpeechCues.NOUNS.contains(g.lemma(o))) {
            ActorMention m = speakerOf(s, o, depth + 1);
            if (m != null) {
              return m;
            }
            continue;
          }
          ActorMention m = resolveSpeaker(s, o);
          if (m != null) {
            return m;
          }
        }
      }
      int governor = g.head(cue);
      if (governor >= 0 && g.pos(governor).startsWith("VB")) {
        return subjectOf(s, governor);
      }
      return null;
    }
    return subjectOf(s, cue);
  }

  /** The speaker that is the subject of verb {@code verb} of sentence {@code s}, or null. */
  ActorMention subjectOf(int s, int verb) {
    SentenceGraph g = ctx.graph(s);
    int node = verb;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      boolean hasSubject = false;
      boolean onlyPronouns = true;
      for (var d : g.children(node)) {
        if ((d.relation().equals("nsubj") || d.relation().equals("obl:agent"))
            && !state.resolver.isQuoted(s, d.dependent())
            && !possessorOfNextSubject(g, node, d.dependent())) {
          hasSubject = true;
          onlyPronouns &= g.pos(d.dependent()).equals("PRP");
          ActorMention m = resolveSpeaker(s, d.dependent());
          if (m != null) {
            return m;
          }
        }
      }
      if (hasSubject
          && onlyPronouns
          && SentenceGraph.is(g.relationToParent(node), "ccomp")
          && g.head(node) >= 0) {
        // "the ministry said it 'condemned' X, adding ...": a pronoun subject of what a speaker
        // said is that speaker
        node = g.head(node);
        continue;
      }
      if (hasSubject) {
        return null;
      }
      if (!g.children(node, "nsubj:pass").isEmpty()) {
        return null;
      }
      if (hops == 0) {
        for (var d : g.children(node)) {
          if ((d.relation().equals("obj") || d.relation().equals("dep"))
              && d.dependent() > node
              && (isPersonOrOrg(s, d.dependent()) || isRoleNoun(g, d.dependent()))) {
            return resolveSpeaker(s, d.dependent());
          }
        }
      }
      String rel = g.relationToParent(node);
      int up = g.head(node);
      if (rel.equals("acl") && up >= 0 && g.pos(up).startsWith("NN")) {
        // "a statement saying ...", "a spokesman saying ...": the noun speaks
        return resolveSpeaker(s, up);
      }
      boolean participle =
          rel.equals("dep")
              && g.pos(node).equals("VBG")
              && node > 0
              && g.word(node - 1).equals(",");
      if (!(SentenceGraph.is(rel, "conj")
          || SentenceGraph.is(rel, "xcomp")
          || SentenceGraph.is(rel, "advcl")
          || participle)) {
        // (a participle after a comma the parser left as "dep": ", adding that ..." is an
        // adverbial clause)
        return null;
      }
      int controller = objectController(g, node, rel);
      if (controller >= 0) {
        return resolveSpeaker(s, controller);
      }
      node = g.head(node);
    }
    return null;
  }

  /**
   * The object that controls a subjectless clause ("accuse Russia of calling it X", "urged Baku to
   * say Y"): the object of its head when the clause is an xcomp or an of/for adverbial; else -1.
   */
  private static int objectController(SentenceGraph g, int clause, String rel) {
    int head = g.head(clause);
    if (head < 0 || !g.pos(head).startsWith("VB")) {
      return -1;
    }
    boolean controlled = SentenceGraph.is(rel, "xcomp");
    for (int m : g.children(clause, "mark")) {
      controlled |= g.lemma(m).equals("of") || g.lemma(m).equals("for");
    }
    List<Integer> objects = g.children(head, "obj");
    return controlled && !objects.isEmpty() ? objects.get(0) : -1;
  }

  /**
   * Resolves a speaker phrase, following pronouns and descriptions back through the narrative; an
   * institution speaking through the spokesperson just named is that person.
   */
  ActorMention resolveSpeaker(int s, int head) {
    ActorMention m = state.resolver.resolveSpeaker(s, head);
    if (m == null) {
      return null;
    }
    EntityMention e = ctx.entity(s, head);
    boolean institution =
        e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
    if (institution && isSpokesperson(state.lastSubject, m)) {
      return new ActorMention(state.lastSubject.actor(), m.span());
    }
    return m;
  }

  /** A phrase head that can be a source: a named entity, a role noun or a personal pronoun. */
  boolean canSpeak(SentenceGraph g, int s, int t) {
    EntityMention e = ctx.entity(s, t);
    if (e != null && e.type() != EntityType.LOCATION && e.type() != EntityType.MISC) {
      return true;
    }
    return isRoleNoun(g, t) || g.pos(t).startsWith("PRP");
  }

  private boolean isPersonOrOrg(int s, int t) {
    EntityMention e = ctx.entity(s, t);
    return e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
  }

  private boolean isRoleNoun(SentenceGraph g, int t) {
    return g.pos(t).startsWith("NN") && actors.isRoleNoun(g.lemma(t));
  }

  /** True when the speaker has a country, a role or a capitalised name: a source, not a phrase. */
  static boolean isNamed(ActorMention m) {
    Actor a = m.actor();
    return a.country() != null
        || a.role() != null
        || Character.isUpperCase(a.name().codePointAt(0));
  }

  private boolean isSpokesperson(ActorMention candidate, ActorMention institution) {
    if (candidate == null) {
      return false;
    }
    Actor person = candidate.actor();
    PersonProfile p = actors.person(person.name()).orElse(null);
    if (p == null || p.title() == null) {
      return false;
    }
    String title = p.title().toLowerCase(Locale.ROOT);
    boolean spokes = title.contains("spokes") || title.contains("press secretary");
    return spokes
        && (person.country() == null
            || institution.actor().country() == null
            || person.country().equals(institution.actor().country()));
  }

  /**
   * True for a possessor the parser made a subject of its own beside the noun it owns ("Israel's
   * Channel 12 reported": both "Israel" and "Channel" subjects of "reported").
   */
  private static boolean possessorOfNextSubject(SentenceGraph g, int verb, int subject) {
    boolean possessive = false;
    for (int c : g.children(subject, "case")) {
      possessive |= g.word(c).equals("'s") || g.word(c).equals("\u2019s");
    }
    if (!possessive) {
      return false;
    }
    for (int other : g.children(verb, "nsubj")) {
      if (other > subject) {
        return true;
      }
    }
    return false;
  }

  /** An unnamed source ("sources said", "a senior official told"): its phrase as written. */
  ActorMention nominalSubject(int s, int verb) {
    SentenceGraph g = ctx.graph(s);
    for (int subj : g.children(verb, "nsubj")) {
      if (!g.pos(subj).startsWith("NN")) {
        continue;
      }
      TreeSet<Integer> phrase = g.phrase(subj);
      Span span = g.span(phrase);
      String name = ctx.textOf(span).strip();
      if (!name.isEmpty() && name.length() <= 80) {
        return new ActorMention(new Actor(name, null, null), span);
      }
    }
    return null;
  }
}
