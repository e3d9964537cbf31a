package org.dyad.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.dyad.Dyad;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputFiles;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.ingest.web.WebOptions;
import org.dyad.store.StoreException;

/**
 * {@code POST /api/articles}: JSON Lines read from the body within the input size cap, refused as
 * {@code dyad analyze} refuses a file (empty, binary, invalid UTF-8, no readable line) before the
 * pipeline is loaded, then ingested, annotated and stored one upload at a time. Problem lines name
 * the upload and line, never a temporary file.
 */
final class IngestEndpoint {

  /** The largest body accepted: the input size limit of {@code dyad analyze}. */
  static final long MAX_BYTES = Ingestor.DEFAULT_MAX_BYTES;

  private static final DateTimeFormatter UPLOAD_NAME =
      DateTimeFormatter.ofPattern("'api-upload-'yyyyMMdd'T'HHmmss'Z.jsonl'")
          .withZone(ZoneOffset.UTC);

  /** What one upload did. */
  record Outcome(
      List<String> articleIds,
      int stored,
      int duplicates,
      List<String> problems,
      CorpusView view) {}

  private final Supplier<Dyad> pipelineFactory;
  private final LiveCorpus corpus;

  /** Reads bodies before the pipeline is loaded; it follows no feed links, the pipeline does. */
  private final Ingestor checker =
      new Ingestor(
          MAX_BYTES, new TextArticleParser(), WebOptions.defaults().withFollowLinks(false));

  private final Object lock = new Object();
  private Dyad pipeline;

  IngestEndpoint(Supplier<Dyad> pipelineFactory, LiveCorpus corpus) {
    if (pipelineFactory == null || corpus == null) {
      throw new IllegalArgumentException("pipelineFactory and corpus are required");
    }
    this.pipelineFactory = pipelineFactory;
    this.corpus = corpus;
  }

  /**
   * Ingests an uploaded body.
   *
   * @throws ApiError 400 for a body that holds no readable article (with the problems)
   * @throws StoreException when the store fails
   */
  Outcome ingest(byte[] body) throws StoreException, IOException {
    String name = UPLOAD_NAME.format(Instant.now());
    try {
      InputFiles.decode(body);
    } catch (InputException e) {
      throw new ApiError(400, "the request body cannot be read: " + e.getMessage());
    }
    List<ArticleDraft> drafts = new ArrayList<>();
    List<InputProblem> found = new ArrayList<>();
    checker.read(name, body, drafts::add, found::add);
    if (drafts.isEmpty()) {
      throw new NoArticle(found.stream().map(InputProblem::toString).toList());
    }
    Path dir = Files.createTempDirectory("dyad-upload");
    Path file = dir.resolve(name);
    Dyad.RunSummary run;
    try {
      Files.write(file, body);
      synchronized (lock) {
        if (pipeline == null) {
          pipeline = pipelineFactory.get();
        }
        run = pipeline.analyze(List.of(file.toString()), new Dyad.Listener() {});
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
    List<String> problems = new ArrayList<>();
    for (InputProblem p : run.problems()) {
      problems.add(withoutPath(p.toString(), dir));
    }
    if (run.articleIds().isEmpty()) {
      throw new NoArticle(problems);
    }
    CorpusView view = run.stored() > 0 ? reloaded() : corpus.current();
    return new Outcome(run.articleIds(), run.stored(), run.duplicates(), problems, view);
  }

  private CorpusView reloaded() throws StoreException {
    try {
      return corpus.requestReload().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return corpus.current();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StoreException s) {
        throw s;
      }
      throw new IllegalStateException("reload failed", e.getCause());
    }
  }

  /** A problem line with the temporary folder taken out, so that it names the upload only. */
  private static String withoutPath(String line, Path dir) {
    return line.replace(dir + dir.getFileSystem().getSeparator(), "").replace(dir.toString(), "");
  }

  /** A body from which no article could be read: a 400 that lists the problems. */
  static final class NoArticle extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    NoArticle(List<String> problems) {
      super("no article could be read from the request body");
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }
}
