package org.dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A step that fails for one article or event is reported naming it and the step, and the rest of
 * the corpus is analysed as before: failures are injected by a step listener that throws for one
 * marked subject, inside the step it names. Both the whole analysis ({@link Extraction#analyze})
 * and the incremental one that analyze, export and serve use ({@link IncrementalAnalysis}) are
 * checked.
 */
class ExtractionFaultIsolationTest {

  private static final String FIRST =
      """
      Chilean navy ships seized two Peruvian fishing boats near Arica on May 4, 2025. \
      Lima said the boats had been in Peruvian waters and demanded their release.

      On May 9, 2025, Peru recalled its ambassador from Santiago over the seizure.
      """;

  private static final String SECOND =
      """
      The Chilean navy seized two Peruvian trawlers off Arica on May 4, 2025, saying they were \
      fishing illegally in Chilean waters.

      Peru recalled its ambassador from Santiago on May 9, 2025.
      """;

  private static final String THIRD =
      """
      Peru protested on May 5, 2025 against the seizure of two of its fishing boats by Chile, \
      which it called an act of provocation.
      """;

  private static Gazetteer gazetteer;
  private static List<AnnotatedArticle> corpus;
  private static CorpusAnalysis clean;

  @BeforeAll
  static void annotate() {
    gazetteer = Gazetteer.load();
    GazetteerAnnotator annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    corpus =
        List.of(
                article("a1", "first.txt", FIRST),
                article("a2", "second.txt", SECOND),
                article("a3", "third.txt", THIRD))
            .stream()
            .map(annotator::annotate)
            .toList();
    List<StepFailure> none = new ArrayList<>();
    clean = new Extraction(gazetteer).analyze(corpus, none::add);
    assertEquals(List.of(), none);
  }

  private static Article article(String id, String source, String text) {
    return new Article(
        id, source, null, "t", "Example", null, PartialDate.parse("2025-05-10"), false, "en", text);
  }

  /** A step listener that throws in one step for one subject, as a broken step would. */
  private record FailingStep(String stage, String subject) implements Extraction.StepListener {
    @Override
    public void entering(String s, String id) {
      if (s.equals(stage) && id.equals(subject)) {
        throw new IllegalStateException("injected failure in " + s + " for " + id);
      }
    }
  }

  private static CorpusAnalysis analyzeFailing(
      String stage, String subject, List<StepFailure> out, boolean incremental) {
    Extraction extraction = new Extraction(gazetteer, new FailingStep(stage, subject));
    return incremental
        ? new IncrementalAnalysis(extraction, 2)
            .update(IncrementalAnalysis.inMemory(corpus), out::add)
        : extraction.analyze(corpus, out::add);
  }

  private static Set<String> reporting(CorpusAnalysis a) {
    return a.events().stream()
        .flatMap(e -> e.mentions().stream())
        .map(m -> m.articleId())
        .collect(Collectors.toSet());
  }

  @Test
  void theCleanCorpusHasSharedEventsDivergencesAndTension() {
    assertEquals(Set.of("a1", "a2", "a3"), reporting(clean), clean.events().toString());
    assertFalse(clean.divergences().isEmpty());
    assertFalse(clean.tension().isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "actors, false",
    "events and quotes, false",
    "merge, false",
    "perspective, false",
    "actors, true",
    "events and quotes, true",
    "merge, true",
    "perspective, true"
  })
  void anArticleStepThatFailsLeavesOnlyThatArticleOut(String stage, boolean incremental) {
    List<StepFailure> failures = new ArrayList<>();
    CorpusAnalysis a = analyzeFailing(stage, "a3", failures, incremental);
    assertEquals(1, failures.size(), failures.toString());
    StepFailure f = failures.get(0);
    assertEquals(stage, f.stage());
    assertEquals("third.txt", f.source());
    assertEquals("article a3", f.subject());
    assertTrue(f.error().contains("injected failure"), f.error());
    assertEquals(3, a.articles().size(), "the article is still listed");
    if (stage.equals("perspective")) {
      assertEquals(clean.events(), a.events());
      assertFalse(a.perspectives().containsKey("a3"));
      assertTrue(a.perspectives().containsKey("a1"));
    } else {
      assertEquals(Set.of("a1", "a2"), reporting(a), a.events().toString());
      assertFalse(a.divergences().isEmpty(), "the others' versions still diverge");
    }
  }

  @ParameterizedTest
  @CsvSource({"divergences, false", "tension, false", "divergences, true", "tension, true"})
  void anEventStepThatFailsLeavesOnlyThatEventOut(String stage, boolean incremental) {
    Event shared = clean.events().stream().filter(e -> articles(e).size() >= 2).findFirst().get();
    List<StepFailure> failures = new ArrayList<>();
    CorpusAnalysis a = analyzeFailing(stage, shared.id(), failures, incremental);
    assertEquals(1, failures.size(), failures.toString());
    StepFailure f = failures.get(0);
    assertEquals(stage, f.stage());
    assertEquals("event " + shared.id(), f.subject());
    assertTrue(f.source().contains("first.txt") || f.source().contains("second.txt"), f.source());
    assertEquals(clean.events(), a.events(), "every event is still exported");
    if (stage.equals("divergences")) {
      assertTrue(a.divergences().stream().noneMatch(d -> d.eventId().equals(shared.id())));
      assertEquals(clean.divergences().size() - 1, a.divergences().size());
      assertEquals(clean.tension(), a.tension());
    } else {
      assertEquals(clean.divergences(), a.divergences());
      assertFalse(a.tension().isEmpty(), "the other events still count");
    }
  }

  private static Set<String> articles(Event e) {
    return e.mentions().stream().map(m -> m.articleId()).collect(Collectors.toSet());
  }
}
