package org.dyad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {

  private static List<String> quotes(String text) {
    return QuoteSpans.find(text).stream().map(p -> p.inner().of(text)).toList();
  }

  @Test
  void findsEveryQuoteStyle() {
    assertEquals(
        List.of("one", "two", "three", "four", "five", "six"),
        quotes(
            "a \u201cone\u201d b \u00abtwo\u00bb c \u201ethree\u201c d \u2018four\u2019 e \"five\" f 'six'."));
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(
        List.of(),
        quotes("Russia's and Baku\u2019s leaders didn't meet; the '90s were different."));
  }

  @Test
  void nestedQuotesBelongToTheOuterQuote() {
    assertEquals(
        List.of("He called it a \u2018strong state\u2019 again"),
        quotes("\u201cHe called it a \u2018strong state\u2019 again\u201d"));
  }

  @Test
  void aQuoteContinuesIntoTheNextParagraphWhenItOpensAgain() {
    String text = "\u201cFirst part of the speech.\n\u201cSecond part,\u201d she said.";
    List<QuoteSpans.Passage> ps = QuoteSpans.find(text);
    assertEquals(1, ps.size());
    assertEquals(2, ps.get(0).parts().size());
    assertTrue(ps.get(0).inner().of(text).contains("Second part,"));
  }
}
