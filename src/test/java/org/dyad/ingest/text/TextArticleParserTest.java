package org.dyad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.ingest.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: each fixture page has an expected.json with its metadata, the line numbers of
 * its furniture and some body lines that must survive.
 */
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
    TextArticleParser.ParsedPage parsed =
        new TextArticleParser().parsePage(page.getFileName().toString(), Files.readString(page));
    ArticleDraft d = parsed.draft();
    assertEquals(text(want, "title"), d.title(), "title");
    assertEquals(text(want, "outlet"), d.outlet(), "outlet");
    assertEquals(text(want, "author"), d.author(), "author");
    assertEquals(
        text(want, "published"),
        d.published() == null ? null : d.published().toString(),
        "published");
    assertEquals(want.path("published_inferred").asBoolean(false), d.publishedInferred());
    List<Integer> wantRemoved = new ArrayList<>();
    want.path("removed_lines").forEach(n -> wantRemoved.add(n.asInt()));
    assertEquals(
        wantRemoved,
        parsed.removed().stream().map(RemovedLine::lineNumber).toList(),
        "removed lines " + parsed.removed());
    List<String> lines = List.of(d.text().split("\n"));
    for (RemovedLine r : parsed.removed()) {
      assertFalse(lines.contains(r.text().strip()), "furniture kept: " + r.text());
    }
    for (JsonNode kept : want.path("kept")) {
      assertTrue(
          lines.contains(kept.asText()), "body line lost: " + kept.asText() + " in " + lines);
    }
  }

  @Test
  void keepsCharactersButNormalisesLineEndingsAndSpaces() {
    ArticleDraft d =
        new TextArticleParser()
            .parse(
                "p.txt",
                "\ufeffTalks in  Astana\u00a0Resume\r\n\r\n  Kazakh\tand Kyrgyz envoys met on"
                    + " Monday \u2014 \u201cat last\u201d.\rNothing else was agreed.\r\n");
    assertEquals(
        "Talks in Astana Resume\nKazakh and Kyrgyz envoys met on Monday \u2014 \u201cat last\u201d."
            + "\nNothing else was agreed.",
        d.text());
    assertEquals("Talks in Astana Resume", d.title());
  }

  @Test
  void aLedeIsNotATitle() {
    ArticleDraft d =
        new TextArticleParser()
            .parse("p.txt", "Ministers met in Riga on Monday.\nThey agreed on nothing new.");
    assertNull(d.title());
    assertNull(d.published());
  }

  @Test
  void readsAuthorAndOutletFromAColumnIntroduction() {
    ArticleDraft d =
        new TextArticleParser()
            .parse(
                "p.txt",
                "Relations have cooled again, Maria Lopez, a historian at the national university,"
                    + " writes in the Andes Weekly.\nThe quarrel began over fishing rights.");
    assertEquals("Maria Lopez", d.author());
    assertEquals("Andes Weekly", d.outlet());
  }

  @Test
  void bylinesNeedAName() {
    ArticleDraft d =
        new TextArticleParser()
            .parse("p.txt", "Headline About Talks\nBy Monday, officials had left the city.");
    assertNull(d.author());
  }

  @Test
  void rejectsMissingArguments() {
    TextArticleParser p = new TextArticleParser();
    assertThrows(IllegalArgumentException.class, () -> p.parse(" ", "text"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("p.txt", null));
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).isNull() || n.path(field).isMissingNode() ? null : n.path(field).asText();
  }
}
