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
  void aLongTextAnnotatedInPartsIsAnnotatedAsAWhole() {
    String text =
        """
        Fishing crews from Tonga and Fiji met in Suva on Monday to talk about quotas.
        The Fijian minister, Ana Lutu, said the talks would go on until Friday.
        On March 3, 2025, the two governments signed a memorandum in Nuku'alofa.
        Tongan officials said the deal covered tuna and reef fish for three years.
        A second round is planned for June, according to the Fijian fisheries office.
        """;
    Article a = article(text, PartialDate.parse("2025-03-05"));
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
    AnnotatedArticle whole = annotator.annotate(a, text.length());
    AnnotatedArticle parts = annotator.annotate(a, 160);
    assertEquals(5, whole.sentences().size());
    assertEquals(whole, parts);
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

  @Test
  void parsesOnlySentencesWithACueWhenAskedTo() {
    Article a =
        article(
            "The weather was mild across the region.\n"
                + "The ministry expelled two diplomats.\n"
                + "He called it \u201ca mistake\u201d.",
            null);
    AnnotatedArticle selective =
        CoreNlpAnnotator.shared()
            .parsingOnly(org.dyad.nlp.ParseScope.of(java.util.Set.of("V:expel"), null))
            .annotate(a);
    assertTrue(selective.sentences().get(0).dependencies().isEmpty());
    assertTrue(!selective.sentences().get(1).dependencies().isEmpty());
    assertTrue(!selective.sentences().get(2).dependencies().isEmpty(), "a quote is parsed");
    AnnotatedArticle full = annotator().annotate(a);
    assertEquals(full.sentences().get(1), selective.sentences().get(1));
    assertTrue(!full.sentences().get(0).dependencies().isEmpty());
    assertTrue(
        selective.provenance().get(0).version().endsWith("/selective-parse"),
        selective.provenance().toString());
  }

  @Test
  void aCueThatNeedsAnotherWordCountsOnlyWithIt() {
    Article a = article("The firm will have a bad year.\nThe sides will have talks.", null);
    var scope =
        new org.dyad.nlp.ParseScope(
            java.util.Map.of("V:have", List.of(java.util.Set.of("talk"))), null);
    AnnotatedArticle out = CoreNlpAnnotator.shared().parsingOnly(scope).annotate(a);
    assertTrue(out.sentences().get(0).dependencies().isEmpty());
    assertTrue(!out.sentences().get(1).dependencies().isEmpty());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new org.dyad.nlp.ParseScope(java.util.Map.of(), null));
  }

  @Test
  void timeExpressionsFarIntoLongSentencesKeepTheirSpanAndValue() {
    String filler = "the delegation from the northern province discussed trade, water and roads";
    String text =
        "After "
            + filler
            + " with its neighbours for many hours, "
            + filler
            + " again, the talks ended on 14 March 2024 in the capital.";
    AnnotatedArticle out = annotator().annotate(article(text, PartialDate.parse("2024-03-20")));
    TimeExpression t =
        out.timexes().stream()
            .filter(x -> "2024-03-14".equals(x.value()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(out.timexes().toString()));
    assertEquals("14 March 2024", t.span().of(text));
  }
}
