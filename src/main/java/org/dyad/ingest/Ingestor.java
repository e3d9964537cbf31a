package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.ingest.feed.FeedParser;
import org.dyad.ingest.feed.FeedReader;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.ingest.web.PageReader;
import org.dyad.ingest.web.WebClient;
import org.dyad.ingest.web.WebOptions;
import org.dyad.ingest.web.WebReader;

/**
 * Turns user inputs (files and folders of {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}
 * and RSS/Atom feeds, and http(s) URLs of pages and feeds) into article drafts; a bad input is
 * reported and the batch goes on.
 */
public final class Ingestor {

  /** Default largest input file: bigger pages are refused with a message naming the limit. */
  public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

  private final long maxBytes;
  private final DocumentReader text;
  private final DocumentReader html;
  private final DocumentReader jsonl;
  private final DocumentReader feeds;
  private final WebReader web;

  public Ingestor(long maxBytes) {
    this(maxBytes, new TextArticleParser());
  }

  /** An ingestor whose text pages go through {@code parser} (for a user's own furniture rules). */
  public Ingestor(long maxBytes, TextArticleParser parser) {
    this(maxBytes, parser, WebOptions.defaults());
  }

  /** An ingestor that downloads URLs and the pages feed items link to as {@code web} says. */
  public Ingestor(long maxBytes, TextArticleParser parser, WebOptions web) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (parser == null) {
      throw new IllegalArgumentException("parser must not be null");
    }
    if (web == null) {
      throw new IllegalArgumentException("web must not be null");
    }
    this.maxBytes = maxBytes;
    HtmlExtractor extractor = new HtmlExtractor();
    this.text = new TextReader(parser);
    this.html = new HtmlReader(extractor, parser);
    this.jsonl = new JsonlReader(parser);
    WebClient client = new WebClient(web, maxBytes);
    this.feeds =
        new FeedReader(
            extractor,
            parser,
            web.followLinks() ? new PageReader(client, html, text) : null,
            web.concurrency());
    this.web = new WebReader(client, html, text, jsonl, feeds);
  }

  public Ingestor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** True when {@code input} is an http(s) URL rather than a path. */
  public static boolean isUrl(String input) {
    return input != null
        && (input.regionMatches(true, 0, "http://", 0, 7)
            || input.regionMatches(true, 0, "https://", 0, 8));
  }

  /**
   * The files an input path names: itself, or a folder's supported files (an {@code .xml} file only
   * when it holds a feed), recursively and sorted.
   */
  public List<Path> expand(String input, Consumer<InputProblem> problems) {
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      problems.accept(new InputProblem(input, "no such file or directory"));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    if (!Files.isReadable(path)) {
      problems.accept(new InputProblem(input, "cannot read directory: permission denied"));
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> readerFor(p) != null)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !isXml(p) || holdsFeed(p))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      problems.accept(new InputProblem(input, "cannot list directory: " + e.getMessage()));
    }
    return files;
  }

  /**
   * Reads one file, as a feed when its content is one whatever its name; every failure becomes a
   * problem naming the file.
   */
  public void read(Path file, Consumer<ArticleDraft> out, Consumer<InputProblem> problems) {
    String name = file.toString();
    String source = file.getFileName().toString();
    DocumentReader reader = readerFor(file);
    if (reader == null && !holdsFeed(file)) {
      problems.accept(unsupported(name));
      return;
    }
    try {
      byte[] bytes = InputFiles.readBytes(file, maxBytes);
      String content;
      if (reader == null || reader == feeds || FeedParser.looksLikeFeed(InputDecoder.head(bytes))) {
        // Feeds are decoded in the charset their XML declaration names, not only UTF-8.
        reader = feeds;
        content = InputDecoder.decode(bytes, null);
      } else {
        content = InputFiles.decode(bytes);
      }
      reader.read(source, content, out, located(problems, source, name));
    } catch (InputException e) {
      problems.accept(new InputProblem(name, e.getMessage()));
    } catch (RuntimeException e) {
      problems.accept(new InputProblem(name, "could not be read: " + e));
    }
  }

  private static InputProblem unsupported(String name) {
    return new InputProblem(
        name,
        "unsupported file type (expected .txt, .html, .htm, .jsonl or a feed: .xml, .rss, .atom)");
  }

  /**
   * Problems a reader reports under the input's base name ({@code a.jsonl:3}, {@code feed.xml item
   * 2}) named by the input's full path instead, so that the user can find the file.
   */
  private static Consumer<InputProblem> located(
      Consumer<InputProblem> problems, String base, String full) {
    return p -> {
      String s = p.source();
      boolean here = s.equals(base) || s.startsWith(base + ":") || s.startsWith(base + " ");
      problems.accept(
          here && !base.equals(full)
              ? new InputProblem(full + s.substring(base.length()), p.message())
              : p);
    };
  }

  /**
   * Downloads and reads one http(s) URL (a page, a feed and the pages its items link to, plain text
   * or JSON Lines); every failure becomes a problem naming the URL.
   */
  public void readUrl(String url, Consumer<ArticleDraft> out, Consumer<InputProblem> problems) {
    try {
      web.read(url, out, problems);
    } catch (InputException e) {
      problems.accept(new InputProblem(url, e.getMessage()));
    } catch (RuntimeException e) {
      problems.accept(new InputProblem(url, "could not be read: " + e));
    }
  }

  /**
   * Reads one input whose bytes the caller fetched itself (from a Hadoop file system, say); every
   * failure becomes a problem naming it.
   *
   * @param name the input as the user will see it, a path or URI; its last segment is the source
   */
  public void read(
      String name, byte[] content, Consumer<ArticleDraft> out, Consumer<InputProblem> problems) {
    DocumentReader reader = readerFor(name);
    boolean feed = reader == feeds || FeedParser.looksLikeFeed(InputDecoder.head(content));
    if (reader == null && !feed) {
      problems.accept(unsupported(name));
      return;
    }
    try {
      InputFiles.requireSize(content.length, maxBytes);
      String source = name.substring(name.lastIndexOf('/') + 1);
      Consumer<InputProblem> located = located(problems, source, name);
      if (feed) {
        feeds.read(source, InputDecoder.decode(content, null), out, located);
      } else {
        reader.read(source, InputFiles.decode(content), out, located);
      }
    } catch (InputException e) {
      problems.accept(new InputProblem(name, e.getMessage()));
    } catch (RuntimeException e) {
      problems.accept(new InputProblem(name, "could not be read: " + e));
    }
  }

  /** True when this ingestor reads files of this name's type. */
  public boolean supports(String fileName) {
    return readerFor(fileName) != null;
  }

  /** Reads every input in order. */
  public void ingest(
      List<String> inputs, Consumer<ArticleDraft> out, Consumer<InputProblem> problems) {
    for (String input : inputs) {
      if (isUrl(input)) {
        readUrl(input, out, problems);
        continue;
      }
      for (Path file : expand(input, problems)) {
        read(file, out, problems);
      }
    }
  }

  private DocumentReader readerFor(Path file) {
    return readerFor(file.getFileName().toString());
  }

  private DocumentReader readerFor(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return text;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return html;
    }
    if (name.endsWith(".jsonl")) {
      return jsonl;
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return feeds;
    }
    return null;
  }

  private static boolean isXml(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  /** True when the file starts like a feed (or cannot be read, which reading it will report). */
  private static boolean holdsFeed(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return FeedParser.looksLikeFeed(
          InputDecoder.head(in.readNBytes(InputDecoder.DECLARATION_BYTES)));
    } catch (IOException e) {
      return true;
    }
  }
}
