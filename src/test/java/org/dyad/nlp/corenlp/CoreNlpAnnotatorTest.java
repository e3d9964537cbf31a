package org.dyad.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.AnnotatorContract;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest extends AnnotatorContract {

  @Override
  protected org.dyad.nlp.Annotator annotator() {
    return CoreNlpAnnotator.shared();
  }

  @Test
  void resolvesRelativeDatesAgainstThePublicationDate() {
    Article a =
        article(
            "Talks opened in Vienna on Monday.\nThe delegation left Geneva last month.",
            PartialDate.parse("2025-07-03"));
    AnnotatedArticle out = annotator().annotate(a);
    List<String> values = out.timexes().stream().map(TimeExpression::value).toList();
    assertTrue(values.contains("2025-06"), "last month -> 2025-06, got " + values);
    assertTrue(values.stream().anyMatch(v -> v.startsWith("2025-06-30")), "Monday: " + values);
  }

  @Test
  void newlinesBreakSentences() {
    Article a = article("A Heading Without A Period\nThe minister spoke in Ottawa.", null);
    assertEquals(2, annotator().annotate(a).sentences().size());
  }

  @Test
  void findsCoarseEntities() {
    Article a = article("Prime Minister Mark Carney met Keir Starmer in London.", null);
    List<EntityMention> es = annotator().annotate(a).entities();
    assertTrue(
        es.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.text().equals("Keir Starmer")),
        es.toString());
    assertTrue(
        es.stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.text().equals("London")),
        es.toString());
  }
}
