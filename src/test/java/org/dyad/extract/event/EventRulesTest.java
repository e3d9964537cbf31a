package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.analysis.OneArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules for who does what in event and quote extraction, on sentences written for the test. */
class EventRulesTest {

  private static final String TEXT =
      """
      Georgian police detained the blogger Levan Beridze in Tbilisi on March 3, 2025.

      Armenian MP Tigran Avagyan called his arrest "a shameful step" on March 4, 2025.

      A Georgian military team marched through the main square of Yerevan on March 9, 2025, \
      while thousands of Armenian students marched in protest against the new law.

      Armenian officials accused Georgia of calling the detention "a routine check". \
      Political analyst Ani Sargsyan told Armenpress that the case would poison relations.

      Georgia will also withdraw its defence attaché from Yerevan by the beginning of next month.
      """;

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = OneArticle.analyse("rules", TEXT, "2025-03-10").analysis();
  }

  private static List<Event> root(String root) {
    return analysis.events().stream().filter(e -> e.root().equals(root)).toList();
  }

  @Test
  void whoeverJudgesAnArrestDidNotMakeIt() {
    for (Event e : root("17")) {
      assertFalse("ARM".equals(e.source().country()), e.toString());
    }
    assertTrue(
        root("17").stream().anyMatch(e -> "GEO".equals(e.source().country())),
        analysis.events().toString());
  }

  @Test
  void soldiersMarchingAreNoProtestButStudentsMarchingInProtestAre() {
    List<Event> protests = root("14");
    assertTrue(
        protests.stream().noneMatch(e -> "GEO".equals(e.source().country())), protests.toString());
    assertTrue(
        protests.stream().anyMatch(e -> "ARM".equals(e.source().country())), protests.toString());
  }

  @Test
  void aClauseControlledByAnObjectQuotesThatObject() {
    Quote q =
        analysis.quotes().stream()
            .filter(x -> x.text().contains("routine check"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(analysis.quotes().toString()));
    assertEquals("GEO", q.speaker().country(), q.toString());
  }

  @Test
  void aSpeakerWithoutACountryTakesTheirOutletsCountry() {
    Quote q =
        analysis.quotes().stream()
            .filter(x -> x.text().contains("poison relations"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(analysis.quotes().toString()));
    assertEquals("ARM", q.speaker().country(), q.toString());
    assertEquals("Armenpress", q.via());
  }

  @Test
  void anAnnouncedActIsAnIntentDatedWhenItWasAnnounced() {
    Event withdrawal =
        root("03").stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError(analysis.events().toString()));
    assertEquals("GEO", withdrawal.source().country(), withdrawal.toString());
    assertEquals("2025-03-10", String.valueOf(withdrawal.date()), withdrawal.toString());
    assertTrue(root("08").isEmpty(), "a withdrawal that is only announced is not done");
  }

  @Test
  void lexiconRowsMayExcludeASourceRole() {
    LexiconEntry notMilitary = new LexiconEntry("V", "march", "-", "-", "141", "!MIL", "-");
    assertTrue(notMilitary.allowsSourceRole(null));
    assertTrue(notMilitary.allowsSourceRole("CVL"));
    assertFalse(notMilitary.allowsSourceRole("MIL"));
    LexiconEntry troops = new LexiconEntry("V", "leave", "-", "-", "0874", "MIL", "-");
    assertTrue(troops.allowsSourceRole("MIL"));
    assertFalse(troops.allowsSourceRole(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LexiconEntry("V", "march", "-", "-", "141", "soldiers", "-"));
  }
}
