package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.analysis.OneArticle;
import org.dyad.model.EventMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A meeting that acts stands for its participants, on sentences written for the test. */
class GatheringsTest {

  private static final String TEXT =
      """
      On May 3, Canadian Prime Minister Mark Carney is hosting a summit in Ottawa with Chilean \
      President Gabriel Boric and Peruvian President Dina Boluarte. The summit is expected to \
      finalise a border agreement, ending decades of dispute over the maritime line.

      Canadian Prime Minister Mark Carney hosted talks in Ottawa with Chilean President Gabriel       Boric and Peruvian President Dina Boluarte on May 1.

      The weather in Ottawa was mild. The session is expected to finalise the new budget.
      """;

  private static OneArticle article;

  @BeforeAll
  static void analyse() {
    article = OneArticle.analyse("meet", TEXT, "2025-05-03");
  }

  private static List<EventMention> mentions(String sentencePart) {
    return article.mentions(sentencePart);
  }

  @Test
  void theAgreementASummitIsToSealIsBetweenItsGuests() {
    List<EventMention> deal = mentions("finalise a border agreement");
    assertFalse(deal.isEmpty(), article.analysis().events().toString());
    for (EventMention m : deal) {
      assertEquals(
          Set.of("CHL", "PER"),
          Set.of(m.source().actor().country(), m.target().actor().country()),
          "the host is no party to the deal: " + m);
      assertTrue(m.cameo().startsWith("03") || m.cameo().startsWith("05"), m.cameo());
    }
  }

  @Test
  void aHostMeetsEachGuestNotThePlace() {
    List<EventMention> talks = mentions("hosted talks");
    assertEquals(
        Set.of("CAN>CHL", "CAN>PER"),
        talks.stream()
            .filter(m -> m.cameo().startsWith("04"))
            .map(m -> m.source().actor().country() + ">" + m.target().actor().country())
            .collect(Collectors.toSet()),
        talks.toString());
    for (EventMention m : talks) {
      assertEquals("2025-05-01", String.valueOf(m.date()), "each guest's meeting has its date");
    }
  }

  @Test
  void aMeetingWithNoNamedParticipantsStandsForNoOne() {
    assertEquals(
        Set.of(),
        mentions("new budget").stream().map(EventMention::cameo).collect(Collectors.toSet()));
  }

  @Test
  void britishSpellingsFindTheDictionarysAmericanVerb() {
    assertEquals("FINALIZE", VerbPatterns.american("FINALISE"));
    assertEquals("ANALYZE", VerbPatterns.american("ANALYSE"));
    assertEquals("RISE", VerbPatterns.american("RISE"));
  }
}
