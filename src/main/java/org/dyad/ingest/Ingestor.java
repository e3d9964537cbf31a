package org.dyad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.text.TextArticleParser;

/**
 * Turns user inputs (files and folders of {@code .txt}, {@code .html}/{@code .htm} and {@code
 * .jsonl}) into article drafts; a bad input is reported and the batch goes on.
 */
public final class Ingestor {

  /** Default largest input file: bigger pages are refused with a message naming the limit. */
  public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

  private final long maxBytes;
  private final DocumentReader text;
  private final DocumentReader html;
  private final DocumentReader jsonl;

  public Ingestor(long maxBytes) {
    this(maxBytes, new TextArticleParser());
  }

  /** An ingestor whose text pages go through {@code parser} (for a user's own furniture rules). */
  public Ingestor(long maxBytes, TextArticleParser parser) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (parser == null) {
      throw new IllegalArgumentException("parser must not be null");
    }
    this.maxBytes = maxBytes;
    this.text = new TextReader(parser);
    this.html = new HtmlReader(new HtmlExtractor(), parser);
    this.jsonl = new JsonlReader(parser);
  }

  public Ingestor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** The files an input names: itself, or a folder's supported files, recursively and sorted. */
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
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      problems.accept(new InputProblem(input, "cannot list directory: " + e.getMessage()));
    }
    return files;
  }

  /** Reads one file; every failure becomes a problem naming the file. */
  public void read(Path file, Consumer<ArticleDraft> out, Consumer<InputProblem> problems) {
    String name = file.toString();
    DocumentReader reader = readerFor(file);
    if (reader == null) {
      problems.accept(
          new InputProblem(name, "unsupported file type (expected .txt, .html, .htm or .jsonl)"));
      return;
    }
    String source = file.getFileName().toString();
    try {
      String content = InputFiles.readText(file, maxBytes);
      reader.read(source, content, out, problems);
    } catch (InputException e) {
      problems.accept(new InputProblem(name, e.getMessage()));
    } catch (RuntimeException e) {
      problems.accept(new InputProblem(name, "could not be read: " + e));
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
    if (reader == null) {
      problems.accept(
          new InputProblem(name, "unsupported file type (expected .txt, .html, .htm or .jsonl)"));
      return;
    }
    try {
      InputFiles.requireSize(content.length, maxBytes);
      reader.read(
          name.substring(name.lastIndexOf('/') + 1), InputFiles.decode(content), out, problems);
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
    return null;
  }
}
