package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.dictionary.Dictionaries;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.text.FurnitureFilter;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.ingest.web.WebOptions;
import org.dyad.model.CorpusAnalysis;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.report.HtmlReport;
import org.dyad.report.JsonExporter;
import org.dyad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad analyze}: ingest, annotate and store articles, then export and report them. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Analyse news articles: files or folders of .txt, .html/.htm, .jsonl and RSS/Atom feeds"
            + " (.xml, .rss, .atom), and http(s) URLs of pages and feeds.")
final class AnalyzeCommand implements Callable<Integer> {

  /** Runs with more articles than this show a progress bar. */
  static final int PROGRESS_THRESHOLD = 5;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, folders or http(s) URLs to analyse.")
  List<String> inputs;

  @Mixin StoreOptions storeOptions;

  @Mixin DictionaryOptions dictionaryOptions;

  @Mixin PairOptions pairOptions;

  @Option(
      names = "--full-parse",
      description =
          "Parse every sentence; by default only sentences with an event or quote cue are parsed,"
              + " which is faster and loses no extraction.")
  boolean fullParse;

  @Option(names = "--export", paramLabel = "FILE.json", description = "Write the JSON export.")
  Path export;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write the HTML report.")
  Path report;

  @Option(names = "--tension", paramLabel = "FILE.csv", description = "Write the tension index.")
  Path tension;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for annotation (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-input-mb",
      paramLabel = "MB",
      description =
          "Refuse input files and downloads larger than this (default: ${DEFAULT-VALUE}).")
  int maxInputMb = 4;

  @Option(
      names = "--no-follow",
      description =
          "Keep the summaries of feed items that carry no full text instead of fetching the pages"
              + " they link to.")
  boolean noFollow;

  @Option(
      names = "--allow-private-hosts",
      description =
          "Also download from loopback, private and link-local addresses (this machine, its"
              + " network, cloud metadata services); refused by default, after DNS and at every"
              + " redirect.")
  boolean allowPrivateHosts;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE.yaml",
      description =
          "Extra countries, metonyms, titles, outlets, actors and agents to add to the built-in"
              + " gazetteer and dictionaries.")
  Path gazetteerFile;

  /** How progress is shown on standard error. */
  enum Progress {
    bar,
    lines,
    none
  }

  @Option(
      names = "--progress",
      paramLabel = "bar|lines|none",
      description =
          "bar: a progress bar on runs of more than "
              + PROGRESS_THRESHOLD
              + " articles (default; when standard error is not a terminal, a line at every"
              + " tenth of the run instead); lines: one line per article once it is stored ('dyad:"
              + " stored|duplicate ID SOURCE'), for scripts; none.")
  Progress progress = Progress.bar;

  @Option(
      names = "--furniture",
      paramLabel = "FILE",
      description =
          "Extra page-furniture patterns for text pages, in the format of the built-in"
              + " dyad/furniture.txt.")
  Path furnitureFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (maxInputMb < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--max-input-mb must be at least 1: " + maxInputMb);
    }
    Gazetteer gazetteer;
    try {
      gazetteer = gazetteerFile == null ? Gazetteer.load() : Gazetteer.load(gazetteerFile);
    } catch (IOException | RuntimeException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "cannot use --gazetteer " + gazetteerFile + ": " + e.getMessage());
    }
    Dictionaries dictionaries = dictionaryOptions.load(spec.commandLine(), gazetteerFile, err);
    List<List<String>> pairs = pairOptions.resolve(gazetteer);
    Extraction extraction = new Extraction(gazetteer, dictionaries, pairs);
    TextArticleParser parser;
    try {
      parser =
          furnitureFile == null
              ? new TextArticleParser()
              : new TextArticleParser(FurnitureFilter.withExtra(furnitureFile));
    } catch (IOException | RuntimeException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "cannot use --furniture " + furnitureFile + ": " + e.getMessage());
    }
    OutputFolders.prepare(out, export, report, tension);
    try (ArticleStore store = storeOptions.open(err, StoreOptions.Need.NEW_OR_EXISTING)) {
      Dyad dyad =
          new Dyad(
              new Ingestor(
                  maxInputMb * 1024L * 1024L,
                  parser,
                  WebOptions.defaults()
                      .withFollowLinks(!noFollow)
                      .withPrivateHosts(allowPrivateHosts)),
              new GazetteerAnnotator(
                  fullParse
                      ? CoreNlpAnnotator.shared()
                      : CoreNlpAnnotator.shared().parsingOnly(extraction.scope()),
                  gazetteer),
              store,
              extraction,
              Math.max(1, threads));
      ProgressListener listener = new ProgressListener(err, progress);
      Dyad.RunSummary run;
      try {
        run = dyad.analyze(inputs, listener);
      } finally {
        listener.close();
      }
      List<InputProblem> failed = new ArrayList<>();
      CorpusAnalysis analysis =
          dyad.analysis(
              run.articleIds(),
              p -> {
                failed.add(p);
                listener.problem(p);
              });
      int problems = run.problems().size() + failed.size();
      out.printf(
          "dyad: %d articles (%d new, %d already stored), %d input problems%n",
          run.articleIds().size(), run.stored(), run.duplicates(), problems);
      if (export != null) {
        JsonExporter.write(analysis, export);
        out.println("dyad: wrote export " + export);
      }
      if (report != null) {
        HtmlReport.write(analysis, report);
        out.println("dyad: wrote report " + report);
      }
      if (tension != null) {
        org.dyad.report.TensionCsv.write(analysis, tension);
        out.println("dyad: wrote tension index " + tension);
      }
      return problems == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
  }

  /** Prints problems as they happen and shows progress as asked. */
  static final class ProgressListener implements Dyad.Listener, AutoCloseable {
    private final PrintWriter err;
    private final Progress mode;
    private final boolean terminal;
    private ProgressBar bar;
    private int total;
    private int done;
    private long startNanos;

    ProgressListener(PrintWriter err, Progress mode) {
      this(err, mode, System.console() != null);
    }

    /**
     * @param terminal whether standard error is a terminal: a bar redrawn in place there, else a
     *     line at every tenth of the run (a log file keeps no carriage returns)
     */
    ProgressListener(PrintWriter err, Progress mode, boolean terminal) {
      this.err = err;
      this.mode = mode;
      this.terminal = terminal;
    }

    @Override
    public synchronized void problem(InputProblem problem) {
      err.println("dyad: skipped " + problem);
      err.flush();
    }

    @Override
    public synchronized void started(int articles) {
      total = articles;
      done = 0;
      startNanos = System.nanoTime();
      if (mode == Progress.bar && articles > PROGRESS_THRESHOLD && terminal) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("Analysing")
                .setInitialMax(articles)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .showSpeed(new java.text.DecimalFormat("0.0"))
                .setUpdateIntervalMillis(500)
                .build();
      }
    }

    @Override
    public synchronized void articleDone(ArticleDraft draft, String articleId, String outcome) {
      if (bar != null) {
        bar.step();
      }
      done++;
      if (mode == Progress.bar
          && !terminal
          && total > PROGRESS_THRESHOLD
          && done * 10L / total > (done - 1) * 10L / total) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        err.printf(
            java.util.Locale.ROOT,
            "dyad: %d of %d articles (%d%%) in %.0f s, %.1f articles/s%n",
            done,
            total,
            done * 100L / total,
            seconds,
            seconds > 0 ? done / seconds : 0.0);
        err.flush();
      }
      if (mode == Progress.lines && articleId != null && !outcome.equals("failed")) {
        err.println("dyad: " + outcome + " " + articleId + " " + draft.source());
        err.flush();
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
