package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DurationValuesTest {

  @Test
  void amountsInWordsAndFigures() {
    assertEquals(24, DurationValues.amount("twenty four"));
    assertEquals(24, DurationValues.amount("twenty-four"));
    assertEquals(2000, DurationValues.amount("two thousand"));
    assertEquals(150, DurationValues.amount("a hundred fifty"));
    assertEquals(2.5, DurationValues.amount("2 1/2"));
    assertEquals(4.5, DurationValues.amount("four and a half"));
    assertEquals(1000, DurationValues.amount("1,000"));
    assertTrue(Double.isNaN(DurationValues.amount("several")));
    assertTrue(Double.isNaN(DurationValues.amount("")));
    assertThrows(IllegalArgumentException.class, () -> DurationValues.amount(null));
  }

  @Test
  void valuesSpillFractionsIntoTheNextSmallerUnit() {
    assertEquals("P2Y6M", DurationValues.of("2 1/2", "years"));
    assertEquals("PT5H30M", DurationValues.of("5 1/2", "hours"));
    assertEquals("PT1M30S", DurationValues.of("one and a half", "minutes"));
    assertEquals("P1DT12H", DurationValues.of(1.5, "days"));
    assertEquals("PT30M", DurationValues.of(0.5, "hour"));
    assertEquals("P20Y", DurationValues.of("20", "years"));
    assertEquals("P30Y", DurationValues.of("three", "decades"));
    assertEquals("P200Y", DurationValues.of("two", "centuries"));
    assertEquals("P2W", DurationValues.of("two", "weeks"));
  }

  @Test
  void unknownUnitsAndUnevenFractionsHaveNoValue() {
    assertNull(DurationValues.of(1, "fortnight"));
    assertNull(DurationValues.of(1.5, "months"));
    assertNull(DurationValues.of(0, "days"));
    assertNull(DurationValues.of("several", "days"));
    assertNull(DurationValues.of(2, null));
  }

  @Property
  void wholeAmountsKeepTheirUnit(@ForAll @IntRange(min = 1, max = 5000) int n) {
    assertEquals("P" + n + "D", DurationValues.of(String.valueOf(n), "days"));
    assertEquals("PT" + n + "H", DurationValues.of(n, "hour"));
  }
}
