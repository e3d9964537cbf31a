package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.PairAnalysis;
import org.dyad.nlp.Gazetteer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The country pairs a command studies ({@code --pair AZE,RUS}, repeatable). */
final class PairOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--pair",
      paramLabel = "AAA,BBB",
      description =
          "The country pair to study, as two ISO 3166 alpha-3 codes (AZE,RUS); repeat for several,"
              + " the first being the default. Without it, the pairs the corpus covers, the most"
              + " reported first (or the gazetteer's pair:).")
  List<String> pairs = new ArrayList<>();

  /** The pairs given, validated against the gazetteer; else the gazetteer's own ({@code pair:}). */
  List<List<String>> resolve(Gazetteer gazetteer) {
    if (pairs.isEmpty()) {
      return gazetteer.pairs();
    }
    List<List<String>> out = new ArrayList<>();
    for (String p : pairs) {
      List<String> pair;
      try {
        pair = PairAnalysis.parse(p);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(mixee.commandLine(), "--pair " + p + ": " + e.getMessage());
      }
      for (String code : pair) {
        if (gazetteer.names(code).isEmpty()) {
          throw new ParameterException(
              mixee.commandLine(), "--pair " + p + ": unknown country code " + code);
        }
      }
      out.add(pair);
    }
    return out;
  }
}
