package org.dyad.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

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
  void readsMetadataFromMetaTagsAndJsonLd() {
    String html =
        "<html><head><title>Talks resume | Nile Times</title>"
            + "<meta property=\"og:site_name\" content=\"Nile Times\">"
            + "<meta property=\"og:title\" content=\"Talks resume\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
            + "\"2025-02-11T09:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Amina Said\"}]}</script>"
            + "</head><body><article><h1>Talks resume</h1>"
            + paragraphs(6, "Cairo")
            + "</article></body></html>";
    HtmlPage page = extractor.extract(html, "https://example.org/a");
    assertEquals("Talks resume", page.title());
    assertEquals("Nile Times", page.siteName());
    assertEquals("Amina Said", page.author());
    assertEquals("2025-02-11T09:00:00Z", page.published());
    assertTrue(page.text().contains("officials in Cairo met on Tuesday"));
  }

  @Test
  void dropsNavigationRelatedLinksAndFooters() {
    String html =
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><div id='main'>"
            + paragraphs(5, "Hanoi")
            + "</div><aside><h3>Related stories</h3><a href='/x'>Other story</a></aside>"
            + "<footer>© 2025 Example. All rights reserved.</footer></body></html>";
    String text = extractor.extract(html, null).text();
    assertTrue(text.contains("officials in Hanoi"));
    assertFalse(text.contains("Related stories"));
    assertFalse(text.contains("All rights reserved"));
    assertFalse(text.contains("Home"));
  }

  @Test
  void decodesEntitiesAndKeepsParagraphBreaks() {
    String html =
        "<html><body><article>"
            + paragraphs(4, "Rabat")
            + "<p>Tom &amp; Jerry said &lt;no&gt; to &quot;talks&quot;.</p></article></body></html>";
    String text = extractor.extract(html, null).text();
    assertTrue(text.contains("Tom & Jerry said <no> to \"talks\"."), text);
    assertTrue(text.contains("\n\n"));
  }

  @Test
  void survivesMalformedHtmlAndPagesWithoutText() {
    assertEquals("", extractor.extract("<html><body><div><script>x()</script>", null).text());
    String broken =
        "<html><body><article>" + paragraphs(4, "Quito") + "<p>unclosed <b>bold <i>text";
    assertTrue(extractor.extract(broken, null).text().contains("officials in Quito"));
  }

  @Test
  void handlesAFiveMegabytePage() {
    StringBuilder html = new StringBuilder("<html><body><article>").append(paragraphs(30, "Lagos"));
    html.append("</article><div class='widgets'>");
    while (html.length() < 5 * 1024 * 1024) {
      html.append("<div class='w'><a href='/t'>trending link</a></div>");
    }
    html.append("</div></body></html>");
    String text = extractor.extract(html.toString(), null).text();
    assertTrue(text.contains("officials in Lagos"));
    assertFalse(text.contains("trending link"));
  }
}
