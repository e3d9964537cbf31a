package org.dyad.analysis;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/** A test's own article analysed with the shared CoreNLP pipeline and the shipped gazetteer. */
public record OneArticle(String text, CorpusAnalysis analysis) {

  /** Annotates and analyses {@code text}, published on {@code published} (YYYY-MM-DD). */
  public static OneArticle analyse(String id, String text, String published) {
    return of(
        new Article(
            id,
            id + ".txt",
            null,
            "t",
            null,
            null,
            PartialDate.parse(published),
            false,
            "en",
            text));
  }

  /** Annotates and analyses article {@code a}. */
  public static OneArticle of(Article a) {
    Gazetteer gazetteer = Gazetteer.load();
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    return new OneArticle(
        a.text(), new Extraction(gazetteer).analyze(List.of(annotator.annotate(a))));
  }

  /** The event mentions whose sentence contains {@code sentencePart}. */
  public List<EventMention> mentions(String sentencePart) {
    return analysis.events().stream()
        .flatMap(e -> e.mentions().stream())
        .filter(m -> m.span().of(text).contains(sentencePart))
        .toList();
  }
}
