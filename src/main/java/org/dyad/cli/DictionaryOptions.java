package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.dictionary.Dictionaries;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The user's own actor, agent and verb dictionaries, added to the shipped ones. */
final class DictionaryOptions {

  /** Problems of a user file printed before the rest are summarised. */
  private static final int SHOWN_PROBLEMS = 5;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "An actor dictionary in the TABARI/PETRARCH format (names, synonyms, dated CAMEO codes)"
              + " whose codes come before the shipped ones; may be repeated.")
  List<Path> actors = new ArrayList<>();

  @Option(
      names = "--agents",
      paramLabel = "FILE",
      description =
          "An agent dictionary in the PETRARCH format (sector words and their codes); may be"
              + " repeated.")
  List<Path> agents = new ArrayList<>();

  @Option(
      names = "--verbs",
      paramLabel = "FILE",
      description =
          "A verb dictionary in the PETRARCH 2 format (verbs, synonym sets, patterns and CAMEO"
              + " codes); may be repeated.")
  List<Path> verbs = new ArrayList<>();

  /**
   * The shipped dictionaries with the user's files (and the dictionaries of a gazetteer YAML, when
   * given) added; lines of user files that cannot be used are reported on {@code err}.
   */
  Dictionaries load(CommandLine cmd, Path gazetteerYaml, PrintWriter err) {
    Dictionaries d = Dictionaries.standard();
    try {
      for (Path p : actors) {
        Dictionaries next = d.withActors(p);
        report(p, next.actors().problems().size() - d.actors().problems().size(), next, err);
        d = next;
      }
      for (Path p : agents) {
        Dictionaries next = d.withAgents(p);
        report(p, next.agents().problems().size() - d.agents().problems().size(), next, err);
        d = next;
      }
      for (Path p : verbs) {
        Dictionaries next = d.withVerbs(p);
        report(p, next.verbs().problems().size() - d.verbs().problems().size(), next, err);
        d = next;
      }
      if (gazetteerYaml != null) {
        d = d.withYaml(gazetteerYaml);
      }
    } catch (IOException | RuntimeException e) {
      throw new CommandLine.ParameterException(cmd, "cannot use a dictionary: " + e.getMessage());
    }
    return d;
  }

  private static void report(Path file, int count, Dictionaries d, PrintWriter err) {
    if (count <= 0) {
      return;
    }
    List<String> all = new ArrayList<>();
    all.addAll(d.actors().problems());
    all.addAll(d.agents().problems());
    all.addAll(d.verbs().problems());
    List<String> mine = all.stream().filter(p -> p.startsWith(file.toString() + ":")).toList();
    mine.stream().limit(SHOWN_PROBLEMS).forEach(p -> err.println("dyad: skipped " + p));
    if (mine.size() > SHOWN_PROBLEMS) {
      err.println("dyad: ... and " + (mine.size() - SHOWN_PROBLEMS) + " more lines of " + file);
    }
    err.flush();
  }
}
