package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

  @ParameterizedTest
  @CsvSource({
    "one, 1",
    "twelve, 12",
    "nineteen, 19",
    "ninety, 90",
    "hundred, 100",
    "thousand, 1000"
  })
  void cardinalsNameTheirNumber(String word, int value) {
    assertEquals(value, NumberWords.value(word));
  }

  @Test
  void otherWordsNameNone() {
    assertNull(NumberWords.value("dozen"));
    assertNull(NumberWords.value("Twelve"));
    assertNull(NumberWords.value("a"));
    assertThrows(IllegalArgumentException.class, () -> NumberWords.value(null));
  }
}
