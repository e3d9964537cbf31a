package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.Dyad;
import org.dyad.extract.Extraction;
import org.dyad.ingest.InputProblem;
import org.dyad.model.CorpusAnalysis;
import org.dyad.nlp.Gazetteer;
import org.dyad.report.GdeltExporter;
import org.dyad.report.HtmlReport;
import org.dyad.report.JsonExporter;
import org.dyad.report.TensionCsv;
import org.dyad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad export}: analyse every stored article and write one export format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export everything in the database: json (FORMAT.md), gdelt-csv, tension-csv or html.")
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format {
    json,
    gdelt_csv,
    tension_csv,
    html
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Mixin PairOptions pairOptions;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "json, gdelt-csv, tension-csv or html.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Option(names = "--header", description = "Write column names as the first CSV line.")
  boolean header;

  /** Accepts the dashed names users type. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.replace('-', '_'));
    }
  }

  @Option(
      names = "--period",
      paramLabel = "month|week",
      description = "Periods of the tension-csv series (default: ${DEFAULT-VALUE}).")
  org.dyad.compare.TensionIndex.Period period = org.dyad.compare.TensionIndex.Period.MONTH;

  @Override
  public Integer call() throws Exception {
    Gazetteer gazetteer = Gazetteer.load();
    List<List<String>> pairs = pairOptions.resolve(gazetteer);
    OutputFolders.prepare(spec.commandLine().getOut(), out);
    try (ArticleStore store = storeOptions.open(spec.commandLine().getErr())) {
      List<InputProblem> problems = new ArrayList<>();
      CorpusAnalysis analysis =
          new Extraction(gazetteer, pairs)
              .analyze(
                  store.loadAll(),
                  f -> {
                    InputProblem p = Dyad.problem(f);
                    problems.add(p);
                    spec.commandLine().getErr().println("dyad: skipped " + p);
                  });
      switch (format) {
        case json -> JsonExporter.write(analysis, out);
        case gdelt_csv -> GdeltExporter.write(analysis, out, header);
        case tension_csv -> {
          if (period == org.dyad.compare.TensionIndex.Period.MONTH) {
            TensionCsv.write(analysis, out);
          } else {
            List<org.dyad.model.TensionPoint> weekly = new java.util.ArrayList<>();
            for (org.dyad.model.PairAnalysis p : analysis.pairs()) {
              weekly.addAll(
                  org.dyad.compare.TensionIndex.series(
                      analysis.events(), p.pair(), p.perspectives(), period));
            }
            TensionCsv.write(weekly, out);
          }
        }
        case html -> HtmlReport.write(analysis, out);
      }
      spec.commandLine()
          .getOut()
          .printf(
              "dyad: wrote %s (%d articles, %d events)%n",
              out, analysis.articles().size(), analysis.events().size());
      return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
  }
}
