package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.analysis.OneArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Truces announced or brokered by a third party, and statements of and about international
 * organisations, on sentences written for the test.
 */
class MediationsTest {

  private static final String TRUCE =
      """
      Border truce between Chile and Peru

      Brazil brokered a truce between Chile and Peru on Saturday, officials in Brasilia said.

      Chile and Peru accepted the truce after it was announced by Argentina on Sunday.

      Mexico announced a ceasefire between Chile and Peru on 9 March 2025.

      Chile and Peru announced a ceasefire on Tuesday.
      """;

  private static final String BODIES =
      """
      Ethiopia rejects remarks by regional bloc

      The Ethiopian foreign ministry said on Tuesday that the African Union statement contained \
      "false claims".

      "The African Union considers that the deployment of troops along the Eritrean border on 2 May \
      2025 by the Ethiopian government has violated the truce with Eritrea," the statement read.

      The OSCE Minsk Group urged Armenia to resume talks on Monday.
      """;

  private static CorpusAnalysis truce;

  private static CorpusAnalysis bodies;

  @BeforeAll
  static void analyse() {
    truce = OneArticle.analyse("truce", TRUCE, "2025-03-11").analysis();
    Article b =
        new Article(
            "bodies",
            "bodies.txt",
            null,
            "b",
            null,
            null,
            PartialDate.parse("2025-05-07"),
            false,
            "en",
            BODIES);
    bodies = OneArticle.of(b).analysis();
  }

  private static List<EventMention> mentions(CorpusAnalysis in, String text, String part) {
    return in.events().stream()
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.span().of(text).contains(part))
        .toList();
  }

  /** The source>target pairs of a sentence's mediations. */
  private static Set<String> mediations(String part) {
    return mentions(truce, TRUCE, part).stream()
        .filter(m -> m.cameo().equals("045"))
        .map(m -> m.source().actor().country() + ">" + m.target().actor().country())
        .collect(Collectors.toSet());
  }

  @Test
  void aTruceBrokeredBetweenTwoSidesIsMediationWithEach() {
    assertEquals(Set.of("BRA>CHL", "BRA>PER"), mediations("Brazil brokered"), truce.toString());
  }

  @Test
  void aTruceAnnouncedByAThirdPartyIsMediationWithTheSidesThatAcceptIt() {
    assertEquals(Set.of("ARG>CHL", "ARG>PER"), mediations("announced by Argentina"));
  }

  @Test
  void aCeasefireAThirdPartyAnnouncesBetweenTwoSidesIsMediation() {
    assertEquals(Set.of("MEX>CHL", "MEX>PER"), mediations("Mexico announced"));
    assertTrue(
        mentions(truce, TRUCE, "Mexico announced").stream()
            .noneMatch(m -> m.cameo().startsWith("087")));
  }

  @Test
  void sidesAnnouncingTheirOwnCeasefireMediateNothing() {
    assertTrue(mediations("Chile and Peru announced").isEmpty());
  }

  @Test
  void aStatementAboutAnOrganisationsStatementIsAimedAtTheOrganisation() {
    List<EventMention> m = mentions(bodies, BODIES, "African Union statement contained");
    assertFalse(m.isEmpty(), bodies.toString());
    for (EventMention e : m) {
      assertEquals("ETH", e.source().actor().country(), e.toString());
      assertEquals("IGO", e.target().actor().country(), e.toString());
    }
  }

  @Test
  void aChargeWhoseActIsNominalisedIsAimedAtTheActsAgent() {
    List<EventMention> m =
        mentions(bodies, BODIES, "has violated the truce").stream()
            .filter(e -> "IGO".equals(e.source().actor().country()))
            .toList();
    assertFalse(m.isEmpty(), bodies.toString());
    for (EventMention e : m) {
      assertEquals("ETH", e.target().actor().country(), e.toString());
    }
  }

  @Test
  void aBodyNamedForACapitalIsNoActorOfThatCapitalsCountry() {
    List<EventMention> m = mentions(bodies, BODIES, "Minsk Group urged");
    assertFalse(m.isEmpty(), bodies.toString());
    for (EventMention e : m) {
      assertEquals("IGO", e.source().actor().country(), e.toString());
    }
  }
}
