package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.bench.AnnotationBenchmark;
import org.dyad.bench.AnnotationBenchmark.Figures;
import org.dyad.bench.ExtractionBenchmark;
import org.dyad.bench.ScaleBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: throughput, memory and extraction quality on public benchmark data. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark Dyad's ingest + annotation against a plain CoreNLP pipeline on Reuters-21578,"
            + " and HTML extraction on the article-extraction benchmark.")
final class BenchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "Folder holding benchmarks/ (default: ${DEFAULT-VALUE}).")
  Path shared = Path.of("../shared");

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Reuters stories to annotate (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for Dyad's multi-threaded run (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--skip-plain", description = "Do not run the plain CoreNLP baseline.")
  boolean skipPlain;

  @Option(
      names = "--repeat",
      defaultValue = "1",
      description =
          "Run each throughput pipeline N times, alternating, and keep each one's best run"
              + " (filters out other load on the machine).")
  int repeat;

  @Option(
      names = "--only",
      paramLabel = "annotation|extraction|timeml|quotes|perspective|crash|long|scale",
      description =
          "Run one part; perspective (fits the perspective weights), crash (kills dyad analyze"
              + " at random moments), long (time against input length) and scale (annotates up to"
              + " 16,100 Reuters stories into --scale-store once, hours, then re-analyses them)"
              + " run only when named.")
  String only;

  @Option(
      names = "--kills",
      paramLabel = "N",
      description = "Crash test: how many times to kill dyad analyze (default: ${DEFAULT-VALUE}).")
  int kills = 50;

  @Option(
      names = "--stories",
      paramLabel = "N",
      description = "Crash test: Reuters stories in its corpus (default: ${DEFAULT-VALUE}).")
  int stories = 100;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Crash test: seed of the random kill moments (default: a new one, printed).")
  Long seed;

  @Option(
      names = "--scale-store",
      paramLabel = "DIR",
      description =
          "Embedded database of annotated Reuters stories for --only scale, kept between runs"
              + " (default: ${DEFAULT-VALUE}).")
  Path scaleStore = Path.of(System.getProperty("java.io.tmpdir"), "dyad-scale-store");

  @Option(
      names = "--sizes",
      paramLabel = "N,N,...",
      split = ",",
      description = "Corpus sizes for --only scale (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes = List.of(1000, 2000, 4000, 8000, 16000);

  @Option(
      names = "--add",
      paramLabel = "N",
      description =
          "Stories added to the largest corpus for --only scale, as a server takes them in"
              + " (default: ${DEFAULT-VALUE}).")
  int add = 100;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "perspective: keep the annotated development sets in embedded databases here, so later"
              + " runs skip annotation (delete it after changing ingest or annotation).")
  Path cache;

  @Option(names = "--show-features", description = "perspective: print each article's features.")
  boolean showFeatures;

  @Option(
      names = "--write-weights",
      paramLabel = "FILE",
      description =
          "perspective: write the weights fitted on every set to FILE (the shipped ones are"
              + " src/main/resources/dyad/perspective-weights.tsv).")
  Path writeWeights;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    Path reuters = shared.resolve("benchmarks/reuters21578");
    Path extraction = shared.resolve("benchmarks/article-extraction");
    if ("crash".equals(only)) {
      return crash(out, reuters);
    }
    if ("long".equals(only)) {
      return longInputs(out, reuters);
    }
    if (only == null || only.equals("extraction")) {
      requireDir(extraction);
      var r = ExtractionBenchmark.run(extraction);
      out.println("HTML extraction on " + extraction + ":");
      out.println("  " + r);
      out.flush();
    }
    if (only == null || only.equals("timeml")) {
      Path tbaq = shared.resolve("benchmarks/tempeval3/TBAQ-cleaned");
      requireDir(tbaq);
      Path outDir = Files.createTempDirectory("dyad-timeml");
      long t0 = System.nanoTime();
      org.dyad.bench.TimeMlBenchmark.tagAll(
          org.dyad.nlp.TimexNormalizer.wrap(org.dyad.nlp.corenlp.SuTimeTagger.shared()),
          tbaq,
          outDir);
      var halves = org.dyad.bench.TimeMlBenchmark.scoreFolders(tbaq, outDir);
      var scores = org.dyad.bench.TimeMlBenchmark.scoreTree(tbaq, outDir);
      out.printf(
          Locale.ROOT,
          "TempEval-3 time expressions on %s (%.0f s; TimeML written to %s):%n",
          tbaq,
          (System.nanoTime() - t0) / 1e9,
          outDir);
      halves.forEach(
          (name, s) ->
              out.printf(
                  Locale.ROOT,
                  "  %s (value F1 %.2f):%n%s",
                  name,
                  s.valueF1(),
                  s.format().indent(4)));
      out.printf(Locale.ROOT, "  all:%n%s", scores.format().indent(4));
      out.flush();
    }
    if (only == null || only.equals("quotes")) {
      Path dev = shared.resolve("benchmarks/polnear/dev");
      requireDir(dev);
      var scores =
          org.dyad.bench.PolnearBenchmark.run(
              dev,
              new org.dyad.nlp.GazetteerAnnotator(
                  org.dyad.nlp.corenlp.CoreNlpAnnotator.shared()
                      .parsingOnly(org.dyad.analysis.Extraction.parseScope()),
                  org.dyad.nlp.Gazetteer.load()),
              org.dyad.nlp.Gazetteer.load(),
              Integer.MAX_VALUE);
      out.println("Quote attribution on PolNeAR dev (" + dev + "):\n  " + scores);
      out.flush();
    }
    if ("scale".equals(only)) {
      scale(out, reuters);
      return ExitCodes.OK;
    }
    if (only != null && only.equals("perspective")) {
      Path dev = shared.resolve("eval/dev");
      requireDir(dev);
      org.dyad.nlp.Gazetteer gazetteer = org.dyad.nlp.Gazetteer.load();
      out.println(
          "Perspective, leave one pair out (fitted on the other development sets and the seeds):");
      out.flush();
      var r =
          org.dyad.bench.PerspectiveBenchmark.run(
              shared,
              cache,
              () ->
                  new org.dyad.nlp.GazetteerAnnotator(
                      org.dyad.nlp.corenlp.CoreNlpAnnotator.shared()
                          .parsingOnly(org.dyad.analysis.Extraction.parseScope()),
                      gazetteer),
              gazetteer,
              showFeatures,
              out);
      if (writeWeights != null) {
        Files.writeString(
            writeWeights,
            r.fitted()
                .format(
                    "Fitted by `dyad bench --only perspective` on the gold narrative_carried of the"
                        + " development sets\nand the seeds ("
                        + r.samples()
                        + " articles), L2 penalty "
                        + org.dyad.bench.PerspectiveBenchmark.L2
                        + String.format(
                            Locale.ROOT,
                            "; leave-one-pair-out accuracy %.3f (%s).",
                            r.meanAccuracy(),
                            r.foldAccuracy().entrySet().stream()
                                .map(
                                    e ->
                                        e.getKey()
                                            + String.format(Locale.ROOT, " %.3f", e.getValue()))
                                .collect(java.util.stream.Collectors.joining(", ")))));
        out.println("wrote " + writeWeights);
      }
      return ExitCodes.OK;
    }
    if (only == null || only.equals("annotation")) {
      requireDir(reuters);
      out.printf(
          "Ingest + annotation (+ extraction for dyad) of the first %d Reuters-21578 stories,"
              + " one fresh JVM each:%n",
          limit);
      out.printf(
          "  %-22s %7s %9s %10s %8s %12s %12s %12s%n",
          "pipeline",
          "threads",
          "articles",
          "art/s",
          "tok/s",
          "art/CPU-s",
          "peak RSS MB",
          "extraction s");
      out.flush();
      if (repeat < 1) {
        throw new ParameterException(spec.commandLine(), "--repeat must be at least 1: " + repeat);
      }
      Figures dyad1 = null;
      Figures dyadN = null;
      Figures plain = null;
      for (int round = 0; round < repeat; round++) {
        dyad1 = best(dyad1, AnnotationBenchmark.runChild("dyad", 1, limit, reuters, "2g", out));
        if (threads > 1) {
          dyadN =
              best(dyadN, AnnotationBenchmark.runChild("dyad", threads, limit, reuters, "2g", out));
        }
        if (!skipPlain) {
          plain = best(plain, AnnotationBenchmark.runChild("plain", 1, limit, reuters, "4g", out));
        }
      }
      print(out, "dyad", dyad1);
      if (dyadN != null) {
        print(out, "dyad", dyadN);
      }
      if (plain != null) {
        print(out, "plain CoreNLP", plain);
        out.printf(
            Locale.ROOT,
            "  ratio dyad/plain, same single thread: %.2fx articles/s, %.2fx articles per"
                + " CPU-second, %.2fx peak memory%n",
            dyad1.articlesPerSecond() / plain.articlesPerSecond(),
            dyad1.articlesPerCpuSecond() / plain.articlesPerCpuSecond(),
            (double) dyad1.peakRssBytes() / plain.peakRssBytes());
        if (dyadN != null) {
          out.printf(
              Locale.ROOT,
              "  ratio dyad (%d threads)/plain: %.2fx articles/s, %.2fx peak memory%n",
              threads,
              dyadN.articlesPerSecond() / plain.articlesPerSecond(),
              (double) dyadN.peakRssBytes() / plain.peakRssBytes());
        }
      }
    }
    return ExitCodes.OK;
  }

  private int crash(PrintWriter out, Path reuters) throws Exception {
    requireDir(reuters);
    if (kills < 1 || stories < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--kills and --stories must be at least 1: " + kills + ", " + stories);
    }
    long s = seed != null ? seed : new java.util.Random().nextLong();
    Path work = Files.createTempDirectory("dyad-crash");
    out.printf(
        "Crash test: dyad analyze killed with SIGKILL at %d random moments over %d Reuters"
            + " stories (--seed %d; work in %s):%n",
        kills, stories, s, work);
    out.flush();
    var figures = org.dyad.bench.CrashBenchmark.run(reuters, stories, kills, s, work, out);
    out.print(figures.format().indent(2));
    out.flush();
    if (figures.passed()) {
      deleteTree(work);
    }
    return figures.passed() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private int longInputs(PrintWriter out, Path reuters) throws Exception {
    requireDir(reuters);
    Path work = Files.createTempDirectory("dyad-long");
    List<Path> sets = org.dyad.bench.LongInputBenchmark.writeInputs(reuters, work);
    out.println(
        "Time against input length: Reuters stories one after another in one text, one thread, a"
            + " fresh JVM per set with a 3 GB heap, models loaded first; CPU seconds per stage"
            + " (worker thread), then the whole analysis in process CPU seconds (collector"
            + " included) and wall seconds:");
    out.printf(
        "  %-9s %5s %9s %8s %7s %9s %7s %8s %8s %8s %12s%n",
        "set",
        "texts",
        "chars",
        "tokens",
        "ingest",
        "annotate",
        "store",
        "extract",
        "CPU s",
        "wall s",
        "peak RSS MB");
    out.flush();
    java.util.Map<String, org.dyad.bench.LongInputBenchmark.Figures> bySet =
        new java.util.LinkedHashMap<>();
    for (Path set : sets) {
      org.dyad.bench.LongInputBenchmark.Figures f;
      try {
        f = org.dyad.bench.LongInputBenchmark.runChild(set, out);
      } catch (java.io.IOException e) {
        out.println("  " + set.getFileName() + ": " + e.getMessage());
        out.flush();
        continue;
      }
      bySet.put(f.name(), f);
      out.printf(
          Locale.ROOT,
          "  %-9s %5d %9d %8d %7.1f %9.1f %7.1f %8.1f %8.1f %8.1f %12.0f%n",
          f.name(),
          f.texts(),
          f.chars(),
          f.tokens(),
          f.ingest(),
          f.annotate(),
          f.store(),
          f.extract(),
          f.processCpu(),
          f.wall(),
          f.peakRssBytes() / (1024.0 * 1024.0));
      out.flush();
    }
    var four = bySet.get("4MB");
    var ten = bySet.get("10x0.4MB");
    if (four != null && ten != null) {
      out.printf(
          Locale.ROOT,
          "  4 MB in one text / the same stories in ten 0.4 MB texts: %.2fx CPU, %.2fx wall clock"
              + " (done when at most 1.5x)%n",
          four.processCpu() / ten.processCpu(),
          four.wall() / ten.wall());
    }
    out.flush();
    deleteTree(work);
    return ExitCodes.OK;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void scale(PrintWriter out, Path reuters) throws Exception {
    requireDir(reuters);
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || add < 0 || repeat < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--sizes must be positive, --add and --repeat at least 0 and 1: "
              + sizes
              + ", "
              + add
              + ", "
              + repeat);
    }
    List<Integer> ns = sizes.stream().sorted().toList();
    int largest = ns.get(ns.size() - 1);
    int stored = ScaleBenchmark.prepare(reuters, scaleStore, largest + add, threads, out);
    out.printf(
        "Re-analysis of the first N of %d annotated Reuters-21578 stories in %s (analysis and JSON"
            + " export, as dyad export; fresh JVM each, %d threads, -Xmx3g, best of %d):%n",
        stored, scaleStore, threads, repeat);
    out.printf(
        "  %8s %9s %9s %12s %10s   %s%n",
        "stories", "wall s", "CPU s", "peak RSS MB", "growth", "load average at start");
    out.flush();
    ScaleBenchmark.Figures previous = null;
    for (int n : ns) {
      if (n > stored) {
        out.printf("  %8d   (the store holds only %d stories)%n", n, stored);
        continue;
      }
      ScaleBenchmark.Figures best = null;
      for (int round = 0; round < repeat; round++) {
        ScaleBenchmark.Figures f =
            ScaleBenchmark.runChild(
                List.of("reanalyse", scaleStore.toString(), Integer.toString(n)), "3g", out);
        best = best == null || f.seconds() < best.seconds() ? f : best;
      }
      String growth =
          previous == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  "%.2fx/%.2fx",
                  best.seconds() / previous.seconds() * previous.articles() * 2 / best.articles(),
                  best.cpuSeconds()
                      / previous.cpuSeconds()
                      * previous.articles()
                      * 2
                      / best.articles());
      out.printf(
          Locale.ROOT,
          "  %8d %9.1f %9.1f %12.0f %10s   %s%n",
          n,
          best.seconds(),
          best.cpuSeconds(),
          best.peakRssBytes() / (1024.0 * 1024.0),
          growth,
          best.load());
      out.flush();
      previous = best;
    }
    out.println("  growth: wall/CPU time per doubling (scaled to an exact doubling)");
    if (add > 0 && largest + add <= stored) {
      ScaleBenchmark.Figures f =
          ScaleBenchmark.runChild(
              List.of(
                  "add", scaleStore.toString(), Integer.toString(largest), Integer.toString(add)),
              "3g",
              out);
      out.printf(
          Locale.ROOT,
          "Adding %d stories to the %d kept in memory (as dyad serve refreshes): %.1f s"
              + " (%d articles extracted, %d perspectives computed again; first analysis %.1f s,"
              + " peak RSS %.0f MB, load average %s); the result exports what analysing all %d at"
              + " once exports: %s%n",
          add,
          largest,
          f.refreshSeconds(),
          f.extracted(),
          f.perspectives(),
          f.seconds(),
          f.peakRssBytes() / (1024.0 * 1024.0),
          f.load(),
          f.articles(),
          f.identical() ? "yes" : "NO");
      out.flush();
    }
  }

  private static Figures best(Figures sofar, Figures run) {
    return sofar == null || run.articlesPerSecond() > sofar.articlesPerSecond() ? run : sofar;
  }

  private static void print(PrintWriter out, String name, Figures f) {
    out.printf(
        Locale.ROOT,
        "  %-22s %7d %9d %10.2f %8.0f %12.2f %12.0f %12.1f   (models loaded in %.1f s)%n",
        name,
        f.threads(),
        f.articles(),
        f.articlesPerSecond(),
        f.tokensPerSecond(),
        f.articlesPerCpuSecond(),
        f.peakRssBytes() / (1024.0 * 1024.0),
        f.extractionSeconds(),
        f.loadSeconds());
    out.flush();
  }

  private void requireDir(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(
          spec.commandLine(), "benchmark data not found: " + dir + " (set --shared)");
    }
  }
}
