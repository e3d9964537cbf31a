package org.dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.report.JsonExporter;
import org.junit.jupiter.api.Test;

/**
 * Analysing a corpus as its articles arrive, batch after batch, gives exactly the export of
 * analysing the whole corpus at once, and extracts only what the new articles touch.
 */
class IncrementalAnalysisTest {

  private static final int POOL = 18;
  private static Extraction extraction;
  private static Annotator annotator;
  private static List<AnnotatedArticle> pool;

  /** People with the countries, roles and spelling variants the generated articles give them. */
  private static final String[][] PEOPLE = {
    {"Viktor Orlanov", "Victor Orlanow", "Orlanov", "Russian", "Foreign Minister"},
    {"Farid Mammadli", "Farid Mamadli", "Mammadli", "Azerbaijani", "President"},
    {"Elena Kessler", "Elena Kesler", "Kessler", "Russian", "Defence Minister"},
    {"Rauf Aliyarov", "Rauf Aliarov", "Aliyarov", "Azerbaijani", "spokesman"},
    // No text gives her a country: only quotes in an outlet of one side do, through the actor
    // registry, so the perspectives of other articles quoting her change when they arrive.
    {"Mira Toval", "Mira Tovall", "Toval", "", "Spokeswoman"},
  };

  /** Three countries, so that which pairs the corpus studies changes as articles arrive. */
  private static final String[][] SIDES = {
    {"Russia", "Russian", "Moscow"},
    {"Azerbaijan", "Azerbaijani", "Baku"},
    {"Georgia", "Georgian", "Tbilisi"},
  };

  private static final String[] OUTLETS = {"TASS", "Azertac", "Interfax", null};

