package org.dyad.ingest.html;

import java.util.Optional;
import org.dyad.model.PartialDate;

/**
 * What Dyad found in an HTML page: the article body as plain text (paragraphs separated by blank
 * lines, empty when the page has none) and the metadata the page declares, each null when absent.
 *
 * @param published the raw publication date string from the page's metadata, or null
 * @param url the page's own address ({@code <link rel="canonical">} or {@code og:url}), or null
 */
public record HtmlPage(
    String title, String author, String published, String siteName, String text, String url) {

  public HtmlPage {
    text = text == null ? "" : text;
  }

  /** The publication date when {@link #published()} is ISO-like, to the precision it states. */
  public Optional<PartialDate> publishedDate() {
    return HtmlExtractor.isoDate(published);
  }
}
