package org.dyad.model;

import java.util.Objects;

/**
 * One ingested news article: its cleaned text and the metadata found for it.
 *
 * @param id stable identifier derived from the cleaned text
 * @param source file name or URL the article was read from
 * @param published publication date, or null when none is stated or inferable
 * @param outlet the outlet that published the article, or null
 * @param publishedInferred true when {@code published} was guessed from content, not stated
 * @param text article text with page furniture removed; every {@link Span} points into it
 * @param syndicatedFrom the agency or outlet whose copy the publishing outlet carries, or null
 */
public record Article(
    String id,
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

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank: '" + id + "'");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (publishedInferred && published == null) {
      throw new IllegalArgumentException("publishedInferred is true but no published date is set");
    }
    language = language == null ? "en" : language;
  }

  /** An article that credits no other source for its copy. */
  public Article(
      String id,
      String source,
      String url,
      String title,
      String outlet,
      String author,
      PartialDate published,
      boolean publishedInferred,
      String language,
      String text) {
    this(
        id, source, url, title, outlet, author, published, publishedInferred, language, text, null);
  }
}
