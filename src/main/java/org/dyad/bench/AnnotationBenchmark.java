package org.dyad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;

/**
 * Measures the throughput and peak memory of Dyad's ingest, annotation and extraction against a
 * plain CoreNLP pipeline's annotation of the same Reuters stories, each in a fresh JVM so that peak
 * RSS is its own.
 */
public final class AnnotationBenchmark {

  /**
   * One pipeline's figures.
   *
   * @param seconds wall-clock time of the whole run, extraction included
   * @param extractionSeconds the part of it spent in extraction and comparison (0 for plain)
   */
  public record Figures(
      String pipeline,
      int threads,
      int articles,
      long tokens,
      double seconds,
      double extractionSeconds,
      double cpuSeconds,
      double loadSeconds,
      long peakRssBytes) {

    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double tokensPerSecond() {
      return tokens / seconds;
    }

    /**
     * Articles per second of CPU time (all the JVM's threads, collector and compiler included): a
     * figure that other processes on the machine disturb far less than the wall-clock rate.
     */
    public double articlesPerCpuSecond() {
      return articles / cpuSeconds;
    }
  }

  private AnnotationBenchmark() {}

  /**
   * Worker entry point: {@code PIPELINE THREADS LIMIT REUTERS_DIR}; prints one RESULT line. The
   * {@code dyad} pipelines also run extraction and comparison over the annotated stories.
   */
  public static void main(String[] args) throws Exception {
    String pipeline = args[0];
    int threads = Integer.parseInt(args[1]);
    int limit = Integer.parseInt(args[2]);
    List<Reuters.Story> stories = Reuters.read(Path.of(args[3]), limit);
    long t0 = System.nanoTime();
    Annotator annotator =
        pipeline.equals("plain")
            ? CoreNlpAnnotator.plainBaseline()
            : new GazetteerAnnotator(
                pipeline.equals("dyad-full")
                    ? CoreNlpAnnotator.shared()
                    : CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()),
                Gazetteer.load());
    annotator.annotate(article("warm", "The talks in Geneva ended on Monday."));
    double load = (System.nanoTime() - t0) / 1e9;
    TextArticleParser parser = new TextArticleParser();
    long start = System.nanoTime();
    long cpuStart = ChildJvm.processCpuNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<AnnotatedArticle>> futures = new ArrayList<>();
    for (Reuters.Story s : stories) {
      futures.add(
          pool.submit(
              () -> {
                Article a;
                if (pipeline.equals("plain")) {
                  a = article(s.id(), s.body());
                } else {
                  ArticleDraft d = parser.parse("reuters-" + s.id(), s.body());
                  a = article(s.id(), d.text());
                }
                return annotator.annotate(a);
              }));
    }
    long tokens = 0;
    List<AnnotatedArticle> annotated = new ArrayList<>();
    for (Future<AnnotatedArticle> f : futures) {
      AnnotatedArticle out = f.get();
      tokens += out.sentences().stream().mapToInt(x -> x.tokens().size()).sum();
      annotated.add(out);
    }
    pool.shutdown();
    double extraction = 0;
    if (!pipeline.equals("plain")) {
      long t1 = System.nanoTime();
      new Extraction(Gazetteer.load()).analyze(annotated);
      extraction = (System.nanoTime() - t1) / 1e9;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (ChildJvm.processCpuNanos() - cpuStart) / 1e9;
    System.out.println(
        ChildJvm.resultLine(
            new Figures(
                pipeline,
                threads,
                stories.size(),
                tokens,
                seconds,
                extraction,
                cpu,
                load,
                ChildJvm.peakRss())));
  }

  private static Article article(String id, String text) {
    return new Article("r" + id, "reuters-" + id, null, null, null, null, null, false, "en", text);
  }

  /** Runs one pipeline in a child JVM with the same class path and returns its figures. */
  public static Figures runChild(
      String pipeline,
      int threads,
      int limit,
      Path reutersDir,
      String heap,
      java.io.PrintWriter log)
      throws IOException, InterruptedException {
    return ChildJvm.run(
        AnnotationBenchmark.class,
        heap,
        List.of(
            pipeline, Integer.toString(threads), Integer.toString(limit), reutersDir.toString()),
        line -> ChildJvm.parseResult(Figures.class, line),
        line -> line.contains("Exception"),
        pipeline,
        log,
        code -> "benchmark worker '" + pipeline + "' failed with exit code " + code);
  }
}
