package org.dyad.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

  private static String parse(String s) {
    return FeedDates.parse(s).map(PartialDate::toString).orElse(null);
  }

  @Test
  void rfc822WithAndWithoutWeekdaySecondsAndZoneNames() {
    assertEquals("2025-03-04", parse("Tue, 04 Mar 2025 09:15:00 GMT"));
    assertEquals("2025-03-04", parse("04 Mar 2025 09:15:00 +0300"));
    assertEquals("2025-03-05", parse("Wed, 5 Mar 2025 23:40 EST"));
    assertEquals("2025-03-06", parse("Thu, 06 Mar 25 08:00:00 Z"));
    assertEquals("1999-12-31", parse("Fri, 31 Dec 99 23:59:59 PST"));
    assertEquals("2025-03-07", parse("Friday, 07 March 2025 10:00:00 CET"));
    assertEquals("2025-03-08", parse("Sat, 8 Mar 2025"));
    assertEquals("2025-03-08", parse("Sat,08 Mar 2025 10:00:00 UT"));
    assertEquals("2025-03-08", parse("8 Mar 2025 10:00 +03:00"));
  }

  @Test
  void theDayIsTheOneWrittenNotShiftedToUtc() {
    // 23:40 EST is already the next day in UTC; the publisher's own date is kept.
    assertEquals("2025-03-05", parse("Wed, 05 Mar 2025 23:40:00 -0500"));
    assertEquals("2025-03-09", parse("2025-03-09T01:30:00+05:00"));
  }

  @Test
  void isoDatesKeepTheirPrecision() {
    assertEquals("2025-05", parse("2025-05"));
    assertEquals("2025", parse("2025"));
    assertEquals("2025-05-05", parse("2025-05-05T18:20:00.123Z"));
  }

  @Test
  void nonDatesAndImpossibleDatesGiveNone() {
    assertEquals(Optional.empty(), FeedDates.parse("sometime last week"));
    assertEquals(Optional.empty(), FeedDates.parse("Mon, 31 Feb 2025 10:00:00 GMT"));
    assertEquals(Optional.empty(), FeedDates.parse("  "));
    assertEquals(Optional.empty(), FeedDates.parse(null));
  }
}