  /** Annotates the pool once per test JVM, whichever engine's test comes first. */
  private static synchronized void annotate() {
    if (pool != null) {
      return;
    }
    Gazetteer gazetteer = Gazetteer.load();
    extraction = new Extraction(gazetteer);
    annotator =
        new GazetteerAnnotator(
            CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()), gazetteer);
    Random random = new Random(14);
    List<AnnotatedArticle> annotated = new ArrayList<>();
    for (int i = 0; i < POOL; i++) {
      annotated.add(annotator.annotate(article("g" + i, random)));
    }
    pool = annotated;
  }

  /** An invented report on the pair, in sentences written for this test. */
  private static Article article(String id, Random r) {
    int side = r.nextInt(SIDES.length);
    String[] us = SIDES[side];
    String[] them = SIDES[(side + 1 + r.nextInt(SIDES.length - 1)) % SIDES.length];
    int day = 1 + r.nextInt(20);
    String date = "March " + day + ", 2025";
    List<String> sentences = new ArrayList<>();
    for (int k = 0; k < 3 + r.nextInt(4); k++) {
      String[] p = PEOPLE[r.nextInt(PEOPLE.length)];
      String name = p[r.nextInt(2)];
      switch (r.nextInt(9)) {
        case 0 ->
            sentences.add(
                (p[3] + " " + p[4]).strip()
                    + " "
                    + name
                    + " said on "
                    + date
                    + " that "
                    + them[2]
                    + " had broken the ceasefire.");
        case 1 ->
            sentences.add(
                p[2]
                    + " told reporters in "
                    + us[2]
                    + " that talks with "
                    + them[0]
                    + " would go on.");
        case 2 -> sentences.add("\u201cWe reject these accusations,\u201d " + name + " said.");
        case 3 ->
            sentences.add(
                "On "
                    + date
                    + ", "
                    + us[0]
                    + " expelled two "
                    + them[1]
                    + " diplomats from "
                    + us[2]
                    + ".");
        case 4 ->
            sentences.add(
                us[1]
                    + " police detained "
                    + (2 + r.nextInt(5))
                    + " "
                    + them[1]
                    + " citizens on "
                    + date
                    + ".");
        case 5 ->
            sentences.add(
                us[0]
                    + " accused "
                    + them[0]
                    + " of shelling border villages on "
                    + date
                    + ", killing "
                    + (2 + r.nextInt(9))
                    + " people.");
        case 6 -> sentences.add("A " + us[1] + " cargo plane crashed near " + us[2] + ".");
        case 7 ->
            sentences.add(
                p[2]
                    + " denied the claim and called the incident a provocation by "
                    + them[0]
                    + ".");
        default ->
            sentences.add(
                us[0]
                    + " and "
                    + them[0]
                    + " signed a trade agreement in "
                    + us[2]
                    + " on "
                    + date
                    + ".");
      }
    }
    String text = String.join(" ", sentences);
    return new Article(
        id,
        id + ".txt",
        null,
        "Report " + id,
        OUTLETS[r.nextInt(OUTLETS.length)],
        null,
        PartialDate.parse("2025-03-" + String.format("%02d", 21 + r.nextInt(8))),
        false,
        "en",
        text);
  }

  /** A corpus: pool articles in corpus order, each with the batch it arrives in. */
  record Arrival(List<Integer> order, List<Integer> batch) {}

  @Provide
  Arbitrary<Arrival> arrivals() {
    return Combinators.combine(
            Arbitraries.integers().between(0, POOL - 1).list().uniqueElements().ofMinSize(1),
            Arbitraries.integers().between(0, 3).list().ofSize(POOL))
        .as(Arrival::new);
  }

  @Property(tries = 40)
  void everyUpdateExportsWhatAWholeAnalysisExports(@ForAll("arrivals") Arrival arrival) {
    annotate();
    IncrementalAnalysis incremental = new IncrementalAnalysis(extraction, 2);
    for (int upTo = 0; upTo <= 3; upTo++) {
      List<AnnotatedArticle> corpus = new ArrayList<>();
      for (int i : arrival.order()) {
        if (arrival.batch().get(i) <= upTo) {
          corpus.add(pool.get(i));
        }
      }
      String whole = JsonExporter.toJson(extraction.analyze(corpus));
      String updated =
          JsonExporter.toJson(incremental.update(IncrementalAnalysis.inMemory(corpus)));
      assertEquals(whole, updated, "after batch " + upTo + " of " + arrival);
    }
  }

  @Test
  void anUnrelatedArticleIsTheOnlyOneExtracted() {
    annotate();
    IncrementalAnalysis incremental = new IncrementalAnalysis(extraction, 1);
    List<AnnotatedArticle> corpus = new ArrayList<>(pool.subList(0, 6));
    incremental.update(IncrementalAnalysis.inMemory(corpus));
    assertEquals(6, incremental.lastUpdate().extracted());
    corpus.add(
        annotator.annotate(
            new Article(
                "other",
                "other.txt",
                null,
                null,
                null,
                null,
                PartialDate.parse("2025-04-02"),
                false,
                "en",
                "Chilean Mining Minister Ana Quispe opened a copper smelter near Antofagasta"
                    + " on April 1, 2025.")));
    incremental.update(IncrementalAnalysis.inMemory(corpus));
    assertEquals(1, incremental.lastUpdate().extracted(), incremental.lastUpdate().toString());
    incremental.update(IncrementalAnalysis.inMemory(corpus));
    assertEquals(0, incremental.lastUpdate().read(), "nothing new, nothing read");
  }

  @Test
  void articlesNamingSomeoneANewArticleDescribesAreExtractedAgain() {
    annotate();
    IncrementalAnalysis incremental = new IncrementalAnalysis(extraction, 1);
    List<AnnotatedArticle> corpus = new ArrayList<>();
    corpus.add(bare("b1", "Zorbek said on May 2, 2025 that Baku had expelled two diplomats."));
    corpus.add(bare("b2", "Russia and Azerbaijan signed a trade agreement on May 3, 2025."));
    incremental.update(IncrementalAnalysis.inMemory(corpus));
    corpus.add(
        bare(
            "b3",
            "Azerbaijani Foreign Minister Tahir Zorbek said on May 4, 2025 that Moscow had"
                + " broken the ceasefire."));
    String updated = JsonExporter.toJson(incremental.update(IncrementalAnalysis.inMemory(corpus)));
    assertEquals(2, incremental.lastUpdate().extracted(), incremental.lastUpdate().toString());
    assertEquals(JsonExporter.toJson(extraction.analyze(corpus)), updated);
  }

  @Test
  void anArticleThatLeavesTheSourceIsAnError() {
    annotate();
    IncrementalAnalysis incremental = new IncrementalAnalysis(extraction, 1);
    IncrementalAnalysis.Source<RuntimeException> forgetful =
        new IncrementalAnalysis.Source<>() {
          @Override
          public List<String> ids() {
            return List.of("g0");
          }

          @Override
          public List<AnnotatedArticle> load(List<String> ids) {
            return List.of();
          }
        };
    assertThrows(IllegalStateException.class, () -> incremental.update(forgetful));
    incremental.update(IncrementalAnalysis.inMemory(pool.subList(0, 1)));
    assertTrue(incremental.lastUpdate().extracted() == 1, "a failed update keeps nothing");
  }

  private static AnnotatedArticle bare(String id, String text) {
    return annotator.annotate(
        new Article(
            id,
            id + ".txt",
            null,
            null,
            null,
            null,
            PartialDate.parse("2025-05-05"),
            false,
            "en",
            text));
  }
}
