package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dyad.analysis.Extraction;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statements as events, and acts dated by the report that tells them, on sentences of our own. */
class StatementCoderTest {

  private static final String NEWS =
      """
      Chile recalls its envoy from Lima

      SANTIAGO, March 12 (Agency) -- Peruvian warplanes bombed a Chilean border post near Arica on \
      Tuesday, killing two conscripts.

      Chilean Foreign Minister Alberto Soto said: "We strongly condemn this cowardly attack."

      The Chilean defence ministry said Peru's army had shelled three villages in the night.

      "Lima must withdraw its troops from the border at once," Soto told reporters.

      Peruvian President Rosa Quispe warned that her country would retaliate against any incursion.

      Chile expelled two Peruvian diplomats.

      Years ago Peru had seized a Chilean fishing boat.

      Soto said the Peruvian explanation was "a shameful, cowardly lie."

      Chile condemned Peru's new fishing law, which the Peruvian congress passed on January 4, 2024.

      A wave of Peruvian raids on Chilean outposts has alarmed the region.
      """;

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyse() {
    Gazetteer gazetteer = Gazetteer.load();
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    Article a =
        new Article(
            "statements",
            "statements.txt",
            null,
            "Chile recalls its envoy from Lima",
            null,
            null,
            PartialDate.parse("2025-03-13"),
            false,
            "en",
            NEWS);
    analysis = new Extraction(gazetteer).analyze(List.of(annotator.annotate(a)));
  }

  private static Optional<Event> told(String words) {
    return analysis.events().stream()
        .filter(
            e ->
                e.mentions().stream()
                    .map(EventMention::span)
                    .anyMatch(s -> s.of(NEWS).contains(words)))
        .findFirst();
  }

  private static Event event(String words) {
    return told(words).orElseThrow(() -> new AssertionError(words + ": " + analysis.events()));
  }

  @Test
  void aCondemnationInTheSpeakersOwnWordsIsAimedAtTheAttacker() {
    Event e = event("cowardly attack");
    assertEquals("11", e.root(), e.toString());
    assertEquals("CHL", e.source().country(), e.toString());
    assertEquals("PER", e.target().country(), e.toString());
  }

  @Test
  void aStatementWithoutADateIsTheNewsOfTheDatelinesDay() {
    assertEquals("2025-03-12", String.valueOf(event("cowardly attack").date()));
  }

  @Test
  void reportingTheOtherSidesHostileActIsAnAccusation() {
    Event e =
        analysis.events().stream()
            .filter(x -> x.cameo().equals("112"))
            .filter(
                x ->
                    x.mentions().stream()
                        .anyMatch(m -> m.span().of(NEWS).contains("shelled three villages")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no accusation: " + analysis.events()));
    assertEquals("CHL", e.source().country(), e.toString());
    assertEquals("PER", e.target().country(), e.toString());
    assertTrue(
        analysis.events().stream()
            .anyMatch(
                x ->
                    x.cameo().startsWith("19")
                        && x.mentions().stream()
                            .anyMatch(m -> m.span().of(NEWS).contains("had shelled"))),
        "the shelling itself is also an event: " + analysis.events());
  }

  @Test
  void whatTheAddresseeMustDoIsADemand() {
    Event e = event("must withdraw");
    assertEquals("10", e.root(), e.toString());
    assertEquals("PER", e.target().country(), e.toString());
  }

  @Test
  void hostileWordsAboutTheOtherSideAreDisapproval() {
    Event e = event("cowardly lie");
    assertEquals("111", e.cameo(), e.toString());
    assertEquals("PER", e.target().country(), e.toString());
  }

  @Test
  void aWarningOfRetaliationIsAThreat() {
    Event e = event("would retaliate");
    assertEquals("13", e.root(), e.toString());
    assertEquals("PER", e.source().country(), e.toString());
  }

  @Test
  void anUndatedActToldAsNewsTakesTheReportsDate() {
    Event e = event("expelled two Peruvian diplomats");
    assertEquals("2025-03-12", String.valueOf(e.date()), e.toString());
  }

  @Test
  void aDateInARelativeClauseAboutSomethingElseDoesNotDateTheAct() {
    Event e = event("new fishing law");
    assertEquals("2025-03-12", String.valueOf(e.date()), e.toString());
  }

  @Test
  void aNominalActThatIsTheSubjectOfTheNewsIsDatedByTheReport() {
    Event e = event("Peruvian raids");
    assertEquals("2025-03-12", String.valueOf(e.date()), e.toString());
  }

  @Test
  void aPastPerfectActIsNotTheNews() {
    told("seized a Chilean fishing boat")
        .ifPresent(e -> assertEquals(null, e.date(), "no date for background: " + e));
  }

  @Test
  void theHeadlineTellsTheNewsOfTheDay() {
    Event e = event("recalls its envoy");
    assertEquals("2025-03", String.valueOf(e.date()).substring(0, 7), e.toString());
  }
}
