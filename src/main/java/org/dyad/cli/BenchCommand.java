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
      paramLabel = "annotation|extraction|timeml|quotes|perspective|crash|long",
      description =
          "Run one part; perspective (fits the perspective weights), crash (kills dyad analyze"
              + " at random moments) and long (time against input length) run only when named.")
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
                      .parsingOnly(org.dyad.extract.Extraction.parseScope()),
                  org.dyad.nlp.Gazetteer.load()),
              org.dyad.nlp.Gazetteer.load(),
              Integer.MAX_VALUE);
      out.println("Quote attribution on PolNeAR dev (" + dev + "):\n  " + scores);
      out.flush();
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
                          .parsingOnly(org.dyad.extract.Extraction.parseScope()),
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
