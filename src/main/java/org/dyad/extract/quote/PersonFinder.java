package org.dyad.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.extract.quote.Antecedents.Entry;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;

/**
 * Finds the person a word of an article names: a proper noun the NER missed that names a person of
 * the article, or the person a title stands for ("the ambassador": the person the article gave that
 * title), and the country a phrase names.
 */
final class PersonFinder {

  private static final int REACH = Antecedents.REACH;

  private final ArticleContext ctx;
  private final ActorResolver actors;
  private final Antecedents antecedents;

  PersonFinder(ArticleContext ctx, ActorResolver actors, Antecedents antecedents) {
    this.ctx = ctx;
    this.actors = actors;
    this.antecedents = antecedents;
  }

  /**
   * "The ambassador", "the former president": the person the article gave that title, nearest
   * before (or, for an undetermined phrase, after) it; else the current speaker when a person.
   */
  ActorMention personTitled(int s, int head, boolean definite) {
    SentenceGraph g = ctx.graph(s);
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    String country = countryIn(s, head);
    Span at = g.token(head).span();
    for (int k = s; k >= 0 && s - k <= 3 * REACH; k--) {
      ActorMention p = titledIn(k, lemma, country, k == s ? head : Integer.MAX_VALUE, false);
      if (p != null) {
        return new ActorMention(p.actor(), at);
      }
    }
    if (definite) {
      Entry speaking = antecedents.speakingPerson(s, a -> compatible(country, a));
      if (speaking != null) {
        return new ActorMention(speaking.actor(), at);
      }
      Entry recent = antecedents.recentPerson(s, head, a -> compatible(country, a));
      if (recent != null) {
        return new ActorMention(recent.actor(), at);
      }
      ActorMention named = lastPersonNamed(s, head, country);
      if (named != null) {
        return new ActorMention(named.actor(), at);
      }
    }
    for (int k = s; k < ctx.sentenceCount() && k - s <= REACH; k++) {
      ActorMention p = titledIn(k, lemma, country, k == s ? head : -1, true);
      if (p != null) {
        return new ActorMention(p.actor(), at);
      }
    }
    return null;
  }

  /**
   * The last person named before token {@code head} of sentence {@code s} or in the sentence before
   * it, when compatible with {@code country}: "Vice President X spoke on Monday. The former head of
   * state said ..." (a definite title that no earlier title matches).
   */
  private ActorMention lastPersonNamed(int s, int head, String country) {
    for (int k = s; k >= Math.max(0, s - 1); k--) {
      int end = k == s ? head : ctx.graph(k).size();
      for (int t = end - 1; t >= 0; t--) {
        if (isPersonToken(k, t)) {
          ActorMention p = personAt(k, t);
          if (p != null && isPerson(p.actor()) && compatible(country, p.actor())) {
            return p;
          }
          if (p != null) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private boolean compatible(String country, Actor a) {
    String c = a.country() != null ? a.country() : actors.personCountry(a.name());
    return country == null || c == null || country.equals(c);
  }

  /**
   * A person in sentence {@code k} written within a few words of the title {@code lemma} ("Vice
   * President X", "X, the ambassador"), before token {@code limit} (or after it when {@code
   * after}), the last such before or the first such after.
   */
  private ActorMention titledIn(int k, String lemma, String country, int limit, boolean after) {
    SentenceGraph g = ctx.graph(k);
    ActorMention found = null;
    for (int t = 0; t < g.size(); t++) {
      if (after ? t <= limit : t >= limit) {
        continue;
      }
      if (!g.lemma(t).toLowerCase(Locale.ROOT).equals(lemma)) {
        continue;
      }
      ActorMention p = personNear(k, t);
      if (p != null && compatible(country, p.actor())) {
        found = p;
        if (after) {
          return found;
        }
      }
    }
    return found;
  }

  /** The person named right after a title word, or in the apposition around it. */
  private ActorMention personNear(int k, int t) {
    SentenceGraph g = ctx.graph(k);
    for (int j = t + 1; j < g.size() && j <= t + 8; j++) {
      if (isPersonToken(k, j)) {
        return personAt(k, j);
      }
      if (g.pos(j).startsWith("VB") || g.word(j).equals(";")) {
        break;
      }
    }
    for (int j = t - 1; j >= 0 && j >= t - 4; j--) {
      if (isPersonToken(k, j) && g.word(j + 1).equals(",")) {
        return personAt(k, j);
      }
      if (g.pos(j).startsWith("VB")) {
        break;
      }
    }
    return null;
  }

  /** True when token {@code t} of sentence {@code k} is (part of) a person's name. */
  boolean isPersonToken(int k, int t) {
    EntityMention e = ctx.entity(k, t);
    if (e != null && e.type() == EntityType.PERSON) {
      return true;
    }
    return ctx.graph(k).pos(t).startsWith("NNP")
        && e == null
        && actors.person(ctx.graph(k).word(t)).isPresent();
  }

  /** The person whose name token {@code t} of sentence {@code k} is part of, or null. */
  ActorMention personAt(int k, int t) {
    EntityMention e = ctx.entity(k, t);
    if (e != null && e.type() == EntityType.PERSON) {
      return actors.resolve(k, t);
    }
    return knownPerson(k, t);
  }

  /** A country the phrase names ("Iran's ambassador", "the Russian president"), or null. */
  String countryIn(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    for (int t : g.phrase(head)) {
      EntityMention e = ctx.entity(s, t);
      if (e != null
          && (e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && e.normalized() != null) {
        return e.normalized();
      }
    }
    return null;
  }

  /** A proper noun the NER missed that names a person of the article ("Araghchi stated"). */
  ActorMention knownPerson(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> name = new TreeSet<>();
    name.add(head);
    for (Dependency d : g.children(head)) {
      if ((d.relation().equals("compound") || d.relation().equals("flat"))
          && g.pos(d.dependent()).startsWith("NNP")) {
        name.add(d.dependent());
      }
    }
    String written = ctx.textOf(g.span(name));
    PersonProfile p = actors.person(written).orElse(null);
    if (p == null && name.size() > 1) {
      p = actors.person(g.word(head)).orElse(null);
    }
    if (p == null) {
      return null;
    }
    String country = p.country() != null ? p.country() : actors.personCountry(p.name());
    return new ActorMention(new Actor(p.name(), country, p.role()), g.span(name));
  }

  /**
   * True when the article's directory knows the actor as a person, unless all it knows is one word
   * that the article also tags as a place or an organisation (a party named "Zartonk" that the
   * tagger once took for a person).
   */
  boolean isPerson(Actor a) {
    PersonProfile p = actors.person(a.name()).orElse(null);
    if (p == null) {
      return false;
    }
    boolean bare = p.name().indexOf(' ') < 0 && p.role() == null && p.title() == null;
    return !bare || !taggedOtherwise(p.name());
  }

  private boolean taggedOtherwise(String name) {
    return ctx.remember(
        List.of("tagged-otherwise", name),
        () -> {
          for (EntityMention e : ctx.entitiesWithin(new Span(0, ctx.text().length()))) {
            if ((e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION)
                && e.text().equals(name)) {
              return true;
            }
          }
          return false;
        });
  }
}
