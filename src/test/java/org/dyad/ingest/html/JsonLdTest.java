package org.dyad.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd of(String... scripts) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String s : scripts) {
      html.append("<script type=\"application/ld+json\">").append(s).append("</script>");
    }
    return JsonLd.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
  }

  @Test
  void findsTheArticleInsideAGraphAfterABrokenScript() {
    JsonLd ld =
        of(
            "{ broken",
            "{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"H\",\"author\":\"Ann Lee\"}]}");
    assertEquals("H", JsonLd.text(ld.article().get("headline")));
    assertEquals("Ann Lee", JsonLd.names(ld.article().get("author")));
    assertEquals("Site", ld.publisherName());
  }

  @Test
  void readsArticlesGivenAsATopLevelArrayWithTrailingCommas() {
    JsonLd ld =
        of(
            "[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"BlogPosting\",\"headline\":\"B\","
                + "\"publisher\":{\"name\":\"Pub\"},\"author\":[{\"name\":\"A\"},{\"name\":\"B\"},],}]");
    assertEquals("B", JsonLd.text(ld.article().get("headline")));
    assertEquals("A, B", JsonLd.names(ld.article().get("author")));
    assertEquals("Pub", ld.publisherName());
  }

  @Test
  void turnsAnHtmlOrPlainArticleBodyIntoParagraphs() {
    assertEquals(
        "First & one.\n\nSecond one.",
        of("{\"@type\":\"NewsArticle\",\"articleBody\":\"<p>First &amp; one.</p><p>Second"
                + " one.</p>\"}")
            .articleBody());
    assertEquals(
        "First & one.\n\nSecond one.",
        of("{\"@type\":\"NewsArticle\",\"articleBody\":\"First &amp; one.\\nSecond   one.\"}")
            .articleBody());
  }

  @Test
  void hasNothingWithoutJsonLd() {
    JsonLd ld = of();
    assertNull(ld.article());
    assertNull(ld.publisherName());
    assertEquals("", ld.articleBody());
  }
}
