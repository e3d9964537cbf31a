package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.PartialDate;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** The contract every {@link Annotator} must meet; subclass it for each implementation. */
public abstract class AnnotatorContract {

  protected abstract Annotator annotator();

  protected static Article article(String text, PartialDate published) {
    return new Article(
        "t" + Integer.toHexString(text.hashCode()),
        "test.txt",
        null,
        null,
        null,
        null,
        published,
        false,
        "en",
        text);
  }

  private static final String SAMPLE =
      "Islamabad said on Wednesday that Indian strikes had hit six sites.\n"
          + "\u201cWe will respond,\u201d Pakistan's foreign ministry said in a statement on May 7, 2025.\n"
          + "New Delhi \u2014 India's army said the operation had been \"measured\".";

  @Test
  void keepsTheArticleAndRecordsProvenance() {
    Article a = article(SAMPLE, PartialDate.parse("2025-05-08"));
    AnnotatedArticle out = annotator().annotate(a);
    assertEquals(a, out.article());
    assertFalse(out.provenance().isEmpty());
  }

  @Test
  void offsetsAreInRangeOrderedAndMatchTheText() {
    Article a = article(SAMPLE, PartialDate.parse("2025-05-08"));
    AnnotatedArticle out = annotator().annotate(a);
    assertFalse(out.sentences().isEmpty());
    int previousEnd = 0;
    for (Sentence s : out.sentences()) {
      assertTrue(s.span().start() >= previousEnd, "sentences ordered: " + s.span());
      previousEnd = s.span().end();
      int tokenEnd = s.span().start();
      for (Token t : s.tokens()) {
        assertTrue(t.span().start() >= tokenEnd, "tokens ordered: " + t);
        tokenEnd = t.span().end();
        assertTrue(s.span().contains(t.span()));
      }
      for (Dependency d : s.dependencies()) {
        assertTrue(d.dependent() < s.tokens().size() && d.governor() < s.tokens().size());
      }
    }
    for (EntityMention e : out.entities()) {
      assertEquals(e.text(), e.span().of(a.text()));
    }
    for (TimeExpression t : out.timexes()) {
      assertEquals(t.text(), t.span().of(a.text()));
    }
  }

  @Test
  void normalisesAbsoluteDates() {
    AnnotatedArticle out = annotator().annotate(article(SAMPLE, PartialDate.parse("2025-05-08")));
    assertTrue(
        out.timexes().stream().anyMatch(t -> "2025-05-07".equals(t.value())),
        out.timexes().toString());
  }

  @Test
  void handlesEmptyAndWhitespaceText() {
    AnnotatedArticle out = annotator().annotate(article("   ", null));
    assertTrue(out.entities().isEmpty());
    assertEquals(Span.class, new Span(0, 0).getClass());
  }
}
