package org.dyad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.ingest.ArticleDraft;

/** Properties of parsing pages assembled at random from body and furniture lines. */
class TextArticleParserPropertiesTest {

  private static final List<String> LINES =
      List.of(
          "Talks Between the Two Capitals Stall Again",
          "The delegations met for six hours on Tuesday and left without agreeing on a timetable for"
              + " the next round.",
          "A long dispute",
          "Officials on both sides said they remained open to further contacts.",
          "- Advertisement -",
          "Share",
          "More articles",
          "5 min read",
          "12 March",
          "\u2022",
          "Sign up for our newsletter",
          "Opinion",
          "August 2, 2025 \u2014 Vilnius",
          "",
          "   ");

  @Provide
  Arbitrary<List<String>> pages() {
    return Arbitraries.of(LINES).list().ofMinSize(1).ofMaxSize(14);
  }

  @Property(tries = 300)
  void keepsOnlyLinesOfThePageAndNeverThrows(@ForAll("pages") List<String> page) {
    ArticleDraft d = new TextArticleParser().parse("p.txt", String.join("\n", page));
    Set<String> source = page.stream().map(String::strip).collect(Collectors.toSet());
    for (String line : d.text().split("\n")) {
      assertTrue(line.isEmpty() || source.contains(line), "not a line of the page: " + line);
    }
    assertFalse(d.text().contains("Advertisement"), d.text());
  }

  @Property(tries = 300)
  void inventsNoDateWhenThePageHasNoYear(@ForAll("pages") List<String> page) {
    String text = String.join("\n", page);
    ArticleDraft d = new TextArticleParser().parse("p.txt", text);
    if (!text.contains("2025")) {
      assertNull(d.published(), text);
    }
  }
}
