package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.EntityMention;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void articlesCarryTheFormatFieldsInCorpusOrder() throws Exception {
    CorpusAnalysis corpus = ReportFixtures.articlesOnly();
    JsonNode root = JSON.readTree(JsonExporter.toJson(corpus));
    assertEquals(1, root.get("dyad_export").asInt());
    JsonNode articles = root.get("articles");
    assertEquals(3, articles.size());
    for (int i = 0; i < 3; i++) {
      Article a = corpus.articles().get(i).article();
      JsonNode j = articles.get(i);
      assertEquals("a" + (i + 1), j.get("id").asText());
      assertEquals(a.id(), j.get("dyad_id").asText());
      assertEquals(a.source(), j.get("source").asText());
      assertEquals(a.text(), j.get("text").asText());
      assertEquals(a.language(), j.get("language").asText());
      assertEquals(a.publishedInferred(), j.get("published_inferred").asBoolean());
      for (String field :
          List.of("title", "outlet", "syndicated_from", "author", "url", "published")) {
        assertTrue(j.has(field), "nulls are written, not left out: " + field);
      }
      assertTrue(j.get("perspective").isNull());
    }
    JsonNode a1 = articles.get(0);
    assertEquals(ReportFixtures.TITLE_1, a1.get("title").asText());
    assertEquals("Jane O'Neil", a1.get("author").asText());
    assertEquals("https://example.org/news/1?a=1&b=2", a1.get("url").asText());
    assertEquals("2025-06-27", a1.get("published").asText());
    assertEquals("Quaywire", a1.get("syndicated_from").asText());
    assertTrue(articles.get(1).get("syndicated_from").isNull());
    assertEquals("2025-07", articles.get(1).get("published").asText());
    assertTrue(articles.get(1).get("title").isNull());
    assertTrue(articles.get(2).get("published").isNull());
    for (String list : List.of("events", "quotes", "divergences")) {
      assertTrue(root.get(list).isArray() && root.get(list).isEmpty(), list);
    }
  }

  @Test
  void entityAndTimexOffsetsPointAtTheirText() throws Exception {
    CorpusAnalysis corpus = ReportFixtures.articlesOnly();
    JsonNode articles = JSON.readTree(JsonExporter.toJson(corpus)).get("articles");
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle an = corpus.articles().get(i);
      JsonNode j = articles.get(i);
      String text = j.get("text").asText();
      assertEquals(an.entities().size(), j.get("entities").size());
      for (int k = 0; k < an.entities().size(); k++) {
        EntityMention e = an.entities().get(k);
        JsonNode n = j.get("entities").get(k);
        assertEquals(n.get("text").asText(), sub(text, n));
        assertEquals(e.type().name(), n.get("type").asText());
        assertEquals(
            e.normalized(), n.get("normalized").isNull() ? null : n.get("normalized").asText());
      }
      assertEquals(an.timexes().size(), j.get("timexes").size());
      for (int k = 0; k < an.timexes().size(); k++) {
        TimeExpression t = an.timexes().get(k);
        JsonNode n = j.get("timexes").get(k);
        assertEquals(n.get("text").asText(), sub(text, n));
        assertEquals("DATE", n.get("type").asText());
        assertEquals(t.value(), n.get("value").isNull() ? null : n.get("value").asText());
      }
    }
  }

  @Test
  void factsAndPerspectivesAreExportedWithArticleIds() throws Exception {
    JsonNode root = JSON.readTree(JsonExporter.toJson(ReportFixtures.withFacts()));
    assertEquals("RUR", root.get("articles").get(0).get("perspective").asText());
    assertTrue(root.get("articles").get(1).get("perspective").isNull());
    JsonNode mention = root.get("events").get(0).get("mentions").get(0);
    assertEquals("a1", mention.get("article").asText());
    assertEquals(
        mention.get("text").asText(),
        root.get("articles")
            .get(0)
            .get("text")
            .asText()
            .substring(mention.get("start").asInt(), mention.get("end").asInt()));
    JsonNode quote = root.get("quotes").get(0);
    assertEquals("a1", quote.get("article").asText());
    assertEquals("not acceptable", quote.get("text").asText());
  }

  @Test
  void writeProducesPrettyUtf8EqualToToJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("new/sub/export.json");
    CorpusAnalysis corpus = ReportFixtures.withFacts();
    JsonExporter.write(corpus, out);
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(JsonExporter.toJson(corpus), written);
    assertTrue(written.contains("\n  \"articles\""), "pretty printed");
  }

  @Test
  void writeReplacesAnOldFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("export.json");
    Files.writeString(out, "old");
    JsonExporter.write(ReportFixtures.articlesOnly(), out);
    assertEquals(1, JSON.readTree(out.toFile()).get("dyad_export").asInt());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void aFailedWriteNamesTheFileAndKeepsTheOldOne(@TempDir Path dir) throws Exception {
    Path blocker = dir.resolve("not-a-dir");
    Files.writeString(blocker, "x");
    Path out = blocker.resolve("export.json");
    IOException e =
        assertThrows(
            IOException.class, () -> JsonExporter.write(ReportFixtures.articlesOnly(), out));
    assertTrue(e.getMessage().contains("export.json"), e.getMessage());
    assertEquals("x", Files.readString(blocker));
  }

  @Test
  void unpairedSurrogatesDoNotAbortTheExport(@TempDir Path dir) throws Exception {
    Article a =
        new Article("id-x", "x.txt", null, null, null, null, null, false, "en", "ab\uD800cd");
    CorpusAnalysis corpus =
        new CorpusAnalysis(
            List.of(new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of())));
    Path out = dir.resolve("x.json");
    JsonExporter.write(corpus, out);
    String text = JSON.readTree(out.toFile()).get("articles").get(0).get("text").asText();
    assertEquals(5, text.length(), "offsets after the bad character stay valid");
    assertFalse(text.contains("\uD800"));
  }

  @Test
  void everyPairHasItsSectionAndTheTopLevelFieldsAreTheDefaultPairs() throws Exception {
    CorpusAnalysis base = ReportFixtures.withDivergence();
    org.dyad.model.Perspective other =
        new org.dyad.model.Perspective(
            "id-2", "neutral", List.of("BOR", "SYL"), 0, List.of("names neither"), List.of());
    CorpusAnalysis two =
        new CorpusAnalysis(
            base.articles(),
            base.events(),
            base.quotes(),
            List.of(
                base.pairs().get(0),
                new org.dyad.model.PairAnalysis(
                    List.of("BOR", "SYL"), java.util.Map.of("id-2", other), List.of(), List.of())));
    JsonNode json = JSON.readTree(JsonExporter.toJson(two));
    assertEquals("[\"BOR\",\"RUR\"]", json.get("pair").toString());
    JsonNode pairs = json.get("pairs");
    assertEquals(2, pairs.size());
    assertEquals(json.get("divergences"), pairs.get(0).get("divergences"));
    assertEquals("RUR", json.at("/articles/0/perspective").asText());
    assertEquals("RUR", pairs.at("/0/articles/0/perspective").asText());
    assertEquals("[\"BOR\",\"SYL\"]", pairs.get(1).get("pair").toString());
    assertEquals("neutral", pairs.at("/1/articles/1/perspective").asText());
    assertEquals("a2", pairs.at("/1/articles/1/id").asText());
    assertTrue(pairs.at("/1/articles/0/perspective").isNull(), pairs.get(1).toString());
    assertEquals(0, pairs.get(1).get("divergences").size());
    assertEquals(1, pairs.get(0).get("events").asInt());
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> JsonExporter.toJson(null));
  }

  private static String sub(String text, JsonNode span) {
    return text.substring(span.get("start").asInt(), span.get("end").asInt());
  }
}
