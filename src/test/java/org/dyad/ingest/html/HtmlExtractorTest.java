package org.dyad.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static String fixture(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
      if (in == null) {
        throw new IOException("missing test fixture /html/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> paragraphs(String text) {
    return List.of(text.split("\n\n"));
  }

  private static String paragraphs(int n, String topic) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("<p>Paragraph ")
          .append(i)
          .append(" reports that officials in ")
          .append(topic)
          .append(" met on Tuesday to discuss the border, the water and the trade routes.</p>\n");
    }
    return b.toString();
  }

  @Test
  void readsMetaTagsAndKeepsOnlyTheArticleParagraphs() throws IOException {
    HtmlPage page = extractor.extract(fixture("meta-tags.html"), "https://example.org/rivers");
    assertEquals("Rivers agreement signed after long talks", page.title());
    assertEquals("The Valley Courier", page.siteName());
    assertEquals("Lena Marsh", page.author());
    assertEquals("2025-07-03T10:00Z", page.published());
    assertEquals(Optional.of(new PartialDate(2025, 7, 3)), page.publishedDate());
    List<String> paras = paragraphs(page.text());
    assertEquals(4, paras.size(), page.text());
    assertTrue(paras.get(0).startsWith("Delegations from the two upstream states"));
    assertTrue(paras.get(3).startsWith("Officials said the first joint survey"));
    for (String furniture :
        List.of(
            "cookies",
            "Advertisement",
            "Share this",
            "newsletter",
            "Related stories",
            "Drought hits",
            "waiting for this agreement",
            "All rights reserved",
            "Facebook",
            "Business")) {
      assertFalse(page.text().contains(furniture), furniture + " in " + page.text());
    }
  }

  @Test
  void prefersTheJsonLdBodyWhenThePageShowsOnlyATeaser() throws IOException {
    HtmlPage page = extractor.extract(fixture("json-ld.html"), null);
    assertEquals("Port expansion approved by regional council", page.title());
    assertEquals("Harbour Daily", page.siteName());
    assertEquals("Tomas Ek, Ruth Ade", page.author());
    assertEquals("2024-11-05", page.published());
    List<String> paras = paragraphs(page.text());
    assertEquals(4, paras.size(), page.text());
    assertTrue(paras.get(1).startsWith("The plan adds two deep-water berths"));
    assertTrue(paras.get(3).endsWith("if the schedule holds & financing is confirmed."));
    assertFalse(page.text().contains("Subscribe"));
  }

  @Test
  void fallsBackToTitleTagApplicationNameAndBylineMarkup() throws IOException {
    HtmlPage page = extractor.extract(fixture("byline.html"), null);
    assertEquals("Mountain pass reopens to traffic", page.title());
    assertEquals("Alpine Notes", page.siteName());
    assertEquals("Marta Keller", page.author());
    assertEquals("2023-03", page.published());
    assertEquals(Optional.of(PartialDate.ofMonth(2023, 3)), page.publishedDate());
    List<String> paras = paragraphs(page.text());
    assertEquals(3, paras.size(), page.text());
    assertTrue(paras.get(2).startsWith("Hotels in the villages"));
    assertFalse(page.text().contains("Twitter"));
    assertFalse(page.text().contains("Ski lifts"));
  }

  @Test
  void stripsTheSiteNameFromTheTitleTag() {
    String html =
        "<html><head><title>Ceasefire holds for a third day \u2014 Coast Herald</title>"
            + "<meta property='og:site_name' content='Coast Herald'></head><body>"
            + paragraphs(3, "Lima")
            + "</body></html>";
    assertEquals("Ceasefire holds for a third day", extractor.extract(html, null).title());
  }

  @Test
  void decodesEntitiesInTextAndMetadata() throws IOException {
    HtmlPage page = extractor.extract(fixture("entities.html"), null);
    assertEquals("Tom & Jerry's \"talks\"", page.title());
    String text = page.text();
    assertTrue(text.contains("rose by 12 % in a year \u2014 the fastest"), text);
    assertTrue(text.contains("records began & twice"), text);
    assertTrue(text.contains("signs reading <no more cuts> and \"bread first\""), text);
    assertTrue(text.contains("Caf\u00e9 owners"), text);
    assertTrue(text.contains("\u201ca slow strangling\u201d"), text);
    assertFalse(text.contains("&amp;") || text.contains("&nbsp;") || text.contains("\u00a0"));
    assertEquals(4, paragraphs(text).size());
  }

  @Test
  void survivesMalformedHtml() throws IOException {
    HtmlPage page = extractor.extract(fixture("malformed.html"), null);
    assertEquals("Broken page", page.title());
    String text = page.text();
    assertTrue(text.startsWith("The storm knocked out power"), text);
    assertTrue(text.contains("roofs and windows."), text);
    assertFalse(text.contains("not text"), text);
    assertFalse(text.contains("<"), text);
  }

  @Test
  void returnsEmptyTextWhenThePageHasNoArticle() throws IOException {
    HtmlPage page = extractor.extract(fixture("no-text.html"), null);
    assertEquals("", page.text());
    assertEquals("Loading", page.title());
    assertNull(page.author());
    assertNull(page.published());
    assertEquals("", extractor.extract("", null).text());
    assertEquals("", extractor.extract("<html><body><div><script>x()</script>", null).text());
    assertEquals("", extractor.extract("</p></div><br><hr>\u0000<p>\u00a0</p>", null).text());
    assertEquals("<<<>>>", extractor.extract("<<<>>>\u0000</p></div>", null).text());
  }

  @Test
  void rejectsNullHtml() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> extractor.extract(null, null));
    assertTrue(e.getMessage().contains("html"));
  }

  @Test
  void keepsArticlesWrappedOneParagraphPerDivAndSplitAroundAnAd() {
    StringBuilder html = new StringBuilder("<html><body><div class='story'>");
    for (int i = 0; i < 6; i++) {
      html.append("<div class='block'><p>Block ")
          .append(i)
          .append(" says the negotiators in Geneva agreed on a timetable for the next round.</p>")
          .append("</div>");
      if (i == 2) {
        html.append("<div class='ad-unit'><a href='/buy'>Buy now</a></div>");
      }
    }
    html.append("</div><ul class='links'><li><a href='/1'>Other story one</a></li></ul>");
    String text = extractor.extract(html.append("</body></html>").toString(), null).text();
    assertEquals(6, paragraphs(text).size(), text);
    assertFalse(text.contains("Buy now"));
    assertFalse(text.contains("Other story"));
  }

  @Test
  void handlesAFiveMegabytePage() {
    StringBuilder html =
        new StringBuilder("<html><head><title>Big</title></head><body><article>")
            .append(paragraphs(30, "Lagos"));
    html.append("</article><div class='widgets'>");
    int i = 0;
    while (html.length() < 5 * 1024 * 1024) {
      html.append("<div class='w'><a href='/t").append(i++).append("'>trending link</a>");
      html.append("<table><tr><td>cell</td><td>").append(i).append("</td></tr></table></div>");
    }
    html.append("</div></body></html>");
    HtmlPage page = extractor.extract(html.toString(), null);
    assertEquals(30, paragraphs(page.text()).size());
    assertTrue(page.text().contains("officials in Lagos"));
    assertFalse(page.text().contains("trending link"));
  }

  @Test
  void handlesAVeryDeeplyNestedPage() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 100_000; i++) {
      html.append("<div><span>level ").append(i).append(' ');
    }
    html.append(paragraphs(5, "Accra")).append("</body></html>");
    String text = extractor.extract(html.toString(), null).text();
    assertTrue(
        text.contains("officials in Accra"), text.substring(0, Math.min(200, text.length())));
  }

  @Test
  void turnsIsoLikePublicationStringsIntoPartialDates() {
    assertEquals(
        Optional.of(new PartialDate(2025, 7, 3)), HtmlExtractor.isoDate("2025-07-03T10:00Z"));
    assertEquals(
        Optional.of(new PartialDate(2025, 7, 3)),
        HtmlExtractor.isoDate("2025-07-03T23:30:00-05:00"));
    assertEquals(Optional.of(new PartialDate(2025, 7, 3)), HtmlExtractor.isoDate(" 2025-07-03 "));
    assertEquals(Optional.of(new PartialDate(2019, 11, 18)), HtmlExtractor.isoDate("20191118"));
    assertEquals(Optional.of(PartialDate.ofMonth(2023, 3)), HtmlExtractor.isoDate("2023-03"));
    assertEquals(Optional.of(PartialDate.ofYear(2021)), HtmlExtractor.isoDate("2021"));
    assertEquals(Optional.empty(), HtmlExtractor.isoDate("2025-02-30"));
    assertEquals(Optional.empty(), HtmlExtractor.isoDate("3 July 2025"));
    assertEquals(Optional.empty(), HtmlExtractor.isoDate("Tue, 19 Nov 2019 10:00:00 GMT"));
    assertEquals(Optional.empty(), HtmlExtractor.isoDate(null));
  }
}
