package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MonthsTest {

  @Test
  void monthsAndSpansReadAsWords() {
    assertEquals("June 2025", Months.label("2025-06"));
    assertEquals("2025-W26", Months.label("2025-W26"));
    assertEquals("Jun", Months.shortName("2025-06"));
    assertEquals("June 2025", Months.range("2025-06", "2025-06"));
    assertEquals("May to July 2025", Months.range("2025-05", "2025-07"));
    assertEquals("December 2024 to February 2025", Months.range("2024-12", "2025-02"));
  }
}
