package org.dyad.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

  private static String found(String... lines) {
    return DateFinder.find(List.of(lines))
        .map(f -> f.date() + (f.inferred() ? " inferred" : ""))
        .orElse("none");
  }

  @Test
  void readsNumericTimestamps() {
    assertEquals("2025-07-23", found("23.07.2025 10:29", "101", "Headline here"));
  }

  @Test
  void readsDatelines() {
    assertEquals(
        "2025-08-02", found("Headline", "", "August 2, 2025 — Baku", "Body text follows."));
    assertEquals("2024-03-05", found("Headline", "5 March 2024, Islamabad"));
    assertEquals("2025-01-14", found("Published: 2025-01-14T08:00:00Z", "Headline"));
  }

  @Test
  void infersTheYearOfAYearlessHeaderDateFromTheContent() {
    assertEquals(
        "2025-07-03 inferred",
        found(
            "Headline",
            "03 July 1841 5 minutes",
            "In May 2025 the ministry acted. On December 25, 2024 a plane crashed."));
  }

  @Test
  void movesTheInferredYearLaterWhenItWouldPrecedeAReportedEvent() {
    assertEquals(
        "2025-01-10 inferred",
        found("Headline", "10 January", "The talks of December 20, 2024 failed in 2024."));
  }

  @Test
  void neverInventsADate() {
    assertEquals("none", found("Headline", "03 July", "No year is mentioned anywhere."));
    assertEquals(
        "none",
        found(
            "A long opening paragraph says that on December 25, 2024 a plane crashed near Aktau and"
                + " that many people died in the crash."));
  }

  @Test
  void parsesMetadataDates() {
    assertEquals(
        "2025-06-03",
        DateFinder.parseDate("Tue, 3 Jun 2025 10:00:00 GMT").orElseThrow().toString());
    assertEquals(
        "2025-07-03", DateFinder.parseDate("2025-07-03T10:00:00+04:00").orElseThrow().toString());
    assertEquals("2025-07", DateFinder.parseDate("2025-07").orElseThrow().toString());
    assertTrue(DateFinder.parseDate("yesterday").isEmpty());
  }
}
