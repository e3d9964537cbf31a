package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.bench.PetrarchCoding;
import org.dyad.bench.PetrarchRecords;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad code}: codes PETRARCH records with Dyad's pipeline and their own dictionaries. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description =
        "Code the sentences of a PETRARCH records file (<Sentence> with <Text> and <EventCoding>)"
            + " with Dyad's pipeline and the dictionaries its <Environment> names, and print the"
            + " share of expected codings reproduced, exactly and at the CAMEO root with both actor"
            + " codes, by category.")
final class CodeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE.xml", description = "The PETRARCH records file.")
  Path file;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for annotation (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--misses",
      description = "Also print each record whose expected codings were not all reproduced.")
  boolean misses;

  @Option(
      names = "--with-lexicon",
      description =
          "Use Dyad's own event lexicon (event-lexicon.tsv) before the file's verb dictionary.")
  boolean withLexicon;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such records file: " + file);
    }
    PetrarchRecords records;
    PetrarchCoding coding;
    try {
      records = PetrarchRecords.read(file);
      coding = new PetrarchCoding(records, Gazetteer.load(), withLexicon);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot use " + file + ": " + e.getMessage());
    }
    List<PetrarchCoding.Result> results =
        coding.code(
            records.records(),
            new GazetteerAnnotator(CoreNlpAnnotator.shared(), Gazetteer.load()),
            Math.max(1, threads));
    if (misses) {
      for (PetrarchCoding.Result r : results) {
        boolean all = r.produced().containsAll(r.record().expected());
        if (!all || r.record().noEvents() && !r.produced().isEmpty()) {
          out.printf(
              "%s [%s] expected %s produced %s%n  %s%n",
              r.record().id(),
              r.record().category(),
              r.record().noEvents() ? "none" : r.record().expected(),
              r.produced(),
              r.record().text());
        }
      }
    }
    out.printf(
        "dyad code: %d records, %d expected codings (%s)%n",
        records.records().size(), records.expectedCount(), file);
    out.print(PetrarchCoding.table(PetrarchCoding.score(results)));
    long quiet =
        results.stream()
            .filter(r -> r.record().noEvents())
            .filter(r -> r.produced().isEmpty())
            .count();
    long none = results.stream().filter(r -> r.record().noEvents()).count();
    out.printf("records expected to code nothing that coded nothing: %d of %d%n", quiet, none);
    return ExitCodes.OK;
  }
}
