package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.analysis.OneArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who did what to whom in reported speech, promises, lawsuits and aid, on sentences written for the
 * test: the faults a hand audit of exported events found.
 */
class EventAuditRulesTest {

  private static final String TEXT =
      """
      Chile says Peru violated the truce, orders new patrols.

      Chile approached the International Court of Justice in April seeking provisional measures \
      against Peru.

      "Peru will do its very best and provide safe passage so that the fishermen can return home," \
      the minister said.

      The Chilean navy delivered food and fuel to marines stationed on the island on Sunday.

      A Chilean patrol ship escorting fishing boats was hit by a water cannon on Sunday.

      Chile said on Monday that Peru is massing tanks along the "line of control" ahead of a new \
      offensive.

      What Peruvian border guards did in the northern valley on May 3 – boarding a Chilean patrol \
      boat and seizing its radios – amounts to "banditry" and Lima should compensate for the \
      losses, the Chilean army chief said.

      The Peruvian government condemned as meddling a statement issued by the European Union on \
      Tuesday.

      Chile's defence ministry refuted all allegations of ceasefire violations on Monday.

      The Peruvian foreign ministry said on Wednesday: "Peru reaffirms its commitment to dialogue \
      with Chile."

      Lima was not prepared to release the detained Chilean fishermen.

      "We have not suffered any attack by Chile," the Peruvian navy said on Thursday.
      """;

  /** An undated report whose first date has no year, and whose later dates state theirs. */
  private static final String UNDATED =
      """
      Between April 2-4, the Peruvian defence ministry issued five statements claiming that \
      Chilean troops had violated the ceasefire along the Chile-Peru border.

      Chile had offered talks on November 8, 2023, and repeated the offer on April 6, 2024.
      """;

  /** A report whose publication date was only guessed (from a photo caption, say). */
  private static final String GUESSED =
      """
      Chile's defence minister said the Peruvian raid on the outpost last month destroyed two \
      radar stations.
      """;

  private static CorpusAnalysis analysis;

  private static CorpusAnalysis undated;

  private static CorpusAnalysis guessed;

  @BeforeAll
  static void analyse() {
    analysis = OneArticle.analyse("audit", TEXT, "2024-05-10").analysis();
    Article u =
        new Article("undated", "undated.txt", null, "u", null, null, null, false, "en", UNDATED);
    undated = OneArticle.of(u).analysis();
    Article p =
        new Article(
            "guessed",
            "guessed.txt",
            null,
            "g",
            null,
            null,
            PartialDate.parse("2024-03-02"),
            true,
            "en",
            GUESSED);
    guessed = OneArticle.of(p).analysis();
  }

  @Test
  void lastMonthCountedFromAGuessedPublicationDateDatesNothing() {
    List<EventMention> raid =
        guessed.events().stream()
            .flatMap(e -> e.mentions().stream())
            .filter(m -> "last month".equals(m.dateText()))
            .toList();
    assertFalse(raid.isEmpty(), guessed.events().toString());
    for (EventMention m : raid) {
      assertEquals(null, m.date(), m.toString());
    }
  }

