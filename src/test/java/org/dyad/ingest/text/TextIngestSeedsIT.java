package org.dyad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.ArticleDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text ingestion over the shared seed articles, checked against the gold annotation's dates,
 * furniture and body lines; skipped when the shared folder is absent.
 */
class TextIngestSeedsIT {

  private static final String QUOTE_CHARS =
      "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a";

  private static JsonNode gold;
  private static Path seeds;

  @BeforeAll
  static void load() throws Exception {
    Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    Path goldFile = shared.resolve("eval/seeds-gold.json");
    seeds = shared.resolve("seeds");
    assumeTrue(Files.isRegularFile(goldFile) && Files.isDirectory(seeds), "no shared seeds");
    gold = new ObjectMapper().readTree(goldFile.toFile());
  }

  /** The same normalisation as score.py's {@code norm}. */
  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
    t = t.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    for (char c : QUOTE_CHARS.toCharArray()) {
      t = t.replace(c, ' ');
    }
    t = t.replaceAll("[^\\p{L}\\p{N}_\\s]", " ");
    return t.replaceAll("\\s+", " ").strip();
  }

  private static ArticleDraft parse(JsonNode article) throws Exception {
    String file = article.get("file").asText();
    return new TextArticleParser().parse(file, Files.readString(seeds.resolve(file)));
  }

  @Test
  void findsTheGoldPublicationDatesAndInventsNone() throws Exception {
    for (JsonNode a : gold.get("articles")) {
      ArticleDraft d = parse(a);
      String want = a.path("published").isNull() ? null : a.path("published").asText(null);
      String got = d.published() == null ? null : d.published().toString();
      assertEquals(want, got, a.get("file").asText());
      assertEquals(
          a.path("year_inferred").asBoolean(false), d.publishedInferred(), a.get("file").asText());
    }
  }

  @Test
  void findsTheGoldTitles() throws Exception {
    for (JsonNode a : gold.get("articles")) {
      String want = a.path("title").isNull() ? null : a.path("title").asText(null);
      assertEquals(want, parse(a).title(), a.get("file").asText());
    }
  }

  @Test
  void removesTheFurnitureAndKeepsTheBody() throws Exception {
    int furniture = 0;
    int removed = 0;
    int body = 0;
    int kept = 0;
    List<String> problems = new ArrayList<>();
    for (JsonNode a : gold.get("articles")) {
      String text = norm(parse(a).text());
      for (JsonNode l : a.path("boilerplate_lines")) {
        String n = norm(l.asText());
        if (!n.isEmpty()) {
          furniture++;
          if (!text.contains(n)) {
            removed++;
          } else {
            problems.add("furniture kept in " + a.get("file").asText() + ": " + l.asText());
          }
        }
      }
      for (JsonNode l : a.path("body_lines")) {
        String n = norm(l.asText());
        if (!n.isEmpty()) {
          body++;
          if (text.contains(n)) {
            kept++;
          } else {
            problems.add("body lost in " + a.get("file").asText() + ": " + l.asText());
          }
        }
      }
    }
    double furnitureRemoved = removed / (double) Math.max(1, furniture);
    double textKept = kept / (double) Math.max(1, body);
    System.out.printf(
        "seeds: furniture_removed=%.3f (%d/%d) text_kept=%.3f (%d/%d)%n",
        furnitureRemoved, removed, furniture, textKept, kept, body);
    problems.forEach(System.out::println);
    assertTrue(furnitureRemoved >= 0.9, "furniture_removed " + furnitureRemoved + " " + problems);
    assertTrue(textKept >= 0.98, "text_kept " + textKept + " " + problems);
  }
}
