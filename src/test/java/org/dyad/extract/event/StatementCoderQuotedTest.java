package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class StatementCoderQuotedTest {

  private static Span of(String text, String part) {
    int at = text.indexOf(part);
    return new Span(at, at + part.length());
  }

  @Test
  void theAttributionBetweenTwoQuotedPartsIsNotQuoted() {
    String text =
        "\u201cWe will not yield,\u201d she said on Monday. \u201cNever before June.\u201d";
    Span quote = new Span(1, text.length() - 1);
    assertFalse(StatementTimes.quoted(text, quote, true, of(text, "Monday")));
    assertTrue(StatementTimes.quoted(text, quote, true, of(text, "June")));
    assertTrue(StatementTimes.quoted(text, quote, true, of(text, "yield")));
  }

  @Test
  void reportedSpeechIsQuotedThroughout() {
    String text = "The ministry said troops left on Monday.";
    Span quote = of(text, "troops left on Monday");
    assertTrue(StatementTimes.quoted(text, quote, false, of(text, "Monday")));
    assertFalse(StatementTimes.quoted(text, quote, false, of(text, "ministry")));
  }
}
