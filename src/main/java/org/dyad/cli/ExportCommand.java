package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.analysis.IncrementalAnalysis;
import org.dyad.edit.Corrector;
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
        "Export everything in the database: json (docs/FORMAT.md), gdelt-csv,"
            + " gdelt-mentions-csv, tension-csv or html.")
final class ExportCommand implements Callable<Integer> {

  /** Export formats, by the names users type. */
  enum Format {
    JSON("json"),
    GDELT_CSV("gdelt-csv"),
    GDELT_MENTIONS_CSV("gdelt-mentions-csv"),
    TENSION_CSV("tension-csv"),
    HTML("html");

    final String label;

    Format(String label) {
      this.label = label;
    }

    /** Every format's name, {@code json, gdelt-csv, gdelt-mentions-csv, tension-csv, html}. */
    static String labels() {
      return String.join(
          ", ", java.util.Arrays.stream(values()).map(f -> f.label).toArray(String[]::new));
    }
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Mixin DictionaryOptions dictionaryOptions;

  @Mixin PairOptions pairOptions;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "json (the export of docs/FORMAT.md), gdelt-csv (the GDELT 2.0 event table),"
              + " gdelt-mentions-csv (its mentions table), tension-csv (the tension index) or"
              + " html (the report).")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Option(names = "--header", description = "Write column names as the first CSV line.")
  boolean header;

  @Option(
      names = "--all-modalities",
      description =
          "GDELT exports: also write events that are only reported, alleged, denied, planned or"
              + " hypothetical (by default only asserted events, as GDELT codes them).")
  boolean allModalities;

  /** Accepts the dashed names users type, in any case; anything else names the formats. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      String v = value.strip();
      for (Format f : Format.values()) {
        if (f.label.equalsIgnoreCase(v) || f.name().equalsIgnoreCase(v)) {
          return f;
        }
      }
      String csv =
          v.equalsIgnoreCase("csv")
              ? " (two CSV exports: gdelt-csv for the events, tension-csv for the tension index)"
              : "";
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a format; choose one of " + Format.labels() + csv);
    }
  }

  /** {@code month} or {@code week}, in any case. */
  static final class PeriodConverter
      implements picocli.CommandLine.ITypeConverter<org.dyad.compare.TensionIndex.Period> {
    @Override
    public org.dyad.compare.TensionIndex.Period convert(String value) {
      for (var p : org.dyad.compare.TensionIndex.Period.values()) {
        if (p.name().equalsIgnoreCase(value.strip())) {
          return p;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a period; choose month or week");
    }
  }

  @Option(
      names = "--period",
      paramLabel = "month|week",
      converter = PeriodConverter.class,
      description = "Periods of the tension-csv series (default: month).")
  org.dyad.compare.TensionIndex.Period period = org.dyad.compare.TensionIndex.Period.MONTH;

  @Override
  public Integer call() throws Exception {
    Gazetteer gazetteer = Gazetteer.load();
    List<List<String>> pairs = pairOptions.resolve(gazetteer);
    OutputFolders.prepare(spec.commandLine().getOut(), out);
    try (ArticleStore store =
        storeOptions.open(spec.commandLine().getErr(), StoreOptions.Need.EXISTING)) {
      List<InputProblem> problems = new ArrayList<>();
      Extraction extraction =
          new Extraction(
              gazetteer,
              dictionaryOptions.load(spec.commandLine(), null, spec.commandLine().getErr()),
              pairs);
      CorpusAnalysis analysis =
          new Corrector(extraction)
              .apply(
                  new IncrementalAnalysis(extraction, Runtime.getRuntime().availableProcessors())
                      .update(
                          Dyad.source(store),
                          f -> {
                            InputProblem p = Dyad.problem(f);
                            problems.add(p);
                            spec.commandLine().getErr().println("dyad: skipped " + p);
                          }),
                  store.edits());
      switch (format) {
        case JSON -> JsonExporter.write(analysis, out);
        case GDELT_CSV ->
            GdeltExporter.write(
                analysis,
                out,
                header,
                new GdeltExporter.Options(allModalities, java.time.Instant.now()));
        case GDELT_MENTIONS_CSV ->
            GdeltExporter.writeMentions(
                analysis,
                out,
                header,
                new GdeltExporter.Options(allModalities, java.time.Instant.now()));
        case TENSION_CSV -> {
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
        case HTML -> HtmlReport.write(analysis, out);
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
