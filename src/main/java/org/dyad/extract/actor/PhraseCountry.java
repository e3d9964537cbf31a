package org.dyad.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/** The country a phrase names: a nationality, country or metonym, a place, a person or a domain. */
final class PhraseCountry {

  private final ArticleContext ctx;
  private final Gazetteer gazetteer;
  private final Places places;
  private final ArticlePeople people;

  PhraseCountry(ArticleContext ctx, Gazetteer gazetteer, Places places, ArticlePeople people) {
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.places = places;
    this.people = people;
  }

  /** Country named inside the phrase (nationality, country, metonym) or by a place in it. */
  String countryFromPhrase(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    String byPlace = null;
    for (int t : g.phrase(head)) {
      EntityMention e = ctx.entity(s, t);
      if (e == null) {
        continue;
      }
      if ((e.type() == EntityType.NATIONALITY || e.type() == EntityType.COUNTRY)
          && e.normalized() != null
          && !pairedName(s, t, e.normalized())) {
        return e.normalized();
      }
      if (e.type() == EntityType.LOCATION
          && byPlace == null
          && !partOfName(s, t)
          && EntityActors.roleFromPhrase(ctx, gazetteer, s, head) != null) {
        byPlace = places.countryOf(e.text()).orElse(null);
      }
      if (e.type() == EntityType.PERSON
          && byPlace == null
          && (PhraseCoding.modifies(g, t, t + 1, head)
              || EntityActors.roleFromPhrase(ctx, gazetteer, s, head) != null)) {
        byPlace = people.person(e.text()).map(PersonProfile::country).orElse(null);
      }
    }
    if (byPlace == null) {
      TreeSet<Integer> all =
          g.subtree(head, r -> !SentenceGraph.is(r, "acl") && !SentenceGraph.is(r, "punct"));
      byPlace = countryByDomain(g.span(all));
    }
    return byPlace;
  }

  /**
   * True when a place's name is part of a proper name ("the OSCE Minsk Group", "the Paris Club"):
   * it says where the body first met, not whose it is.
   */
  private boolean partOfName(int s, int t) {
    SentenceGraph g = ctx.graph(s);
    int head = g.head(t);
    if (head < 0
        || !SentenceGraph.is(g.relationToParent(t), "compound")
        || !g.pos(head).equals("NNP")) {
      return false;
    }
    EntityMention place = ctx.entity(s, t);
    return place != null && !place.span().contains(g.token(head).span());
  }

  /**
   * True when a country's name is compounded with another country's ("the Peru-Chile border",
   * "Sino-Indian talks"): the phrase belongs to both, so to neither.
   */
  private boolean pairedName(int s, int t, String country) {
    SentenceGraph g = ctx.graph(s);
    List<Integer> near = new ArrayList<>(g.children(t, "compound"));
    if (SentenceGraph.is(g.relationToParent(t), "compound") && g.head(t) >= 0) {
      near.add(g.head(t));
      near.addAll(g.children(g.head(t), "compound"));
    }
    for (int n : near) {
      EntityMention o = n == t ? null : ctx.entity(s, n);
      if (o != null
          && (o.type() == EntityType.NATIONALITY || o.type() == EntityType.COUNTRY)
          && o.normalized() != null
          && !o.normalized().equals(country)) {
        return true;
      }
    }
    return false;
  }

  /** The country of an outlet named by its domain ("Haqqin.az" is Azerbaijani). */
  private String countryByDomain(Span phrase) {
    var m = Pattern.compile("\\b[\\p{L}\\d-]+\\.([a-z]{2})\\b").matcher(ctx.textOf(phrase));
    while (m.find()) {
      Optional<String> iso = gazetteer.countryOfDomain(m.group(1));
      if (iso.isPresent()) {
        return iso.get();
      }
    }
    return null;
  }

  /** The country of a nationality or country named inside {@code span}, or null. */
  String countryWithin(Span span) {
    for (EntityMention e : ctx.entitiesWithin(span)) {
      if ((e.type() == EntityType.NATIONALITY || e.type() == EntityType.COUNTRY)
          && span.contains(e.span())
          && e.normalized() != null) {
        return e.normalized();
      }
    }
    return null;
  }
}
