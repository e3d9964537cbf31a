package org.dyad.ingest.web;

import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.InputDecoder;
import org.dyad.ingest.InputException;
import org.dyad.ingest.feed.LinkReader;

/** Reads the article page a feed item links to: an HTML page or plain text, as one draft. */
public final class PageReader implements LinkReader {

  private final WebClient client;
  private final DocumentReader html;
  private final DocumentReader text;

  public PageReader(WebClient client, DocumentReader html, DocumentReader text) {
    if (client == null || html == null || text == null) {
      throw new IllegalArgumentException("client and readers must not be null");
    }
    this.client = client;
    this.html = html;
    this.text = text;
  }

  @Override
  public ArticleDraft read(String url) throws InputException {
    WebResponse response = client.get(url);
    WebReader.Kind kind = WebReader.kind(response);
    if (kind != WebReader.Kind.HTML && kind != WebReader.Kind.TEXT) {
      throw new InputException(
          "not an article page but " + (kind == WebReader.Kind.FEED ? "a feed" : "JSON Lines"));
    }
    String content = InputDecoder.decode(response.body(), response.charset());
    ArticleDraft[] first = {null};
    (kind == WebReader.Kind.HTML ? html : text)
        .read(
            url,
            content,
            d -> first[0] = first[0] == null ? d : first[0],
            p -> {
              // Page readers report only by failing; there is no partial problem to pass on.
            });
    if (first[0] == null) {
      throw new InputException("no article text found on the page");
    }
    return first[0].withUrl(url);
  }
}
