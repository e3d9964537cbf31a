package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static final String EVIL =
      "Seoul <script>alert(1)</script> said \"no\" & 'never' on May 1, 2025.\nTokyo replied.";

  private static Span span(String part) {
    int i = EVIL.indexOf(part);
    return new Span(i, i + part.length());
  }

  static CorpusAnalysis corpus() {
    Article a =
        new Article(
            "id1",
            "evil.txt",
            null,
            "<img src=x onerror=alert(1)>\" title",
            null,
            null,
            PartialDate.parse("2025-05-02"),
            true,
            "en",
            EVIL);
    Article b =
        new Article(
            "id2",
            "plain.txt",
            null,
            null,
            "Outlet",
            null,
            null,
            false,
            "en",
            "Tokyo said nothing.");
    AnnotatedArticle aa =
        new AnnotatedArticle(
            a,
            List.of(),
            List.of(
                new EntityMention(new Span(0, 5), "Seoul", EntityType.COUNTRY, "KOR"),
                new EntityMention(span("Tokyo"), "Tokyo", EntityType.COUNTRY, "JPN")),
            List.of(new TimeExpression(span("May 1, 2025"), "May 1, 2025", "DATE", "2025-05-01")),
            List.of());
    AnnotatedArticle bb = new AnnotatedArticle(b, List.of(), List.of(), List.of(), List.of());
    Provenance p = new Provenance("test", "1");
    EventMention m =
        new EventMention(
            "id1",
            "111",
            new ActorMention(new Actor("Seoul", "KOR", "GOV"), new Span(0, 5)),
            new ActorMention(new Actor("Japan", "JPN", null), span("Tokyo")),
            PartialDate.parse("2025-05-01"),
            span("May 1, 2025"),
            "May 1, 2025",
            Modality.ASSERTED,
            null,
            new Span(0, EVIL.indexOf('\n')),
            span("said"),
            p);
    Event e =
        new Event(
            "e1",
            "111",
            -2.0,
            m.source().actor(),
            m.target().actor(),
            m.date(),
            "Seoul criticised Japan",
            List.of(m));
    Quote q =
        new Quote(
            "id1",
            span("no"),
            "no",
            new Actor("Seoul", "KOR", "GOV"),
            new Span(0, 5),
            "said",
            null,
            true,
            p);
    return new CorpusAnalysis(List.of(aa, bb), List.of(e), List.of(q));
  }

  @Test
  void exportFollowsTheFormatAndItsOffsetsPointAtTheText(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("x.json");
    JsonExporter.write(corpus(), out);
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertEquals(1, json.get("dyad_export").asInt());
    JsonNode a1 = json.get("articles").get(0);
    assertEquals("a1", a1.get("id").asText());
    assertEquals("2025-05-02", a1.get("published").asText());
    assertTrue(a1.get("published_inferred").asBoolean());
    assertTrue(json.get("articles").get(1).get("published").isNull());
    for (JsonNode e : a1.get("entities")) {
      assertEquals(
          e.get("text").asText(), EVIL.substring(e.get("start").asInt(), e.get("end").asInt()));
    }
    JsonNode ev = json.get("events").get(0);
    assertEquals("2025-05-01", ev.get("date").asText());
    assertEquals("KOR", ev.get("source").get("country").asText());
    JsonNode mention = ev.get("mentions").get(0);
    assertEquals(
        mention.get("text").asText(),
        EVIL.substring(mention.get("start").asInt(), mention.get("end").asInt()));
    assertEquals("asserted", mention.get("modality").asText());
    assertEquals("Seoul", json.get("quotes").get(0).get("speaker").asText());
    assertTrue(json.get("divergences").isArray());
  }

  @Test
  void reportEscapesArticleTextAndLinksFactsToSpans() {
    Document doc = Jsoup.parse(HtmlReport.render(corpus()));
    assertTrue(
        doc.select("script").stream().noneMatch(s -> s.data().contains("alert")),
        "article text became a script element");
    assertTrue(doc.select("img").isEmpty(), "a title became an element");
    assertTrue(doc.text().contains("<script>alert(1)</script>"));
    Span sentence = new Span(0, EVIL.indexOf('\n'));
    Element target = doc.getElementById(HtmlReport.anchor("a1", sentence));
    assertNotNull(target, "event mention anchor");
    assertFalse(
        doc.select("a[href=#" + HtmlReport.anchor("a1", sentence) + "]").isEmpty(),
        "timeline links to the mention");
    assertNotNull(doc.getElementById("a2"));
    assertTrue(doc.select("span.badge").text().contains("inferred"));
  }

  @Test
  void writesAtomically(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.html");
    HtmlReport.write(corpus(), out);
    assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void gdeltRowsHaveTheSixtyOneColumnsOfTheEventTable(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("events.csv");
    GdeltExporter.write(corpus(), out, true);
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    assertEquals(61, lines.get(0).split("\t", -1).length);
    String[] row = lines.get(1).split("\t", -1);
    assertEquals(61, row.length);
    assertEquals("20250501", row[1]);
    assertEquals("KORGOV", row[5]);
    assertEquals("111", row[26]);
    assertEquals("3", row[29]);
  }
}
