package org.dyad.ingest;

import org.dyad.model.PartialDate;

/** What a reader found in one input before the article gets its identifier. */
public record ArticleDraft(
    String source,
    String url,
    String title,
    String outlet,
    String author,
    PartialDate published,
    boolean publishedInferred,
    String language,
    String text) {

  public ArticleDraft {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank: '" + source + "'");
    }
    if (text == null) {
      throw new IllegalArgumentException("text must not be null for " + source);
    }
    if (publishedInferred && published == null) {
      throw new IllegalArgumentException("publishedInferred without a date for " + source);
    }
  }

  public ArticleDraft withText(String newText) {
    return new ArticleDraft(
        source, url, title, outlet, author, published, publishedInferred, language, newText);
  }

  /** This draft with another URL (the address a download ended at). */
  public ArticleDraft withUrl(String newUrl) {
    return new ArticleDraft(
        source, newUrl, title, outlet, author, published, publishedInferred, language, text);
  }
}
