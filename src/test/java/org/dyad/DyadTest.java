package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputProblem;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.store.ArticleIds;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch in which one article breaks a stage: that article is reported, the rest analysed. */
class DyadTest {

  private static final String MARK = "[this article breaks the annotator]";

  @TempDir Path dir;

  /** CoreNLP with Dyad's gazetteer, failing on the article that carries the mark. */
  private record FailingAnnotator(Annotator real) implements Annotator {
    @Override
    public AnnotatedArticle annotate(Article article) {
      if (article.text().contains(MARK)) {
        throw new IllegalStateException("injected annotation failure");
      }
      return real.annotate(article);
    }
  }

  @Test
  void anArticleThatBreaksAnnotationIsOneProblemAndTheBatchGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"), "Ghana and Togo reopened their border on Monday, officials said.");
    String broken = "Togo thanked Ghana for reopening the border. " + MARK;
    Files.writeString(in.resolve("b.txt"), broken);
    Files.writeString(
        in.resolve("c.txt"), "Ghana's president met his Togolese counterpart in Lome on Friday.");
    Gazetteer gazetteer = Gazetteer.load();
    try (ArticleStore store = ArticleStore.openEmbedded(dir.resolve("db"))) {
      Dyad dyad =
          new Dyad(
              new Ingestor(),
              new FailingAnnotator(new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer)),
              store,
              new Extraction(gazetteer),
              2);
      List<String> done = new ArrayList<>();
      Dyad.RunSummary run =
          dyad.analyze(
              List.of(in.toString()),
              new Dyad.Listener() {
                @Override
                public synchronized void articleDone(
                    org.dyad.ingest.ArticleDraft d, String id, String outcome) {
                  done.add(d.source() + " " + outcome);
                }
              });
      assertEquals(2, run.stored());
      assertEquals(1, run.problems().size(), run.problems().toString());
      InputProblem p = run.problems().get(0);
      assertEquals("b.txt", p.source());
      assertEquals(
          "article "
              + ArticleIds.idFor(broken)
              + ": annotation failed: java.lang.IllegalStateException: injected annotation"
              + " failure",
          p.message());
      assertTrue(done.contains("b.txt failed"), done.toString());
      List<InputProblem> later = new ArrayList<>();
      CorpusAnalysis analysis = dyad.analysis(run.articleIds(), later::add);
      assertEquals(List.of(), later);
      assertEquals(
          List.of("a.txt", "c.txt"),
          analysis.articles().stream().map(a -> a.article().source()).toList());

      Dyad.RunSummary again = dyad.analyze(List.of(in.toString()), new Dyad.Listener() {});
      assertEquals(0, again.stored());
      assertEquals(2, again.duplicates(), "the stored ones are not annotated again");
      assertEquals(1, again.problems().size(), "the broken one is tried again");
    }
  }
}
