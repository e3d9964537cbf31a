package org.dyad.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

  private static String found(String... lines) {
    return DateFinder.find(List.of(lines))
        .map(f -> f.date() + (f.inferred() ? " inferred" : ""))
        .orElse("none");
  }

  @Test
  void readsNumericTimestamps() {
    assertEquals("2025-07-23", found("23.07.2025 10:29", "101", "Headline here"));
    assertEquals("2025-07-23", found("Headline here", "2025-07-23 10:29"));
    assertEquals("2025-07-23", found("Headline here", "2025/07/23"));
  }

  @Test
  void readsDatelines() {
    assertEquals(
        "2025-08-02", found("Headline", "", "August 2, 2025 — Baku", "Body text follows."));
    assertEquals("2024-03-05", found("Headline", "5 March 2024, Islamabad"));
    assertEquals("2025-08-02", found("Headline", "Aug. 2, 2025"));
    assertEquals("2025-08-02", found("Headline", "Saturday, 2nd of August 2025"));
  }

  @Test
  void readsPublishedAndUpdatedLabels() {
    assertEquals("2025-01-14", found("Published: 2025-01-14T08:00:00Z", "Headline"));
    assertEquals("2025-01-14", found("Headline", "Updated 14 January 2025 at 10:29 GMT"));
    assertEquals(
        "2025-01-12",
        found("Headline", "Updated: January 14, 2025", "Published: January 12, 2025"));
  }

  @Test
  void readsALabelledLineOutsideTheHeaderAndADateOnlyFooter() {
    String body = "A long paragraph of body text that goes on for a while and ends here.";
    assertEquals(
        "2024-11-02",
        found("Headline", body, body, body, body, body, body, "Posted on November 2, 2024", body));
    assertEquals("2024-11-02", found("Headline", body, body, body, body, body, body, "02.11.2024"));
  }

  @Test
  void readsAWireDatelineOpeningTheLede() {
    assertEquals(
        "2025-06-03",
        found(
            "Headline", "MOSCOW, June 3, 2025 (Wire) — Russia said on Tuesday it would respond."));
    assertEquals(
        "2025-06-03 inferred",
        found(
            "Headline",
            "ANKARA, June 3 (Wire) - Turkey said on Tuesday it would send envoys.",
            "The previous round took place in April 2025."));
    assertEquals(
        "2025-04-24 inferred",
        withUrl(
            "https://example.org/news/2025/ferry",
            "Headline",
            "PORT TOWN, Apr 24 (Wire): Ferry crews returned to the island route on Thursday."));
  }

  @Test
  void infersTheYearOfAYearlessHeaderDateFromTheContent() {
    assertEquals(
        "2025-07-03 inferred",
        found(
            "Headline",
            "03 July 1841 5 minutes",
            "In May 2025 the ministry acted. On December 25, 2024 a plane crashed."));
    assertEquals(
        "2025-07-03 inferred", found("Headline", "July 3", "The elections of 2025 are near."));
  }

  @Test
  void movesTheInferredYearLaterWhenItWouldPrecedeAReportedEvent() {
    assertEquals(
        "2025-01-10 inferred",
        found("Headline", "10 January", "The talks of December 20, 2024 failed in 2024."));
    assertEquals(
        "2025-03-01 inferred",
        found("Headline", "1 March", "Work began in June 2024 and stalled."));
  }

  @Test
  void aStatedWeekdayPicksBetweenNeighbouringYears() {
    // 3 July 2025 is a Thursday, 3 July 2024 a Wednesday
    assertEquals(
        "2025-07-03 inferred", found("Headline", "Thursday, 3 July", "Talks resumed in 2024."));
    assertEquals("2024-07-03 inferred", found("Headline", "Wed, July 3", "Talks resumed in 2024."));
  }

  @Test
  void neverInventsADate() {
    assertEquals("none", found("Headline", "03 July", "No year is mentioned anywhere."));
    assertEquals(
        "none",
        found(
            "A long opening paragraph says that on December 25, 2024 a plane crashed near Aktau and"
                + " that many people died in the crash."));
    assertEquals("none", found("Headline", "Officials met on July 3, 2025 and talked for hours."));
    assertEquals("none", found());
  }

  @Test
  void aHeadlineThatMentionsADateIsNotADateLine() {
    String body = "The parade went ahead without the guest of honour, officials said on Friday.";
    assertEquals("none", found("May 9 Parade Without the Guest of Honour", body));
    assertEquals("none", found("Remembering the Victims of March 1, 1992", body));
    assertEquals("2025-07-03", found("Headline", "By Jane Smith | July 3, 2025 | 5 min read"));
  }

  @Test
  void prefersTheHeaderOverDatesLaterInThePage() {
    assertEquals(
        "2025-02-01", found("Headline", "1 February 2025", "Body.", "Published: 3 March 2025"));
  }

  @Test
  void reportsTheEvidenceLine() {
    DateFinder.Found f =
        DateFinder.find(List.of("Headline", "", "August 2, 2025 — Baku")).orElseThrow();
    assertEquals(2, f.lineIndex());
    assertEquals("August 2, 2025 — Baku", f.evidence());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tue, 3 Jun 2025 10:00:00 GMT|2025-06-03",
        "Tue, 03 Jun 2025 10:00:00 +0400|2025-06-03",
        "2025-07-03T10:00:00+04:00|2025-07-03",
        "2025-07-03|2025-07-03",
        "03.07.2025|2025-07-03",
        "07/23/2025|2025-07-23",
        "July 3, 2025|2025-07-03",
        "Aug. 2, 2025|2025-08-02",
        "3 July 2025|2025-07-03",
        "July 2025|2025-07",
        "2025-07|2025-07",
        "2025|2025"
      })
  void parsesMetadataDates(String text, String iso) {
    assertEquals(Optional.of(PartialDate.parse(iso)), DateFinder.parseDate(text));
  }

  @Test
  void parseDateRejectsNonDates() {
    assertTrue(DateFinder.parseDate("yesterday").isEmpty());
    assertTrue(DateFinder.parseDate("31.02.2025").isEmpty());
    assertTrue(DateFinder.parseDate(null).isEmpty());
    assertTrue(DateFinder.parseDate(" ").isEmpty());
  }

  private static String withUrl(String url, String... lines) {
    return DateFinder.find(List.of(lines), Set.of(), url)
        .map(f -> f.date() + (f.inferred() ? " inferred" : ""))
        .orElse("none");
  }

  private static final String LEDE =
      "Ferry crews returned to the island route on Monday after a week of storms, the port said.";

  @Test
  void thePageDateWinsOverTheAddressAndTheAddressOverAnUpdate() {
    String url = "https://example.org/news/2025/03/20/ferries-return/";
    assertEquals("2025-03-18", withUrl(url, "Ferries return", "18 March 2025", LEDE));
    assertEquals("2025-03-20", withUrl(url, "Ferries return", LEDE));
    assertEquals("2025-03-20", withUrl(url, "Ferries return", "Updated: 2 April 2025 09:10", LEDE));
    assertEquals(
        "2025-04-02", withUrl("https://example.org/f", "Ferries", "Updated 2 April 2025", LEDE));
  }

  @Test
  void aSiteWideLatestUpdateLineRanksBelowThePageDate() {
    assertEquals(
        "2023-11-07",
        found("Latest update January 4th, 2025 6:10 AM", "Nov 07, 2023 Local", "Ferries", LEDE));
  }

  @Test
  void aYearlessPageDateTakesTheAddressYearAndStaysInferred() {
    assertEquals(
        "2024-06-19 inferred",
        withUrl("https://example.org/page/202406/77.html", "Ferries return", "19 June", LEDE));
    assertEquals(
        "2022-06-19 inferred",
        withUrl("https://example.org/archive/2022/ferries", "Ferries return", "June 19", LEDE));
    assertEquals(
        "2024-07", withUrl("https://example.org/2024/07/ferries", "Ferries", "19 June", LEDE));
  }

  @Test
  void anAddressMonthIsKeptAtMonthPrecisionAndAYearAloneDatesNothing() {
    assertEquals("2024-06", withUrl("https://example.org/page/202406/77.html", "Ferries", LEDE));
    assertEquals("none", withUrl("https://example.org/archive/2022/ferries", "Ferries", LEDE));
  }

  @Test
  void aTimestampWithABylineIsADateLine() {
    assertEquals(
        "2025-06-24",
        found("Ferries return", "24 June 2025 - 11:41 By Jane Roe and John Doe", LEDE));
  }

  @Test
  void ignoredLinesDoNotPushTheDateOutOfTheHeader() {
    List<String> lines = new java.util.ArrayList<>(List.of("Ferries return"));
    for (int i = 0; i < 6; i++) {
      lines.add("A ferry leaves the harbour at dawn, March " + (i + 1) + ", 2025. (Photo: Port)");
    }
    lines.add("12 March 2025");
    lines.add(LEDE);
    lines.add("Passengers queued from early morning for the first crossing of the week.");
    lines.add("The operator said timetables would be back to normal by the weekend.");
    lines.add("Storm damage to the pier at the island end is still being repaired.");
    assertEquals("none", DateFinder.find(lines).map(Object::toString).orElse("none"));
    assertEquals(
        Optional.of(PartialDate.parse("2025-03-12")),
        DateFinder.find(lines, Set.of(1, 2, 3, 4, 5, 6), null).map(DateFinder.Found::date));
  }

  @Test
  void aYearNoDateHasIsNoDate() {
    assertTrue(DateFinder.parseDate("March 0000").isEmpty());
    assertTrue(DateFinder.parseDate("Mon, 03 Jan 0000 10:00:00 GMT").isEmpty());
    assertTrue(DateFinder.parseDate("0000-03").isEmpty());
  }

  @Test
  void rejectsNullLines() {
    assertThrows(IllegalArgumentException.class, () -> DateFinder.find(null));
  }
}
