package org.dyad.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;

class EventDaterTest {

  private static String resolve(
      String text, String type, String value, String following, String anchor) {
    PartialDate d =
        EventDater.resolve(
            new TimeExpression(new Span(0, text.length()), text, type, value),
            following,
            anchor == null ? null : PartialDate.parse(anchor),
            null);
    return d == null ? null : d.toString();
  }

  @Test
  void keepsThePrecisionTheTextGives() {
    assertEquals("2025-05", resolve("in May 2025", "DATE", "2025-05", "", null));
    assertEquals("1993-05", resolve("the end of May 1993", "DATE", "1993-05", "", null));
    assertEquals("2024", resolve("in 2024", "DATE", "2024", "", null));
  }

  @Test
  void completesYearlessDatesFromTheNarrative() {
    assertEquals("2024-12-28", resolve("December 28", "DATE", "XXXX-12-28", "", "2024-12-25"));
    assertEquals("2025-03-06", resolve("March 6", "DATE", "XXXX-03-06", "", "2025-02"));
    assertNull(resolve("May 5", "DATE", "XXXX-05-05", "", null));
  }

  @Test
  void aTimeOfDayDatesTheEventToItsDay() {
    assertEquals(
        "2024-02-13", resolve("the morning of February 13", "TIME", "2024-02-13TMO", "", null));
    assertEquals(
        "2025-03-06", resolve("the night of March 6", "TIME", "XXXX-03-06TNI", "", "2025-02"));
    assertNull(resolve("this morning", "TIME", "TMO", "", "2025-02-01"));
  }

  @Test
  void countsRelativeOffsetsFromTheLastDate() {
    assertEquals("2025-01-04", resolve("a week later", "DURATION", "P1W", ",", "2024-12-28"));
    assertEquals("1994-08", resolve("one year", "DURATION", "P1Y", " later", "1993-08"));
    assertNull(resolve("three years", "DURATION", "P3Y", " of talks", "2020-01-01"));
  }

  @Test
  void givesNoDateForVagueReferences() {
    assertNull(resolve("now", "DATE", "PRESENT_REF", "", "2025-01-01"));
  }

  @Test
  void aYearOutOfRangeIsNoDate() {
    assertNull(resolve("the summer of year zero", "DATE", "0000-SU", "", null));
    assertNull(resolve("two years", "DURATION", "P2Y", " earlier", "0001-03"));
    assertNull(resolve("a week", "DURATION", "P1W", " later", "9999-12-30"));
    assertEquals("0001-05", resolve("in May", "DATE", "XXXX-05", "", "0001-01"));
  }

  @Test
  void aDayThatDoesNotExistInTheOtherYearIsNoDate() {
    assertNull(EventDater.withYear(PartialDate.parse("2024-02-29"), 2023));
    assertNull(EventDater.withYear(PartialDate.parse("0001-06-01"), 0));
    assertEquals(
        "2023-02-28", EventDater.withYear(PartialDate.parse("2024-02-28"), 2023).toString());
    assertNull(EventDater.closestYear(2, 29, PartialDate.parse("2022-06")));
  }
}
