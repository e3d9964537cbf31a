package org.dyad.extract.actor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.nlp.Gazetteer;

/** The actor a pronoun or a demonstrative role noun refers back to ("he", "this politician"). */
final class Anaphora {

  private static final Set<String> MALE_FEMALE =
      Set.of("he", "she", "him", "his", "her", "hers", "himself", "herself");
  private static final Set<String> GROUP = Set.of("it", "its");

  private final ActorResolver actors;
  private final ArticleContext ctx;
  private final Gazetteer gazetteer;
  private final ArticlePeople people;
  private final EntityActors entities;
  private final Map<Integer, ActorMention> subjectBySentence = new HashMap<>();

  Anaphora(
      ActorResolver actors,
      ArticleContext ctx,
      Gazetteer gazetteer,
      ArticlePeople people,
      EntityActors entities) {
    this.actors = actors;
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.people = people;
    this.entities = entities;
  }

  /** Forgets the sentence subjects found so far (people may have changed country or role). */
  void reset() {
    subjectBySentence.clear();
  }

  /** The person most recently named before {@code offset}, as an actor, or null. */
  ActorMention lastPersonBefore(int offset) {
    EntityMention last = lastBefore(offset, EntityType.PERSON);
    if (last == null) {
      return null;
    }
    PersonProfile p = people.complete(people.person(last.text()).orElse(null));
    String name = p != null ? p.name() : Names.clean(last.text());
    return new ActorMention(
        new Actor(name, p == null ? null : p.country(), p == null ? null : p.role()), last.span());
  }

  /**
   * "This politician", "the deputy": a role noun with a demonstrative stands for the last person
   * named.
   */
  ActorMention demonstrative(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    int det = g.child(head, "det");
    if (det < 0 || !Set.of("this", "that").contains(g.lemma(det)) || !g.pos(head).equals("NN")) {
      return null;
    }
    if (gazetteer.roleOf(g.lemma(head)).isEmpty()) {
      return null;
    }
    ActorMention last = lastPersonBefore(g.token(head).span().start());
    if (last == null || g.token(head).span().start() - last.span().end() > 600) {
      return null;
    }
    return new ActorMention(last.actor(), g.token(head).span());
  }

  /** The actor a personal ("he") or group ("its") pronoun refers back to, or null. */
  ActorMention pronoun(int s, int head, String word) {
    int offset = ctx.graph(s).token(head).span().start();
    if (MALE_FEMALE.contains(word)) {
      ActorMention subject = subjectBefore(s, head);
      if (subject != null) {
        return new ActorMention(subject.actor(), ctx.graph(s).token(head).span());
      }
    }
    if (GROUP.contains(word)) {
      EntityMention last = lastBefore(offset, EntityType.COUNTRY);
      if (last != null && last.normalized() != null && offset - last.span().end() < 400) {
        return new ActorMention(
            new Actor(actors.countryName(last.normalized()), last.normalized(), null),
            ctx.graph(s).token(head).span());
      }
    }
    return null;
  }

  /**
   * The person who was last the grammatical subject before token {@code head} of sentence {@code s}
   * (in earlier sentences, or earlier in this one), else the last person named.
   */
  ActorMention subjectBefore(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    for (int t = head - 1; t >= 0; t--) {
      if (isSubject(g, t)
          && ctx.entity(s, t) != null
          && ctx.entity(s, t).type() == EntityType.PERSON) {
        return entities.fromEntity(s, t, ctx.entity(s, t));
      }
    }
    for (int k = s - 1; k >= 0 && k >= s - 6; k--) {
      ActorMention m = sentenceSubject(k);
      if (m != null) {
        return m;
      }
    }
    return lastPersonBefore(g.token(head).span().start());
  }

  private static boolean isSubject(SentenceGraph g, int t) {
    String rel = g.relationToParent(t);
    return rel.equals("nsubj") || rel.equals("nsubj:pass");
  }

  /** The last person subject of a sentence, following pronouns back. */
  private ActorMention sentenceSubject(int k) {
    if (subjectBySentence.containsKey(k)) {
      return subjectBySentence.get(k);
    }
    SentenceGraph g = ctx.graph(k);
    ActorMention found = null;
    for (int t = 0; t < g.size(); t++) {
      if (!isSubject(g, t)) {
        continue;
      }
      EntityMention e = ctx.entity(k, t);
      if (e != null && e.type() == EntityType.PERSON) {
        found = entities.fromEntity(k, t, e);
      } else if (g.pos(t).equals("PRP")
          && MALE_FEMALE.contains(g.word(t).toLowerCase(Locale.ROOT))) {
        subjectBySentence.put(k, null);
        found = subjectBefore(k, t);
      }
    }
    subjectBySentence.put(k, found);
    return found;
  }

  private EntityMention lastBefore(int offset, EntityType type) {
    return ctx.lastEntityBefore(offset, type);
  }
}
