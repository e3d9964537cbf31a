package org.dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction and comparison over a small invented corpus on a pair of countries that the seeds do
 * not cover: one downing told three ways, and deaths in custody told by both sides.
 */
class ExtractionTest {

  private static final String PAKISTANI_PAPER =
      """
      A Pakistani passenger plane crashed near Lahore on March 5, 2025, killing 40 people. \
      Later, Pakistani officials said that the plane had been damaged by gunfire from the ground \
      while flying over Indian airspace. They accused India of trying to cover up the incident.

      On March 8, 2025, Indian police detained six Pakistani fishermen off the coast of Gujarat. \
      Two of the detained fishermen died in police custody. Islamabad said that, according to a \
      post-mortem examination, the deaths were caused by multiple injuries.
      """;

  private static final String INDIAN_PAPER =
      """
      The crash of a Pakistani airliner near Lahore on March 5, 2025 has strained ties further. \
      New Delhi called it a tragic accident and denied any involvement.

      Indian police detained six Pakistani fishermen on March 8, 2025, with two of them, the Baloch \
      cousins, dying in custody. The Indian authorities said the deaths were caused by \
      a heart attack.
      """;

  private static final String THIRD_PAPER =
      """
      Islamabad intends to take India to an international court for the deliberate shooting down \
      of a Pakistani passenger plane in March 2025.
      """;

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyse() {
    Gazetteer gazetteer = Gazetteer.load();
    Annotator annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    List<Article> articles =
        List.of(
            article("pk", "Dawn Example", "2025-03-12", PAKISTANI_PAPER),
            article("in", "Delhi Example", "2025-03-13", INDIAN_PAPER),
            article("x", "Third Example", "2025-03-20", THIRD_PAPER));
    analysis =
        new Extraction(gazetteer).analyze(articles.stream().map(annotator::annotate).toList());
  }

  private static Article article(String id, String outlet, String date, String text) {
    return new Article(
        id, id + ".txt", null, "t", outlet, null, PartialDate.parse(date), false, "en", text);
  }

  private static Event event(String root, String source, String target) {
    return analysis.events().stream()
        .filter(e -> e.root().equals(root))
        .filter(e -> source.equals(e.source().country()) && target.equals(e.target().country()))
        .findFirst()
        .orElse(null);
  }

  private static Divergence divergenceOf(Event e) {
    return analysis.divergences().stream()
        .filter(x -> x.eventId().equals(e.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no divergence for " + e));
  }

  private static Set<String> articlesOf(Event e) {
    return e.mentions().stream().map(m -> m.articleId()).collect(Collectors.toSet());
  }

  @Test
  void aDowningToldAsCrashDamageAndShootingIsOneEventWithItsAttributedSource() {
    Event downing = event("19", "IND", "PAK");
    assertNotNull(downing, "events: " + analysis.events());
    assertEquals("2025-03-05", downing.date().toString());
    assertEquals(Set.of("pk", "in", "x"), articlesOf(downing), downing.mentions().toString());
  }

  @Test
  void aDeathInCustodyIsChargedToWhoeverHeldTheDetainees() {
    Event deaths = event("18", "IND", "PAK");
    assertNotNull(deaths, "events: " + analysis.events());
    assertEquals(Set.of("pk", "in"), articlesOf(deaths));
    assertTrue(deaths.date().toString().startsWith("2025-03"), deaths.date().toString());
  }

  @Test
  void aCrashNoOneIsSaidToHaveCausedIsNoEvent() {
    assertTrue(
        analysis.events().stream()
            .flatMap(e -> e.mentions().stream())
            .allMatch(m -> m.source().actor().country() != null));
  }

  @Test
  void bothSidesVersionsOfTheDeathsAreFlaggedAsContradicting() {
    Event deaths = event("18", "IND", "PAK");
    Divergence d = divergenceOf(deaths);
    assertTrue(
        d.conflicts().stream().anyMatch(c -> c.startsWith("cause")), d.conflicts().toString());
    assertTrue(
        d.conflicts().stream().noneMatch(c -> c.startsWith("number")),
        "six detained, two died: " + d.conflicts());
  }

  @Test
  void theDowningsVersionsDisagreeOnIntent() {
    Event downing = event("19", "IND", "PAK");
    Divergence d = divergenceOf(downing);
    assertTrue(
        d.conflicts().stream().anyMatch(c -> c.startsWith("intent")), d.conflicts().toString());
    for (var v : d.versions()) {
      String text =
          List.of(PAKISTANI_PAPER, INDIAN_PAPER, THIRD_PAPER)
              .get(List.of("pk", "in", "x").indexOf(v.articleId()));
      assertEquals(v.text(), v.span().of(text).strip(), "claims link to their exact span");
    }
  }
}
