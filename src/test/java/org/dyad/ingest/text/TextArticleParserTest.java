package org.dyad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.ingest.ArticleDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden-file tests: each fixture page has an expected.json with its metadata and kept lines. */
class TextArticleParserTest {

  private static final Path FIXTURES = Path.of("src/test/resources/ingest/text");

  static Stream<Path> fixtures() throws Exception {
    return Files.list(FIXTURES).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void matchesItsGoldenFile(Path page) throws Exception {
    JsonNode want =
        new ObjectMapper()
            .readTree(Path.of(page.toString().replace(".txt", ".expected.json")).toFile());
    ArticleDraft d =
        new TextArticleParser().parse(page.getFileName().toString(), Files.readString(page));
    assertEquals(text(want, "title"), d.title(), "title");
    assertEquals(text(want, "outlet"), d.outlet(), "outlet");
    assertEquals(text(want, "author"), d.author(), "author");
    assertEquals(text(want, "published"), d.published() == null ? null : d.published().toString());
    assertEquals(want.path("published_inferred").asBoolean(false), d.publishedInferred());
    List<String> lines = List.of(d.text().split("\n"));
    for (JsonNode removed : want.path("removed")) {
      assertFalse(lines.contains(removed.asText()), "furniture kept: " + removed.asText());
    }
    for (JsonNode kept : want.path("kept")) {
      assertEquals(true, lines.contains(kept.asText()), "body line lost: " + kept.asText());
    }
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).isNull() || n.path(field).isMissingNode() ? null : n.path(field).asText();
  }
}
