package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.analysis.IncrementalAnalysis;
import org.dyad.ingest.Ingestor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.report.JsonExporter;
import org.dyad.store.ArticleStore;
import org.dyad.store.StoreException;

/**
 * How the analysis of a stored corpus grows with its size: one store of annotated Reuters-21578
 * stories, re-analysed and exported (what {@code dyad export} does) for its first 1,000, 2,000, ...
 * stories in a fresh JVM each, with wall-clock time, CPU time and peak RSS; and the time an
 * analysis kept in memory (as {@code dyad serve} keeps it) takes to take in 100 more stories.
 */
public final class ScaleBenchmark {

  /** One run's figures. */
  public record Figures(
      String kind,
      int articles,
      double seconds,
      double cpuSeconds,
      long peakRssBytes,
      double refreshSeconds,
      int extracted,
      int perspectives,
      boolean identical,
      String load) {}

  private ScaleBenchmark() {}

  /**
   * Makes sure the embedded store in {@code storeDir} holds at least {@code wanted} Reuters
   * stories, annotating the missing ones (stories already stored are recognised by their text and
   * skipped). Stories are stored as JSON lines with their source ({@code reuters-00042}, so that
   * the store's order is the collection's) and date.
   *
   * @return how many articles the store holds
   */
  public static int prepare(
      Path reutersDir, Path storeDir, int wanted, int threads, PrintWriter log)
      throws IOException, StoreException {
    int have;
    try (ArticleStore store = ArticleStore.openEmbedded(storeDir)) {
      have = store.countArticles();
      if (have >= wanted) {
        return have;
      }
      // Some stories are duplicates of others: read a few more than are wanted.
      List<Reuters.Story> stories = Reuters.read(reutersDir, wanted + wanted / 20 + 100);
      Path dir = Files.createTempDirectory("dyad-scale");
      List<String> inputs = new ArrayList<>();
      for (int from = 0; from < stories.size(); from += 1000) {
        Path chunk = dir.resolve(String.format(Locale.ROOT, "reuters-%05d.jsonl", from));
        Files.writeString(
            chunk, jsonl(stories.subList(from, Math.min(stories.size(), from + 1000))));
        inputs.add(chunk.toString());
      }
      log.printf(
          "  annotating up to %d Reuters stories into %s (it holds %d; this takes hours)%n",
          stories.size(), storeDir, have);
      log.flush();
      Gazetteer gazetteer = Gazetteer.load();
      Dyad dyad =
          new Dyad(
              new Ingestor(64L << 20),
              new GazetteerAnnotator(
                  CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()), gazetteer),
              store,
              new Extraction(gazetteer),
              threads);
      try {
        for (String input : inputs) {
          Dyad.RunSummary run = dyad.analyze(List.of(input), new Dyad.Listener() {});
          log.printf("  %s: %d stored, %d duplicates%n", input, run.stored(), run.duplicates());
          log.flush();
          if (store.countArticles() >= wanted) {
            break;
          }
        }
      } finally {
        for (String input : inputs) {
          Files.deleteIfExists(Path.of(input));
        }
        Files.deleteIfExists(dir);
      }
      return store.countArticles();
    }
  }

  /** Stories as JSON lines of FORMAT.md: source, publication date and text. */
  static String jsonl(List<Reuters.Story> stories) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    for (Reuters.Story s : stories) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("source", String.format(Locale.ROOT, "reuters-%05d", Integer.parseInt(s.id())));
      String date = Reuters.isoDate(s.date());
      if (date != null) {
        line.put("published", date);
      }
      line.put("text", s.body());
      out.append(json.writeValueAsString(line)).append('\n');
    }
    return out.toString();
  }

  /**
   * Worker entry point, in a fresh JVM: {@code reanalyse STORE N} analyses and exports the first N
   * stored articles; {@code add STORE N M} analyses the first N, then takes in the next M as a
   * server's refresh does and checks that the result exports what analysing all N + M at once
   * exports. Prints one RESULT line.
   */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    long cpuStart = ChildJvm.processCpuNanos();
    String load = Files.readString(Path.of("/proc/loadavg")).strip();
    load = String.join(" ", List.of(load.split(" ")).subList(0, 3));
    Path storeDir = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    int threads = Runtime.getRuntime().availableProcessors();
    Path out = Files.createTempFile("dyad-scale", ".json");
    try (ArticleStore store = ArticleStore.openEmbedded(storeDir)) {
      Extraction extraction = new Extraction(Gazetteer.load());
      List<String> ids = store.articleIds();
      if (args[0].equals("reanalyse")) {
        IncrementalAnalysis analysis = new IncrementalAnalysis(extraction, threads);
        JsonExporter.write(analysis.update(source(store, ids.subList(0, n))), out);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (ChildJvm.processCpuNanos() - cpuStart) / 1e9;
        System.out.println(
            ChildJvm.resultLine(
                new Figures(
                    "reanalyse",
                    n,
                    seconds,
                    cpu,
                    ChildJvm.peakRss(),
                    0,
                    analysis.lastUpdate().extracted(),
                    analysis.lastUpdate().perspectives(),
                    true,
                    load)));
      } else {
        int m = Integer.parseInt(args[3]);
        IncrementalAnalysis kept = new IncrementalAnalysis(extraction, threads);
        kept.update(source(store, ids.subList(0, n)));
        double first = (System.nanoTime() - start) / 1e9;
        long t0 = System.nanoTime();
        CorpusAnalysis refreshed = kept.update(source(store, ids.subList(0, n + m)));
        double refresh = (System.nanoTime() - t0) / 1e9;
        double cpu = (ChildJvm.processCpuNanos() - cpuStart) / 1e9;
        long rss = ChildJvm.peakRss();
        IncrementalAnalysis.Stats stats = kept.lastUpdate();
        String incremental = JsonExporter.toJson(refreshed);
        refreshed = null;
        String whole =
            JsonExporter.toJson(
                new IncrementalAnalysis(extraction, threads)
                    .update(source(store, ids.subList(0, n + m))));
        System.out.println(
            ChildJvm.resultLine(
                new Figures(
                    "add",
                    n + m,
                    first,
                    cpu,
                    rss,
                    refresh,
                    stats.extracted(),
                    stats.perspectives(),
                    whole.equals(incremental),
                    load)));
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static IncrementalAnalysis.Source<StoreException> source(
      ArticleStore store, List<String> ids) {
    return new IncrementalAnalysis.Source<>() {
      @Override
      public List<String> ids() {
        return ids;
      }

      @Override
      public List<AnnotatedArticle> load(List<String> wanted) throws StoreException {
        return store.load(wanted);
      }
    };
  }

  /** Runs one worker in a child JVM with the same class path and returns its figures. */
  public static Figures runChild(List<String> args, String heap, PrintWriter log)
      throws IOException, InterruptedException {
    return ChildJvm.run(
        ScaleBenchmark.class,
        heap,
        args,
        line -> ChildJvm.parseResult(Figures.class, line),
        line -> line.contains("Exception") || line.contains("Error"),
        "scale",
        log,
        code -> "scale worker " + args + " failed with exit code " + code);
  }
}
