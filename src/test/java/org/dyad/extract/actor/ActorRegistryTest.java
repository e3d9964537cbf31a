package org.dyad.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.model.Actor;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** Grouping spelling variants through the surname index gives what comparing every group gives. */
class ActorRegistryTest {

  private static final Provenance QUOTE = new Provenance("extract.quote", "test");

  @Provide
  Arbitrary<List<Actor>> speakers() {
    Arbitrary<Actor> actor =
        Combinators.combine(
                Arbitraries.of("Viktor", "Victor", "Vera", "Anna", "Farid", "the"),
                Arbitraries.of(
                    "Orlanov",
                    "Orlanow",
                    "Orlaanov",
                    "Kessler",
                    "Kesler",
                    "Ode",
                    "Mammadli",
                    "Mamadli",
                    "Ministry",
                    "3rd"),
                Arbitraries.of("RUS", "AZE").injectNull(0.5),
                Arbitraries.of("GOV", "MIL").injectNull(0.6))
            .as((g, s, c, r) -> new Actor(g + " " + s, c, r));
    return actor.list().ofMaxSize(50);
  }

  @Property(tries = 300)
  void groupsAsComparingEveryGroupDoes(@ForAll("speakers") List<Actor> speakers) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      quotes.add(
          new Quote(
              "a" + i,
              new Span(0, 5),
              "words",
              speakers.get(i),
              new Span(6, 8),
              "said",
              null,
              true,
              QUOTE));
    }
    ActorRegistry registry = ActorRegistry.of(List.of(), quotes);
    Map<String, Actor> expected = scan(speakers);
    for (Actor a : speakers) {
      assertEquals(expected.getOrDefault(key(a), a), registry.canonical(a), a.toString());
    }
  }

  @Test
  void variantsOfOneNameShareTheFullestActor() {
    Actor short1 = new Actor("Viktor Orlanov", null, null);
    Actor full = new Actor("Viktor Orlanow", "RUS", "GOV");
    ActorRegistry r =
        ActorRegistry.of(
            List.of(),
            List.of(
                new Quote("a", new Span(0, 1), "x", short1, null, "said", null, true, QUOTE),
                new Quote("b", new Span(0, 1), "y", full, null, "said", null, true, QUOTE)));
    assertEquals(new Actor("Viktor Orlanov", "RUS", "GOV"), r.canonical(short1));
    assertEquals(r.canonical(short1), r.canonical(full));
  }

  /** The registry's grouping before the index: each actor joins the first group that fits. */
  private static Map<String, Actor> scan(List<Actor> all) {
    List<List<Actor>> groups = new ArrayList<>();
    for (Actor a : all) {
      String[] words = a.name().split("\\s+");
      boolean person =
          words.length <= 4
              && words.length >= 2
              && a.name().chars().noneMatch(c -> c == ',')
              && Character.isUpperCase(a.name().codePointAt(0))
              && a.name().chars().noneMatch(Character::isDigit);
      if (!person) {
        continue;
      }
      List<Actor> home = null;
      for (List<Actor> g : groups) {
        String c = g.get(0).country();
        if (Names.samePerson(g.get(0).name(), a.name())
            && (c == null || a.country() == null || c.equals(a.country()))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new ArrayList<>(List.of(a)));
      } else {
        home.add(a);
      }
    }
    Map<String, Actor> out = new LinkedHashMap<>();
    for (List<Actor> g : groups) {
      Map<String, Integer> names = new LinkedHashMap<>();
      String country = null;
      String role = null;
      for (Actor a : g) {
        names.merge(a.name(), 1, Integer::sum);
        country = country != null ? country : a.country();
        role = role != null ? role : a.role();
      }
      String name =
          names.entrySet().stream()
              .max(
                  Comparator.comparingInt(
                          (Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length)
                      .thenComparingInt(Map.Entry::getValue))
              .orElseThrow()
              .getKey();
      for (Actor a : g) {
        out.put(key(a), new Actor(name, country, role));
      }
    }
    return out;
  }

  private static String key(Actor a) {
    return a.name() + "|" + a.country() + "|" + a.role();
  }
}
