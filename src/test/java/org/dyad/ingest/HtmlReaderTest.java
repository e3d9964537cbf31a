package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.text.TextArticleParser;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static final String BODY =
      "<p>Port crews reopened the northern terminal on Thursday after a week of storms had kept"
          + " the ferries in harbour, the operator said in a statement.</p>"
          + "<p>Passengers queued from early morning for the first crossing, and the operator"
          + " said timetables would be back to normal by the weekend.</p>"
          + "<p>Storm damage to the pier at the island end is still being repaired, and engineers"
          + " expect the work to take another fortnight.</p>";

  private static ArticleDraft read(String head) throws InputException {
    List<ArticleDraft> out = new ArrayList<>();
    new HtmlReader(new HtmlExtractor(), new TextArticleParser())
        .read(
            "saved-page.html",
            "<html><head>" + head + "</head><body><article>" + BODY + "</article></body></html>",
            out::add,
            p -> {});
    return out.get(0);
  }

  @Test
  void aSavedPageIsKnownByItsCanonicalAddress() throws InputException {
    ArticleDraft d =
        read(
            "<title>Ferries return</title><link rel=\"canonical\""
                + " href=\"https://www.reuters.com/world/2025/03/20/ferries-return/\">");
    assertEquals("https://www.reuters.com/world/2025/03/20/ferries-return/", d.url());
    assertEquals("2025-03-20", d.published().toString());
    assertFalse(d.publishedInferred());
    assertEquals("Reuters", d.outlet());
  }

  @Test
  void theSiteNameAndMetadataDateWinOverTheAddress() throws InputException {
    ArticleDraft d =
        read(
            "<meta property=\"og:site_name\" content=\"Quay Post\">"
                + "<meta property=\"og:url\" content=\"https://quaypost-example.net/2025/03/20/a\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-19T22:00:00Z\">");
    assertEquals("Quay Post", d.outlet());
    assertEquals("2025-03-19", d.published().toString());
  }
}
