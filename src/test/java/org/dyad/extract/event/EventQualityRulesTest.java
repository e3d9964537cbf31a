package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.analysis.OneArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an event is and who it is between, on sentences written for the test: releases of people,
 * background acts, demanded acts, stateless partners and accusations told by statement verbs.
 */
class EventQualityRulesTest {

  private static final String TEXT =
      """
      The Peruvian navy released footage of the standoff on Monday.

      Peru released two Chilean fishermen on Tuesday.

      The talks, which opened on Monday, aim to end decades of hostility sparked by Peru's \
      invasion of Chilean islands.

      Chile urged Peru to begin negotiations on the border on Monday.

      Chile has demanded a Peruvian apology for the incident.

      The Peruvian government is holding talks with rebel leaders in Lima.

      Between May 1 and May 3, the Chilean defence ministry issued four statements claiming that \
      Peruvian troops had violated the ceasefire.
      """;

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = OneArticle.analyse("quality", TEXT, "2024-05-10").analysis();
  }

  private static List<EventMention> mentions(String sentencePart) {
    return analysis.events().stream()
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.span().of(TEXT).contains(sentencePart))
        .toList();
  }

  @Test
  void releasingAVideoIsNoReleaseOfPersonsButReleasingFishermenIs() {
    assertTrue(
        mentions("footage").stream().noneMatch(m -> m.cameo().startsWith("084")),
        mentions("footage").toString());
    assertTrue(
        mentions("fishermen").stream().anyMatch(m -> m.cameo().equals("0841")),
        analysis.events().toString());
  }

  @Test
  void anActNamedAsTheCauseOfPastHostilityIsNotDatedToTheReport() {
    assertFalse(mentions("sparked by").isEmpty(), analysis.events().toString());
    for (EventMention m : mentions("sparked by")) {
      assertNull(m.date(), m.toString());
    }
  }

  @Test
  void talksSomeoneIsUrgedToBeginHaveNotBegun() {
    assertTrue(
        mentions("urged").stream().noneMatch(m -> m.cameo().startsWith("04")),
        mentions("urged").toString());
    assertTrue(
        mentions("urged").stream().anyMatch(m -> m.cameo().startsWith("02")),
        analysis.events().toString());
  }

  @Test
  void aDemandedApologyWasNotMade() {
    assertTrue(
        mentions("apology").stream().noneMatch(m -> m.cameo().startsWith("05")),
        mentions("apology").toString());
  }

  @Test
  void talksWithRebelsAreNotTalksWithTheOtherCountry() {
    assertTrue(mentions("rebel leaders").isEmpty(), mentions("rebel leaders").toString());
  }

  @Test
  void statementsChargingABreachOfTheCeasefireAreAccusations() {
    Event accusation =
        analysis.events().stream()
            .filter(e -> e.cameo().equals("112") && "CHL".equals(e.source().country()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(analysis.events().toString()));
    assertEquals("PER", accusation.target().country(), accusation.toString());
  }
}
