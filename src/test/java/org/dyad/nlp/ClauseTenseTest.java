package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.nlp.ClauseTense.Tense;
import org.junit.jupiter.api.Test;

class ClauseTenseTest {

  private static Tense tense(String text, String covered, boolean futureInPast) {
    int at = text.indexOf(covered);
    return ClauseTense.of(text, at, at + covered.length(), futureInPast);
  }

  @Test
  void theNearestTenseMarkerDecides() {
    assertEquals(Tense.PAST, tense("A still unrecorded vote Sunday was held.", "Sunday", true));
    assertEquals(Tense.NONE, tense("A still unrecorded vote Sunday.", "Sunday", true));
    assertEquals(Tense.FUTURE, tense("The panel will meet on Monday.", "Monday", true));
  }

  @Test
  void plansInThePastLookAheadOnlyWhileTheyAreUnderWay() {
    String t = "Crews fixed the date for Friday and were planning to leave.";
    assertEquals(Tense.FUTURE, tense(t, "Friday", true));
    assertEquals(Tense.PAST, tense(t, "Friday", false));
    String p = "The club planned to reopen on Friday.";
    assertEquals(Tense.NONE, tense(p, "Friday", true));
    assertEquals(Tense.FUTURE, tense(p, "Friday", false));
  }

  @Test
  void sentencesDoNotEndAtInitialsAndAbbreviations() {
    String t = "Mr. P. Lee left. Then Gen. Diaz spoke on Friday.";
    int at = t.indexOf("Friday");
    assertEquals(
        "Then Gen. Diaz spoke on Friday", ClauseTense.sentenceAround(t, at, at + 6).strip());
    assertTrue(ClauseTense.sentenceEnd(t, t.indexOf("left.") + 4));
    assertThrows(IllegalArgumentException.class, () -> ClauseTense.of("short", 2, 9, true));
  }
}
