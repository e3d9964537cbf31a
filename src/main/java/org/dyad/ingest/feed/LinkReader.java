package org.dyad.ingest.feed;

import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.InputException;

/** Reads the article page a feed item links to. */
@FunctionalInterface
public interface LinkReader {

  /**
   * Fetches {@code url} and extracts its article.
   *
   * @throws InputException naming the problem (the caller names the URL)
   */
  ArticleDraft read(String url) throws InputException;
}
