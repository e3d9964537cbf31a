package org.dyad.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.ingest.InputProblem;
import org.dyad.spark.DyadSparkJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad spark}: the whole analysis as an Apache Spark job, locally or on a cluster. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a corpus with Apache Spark and write export.json (the JSON export), gdelt.csv and"
          + " problems.txt to --out. Runs in local mode unless --master names a cluster (this"
          + " process is then the driver); or submit org.dyad.spark.DyadSparkJob with"
          + " spark-submit and the same options."
    })
final class SparkCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders of .txt, .html/.htm and .jsonl: paths or Hadoop URIs.")
  List<String> inputs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder: a path or Hadoop URI.")
  String out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: the one spark-submit sets, else local[*]).")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions to spread the articles over (default: Spark's parallelism).")
  Integer partitions;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description =
          "A Spark property, as spark-submit's --conf (repeatable), e.g."
              + " spark.executor.memory=3g.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = "--max-input-mb",
      paramLabel = "MB",
      description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
  int maxInputMb = 4;

  @Override
  public Integer call() throws Exception {
    if (partitions != null && partitions < 1) {
      throw new ParameterException(
          spec.commandLine(), "--partitions must be at least 1: " + partitions);
    }
    if (maxInputMb < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-input-mb must be at least 1: " + maxInputMb);
    }
    for (Map.Entry<String, String> e : conf.entrySet()) {
      if (!e.getKey().startsWith("spark.")) {
        throw new ParameterException(
            spec.commandLine(), "--conf takes Spark properties (spark.*): " + e.getKey());
      }
    }
    try {
      Class.forName("org.apache.spark.api.java.JavaSparkContext");
    } catch (ClassNotFoundException e) {
      throw new ParameterException(
          spec.commandLine(),
          "Spark is not on the class path: run ./dyad spark (it adds Spark from the Maven cache)"
              + " or spark-submit --class org.dyad.spark.DyadSparkJob");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    long started = System.nanoTime();
    DyadSparkJob.Result r =
        DyadSparkJob.run(
            new DyadSparkJob.Options(
                inputs,
                out,
                master,
                partitions == null ? 0 : partitions,
                maxInputMb * 1024L * 1024L,
                conf),
            line -> {
              err.println(line);
              err.flush();
            });
    for (InputProblem p : r.problems()) {
      err.println("dyad: skipped " + p);
    }
    outWriter.printf(
        java.util.Locale.ROOT,
        "dyad: %d articles from %d files (%d exact and %d near duplicates dropped), %d events,"
            + " %d quotes, %d input problems, in %.1f s%n",
        r.articles(),
        r.files(),
        r.exactDuplicates(),
        r.nearDuplicates(),
        r.events(),
        r.quotes(),
        r.problems().size(),
        (System.nanoTime() - started) / 1e9);
    for (String o : r.outputs()) {
      outWriter.println("dyad: wrote " + o);
    }
    return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }
}
