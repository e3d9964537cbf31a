package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void badValuesAreRejectedWithTheValueInTheMessage() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 3))
            .getMessage()
            .contains("end=3"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2025, 2, 30))
            .getMessage()
            .contains("30"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("May 2025"))
            .getMessage()
            .contains("May 2025"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Actor("X", "russia", null))
            .getMessage()
            .contains("russia"));
  }

  @Test
  void partialDatesKeepTheirPrecision() {
    assertEquals("2025-06", PartialDate.parse("2025-06").toString());
    assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("1993").precision());
    assertEquals("2024-02-29", PartialDate.parse("2024-02").lastDay().toString());
  }

  @Property
  void spanContainmentAndOverlapAgree(
      @ForAll @IntRange(max = 50) int a,
      @ForAll @IntRange(max = 50) int b,
      @ForAll @IntRange(max = 50) int c,
      @ForAll @IntRange(max = 50) int d) {
    Span x = new Span(Math.min(a, b), Math.max(a, b));
    Span y = new Span(Math.min(c, d), Math.max(c, d));
    if (x.contains(y) && y.length() > 0) {
      assertTrue(x.overlaps(y));
    }
    assertEquals(x.overlaps(y), y.overlaps(x));
  }
}
