package org.dyad.extract.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/** The actor a named entity or a role phrase denotes, with the country and role the text gives. */
final class EntityActors {

  private final ActorResolver actors;
  private final ArticleContext ctx;
  private final Gazetteer gazetteer;
  private final Places places;
  private final ArticlePeople people;
  private final PhraseCountry countries;

  EntityActors(
      ActorResolver actors,
      ArticleContext ctx,
      Gazetteer gazetteer,
      Places places,
      ArticlePeople people,
      PhraseCountry countries) {
    this.actors = actors;
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.places = places;
    this.people = people;
    this.countries = countries;
  }

  /** The actor entity {@code e} at token {@code head} of sentence {@code s} denotes, or null. */
  ActorMention fromEntity(int s, int head, EntityMention e) {
    switch (e.type()) {
      case PERSON -> {
        PersonProfile p = people.complete(people.person(e.text()).orElse(null));
        String name = p != null ? p.name() : Names.clean(e.text());
        name = withRegnalNumber(name, e.span().end());
        return new ActorMention(
            new Actor(name, p == null ? null : p.country(), p == null ? null : p.role()), e.span());
      }
      case COUNTRY -> {
        String iso = e.normalized();
        if (iso == null) {
          return null;
        }
        boolean plainName =
            gazetteer.names(iso).stream().anyMatch(n -> n.equalsIgnoreCase(e.text()));
        String role = plainName ? null : "GOV";
        String qualifier = roleFromPhrase(ctx, gazetteer, s, head);
        return new ActorMention(
            new Actor(
                plainName ? actors.countryName(iso) : Names.clean(e.text()),
                iso,
                qualifier != null ? qualifier : role),
            e.span());
      }
      case NATIONALITY -> {
        if (e.normalized() == null) {
          return null;
        }
        String role = roleFromPhrase(ctx, gazetteer, s, head);
        return new ActorMention(
            new Actor(phraseName(ctx, s, head), e.normalized(), role != null ? role : "CVL"),
            ctx.graph(s).span(ctx.graph(s).phrase(head)));
      }
      case ORGANIZATION -> {
        String country = countries.countryWithin(e.span());
        if (country == null) {
          country = countries.countryFromPhrase(s, head);
        }
        String role = roleWithin(e.span());
        return new ActorMention(new Actor(Names.clean(e.text()), country, role), e.span());
      }
      case LOCATION -> {
        Optional<String> iso = places.countryOf(e.text());
        return iso.map(c -> new ActorMention(new Actor(Names.clean(e.text()), c, null), e.span()))
            .orElse(null);
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * The actor a phrase without a name of its own denotes: a person or organisation named inside it,
   * else a role and country it gives ("Azerbaijani police"), or null.
   */
  ActorMention fromPhrase(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    for (int t :
        g.subtree(
            head,
            r ->
                SentenceGraph.is(r, "appos")
                    || SentenceGraph.is(r, "compound")
                    || SentenceGraph.is(r, "flat"))) {
      EntityMention e = ctx.entity(s, t);
      if (t != head
          && e != null
          && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        ActorMention named = fromEntity(s, t, e);
        if (named != null) {
          String role = roleFromPhrase(ctx, gazetteer, s, head);
          Actor a = named.actor();
          return new ActorMention(
              new Actor(
                  a.name(),
                  a.country() != null ? a.country() : countries.countryFromPhrase(s, head),
                  a.role() != null ? a.role() : role),
              named.span());
        }
      }
    }
    String role = roleFromPhrase(ctx, gazetteer, s, head);
    String country = countries.countryFromPhrase(s, head);
    if (country == null && role == null) {
      return null;
    }
    TreeSet<Integer> phrase = g.phrase(head);
    return new ActorMention(new Actor(phraseName(ctx, s, head), country, role), g.span(phrase));
  }

  /** The role the head of a phrase names, by its title, lemma or word, or null. */
  static String roleFromPhrase(ArticleContext ctx, Gazetteer gazetteer, int s, int head) {
    SentenceGraph g = ctx.graph(s);
    EntityMention e = ctx.entity(s, head);
    if (e != null && e.type() == EntityType.TITLE && e.normalized() != null) {
      return e.normalized();
    }
    Optional<String> byLemma = gazetteer.roleOf(g.lemma(head));
    if (byLemma.isPresent()) {
      return byLemma.get();
    }
    return gazetteer.roleOf(g.word(head).toLowerCase(Locale.ROOT)).orElse(null);
  }

  private String roleWithin(Span span) {
    String role = null;
    for (EntityMention e : ctx.entitiesWithin(span)) {
      if (e.type() == EntityType.TITLE && span.contains(e.span()) && e.normalized() != null) {
        role = e.normalized();
      }
    }
    return role;
  }

  /** The name of the phrase headed by {@code head}, without leading determiners or a date. */
  static String phraseName(ArticleContext ctx, int s, int head) {
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> phrase = g.phrase(head);
    // A date inside the phrase ("territory of Georgia in September 2007") is not part of the name.
    for (int t : List.copyOf(phrase)) {
      if (t > head && ctx.timex(s, t) != null) {
        phrase.tailSet(t, true).clear();
        break;
      }
    }
    while (phrase.size() > 1) {
      int first = phrase.first();
      String p = g.pos(first);
      String w = g.word(first).toLowerCase(Locale.ROOT);
      if (p.equals("DT")
          || p.equals("CD")
          || p.equals("PRP$")
          || p.equals("IN")
          || p.equals("RB")
          || p.equals("TO")
          || w.equals("according")) {
        phrase.pollFirst();
      } else {
        break;
      }
    }
    while (phrase.size() > 1
        && Set.of("IN", "TO", "DT", "CC", ",").contains(g.pos(phrase.last()))) {
      phrase.pollLast();
    }
    String name = Names.clean(ctx.textOf(g.span(phrase)));
    return name.length() > 80 ? Names.clean(g.word(head)) : name;
  }

  /** "Nicholas" followed by " I" in the text is "Nicholas I". */
  private String withRegnalNumber(String name, int end) {
    var m =
        Pattern.compile("^ ([IVX]{1,4})\\b")
            .matcher(ctx.text().substring(end, Math.min(ctx.text().length(), end + 6)));
    return m.find() && !name.endsWith(" " + m.group(1)) ? name + " " + m.group(1) : name;
  }
}
