package org.dyad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpokenViaTest {

  @Test
  void findsTheOutletWordsWereGivenTo() {
    assertEquals(
        "ForPost", SpokenVia.of("In an interview with \"ForPost\", the analyst said that"));
    assertEquals(
        "Konkret.az",
        SpokenVia.of("\u201cIt is over,\u201d analyst Ali Aliyev told \"Konkret.az\"."));
    assertEquals("Profile", SpokenVia.of("Jane Roe, a professor, writes in the Profile magazine."));
  }
}
