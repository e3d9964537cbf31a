package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.model.PartialDate;
import org.dyad.nlp.TimeMl;
import org.dyad.nlp.corenlp.SuTimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad timeml}: tag time expressions and write TimeML with TIMEX3 types and values. */
@Command(
    name = "timeml",
    mixinStandardHelpOptions = true,
    description =
        "Tag time expressions in TimeML (.tml), TempEval-3 test input (.tml.TE3input) or plain"
            + " text (.txt) files and write TimeML (NAME.tml) with TIMEX3 type and value"
            + " attributes.")
final class TimemlCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or folders of .tml/.tml.TE3input/.txt.")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--dct",
      paramLabel = "YYYY-MM-DD",
      description = "Document date for .txt inputs (TimeML files carry their own).")
  String dct;

  /** Whether a file found in an input folder is one to tag: .tml, .tml.TE3input or .txt. */
  static boolean isInputName(Path p) {
    String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".tml") || name.endsWith(".tml.te3input") || name.endsWith(".txt");
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PartialDate date = dct == null ? null : PartialDate.parse(dct);
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.walk(in)) {
          s.filter(TimemlCommand::isInputName)
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(in);
      }
    }
    int failed = 0;
    org.dyad.nlp.TimeTagger tagger = org.dyad.nlp.TimexNormalizer.wrap(SuTimeTagger.shared());
    for (Path f : files) {
      try {
        TimeMl.Document doc = TimeMl.read(f, date);
        String name = TimeMl.outputName(f);
        Files.writeString(
            out.resolve(name),
            TimeMl.write(doc, tagger.tag(doc.text(), doc.referenceDate())),
            StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        failed++;
        err.println("dyad: skipped " + f + ": " + e.getMessage());
      }
    }
    spec.commandLine()
        .getOut()
        .printf("dyad: wrote %d TimeML files to %s%n", files.size() - failed, out);
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }
}
