package org.dyad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureFilterTest {

  private static final String PARAGRAPH =
      "The two foreign ministers met in Geneva on Monday and agreed to keep talking about the"
          + " disputed border crossings.";
  private final FurnitureFilter filter = FurnitureFilter.standard();

  private String reason(String line) {
    List<RemovedLine> r = filter.furniture(List.of(PARAGRAPH, line, PARAGRAPH));
    return r.isEmpty() ? null : r.get(0).reason();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- Advertisement -",
        "ADVERTISEMENT",
        "spot_imgspot_img",
        "Must read",
        "More articles",
        "Latest articles",
        "Related",
        "Read more »",
        "Read also: Envoys meet again in Vienna",
        "Share",
        "Follow us on Telegram",
        "Comments",
        "Tags: Georgia, Armenia",
        "Trending",
        "Popular",
        "© 2025 Example Media. All rights reserved.",
        "We use cookies to improve your experience. Accept",
        "−",
        "•",
        "18419",
        "23.07.2025 10:29",
        "2025-07-23 10:29",
        "03 July 18419 10 minutes",
        "5 min read",
        "1,234 views",
        "Sign up for our daily newsletter",
        "Get the day's top stories straight to your inbox."
      })
  void removesFurniture(String line) {
    assertTrue(reason(line) != null, line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "August 2, 2025 — Baku",
        "A difficult neighbourhood",
        "In conclusion:",
        "Residents were urged to sign up for evacuation buses before the storm arrived.",
        "Share prices in Baku fell sharply after the announcement.",
        "The ministry said the newsletter had misquoted its spokesman.",
        "Review"
      })
  void keepsBodyLines(String line) {
    assertEquals(null, reason(line), line);
  }

  @Test
  void removesASectionLabelOnlyInTheHeaderZone() {
    List<String> page = List.of("Opinion", "Why the Talks Failed Again", PARAGRAPH, "Opinion");
    List<RemovedLine> removed = filter.furniture(page);
    assertEquals(1, removed.size());
    assertEquals(1, removed.get(0).lineNumber());
    assertEquals("section label", removed.get(0).reason());
  }

  @Test
  void keepsAOneWordTitleThatIsTheOnlyHeadline() {
    assertTrue(filter.furniture(List.of("Brinkmanship", PARAGRAPH)).isEmpty());
  }

  @Test
  void removesTheHeadingOfANewsletterBox() {
    List<RemovedLine> removed =
        filter.furniture(
            List.of(
                PARAGRAPH,
                "Stay Ahead with Example.org",
                "",
                "Exclusive analysis every morning — straight to your inbox.",
                PARAGRAPH));
    assertEquals(List.of(2, 4), removed.stream().map(RemovedLine::lineNumber).toList());
  }

  @Test
  void removesTeaserHeadlinesAfterAClosingNavigationLabel() {
    List<RemovedLine> removed =
        filter.furniture(
            List.of(
                PARAGRAPH, "More articles", "Envoys meet in Vienna", "Border reopens for trucks"));
    assertEquals(List.of(2, 3, 4), removed.stream().map(RemovedLine::lineNumber).toList());
  }

  @Test
  void extraVocabulariesExtendTheBuiltInOnes(@TempDir Path dir) throws IOException {
    Path extra = dir.resolve("extra.txt");
    Files.writeString(extra, "# house style\n[navigation]\nlisten to the podcast\n");
    FurnitureFilter f = FurnitureFilter.withExtra(extra);
    assertEquals(
        "navigation label",
        f.furniture(List.of(PARAGRAPH, "Listen to the podcast")).get(0).reason());
    Files.writeString(extra, "[nonsense]\nfoo\n");
    IOException e = assertThrows(IOException.class, () -> FurnitureFilter.withExtra(extra));
    assertTrue(e.getMessage().contains("extra.txt line 1"), e.getMessage());
  }
}