  @Test
  void aYearlessDateInAnUndatedReportTakesTheYearOfItsLatestStatedDate() {
    EventMention violation =
        undated.events().stream()
            .flatMap(e -> e.mentions().stream())
            .filter(m -> m.cameo().equals("196"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(undated.events().toString()));
    assertEquals(PartialDate.parse("2024-04-02"), violation.date(), violation.toString());
  }

  @Test
  void aBorderNamedForBothCountriesBelongsToNeither() {
    EventMention violation =
        undated.events().stream()
            .flatMap(e -> e.mentions().stream())
            .filter(m -> m.cameo().equals("196"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(undated.events().toString()));
    assertEquals("CHL", violation.source().actor().country(), violation.toString());
    assertEquals("PER", violation.target().actor().country(), violation.toString());
  }

  private static List<EventMention> mentions(String sentencePart) {
    return analysis.events().stream()
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.span().of(TEXT).contains(sentencePart))
        .toList();
  }

  private static String all() {
    return analysis.events().toString();
  }

  @Test
  void aViolatedTruceIsNoTruceDeclared() {
    assertTrue(mentions("violated the truce").stream().noneMatch(m -> m.cameo().startsWith("087")));
    assertTrue(
        mentions("violated the truce").stream()
            .anyMatch(m -> m.cameo().equals("112") && m.source().actor().country().equals("CHL")),
        all());
  }

  @Test
  void turningToTheWorldCourtIsALawsuitAgainstTheOtherSide() {
    List<EventMention> m = mentions("International Court");
    assertTrue(
        m.stream()
            .anyMatch(
                e ->
                    e.cameo().equals("115")
                        && e.source().actor().country().equals("CHL")
                        && e.target().actor().country().equals("PER")),
        all());
    assertTrue(m.stream().noneMatch(e -> e.cameo().startsWith("02")), m.toString());
  }

  @Test
  void aidOneWillDoOnesBestToProvideIsPromised() {
    List<EventMention> m = mentions("safe passage");
    assertTrue(m.stream().noneMatch(e -> e.cameo().startsWith("07")), m.toString());
    assertTrue(
        m.stream().anyMatch(e -> e.cameo().startsWith("03") && e.modality() == Modality.PLANNED),
        all());
  }

  @Test
  void suppliesToOnesOwnTroopsOrEscortsOfOnesOwnBoatsAreNoAidToTheOtherSide() {
    assertTrue(mentions("marines stationed").isEmpty(), mentions("marines stationed").toString());
    assertTrue(
        mentions("escorting").stream().noneMatch(e -> e.cameo().startsWith("07")),
        mentions("escorting").toString());
  }

  @Test
  void sayingTheOtherSideMassesTanksAccusesIt() {
    assertTrue(
        mentions("massing tanks").stream()
            .anyMatch(
                e ->
                    e.cameo().equals("112")
                        && e.source().actor().country().equals("CHL")
                        && e.target().actor().country().equals("PER")),
        all());
  }

  @Test
  void aStatementTellingOfBoardingAndSeizingAccusesThoughOnlyOneWordIsQuoted() {
    assertTrue(
        mentions("banditry").stream()
            .anyMatch(e -> e.cameo().equals("112") && e.target().actor().country().equals("PER")),
        all());
  }

  @Test
  void condemningAThirdPartysStatementIsAimedAtItsAuthor() {
    List<EventMention> m = mentions("meddling");
    assertFalse(m.isEmpty(), all());
    for (EventMention e : m) {
      assertEquals("PER", e.source().actor().country(), e.toString());
      assertTrue(!e.target().actor().country().equals("CHL"), e.toString());
    }
  }

  @Test
  void whoeverRefutesAllegationsIsTheOneAccused() {
    List<EventMention> charge =
        mentions("refuted all allegations").stream()
            .filter(e -> e.cameo().startsWith("11"))
            .toList();
    assertFalse(charge.isEmpty(), all());
    for (EventMention e : charge) {
      assertEquals("PER", e.source().actor().country(), e.toString());
      assertEquals("CHL", e.target().actor().country(), e.toString());
    }
  }

  @Test
  void aReleaseOneIsNotPreparedToMakeIsNotMade() {
    assertTrue(
        mentions("not prepared").stream().noneMatch(e -> e.cameo().startsWith("08")),
        mentions("not prepared").toString());
  }

  @Test
  void sayingNoAttackWasSufferedAccusesNoOne() {
    assertTrue(
        mentions("not suffered").stream().noneMatch(e -> e.cameo().startsWith("11")),
        mentions("not suffered").toString());
  }

  @Test
  void aQuotedReaffirmationIsOneEventNotTwo() {
    long cooperation =
        mentions("reaffirms its commitment").stream()
            .filter(e -> e.cameo().startsWith("05"))
            .count();
    assertEquals(1, cooperation, mentions("reaffirms its commitment").toString());
  }
}
