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

  private static final String OTHER_PARAGRAPH =
      "Officials on both sides said the next round would take place in the spring once the"
          + " technical groups had finished their work.";

  private String reason(String line) {
    List<RemovedLine> r = filter.furniture(List.of(PARAGRAPH, line, OTHER_PARAGRAPH));
    return r.stream()
        .filter(x -> x.lineNumber() == 2)
        .map(RemovedLine::reason)
        .findFirst()
        .orElse(null);
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
        "Get the day's top stories straight to your inbox.",
        "Ferry passengers wait on the pier in the rain, March 3, 2025. (Photo by Jane Roe/Quaywire)",
        "A crane lifts a container at the eastern terminal. EPA",
        "Dock workers unload crates on Tuesday. Photo: Courtesy of the port authority",
        "This photo taken on March 3, 2025 shows the damaged pier.",
        "A screenshot of a video released by the coast guard",
        "The harbour at dusk, March 3, 2025. (Xinhua)",
        "(Video: Jane Roe)",
        "Image: Handout via Reuters",
        "Latest update January 4th, 2025 6:10 AM",
        "3 March 2025 05:18 (UTC+04:00)",
        "Xinhua) 09:22, March 03, 2025",
        "24 June 2025 - 11:41 By Jane Roe and John Doe",
        "By Jane Roe | The Quay Post",
        "- By Jane Roe",
        "Boats, Harbour, Weather",
        "Ferries are back #harbour #island #travel #sea",
        "— Quay Post (@QuayPost) March 3, 2025",
        "Home / News / Ferries return to the island",
        "A- A A+",
        "Font size",
        "4194**4354",
        "This is an AI-generated summary, which may contain errors."
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
        "Review",
        "By Friday, the ferries were running again.",
        "The ministry released a photo of the damaged pier on Monday.",
        "A photo of the minister on the pier circulated online and was later deleted.",
        "The talks ended without agreement, officials said. (Reuters)",
        "The rescue took six hours, the coast guard said (file footage was aired later).",
        "He described the scene in a statement (warning: the video shows injured people)",
        "PORT TOWN, ISLAND –",
        "Ferries resumed",
        "Storm Warnings Lifted",
        "Boats and harbours, weather permitting"
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
  void removesKickersAndCreditsAroundTheHeadlineButNotTheHeadline() {
    List<RemovedLine> removed =
        filter.furniture(
            List.of(
                "Island Affairs",
                "Ferries return to the island after a week of storms",
                "Jane Roe",
                "• English",
                "PORT NEWS",
                PARAGRAPH,
                "Jane Roe"));
    assertEquals(
        List.of(1, 3, 4, 5), removed.stream().map(RemovedLine::lineNumber).toList(), "" + removed);
  }

  @Test
  void captionsAreFoundByTheirCreditLineAndAltTextByTheCaptionBelowIt() {
    List<RemovedLine> removed =
        filter.furniture(
            List.of(
                "Subscribe",
                "Jane Roe smiles while shaking hands with John Doe on the pier.",
                "Harbour minister Jane Roe and mayor John Doe open the new pier, March 3, 2025."
                    + " (Photo by Sam Poe/Quaywire)",
                PARAGRAPH,
                "The moment the crane fell into the water",
                "(Video: Sam Poe)",
                OTHER_PARAGRAPH));
    assertEquals(
        List.of(1, 2, 3, 5, 6),
        removed.stream().map(RemovedLine::lineNumber).toList(),
        "" + removed);
  }

  @Test
  void aBodyParagraphAboveAGraphicLinkOrATitleAboveACreditIsKept() {
    List<RemovedLine> removed =
        filter.furniture(
            List.of(
                "Ferries Return To The Island",
                "(Photo: Quaywire)",
                PARAGRAPH,
                "Freight volumes fell by a tenth in the first quarter.",
                "(Graphic: freight volumes since 2020)",
                OTHER_PARAGRAPH));
    assertEquals(
        List.of(2, 5), removed.stream().map(RemovedLine::lineNumber).toList(), "" + removed);
  }

  @Test
  void laterCopiesOfALineAndLinesTheCorpusRepeatsGo() {
    List<RemovedLine> removed =
        filter.furniture(
            List.of(PARAGRAPH, "Quay Post morning briefing", OTHER_PARAGRAPH, PARAGRAPH),
            java.util.Set.of(FurnitureFilter.lineKey("Quay Post morning briefing")));
    assertEquals(
        List.of("repeated across the corpus", "repeated line"),
        removed.stream().map(RemovedLine::reason).toList());
    assertTrue(
        filter
            .furniture(
                List.of(PARAGRAPH, OTHER_PARAGRAPH),
                java.util.Set.of(FurnitureFilter.lineKey(OTHER_PARAGRAPH)))
            .isEmpty(),
        "a sentence the corpus repeats is kept");
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
                OTHER_PARAGRAPH));
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
