package org.dyad.ingest;

import org.dyad.model.PartialDate;

/**
 * What a reader found in one input before the article gets its identifier.
 *
 * @param outlet the outlet that published the page
 * @param syndicatedFrom the agency or outlet the page credits for its copy, or null
 */
public record ArticleDraft(
    String source,
    String url,
    String title,
    String outlet,
    String author,
    PartialDate published,
    boolean publishedInferred,
    String language,
    String text,
    String syndicatedFrom) {

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

  /** A draft that credits no other source for its copy. */
  public ArticleDraft(
      String source,
      String url,
      String title,
      String outlet,
      String author,
      PartialDate published,
      boolean publishedInferred,
      String language,
      String text) {
    this(source, url, title, outlet, author, published, publishedInferred, language, text, null);
  }

  public ArticleDraft withText(String newText) {
    return with(url, newText);
  }

  /** This draft with another URL (the address a download ended at). */
  public ArticleDraft withUrl(String newUrl) {
    return with(newUrl, text);
  }

  private ArticleDraft with(String newUrl, String newText) {
    return new ArticleDraft(
        source,
        newUrl,
        title,
        outlet,
        author,
        published,
        publishedInferred,
        language,
        newText,
        syndicatedFrom);
  }
}
