package org.dyad.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EventMention;
import org.dyad.model.Quote;

/**
 * The corpus-wide view of actors: spelling variants of one person's name (Aliev/Aliyev,
 * Nikolai/Nikolay) merge into one canonical actor, which takes the fullest name and the country and
 * role any article gives them.
 */
public final class ActorRegistry {

  private final Map<String, Actor> canonical = new HashMap<>();

  private ActorRegistry() {}

  /** Builds the registry from every actor the extractors found. */
  public static ActorRegistry of(List<EventMention> events, List<Quote> quotes) {
    List<Actor> all = new ArrayList<>();
    for (EventMention m : events) {
      all.add(m.source().actor());
      all.add(m.target().actor());
    }
    for (Quote q : quotes) {
      if (q.speaker() != null) {
        all.add(q.speaker());
      }
    }
    ActorRegistry r = new ActorRegistry();
    List<List<Actor>> groups = new ArrayList<>();
    List<String[]> firstNames = new ArrayList<>();
    SurnameIndex index = new SurnameIndex();
    for (Actor a : all) {
      if (!looksLikePerson(a)) {
        continue;
      }
      // The first group whose first actor can be this one: only groups filed under a surname at
      // most one edit away can be.
      String[] name = Names.foldedWords(a.name());
      List<Actor> home = null;
      for (int g : index.candidates(name)) {
        if (Names.samePerson(firstNames.get(g), name)
            && compatible(groups.get(g).get(0).country(), a.country())) {
          home = groups.get(g);
          break;
        }
      }
      if (home == null) {
        index.add(name, groups.size());
        groups.add(new ArrayList<>(List.of(a)));
        firstNames.add(name);
      } else {
        home.add(a);
      }
    }
    for (List<Actor> g : groups) {
      Actor best = merge(g);
      for (Actor a : g) {
        r.canonical.put(key(a), best);
      }
    }
    return r;
  }

  private static boolean looksLikePerson(Actor a) {
    String[] words = a.name().split("\\s+");
    return words.length <= 4
        && words.length >= 2
        && a.name().chars().noneMatch(c -> c == ',')
        && Character.isUpperCase(a.name().codePointAt(0))
        && a.name().chars().noneMatch(Character::isDigit);
  }

  private static boolean compatible(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  private static Actor merge(List<Actor> group) {
    Map<String, Integer> names = new LinkedHashMap<>();
    String country = null;
    String role = null;
    for (Actor a : group) {
      names.merge(a.name(), 1, Integer::sum);
      country = country != null ? country : a.country();
      role = role != null ? role : a.role();
    }
    String name =
        names.entrySet().stream()
            .max(
                java.util.Comparator.comparingInt(
                        (Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length)
                    .thenComparingInt(Map.Entry::getValue))
            .map(Map.Entry::getKey)
            .orElseThrow();
    return new Actor(name, country, role);
  }

  private static String key(Actor a) {
    return a.name() + "|" + a.country() + "|" + a.role();
  }

  /** The canonical actor for an actor as one article named it. */
  public Actor canonical(Actor a) {
    return a == null ? null : canonical.getOrDefault(key(a), a);
  }

  public List<EventMention> canonicalMentions(List<EventMention> mentions) {
    List<EventMention> out = new ArrayList<>(mentions.size());
    for (EventMention m : mentions) {
      out.add(
          new EventMention(
              m.articleId(),
              m.cameo(),
              new ActorMention(canonical(m.source().actor()), m.source().span()),
              new ActorMention(canonical(m.target().actor()), m.target().span()),
              m.date(),
              m.dateSpan(),
              m.dateText(),
              m.modality(),
              m.location(),
              m.span(),
              m.trigger(),
              m.provenance()));
    }
    return out;
  }

  public List<Quote> canonicalQuotes(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      out.add(
          new Quote(
              q.articleId(),
              q.span(),
              q.text(),
              canonical(q.speaker()),
              q.speakerSpan(),
              q.cue(),
              q.via(),
              q.direct(),
              q.provenance()));
    }
    return out;
  }
}
