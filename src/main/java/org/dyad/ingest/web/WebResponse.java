package org.dyad.ingest.web;

import java.net.URI;

/**
 * A successful download.
 *
 * @param uri where the body came from, after redirects
 * @param mediaType the {@code Content-Type} without parameters, lower case; null when not sent
 * @param charset the charset {@code Content-Type} names, or null
 */
public record WebResponse(URI uri, String mediaType, String charset, byte[] body) {

  public WebResponse {
    if (uri == null) {
      throw new IllegalArgumentException("uri must not be null");
    }
    if (body == null) {
      throw new IllegalArgumentException("body must not be null for " + uri);
    }
  }
}
