package org.dyad.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.nlp.Gazetteer;

/** The people one article names, with the country and role it gives them, looked up by name. */
final class ArticlePeople {

  private final ArticleContext ctx;
  private final Gazetteer gazetteer;
  private final Places places;
  private final ActorCoder coder;
  private final PhraseCoding coding;
  private final Map<String, PersonProfile> people = new LinkedHashMap<>();
  private final Map<String, Integer> mentions = new HashMap<>();

  /**
   * The people by their place in {@link #people}'s order (null once removed), their folded name
   * words, and indexes of them by the last word of the name and by their key, so that {@link
   * #person} reads only the profiles whose surname is at most one edit from the name's.
   */
  private final List<PersonProfile> peopleInOrder = new ArrayList<>();

  private final List<String[]> foldedNames = new ArrayList<>();
  private final Map<String, Integer> placeOf = new HashMap<>();
  private final SurnameIndex byNameSurname = new SurnameIndex();
  private final SurnameIndex byKey = new SurnameIndex();
  private PeopleDirectory directory = PeopleDirectory.EMPTY;

  ArticlePeople(
      ArticleContext ctx,
      Gazetteer gazetteer,
      Places places,
      ActorCoder coder,
      PhraseCoding coding) {
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.places = places;
    this.coder = coder;
    this.coding = coding;
  }

  /** Lets the people borrow the country and role other articles of the corpus give them. */
  void useDirectory(PeopleDirectory corpusPeople) {
    this.directory = corpusPeople;
  }

  /** The profile with what the corpus adds to it (null stays null). */
  PersonProfile complete(PersonProfile p) {
    return directory.complete(p);
  }

  /** The people this article introduces, with what it says about them. */
  Collection<PersonProfile> all() {
    return people.values();
  }

