package org.dyad.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.Test;

class ContentDatesTest {

  @Test
  void theLatestCaptionDateIsAnInferredPublicationDate() {
    List<String> lines =
        List.of(
            "Ministers trade barbs over the river dam",
            "The minister waves at reporters in Lisbon on March 3, 2022. (Photo: Agency)",
            "The two ministers spoke on Friday about the dam.",
            "Crowds gather near the border post on March 5, 2022. (Photo: Agency)");
    DateFinder.Found f = ContentDates.infer(lines, Set.of(1, 3), 2026).orElseThrow();
    assertEquals(PartialDate.parse("2022-03-05"), f.date());
    assertTrue(f.inferred());
    assertEquals(3, f.lineIndex());
  }

  @Test
  void aLedeWeekdayDateTakesTheLatestYearThatPutsItOnThatWeekday() {
    List<String> lines =
        List.of(
            "Navy chief wants the seized radios back",
            "HARBOUR TOWN – The navy chief said on Wednesday, June 19, that the radios must be returned.");
    assertEquals(
        Optional.of(PartialDate.parse("2024-06-19")),
        ContentDates.infer(lines, Set.of(), 2026).map(DateFinder.Found::date));
    assertEquals(
        Optional.of(PartialDate.parse("2025-08-11")),
        ContentDates.weekdayDate("It happened on Monday, 11 August, near the shoal.", 2026));
  }

  @Test
  void noDateWhenTheTextNamesAYearOrNoWeekday() {
    assertEquals(
        Optional.empty(),
        ContentDates.infer(
            List.of("The minister said on Wednesday, June 19, that talks resume in 2027."),
            Set.of(),
            2026));
    assertEquals(
        Optional.empty(),
        ContentDates.infer(
            List.of("The minister said on June 19 that talks resume."), Set.of(), 2026));
    assertEquals(
        Optional.empty(), ContentDates.weekdayDate("On Wednesday, June 19, 2024 it rained.", 2026));
  }
}
