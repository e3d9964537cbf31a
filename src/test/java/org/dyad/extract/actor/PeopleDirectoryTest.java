package org.dyad.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The indexed directory completes a person exactly as scanning every profile would. */
class PeopleDirectoryTest {

  /** Surnames close to each other: equal, one edit apart, or short. */
  private static final List<String> SURNAMES =
      List.of(
          "Orlanov",
          "Orlanow",
          "Orlaanov",
          "Orlan",
          "Rlanov",
          "Kessler",
          "Kesler",
          "Kessling",
          "Ode",
          "Odé",
          "Ivanova",
          "Ivanov",
          "Mammadli",
          "Mamadli",
          "Mammadly",
          "O'Hara");

  private static final List<String> GIVEN =
      List.of("Viktor", "Victor", "Vera", "Anna", "Ann", "Farid", "Farida", "J.", "");

  @Provide
  Arbitrary<PersonProfile> profiles() {
    return Combinators.combine(
            Arbitraries.of(GIVEN),
            Arbitraries.of(SURNAMES),
            Arbitraries.of("RUS", "AZE", "USA").injectNull(0.6),
            Arbitraries.of("GOV", "MIL", "JUD").injectNull(0.6),
            Arbitraries.of("minister", "judge").injectNull(0.8),
            Arbitraries.of("", "'s", " Jr"))
        .as(
            (given, surname, country, role, title, suffix) -> {
              String name = (given.isEmpty() ? "" : given + " ") + surname + suffix;
              return new PersonProfile(name, Names.surnameKey(name), country, role, title);
            });
  }

  @Property(tries = 400)
  void completesAsAScanDoes(
      @ForAll("directories") List<PersonProfile> directory,
      @ForAll("queries") List<PersonProfile> asked) {
    PeopleDirectory indexed = PeopleDirectory.of(directory);
    for (PersonProfile p : asked) {
      assertEquals(scan(directory, p), indexed.complete(p), p.toString());
    }
  }

  @Provide
  Arbitrary<List<PersonProfile>> directories() {
    return profiles().list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<PersonProfile>> queries() {
    return profiles().list().ofMinSize(1).ofMaxSize(10);
  }

  /** What completing a person meant before the index: every profile, in order. */
  private static PersonProfile scan(List<PersonProfile> directory, PersonProfile p) {
    if (p == null || p.country() != null && p.role() != null) {
      return p;
    }
    PersonProfile out = p;
    for (PersonProfile d : directory) {
      if (Names.samePerson(d.name(), p.name()) && (d.country() != null || d.role() != null)) {
        out = out.merge(d);
      }
    }
    return out;
  }

  @Test
  void borrowsCountryAndRoleFromSpellingVariantsInCorpusOrder() {
    PeopleDirectory d =
        PeopleDirectory.of(
            List.of(
                new PersonProfile("Vera Kessler", "kessler", null, null, null),
                new PersonProfile("Vera Kesler", "kesler", "AZE", null, null),
                new PersonProfile("Anna Kessler", "kessler", "RUS", "GOV", null),
                new PersonProfile("V. Kessler", "kessler", "USA", "JUD", "judge")));
    PersonProfile done = d.complete(new PersonProfile("Kessler", "kessler", null, null, null));
    assertEquals("AZE", done.country(), "the first profile that gives a country wins");
    assertEquals("GOV", done.role(), "and the first that gives a role");
    assertEquals("Anna Kessler", done.name(), "the longest name is kept");
  }

  @Test
  void leavesAlonePeopleItKnowsNothingAbout() {
    PersonProfile p = new PersonProfile("Farid Mammadli", "mammadli", null, null, null);
    assertEquals(p, PeopleDirectory.EMPTY.complete(p));
    assertNull(PeopleDirectory.EMPTY.complete(null));
  }

  @Test
  void recordsItsAnswersAndTellsWhetherAnotherDirectoryRepeatsThem() {
    PersonProfile asked = new PersonProfile("Orlanov", "orlanov", null, null, null);
    List<PersonProfile> people = new ArrayList<>();
    people.add(new PersonProfile("Viktor Orlanov", "orlanov", "RUS", null, null));
    Map<PersonProfile, PersonProfile> answers = new HashMap<>();
    PeopleDirectory.of(people).recording(answers).complete(asked);
    assertEquals(1, answers.size());
    people.add(new PersonProfile("Anna Kessler", "kessler", "AZE", "GOV", null));
    assertTrue(PeopleDirectory.of(people).repeats(answers), "an unrelated person changes nothing");
    people.add(new PersonProfile("Viktor Orlanow", "orlanow", null, "GOV", "minister"));
    assertFalse(PeopleDirectory.of(people).repeats(answers), "a variant of the name does");
  }
}