  /**
   * The profile for a person name as written in this article: a full name matches its spelling
   * variants; a bare surname matches the most mentioned person with that surname.
   */
  Optional<PersonProfile> person(String name) {
    String folded = Names.fold(name);
    boolean full = folded.contains(" ");
    String[] words = full ? folded.split(" ") : new String[] {folded};
    int[] candidates = (full ? byNameSurname : byKey).candidates(words);
    Arrays.sort(candidates);
    PersonProfile best = null;
    int bestCount = -1;
    int previous = -1;
    for (int place : candidates) {
      PersonProfile p = peopleInOrder.get(place);
      if (place == previous || p == null) {
        continue;
      }
      previous = place;
      boolean match =
          full ? Names.samePerson(foldedNames.get(place), words) : Names.sameWord(p.key(), folded);
      int count = mentions.getOrDefault(p.name(), 0);
      if (match && count > bestCount) {
        best = p;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Puts a profile into {@link #people} and its indexes, in place when its name is there. */
  private void putPerson(PersonProfile p) {
    people.put(p.name(), p);
    Integer place = placeOf.get(p.name());
    if (place == null) {
      place = peopleInOrder.size();
      placeOf.put(p.name(), place);
      peopleInOrder.add(p);
      foldedNames.add(Names.foldedWords(p.name()));
      byNameSurname.add(foldedNames.get(place), place);
    } else {
      peopleInOrder.set(place, p);
    }
    byKey.add(new String[] {p.key()}, place);
  }

  private void removePerson(String name) {
    people.remove(name);
    Integer place = placeOf.remove(name);
    if (place != null) {
      peopleInOrder.set(place, null);
    }
  }

  /** Learns every person the article names, in text order. */
  void learnAll() {
    for (int s = 0; s < ctx.sentenceCount(); s++) {
      SentenceGraph g = ctx.graph(s);
      int t = 0;
      while (t < g.size()) {
        EntityMention e = ctx.entity(s, t);
        if (e == null || e.type() != EntityType.PERSON) {
          t++;
          continue;
        }
        int first = t;
        while (t < g.size() && ctx.entity(s, t) == e) {
          t++;
        }
        learn(s, first, t, e);
      }
    }
  }

  private void learn(int s, int first, int end, EntityMention e) {
    SentenceGraph g = ctx.graph(s);
    String country = null;
    String role = null;
    String title = null;
    for (int j = first - 1; j >= 0 && j >= first - 8; j--) {
      EntityMention m = ctx.entity(s, j);
      String pos = g.pos(j);
      if (m != null && m != e) {
        if ((m.type() == EntityType.NATIONALITY || m.type() == EntityType.COUNTRY)
            && country == null) {
          country = m.normalized();
        } else if (m.type() == EntityType.TITLE && role == null) {
          role = m.normalized();
          title = m.text();
        } else if (m.type() == EntityType.PERSON) {
          break;
        }
        continue;
      }
      if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("HYPH"))) {
        break;
      }
      if (role == null) {
        role = gazetteer.roleOf(g.lemma(j)).orElse(null);
      }
    }
    if (end < g.size() && g.word(end).equals(",")) {
      List<Integer> window = new ArrayList<>();
      boolean closed = false;
      for (int j = end + 1; j < g.size() && j < end + 16; j++) {
        String w = g.word(j);
        String pos = g.pos(j);
        if (w.equals(",") || w.equals(";") || w.equals(".") || j == g.size() - 1) {
          closed = true;
          break;
        }
        if (pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")) {
          break;
        }
        window.add(j);
      }
      boolean appositive =
          closed
              && !window.isEmpty()
              && (g.pos(window.get(0)).equals("DT")
                  || g.pos(window.get(0)).startsWith("NN")
                  || g.pos(window.get(0)).startsWith("JJ")
                  || ctx.entity(s, window.get(0)) != null);
      if (appositive) {
        for (int j : window) {
          EntityMention m = ctx.entity(s, j);
          if (m == null) {
            if (role == null && g.pos(j).startsWith("NN")) {
              role = gazetteer.roleOf(g.lemma(j)).orElse(null);
            }
            continue;
          }
          if ((m.type() == EntityType.NATIONALITY || m.type() == EntityType.COUNTRY)
              && country == null) {
            country = m.normalized();
          } else if (m.type() == EntityType.TITLE && role == null) {
            role = m.normalized();
            title = m.text();
          } else if (m.type() == EntityType.LOCATION && country == null) {
            country = places.countryOf(m.text()).orElse(null);
          } else if (m.type() == EntityType.PERSON) {
            break;
          }
        }
      }
    }
    ActorCoder.ActorMatch listed = null;
    LocalDate articleDate = coding.articleDate();
    for (ActorCoder.ActorMatch m : coding.matches(s).actors()) {
      if (m.first() <= first && m.end() >= end && m.entry().codeOn(articleDate) != null) {
        listed = m;
      }
    }
    if (listed != null) {
      String code = listed.entry().codeOn(articleDate);
      String dictCountry = coder.codes().country(code);
      boolean inOffice =
          end - first >= 2
              && articleDate != null
              && listed.entry().restrictions().stream()
                  .anyMatch(r -> !r.undated() && r.appliesOn(articleDate));
      if (country == null || inOffice && dictCountry != null) {
        country = dictCountry != null ? dictCountry : country;
      }
    }
    String name = Names.clean(e.text());
    if (title == null && first > 0 && gazetteer.roleOf(g.lemma(first - 1)).isPresent()) {
      title = g.word(first - 1);
    }
    PersonProfile p = new PersonProfile(name, Names.surnameKey(name), country, role, title);
    PersonProfile known = person(name).orElse(null);
    if (known != null) {
      PersonProfile merged = known.merge(p);
      removePerson(known.name());
      putPerson(merged);
      mentions.merge(merged.name(), mentions.getOrDefault(known.name(), 0) + 1, (a, b) -> b);
    } else {
      putPerson(p);
      mentions.put(p.name(), 1);
    }
  }
}
