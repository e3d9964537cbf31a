package org.dyad.ingest.web;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.InputDecoder;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.feed.FeedParser;

/**
 * Reads one http(s) input: downloads it, decodes it in the charset it declares and reads it as an
 * HTML page, a feed, plain text or JSON Lines as its content type (or, for generic types, its
 * content and path) says. The drafts' source is the URL as given.
 */
public final class WebReader {

  /** What a response holds, deciding which reader reads it. */
  enum Kind {
    HTML,
    FEED,
    TEXT,
    JSONL
  }

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  private static final Set<String> JSONL_TYPES =
      Set.of(
          "application/jsonl",
          "application/jsonlines",
          "application/x-jsonlines",
          "application/x-ndjson",
          "application/ndjson");
  private static final Set<String> GENERIC_TYPES =
      Set.of("application/octet-stream", "binary/octet-stream", "application/unknown");
  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\uFEFF?\\s*(?:<!--.*?-->\\s*)*(?:<\\?xml[^>]*>\\s*)?(?:<!doctype html|<html|<head|<body)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final WebClient client;
  private final DocumentReader html;
  private final DocumentReader text;
  private final DocumentReader jsonl;
  private final DocumentReader feeds;

  public WebReader(
      WebClient client,
      DocumentReader html,
      DocumentReader text,
      DocumentReader jsonl,
      DocumentReader feeds) {
    if (client == null || html == null || text == null || jsonl == null || feeds == null) {
      throw new IllegalArgumentException("client and readers must not be null");
    }
    this.client = client;
    this.html = html;
    this.text = text;
    this.jsonl = jsonl;
    this.feeds = feeds;
  }

  /**
   * Downloads and reads {@code url}.
   *
   * @throws InputException naming the problem (the caller names the URL)
   */
  public void read(String url, Consumer<ArticleDraft> out, Consumer<InputProblem> problems)
      throws InputException {
    WebResponse response = client.get(url);
    Kind kind = kind(response);
    String content = InputDecoder.decode(response.body(), response.charset());
    DocumentReader reader =
        switch (kind) {
          case HTML -> html;
          case FEED -> feeds;
          case TEXT -> text;
          case JSONL -> jsonl;
        };
    String finalUrl = response.uri().toString();
    Consumer<ArticleDraft> located =
        kind == Kind.HTML || kind == Kind.TEXT ? d -> out.accept(d.withUrl(finalUrl)) : out;
    reader.read(url, content, located, problems);
  }

  /** Which reader reads the response; a type that holds no article is refused with its name. */
  static Kind kind(WebResponse r) throws InputException {
    String head = InputDecoder.head(r.body());
    if (FeedParser.looksLikeFeed(head)) {
      return Kind.FEED;
    }
    String type = r.mediaType();
    String path = r.uri().getPath() == null ? "" : r.uri().getPath().toLowerCase(Locale.ROOT);
    if (type != null && HTML_TYPES.contains(type)) {
      return Kind.HTML;
    }
    if (type != null && JSONL_TYPES.contains(type)) {
      return Kind.JSONL;
    }
    if (type != null
        && (type.equals("text/xml") || type.endsWith("/xml") || type.endsWith("+xml"))) {
      if (HTML_START.matcher(head).lookingAt()) {
        return Kind.HTML;
      }
      throw new InputException(
          "not an article or a feed: an XML document (" + type + ") that is not RSS, RDF or Atom");
    }
    if (type != null && (type.equals("text/plain") || type.equals("application/json"))) {
      if (path.endsWith(".jsonl")) {
        return Kind.JSONL;
      }
      if (type.equals("text/plain")) {
        return Kind.TEXT;
      }
      throw new InputException(
          "not an article: application/json (JSON Lines are read from .jsonl URLs or"
              + " application/x-ndjson)");
    }
    if (type == null || GENERIC_TYPES.contains(type)) {
      if (path.endsWith(".jsonl")) {
        return Kind.JSONL;
      }
      if (path.endsWith(".txt")) {
        return Kind.TEXT;
      }
      if (path.endsWith(".html") || path.endsWith(".htm") || HTML_START.matcher(head).lookingAt()) {
        return Kind.HTML;
      }
      throw new InputException(
          "not an article: " + (type == null ? "no content type" : type) + " content");
    }
    throw new InputException("not an article: " + type);
  }
}
