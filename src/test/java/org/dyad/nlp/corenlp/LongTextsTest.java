package org.dyad.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LongTextsTest {

  @Test
  void cutsAtTheLastLineBreakThatFits() {
    String text = "first line\nsecond line\nthird";
    assertEquals(23, LongTexts.partEnd(text, 0, 25));
    assertEquals("first line\nsecond line\n", text.substring(0, 23));
    assertEquals(text.length(), LongTexts.partEnd(text, 23, 25));
  }

  @Test
  void withoutALineBreakCutsAfterASentenceThenAtASpace() {
    String text = "One short sentence. Another one follows here and goes on";
    assertEquals(20, LongTexts.partEnd(text, 0, 30));
    String words = "words without any sentence end at all in them";
    assertEquals("words without any ".length(), LongTexts.partEnd(words, 0, 24));
    assertEquals("x".repeat(10).length(), LongTexts.partEnd("x".repeat(30), 0, 10));
  }

  @Test
  void neverCutsASurrogatePair() {
    String text = "a".repeat(9) + "\uD83D\uDE00" + "b".repeat(10);
    assertEquals(9, LongTexts.partEnd(text, 0, 10));
  }
}
