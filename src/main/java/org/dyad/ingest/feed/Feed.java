package org.dyad.ingest.feed;

import java.util.List;

/**
 * A parsed RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed.
 *
 * @param title the channel or feed title, the items' outlet; null when the feed has none
 * @param language the feed's primary language subtag ("en" for "en-GB"), or null
 */
public record Feed(Format format, String title, String language, List<FeedItem> items) {

  /** The feed formats Dyad reads. */
  public enum Format {
    RSS_2,
    RSS_1,
    ATOM
  }

  public Feed {
    if (format == null) {
      throw new IllegalArgumentException("format must not be null");
    }
    if (items == null) {
      throw new IllegalArgumentException("items must not be null for feed '" + title + "'");
    }
    items = List.copyOf(items);
  }
}
