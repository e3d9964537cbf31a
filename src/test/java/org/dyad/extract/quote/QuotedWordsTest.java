package org.dyad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedWordsTest {

  @Test
  void recognisesHeadersAndNames() {
    String text = "\u201cThe big game\u201d \u2013 How does the public see it?\nBody sentence.";
    assertTrue(QuotedWords.isHeader(text, QuoteSpans.find(text).get(0).outer()));
    assertTrue(QuotedWords.looksLikeName("Report.az"));
    assertTrue(QuotedWords.looksLikeName("Moskovsky Komsomolets"));
    assertFalse(QuotedWords.looksLikeName("thoughtless step"));
  }
}
