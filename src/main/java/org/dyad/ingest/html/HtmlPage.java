package org.dyad.ingest.html;

/**
 * What Dyad found in an HTML page: the article body as plain text (paragraphs separated by blank
 * lines) and the metadata the page declares.
 *
 * @param published the raw publication date string from the page's metadata, or null
 */
public record HtmlPage(
    String title, String author, String published, String siteName, String text) {

  public HtmlPage {
    text = text == null ? "" : text;
  }
}
