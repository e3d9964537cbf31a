package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private static final Path GOLDEN = Path.of("src/test/resources/report/expected-report.html");

  private static Document render(CorpusAnalysis corpus) {
    return Jsoup.parse(HtmlReport.render(corpus));
  }

  @Test
  void articleStringsAreEscapedEverywhere() {
    Document doc = render(ReportFixtures.withFacts());
    Elements scripts = doc.select("script");
    assertEquals(1, scripts.size(), "only the report's own filter script");
    assertFalse(scripts.first().data().contains("alert"));
    assertTrue(
        doc.select("section h2 *, #article-table a *, img").isEmpty(),
        "markup in a title became an element");
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().startsWith("on"), "injected attribute " + a + " on " + e.tagName());
      }
    }
    assertTrue(doc.text().contains("<script>alert(1)</script>"));
    assertTrue(doc.text().contains("\"not acceptable\" & 'final'"));
    assertEquals(ReportFixtures.TITLE_1, doc.select("#a1 h2").text().substring(4));
  }

  @Test
  void reportedSpeechIsNotShownInQuotationMarks() {
    CorpusAnalysis facts = ReportFixtures.withFacts();
    Quote direct = facts.quotes().get(0);
    Quote reported =
        new Quote(
            direct.articleId(),
            direct.span(),
            "talks are over",
            direct.speaker(),
            direct.speakerSpan(),
            "said",
            null,
            false,
            direct.provenance());
    Document doc =
        render(
            new CorpusAnalysis(facts.articles(), facts.events(), List.of(reported), facts.pairs()));
    String said = doc.select("#quotes ~ ul li li").text();
    assertTrue(said.contains("talks are over"), said);
    assertFalse(said.contains("\u201ctalks are over\u201d"), said);
    assertTrue(
        render(facts).select("#quotes ~ ul li li").text().contains("\u201cnot acceptable\u201d"));
  }

  @Test
  void onlyWebUrlsBecomeLinks() {
    Document doc = render(ReportFixtures.withFacts());
    assertTrue(doc.select("a[href^=javascript]").isEmpty());
    assertEquals(1, doc.select("#a1 a[href=https://example.org/news/1?a=1&b=2]").size());
    assertTrue(doc.select("#a2 .meta").text().contains("https://news.example/borduria?x=<y>"));
  }

  @Test
  void headerSummarisesTheCorpus() {
    String text = render(ReportFixtures.articlesOnly()).select("main > p").text();
    assertTrue(text.contains("3 articles, published 2025-06-27 to 2025-07"), text);
    assertTrue(text.contains("Outlets: Example Times"), text);
    assertTrue(text.contains("RUR (3), BOR (2)"), text);
  }

  @Test
  void articlesTableLinksEachArticleAndMarksInferredDates() {
    Document doc = render(ReportFixtures.articlesOnly());
    Elements rows = doc.select("#article-table tr.row");
    assertEquals(3, rows.size());
    for (int i = 0; i < 3; i++) {
      String aid = "a" + (i + 1);
      Element row = rows.get(i);
      assertNotNull(row.selectFirst("a[href=#" + aid + "]"), aid);
      assertNotNull(doc.getElementById(aid), aid);
      assertEquals("\u2014", row.child(4).text(), "perspective placeholder");
    }
    Element badge = rows.get(1).selectFirst("span.badge");
    assertEquals("inferred", badge.text());
    assertFalse(badge.attr("title").isBlank());
    assertTrue(rows.get(0).select("span.badge").isEmpty());
    assertEquals("undated", rows.get(2).child(0).text());
    assertTrue(rows.get(1).child(1).text().startsWith("Borduria closed its border"));
    assertEquals(ReportFixtures.TEXT_3, rows.get(2).child(1).selectFirst("a").text());
    assertEquals("location 1, country 2", rows.get(1).child(5).text());
  }

  @Test
  void aCorpusWithTwoPairsHasASelectorAndEachPairsSections() {
    CorpusAnalysis base = ReportFixtures.withDivergence();
    CorpusAnalysis two =
        new CorpusAnalysis(
            base.articles(),
            base.events(),
            base.quotes(),
            List.of(
                base.pairs().get(0),
                new org.dyad.model.PairAnalysis(
                    List.of("BOR", "SYL"),
                    java.util.Map.of(
                        "id-1",
                        new org.dyad.model.Perspective(
                            "id-1", "neutral", List.of("BOR", "SYL"), 0, List.of(), List.of())),
                    List.of(),
                    List.of())));
    Document doc = render(two);
    assertEquals(
        List.of("BOR-RUR", "BOR-SYL"), doc.select("#pair-select option").eachAttr("value"));
    assertEquals(List.of("BOR-RUR", "BOR-SYL"), doc.select("section.pair").eachAttr("data-pair"));
    assertFalse(doc.select("section.pair[data-pair=BOR-RUR] .column").isEmpty());
    assertEquals(
        "RUR (BOR-RUR) neutral (BOR-SYL)",
        doc.select("#article-table tr.row").get(0).child(4).text());
    assertTrue(doc.html().contains("pair-select"), "the selector's script is there");
  }

  @Test
  void perspectivesFillTheTableWhenKnown() {
    Elements rows = render(ReportFixtures.withFacts()).select("#article-table tr.row");
    assertEquals("RUR", rows.get(0).child(4).text());
    assertEquals("\u2014", rows.get(1).child(4).text());
  }

  @Test
  void everyHighlightHasAnIdAndCoversExactlyItsSpan() {
    CorpusAnalysis corpus = ReportFixtures.withFacts();
    Document doc = render(corpus);
    for (int i = 0; i < corpus.articles().size(); i++) {
      AnnotatedArticle an = corpus.articles().get(i);
      String aid = "a" + (i + 1);
      String text = an.article().text();
      for (int k = 0; k < an.entities().size(); k++) {
        EntityMention e = an.entities().get(k);
        String id = HtmlReport.entityAnchor(aid, k);
        Element first = doc.getElementById(id);
        assertNotNull(first, id);
        assertEquals("ent-" + e.type().name(), first.className());
        assertTrue(first.attr("title").startsWith(e.type().name()), first.attr("title"));
        if (e.normalized() != null) {
          assertTrue(first.attr("title").endsWith(e.normalized()), first.attr("title"));
        }
        assertEquals(e.span().of(text).replace("\n", ""), markText(doc, id), id);
      }
      for (int k = 0; k < an.timexes().size(); k++) {
        TimeExpression t = an.timexes().get(k);
        String id = HtmlReport.timexAnchor(aid, k);
        Element first = doc.getElementById(id);
        assertNotNull(first, id);
        assertEquals(t.value() == null ? "DATE" : "DATE: " + t.value(), first.attr("title"));
        assertEquals(t.span().of(text), markText(doc, id), id);
      }
    }
    Span quote = corpus.quotes().get(0).span();
    assertEquals(quote.of(ReportFixtures.TEXT_1), markText(doc, HtmlReport.anchor("a1", quote)));
  }

  @Test
  void overlappingHighlightsKeepParagraphsAndText() {
    CorpusAnalysis corpus = ReportFixtures.withFacts();
    Document doc = render(corpus);
    for (int i = 0; i < corpus.articles().size(); i++) {
      String text = corpus.articles().get(i).article().text();
      Element body = doc.selectFirst("#a" + (i + 1) + " .article-text");
      Elements paragraphs = body.children();
      List<String> expected = List.of(text.split("\n+"));
      assertEquals(expected.size(), paragraphs.size());
      for (int p = 0; p < expected.size(); p++) {
        assertEquals("p", paragraphs.get(p).tagName());
        assertEquals(expected.get(p), paragraphs.get(p).wholeText());
      }
      for (Element span : body.select("span")) {
        assertNotNull(span.closest("p"), "highlight outside a paragraph");
      }
    }
    // "envoy in Strelsau" partly overlaps "Borduria's envoy": the shared word sits in both
    Element envoy =
        doc.select("#a1 span.ent-MISC").stream()
            .filter(e -> e.text().equals("envoy"))
            .findFirst()
            .orElseThrow();
    assertEquals("ent-PERSON", envoy.parent().className());
  }

  @Test
  void eventMentionsAreLinkedFromTheTimeline() {
    Document doc = render(ReportFixtures.withFacts());
    String id = HtmlReport.anchor("a1", new Span(0, ReportFixtures.TEXT_1.indexOf('\n')));
    assertNotNull(doc.getElementById(id));
    assertFalse(doc.select("#timeline table a[href=#" + id + "]").isEmpty());
    assertTrue(doc.select("#timeline table").text().contains("Ruritania offered to meet Borduria"));
    assertTrue(doc.select("#e1 .cameo").attr("title").startsWith("036: Express intent to meet"));
  }

  @Test
  void eachSidesVersionStandsInItsOwnColumnLinkedToItsExactSpan() {
    CorpusAnalysis corpus = ReportFixtures.withDivergence();
    Document doc = render(corpus);
    Elements sides = doc.select("#divergences .columns .column");
    assertEquals(3, sides.size(), doc.select(".columns").outerHtml());
    assertEquals(List.of("BOR", "RUR", "others"), sides.eachAttr("data-side"));
    assertTrue(sides.get(0).text().startsWith("BOR side"), sides.get(0).text());
    assertTrue(sides.get(1).text().startsWith("RUR side"), sides.get(1).text());
    assertTrue(
        sides.get(1).text().contains("Example Times \u00b7 2025-06-27"), sides.get(1).text());
    assertEquals(
        "https://example.org/news/1?a=1&b=2",
        sides.get(1).selectFirst("a:contains(original)").attr("href"));
    assertTrue(
        doc.select("#divergences .conflict").text().contains("The intent differs: deliberate"),
        doc.select("#divergences").text());
    for (var claim : corpus.divergences().get(0).versions()) {
      int index = claim.articleId().equals("id-1") ? 0 : 1;
      String aid = "a" + (index + 1);
      String id = HtmlReport.anchor(aid, claim.span());
      assertEquals(1, doc.select(".columns a[href=#" + id + "]").size(), id);
      assertNotNull(doc.getElementById(id), "the link has a target: " + id);
      String text = corpus.articles().get(index).article().text();
      assertEquals(claim.span().of(text).replace("\n", ""), markText(doc, id));
    }
    assertTrue(doc.select(".columns script").isEmpty(), "claim text is escaped");
    assertTrue(doc.select(".columns").text().contains("<script>alert(1)</script>"));
  }

  @Test
  void anchorsFollowTheDocumentedShape() {
    assertEquals("a3-1200-1260", HtmlReport.anchor("a3", new Span(1200, 1260)));
    assertEquals("a3-e12", HtmlReport.entityAnchor("a3", 12));
    assertEquals("a3-t4", HtmlReport.timexAnchor("a3", 4));
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.anchor("a1", null));
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.render(null));
  }

  @Test
  void isSelfContained() {
    Document doc = render(ReportFixtures.withFacts());
    assertTrue(doc.select("link, script[src], img, iframe").isEmpty());
    assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
  }

  @Test
  void carriesAContentSecurityPolicyThatRunsOnlyItsOwnScript() throws Exception {
    Document doc = render(ReportFixtures.withFacts());
    Element meta = doc.selectFirst("head meta[http-equiv=Content-Security-Policy]");
    assertNotNull(meta, "the report sets its own policy, wherever it is opened from");
    String policy = meta.attr("content");
    assertTrue(policy.contains("default-src 'none'"), policy);
    assertTrue(policy.contains("object-src 'none'") || policy.contains("default-src 'none'"));
    assertTrue(policy.contains("base-uri 'none'"), policy);
    String script = doc.selectFirst("script").data();
    String hash =
        java.util.Base64.getEncoder()
            .encodeToString(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
    assertTrue(policy.contains("script-src 'sha256-" + hash + "'"), policy);
    assertFalse(policy.matches(".*script-src[^;]*'unsafe-inline'.*"), policy);
    assertTrue(
        doc.head().child(0).is("meta[charset]") && doc.head().child(1) == meta,
        "the policy comes right after the charset, before anything it governs");
  }

  @Test
  void writeIsAtomicAndEqualsRender(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Files.writeString(out, "old");
    HtmlReport.write(ReportFixtures.withFacts(), out);
    assertEquals(
        HtmlReport.render(ReportFixtures.withFacts()),
        Files.readString(out, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    String actual = HtmlReport.render(ReportFixtures.withFacts());
    if (Boolean.getBoolean("dyad.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(GOLDEN)) {
      fail(GOLDEN + " is missing; run the test with -Ddyad.updateGolden=true to create it");
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        actual,
        "the report changed; if intended, rerun with -Ddyad.updateGolden=true and review the diff");
  }

  /** The text of a highlight: its first piece (with the id) and its continuations, in order. */
  static String markText(Document doc, String id) {
    StringBuilder s = new StringBuilder();
    for (Element e : doc.select("[id=" + id + "], [data-cont=" + id + "]")) {
      s.append(e.wholeText());
    }
    return s.toString();
  }
}
