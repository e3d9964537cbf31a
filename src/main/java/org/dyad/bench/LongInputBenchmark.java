package org.dyad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.Ingestor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.store.ArticleStore;

/**
 * Time and memory against input length: texts of 0.1, 1 and 4 MB made of Reuters stories run one
 * after another, and the 4 MB text cut into ten 0.4 MB texts, each set through ingest, annotation,
 * storage and extraction in a fresh JVM with the launcher's 3 GB heap, timed stage by stage.
 */
public final class LongInputBenchmark {

  /**
   * One input set's figures: per stage, seconds of the worker thread's CPU; for the whole analysis,
   * seconds of the wall clock and of the process's CPU (every thread, the collector's too).
   */
  public record Figures(
      String name,
      int texts,
      long chars,
      long tokens,
      double ingest,
      double annotate,
      double store,
      double extract,
      double wall,
      double processCpu,
      long peakRssBytes) {}

  private static final long MB = 1_000_000;

  private LongInputBenchmark() {}

  /**
   * Writes the input sets into {@code dir}: {@code 0.1MB}, {@code 1MB} and {@code 4MB} (one text
   * each, of whole Reuters stories, one after another) and {@code 10x0.4MB} (the 4 MB text cut at
   * story boundaries into ten).
   */
  public static List<Path> writeInputs(Path reuters, Path dir) throws IOException {
    List<String> bodies = new ArrayList<>();
    long size = 0;
    for (Reuters.Story s : Reuters.read(reuters, 20_000)) {
      if (size >= 4 * MB) {
        break;
      }
      String body = s.body().strip();
      if (body.isEmpty() || size + body.length() + 2 > 4 * MB) {
        continue;
      }
      bodies.add(body);
      size += body.length() + 2;
    }
    List<Path> sets = new ArrayList<>();
    for (long limit : List.of(MB / 10, MB, 4 * MB)) {
      Path set = Files.createDirectories(dir.resolve(label(limit)));
      Files.writeString(set.resolve("long.txt"), join(bodies, limit), StandardCharsets.UTF_8);
      sets.add(set);
    }
    Path ten = Files.createDirectories(dir.resolve("10x0.4MB"));
    StringBuilder part = new StringBuilder();
    int n = 0;
    for (String body : bodies) {
      part.append(body).append("\n\n");
      if (part.length() >= 4 * MB / 10 && n < 9) {
        Files.writeString(ten.resolve("part-" + n++ + ".txt"), part, StandardCharsets.UTF_8);
        part.setLength(0);
      }
    }
    Files.writeString(ten.resolve("part-" + n + ".txt"), part, StandardCharsets.UTF_8);
    sets.add(ten);
    return sets;
  }

  private static String label(long limit) {
    return limit < MB ? "0.1MB" : (limit / MB) + "MB";
  }

  private static String join(List<String> bodies, long limit) {
    StringBuilder b = new StringBuilder();
    for (String body : bodies) {
      if (b.length() + body.length() + 2 > limit) {
        break;
      }
      b.append(body).append("\n\n");
    }
    return b.toString();
  }

  /** Worker entry point: {@code NAME FOLDER}; prints one RESULT line. */
  public static void main(String[] args) throws Exception {
    String name = args[0];
    Path folder = Path.of(args[1]);
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    Gazetteer gazetteer = Gazetteer.load();
    Annotator annotator =
        new GazetteerAnnotator(
            CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()), gazetteer);
    annotator.annotate(
        new Article("w", "warm", null, null, null, null, null, false, "en", "Talks ended."));
    Extraction extraction = new Extraction(gazetteer);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long wall0 = System.nanoTime();
    long cpu0 = ChildJvm.processCpuNanos();
    long t = threads.getCurrentThreadCpuTime();

    List<ArticleDraft> drafts = new ArrayList<>();
    new Ingestor(8 * MB)
        .ingest(List.of(folder.toString()), drafts::add, p -> System.err.println("problem: " + p));
    double ingest = (threads.getCurrentThreadCpuTime() - t) / 1e9;

    t = threads.getCurrentThreadCpuTime();
    List<AnnotatedArticle> annotated = new ArrayList<>();
    long chars = 0;
    long tokens = 0;
    for (ArticleDraft d : drafts) {
      AnnotatedArticle a = annotator.annotate(Dyad.toArticle(d));
      annotated.add(a);
      chars += a.article().text().length();
      tokens += a.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    }
    double annotate = (threads.getCurrentThreadCpuTime() - t) / 1e9;

    t = threads.getCurrentThreadCpuTime();
    Path db = Files.createTempDirectory("dyad-long-db");
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      for (AnnotatedArticle a : annotated) {
        store.save(a);
      }
    }
    double store = (threads.getCurrentThreadCpuTime() - t) / 1e9;

    t = threads.getCurrentThreadCpuTime();
    extraction.analyze(annotated);
    double extract = (threads.getCurrentThreadCpuTime() - t) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    double processCpu = (ChildJvm.processCpuNanos() - cpu0) / 1e9;
    System.out.println(
        ChildJvm.resultLine(
            new Figures(
                name,
                drafts.size(),
                chars,
                tokens,
                ingest,
                annotate,
                store,
                extract,
                wall,
                processCpu,
                ChildJvm.peakRss())));
  }

  /** Runs one input set in a child JVM with the same class path and returns its figures. */
  public static Figures runChild(Path set, PrintWriter log)
      throws IOException, InterruptedException {
    return ChildJvm.run(
        LongInputBenchmark.class,
        "3g",
        List.of(set.getFileName().toString(), set.toString()),
        line -> ChildJvm.parseResult(Figures.class, line),
        line -> line.contains("Exception") || line.startsWith("problem"),
        set.getFileName().toString(),
        log,
        code -> "long-input worker failed on " + set + " with exit code " + code + " (3 GB heap)");
  }
}
