package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.analysis.OneArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a statement's own words make of it (an appeal, a charge of a breach of law), who undergoes a
 * criticism, and when a statement was made, on sentences of our own.
 */
class StatementContentTest {

  private static final String TEXT =
      """
      Chile and Peru trade charges over the northern bay

      "Chile calls on the Peruvian coast guard to withdraw its boats from the bay," the Chilean \
      admiral said on Monday.

      "The Peruvian trawler had been fishing illegally near the lighthouse," the Chilean navy said \
      on Tuesday.

      The Peruvian minister faced criticism for his remarks about the flotilla.

      What Peruvian guards did at the border post on May 3 was "robbery," the Chilean army chief \
      told reporters on Wednesday, May 8.
      """;

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = OneArticle.analyse("content", TEXT, "2024-05-10").analysis();
  }

  private static List<EventMention> mentions(String sentencePart) {
    return analysis.events().stream()
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.span().of(TEXT).contains(sentencePart))
        .toList();
  }

  private static boolean chileToPeru(EventMention m) {
    return "CHL".equals(m.source().actor().country()) && "PER".equals(m.target().actor().country());
  }

  @Test
  void aCallOnTheOtherSideToActIsAnAppeal() {
    List<EventMention> found = mentions("calls on the Peruvian coast guard");
    assertTrue(
        found.stream().anyMatch(m -> chileToPeru(m) && m.root().equals("02")), found.toString());
    assertFalse(found.stream().anyMatch(m -> m.cameo().equals("010")), found.toString());
  }

  @Test
  void aStatementThatCallsTheOtherSidesActIllegalIsAnAccusation() {
    List<EventMention> found = mentions("fishing illegally");
    assertTrue(
        found.stream().anyMatch(m -> chileToPeru(m) && m.cameo().equals("112")), found.toString());
  }

  @Test
  void whoFacesCriticismIsNotItsSource() {
    List<EventMention> found = mentions("faced criticism");
    assertFalse(
        found.stream().anyMatch(m -> "PER".equals(m.source().actor().country())), found.toString());
  }

  @Test
  void aStatementIsDatedWhenItWasMadeNotByTheActItIsAbout() {
    List<EventMention> found = mentions("was \"robbery,\"");
    EventMention statement =
        found.stream()
            .filter(StatementContentTest::chileToPeru)
            .findFirst()
            .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals(PartialDate.parse("2024-05-08"), statement.date(), statement.toString());
  }
}
