package org.dyad.ingest.feed;

import org.dyad.model.PartialDate;

/**
 * One item (RSS) or entry (Atom) of a feed, with its text still as the markup the feed carries.
 *
 * @param number the item's position in the feed, from 1
 * @param link the item's absolute article URL, or null
 * @param content the item's full content as HTML ({@code content:encoded}, Atom {@code content}),
 *     or null when it carries none
 * @param summary the item's summary as HTML ({@code description}, Atom {@code summary}), or null
 */
public record FeedItem(
    int number,
    String title,
    String link,
    String author,
    PartialDate published,
    String content,
    String summary) {

  public FeedItem {
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1: " + number);
    }
    if (link != null && !link.matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("link must be an absolute http(s) URL: '" + link + "'");
    }
  }
}
