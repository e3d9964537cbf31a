package org.dyad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusLinesTest {

  private static String page(String headline, String body) {
    return headline
        + "\nQuay Post morning briefing\n"
        + body
        + " The operator gave no further details on the timetable.\nShare this story";
  }

  @Test
  void linesTwoPagesOfASiteRepeatAreFoundForThatSiteOnly() {
    CorpusLines c =
        CorpusLines.of(
            List.of(
                new CorpusLines.Page(
                    "https://quaypost.example.net/a", page("Ferries return", "Crews came back.")),
                new CorpusLines.Page(
                    "https://www.quaypost.example.net/b", page("Cranes fixed", "Work ended.")),
                new CorpusLines.Page(
                    "https://other.example.org/c", page("Storm passes", "Rain stopped."))));
    Set<String> repeated = c.repeatedFor("https://quaypost.example.net/z");
    assertTrue(repeated.contains(FurnitureFilter.lineKey("Quay Post morning briefing")));
    assertTrue(repeated.contains(FurnitureFilter.lineKey("Share this story")));
    assertEquals(2, repeated.size(), repeated.toString());
    assertEquals(Set.of(), c.repeatedFor("https://other.example.org/d"));
  }

  @Test
  void pagesWithoutAnAddressNeedThreeAndACopyCountsOnce() {
    String a = page("Ferries return", "Crews came back.");
    CorpusLines copies =
        CorpusLines.of(
            List.of(
                new CorpusLines.Page(null, a),
                new CorpusLines.Page(null, a),
                new CorpusLines.Page(null, a),
                new CorpusLines.Page(null, page("Cranes fixed", "Work ended."))));
    assertEquals(Set.of(), copies.repeatedFor(null));
    CorpusLines three =
        CorpusLines.of(
            List.of(
                new CorpusLines.Page(null, a),
                new CorpusLines.Page(null, page("Cranes fixed", "Work ended.")),
                new CorpusLines.Page(null, page("Storm passes", "Rain stopped."))));
    assertEquals(2, three.repeatedFor(null).size());
  }
}
