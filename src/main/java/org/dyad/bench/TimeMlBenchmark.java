package org.dyad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.nlp.TimeMl;
import org.dyad.nlp.TimeTagger;

/**
 * TempEval-3 time-expression scores (strict and relaxed extraction, type and value F1) of a {@link
 * TimeTagger} on TimeML gold files, scored as {@code ../shared/eval/timex_score.py} does.
 */
public final class TimeMlBenchmark {

  /** Counts and F1 scores, in percent. */
  public record Scores(
      int gold, int system, double strictF1, double relaxedF1, double typeF1, double valueF1) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "gold %d system %d  strict F1 %.2f  relaxed F1 %.2f  type F1 %.2f  value F1 %.2f",
          gold,
          system,
          strictF1,
          relaxedF1,
          typeF1,
          valueF1);
    }
  }

  private record Timex(int start, int end, String type, String value) {}

  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private TimeMlBenchmark() {}

  /** Tags every gold file under {@code goldDir} into {@code outDir} (flat) and scores them. */
  public static Scores run(TimeTagger tagger, Path goldDir, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<Path> files;
    try (Stream<Path> s = Files.walk(goldDir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    for (Path f : files) {
      TimeMl.Document doc = TimeMl.read(f);
      Files.writeString(
          outDir.resolve(doc.name()),
          TimeMl.write(doc, tagger.tag(doc.text(), doc.creationDate())),
          StandardCharsets.UTF_8);
    }
    return score(files, outDir);
  }

  /** Scores system files (paired by name in {@code sysDir}) against gold files. */
  public static Scores score(List<Path> goldFiles, Path sysDir) throws IOException {
    int tpStrict = 0;
    int tpRelaxed = 0;
    int tpValue = 0;
    int tpType = 0;
    int nGold = 0;
    int nSys = 0;
    for (Path g : goldFiles) {
      List<Timex> gold = timexes(g);
      Path s = sysDir.resolve(g.getFileName().toString());
      List<Timex> system = Files.exists(s) ? timexes(s) : List.of();
      nGold += gold.size();
      nSys += system.size();
      Set<Integer> used = new HashSet<>();
      for (Timex gt : gold) {
        for (int i = 0; i < system.size(); i++) {
          Timex st = system.get(i);
          if (used.contains(i) || st.start() >= gt.end() || gt.start() >= st.end()) {
            continue;
          }
          used.add(i);
          tpRelaxed++;
          tpStrict += st.start() == gt.start() && st.end() == gt.end() ? 1 : 0;
          tpValue += st.value().equals(gt.value()) ? 1 : 0;
          tpType += st.type().equals(gt.type()) ? 1 : 0;
          break;
        }
      }
    }
    return new Scores(
        nGold,
        nSys,
        f1(tpStrict, nGold, nSys),
        f1(tpRelaxed, nGold, nSys),
        f1(tpType, nGold, nSys),
        f1(tpValue, nGold, nSys));
  }

  private static double f1(int tp, int gold, int sys) {
    double p = tp / (double) Math.max(1, sys);
    double r = tp / (double) Math.max(1, gold);
    return 100 * 2 * p * r / Math.max(1e-9, p + r);
  }

  private static List<Timex> timexes(Path file) throws IOException {
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = TEXT.matcher(raw);
    String body = m.find() ? m.group(1) : "";
    List<Timex> out = new ArrayList<>();
    int plain = 0;
    int pos = 0;
    int openStart = -1;
    String type = null;
    String value = null;
    Matcher t = TAG.matcher(body);
    while (t.find()) {
      plain += t.start() - pos;
      pos = t.end();
      if (!t.group(2).equals("TIMEX3")) {
        continue;
      }
      if (t.group(1).isEmpty()) {
        if (t.group(3).strip().endsWith("/")) {
          continue;
        }
        openStart = plain;
        type = "";
        value = "";
        Matcher a = ATTR.matcher(t.group(3));
        while (a.find()) {
          if (a.group(1).equals("type")) {
            type = a.group(2);
          } else if (a.group(1).equals("value")) {
            value = a.group(2);
          }
        }
      } else if (openStart >= 0) {
        out.add(new Timex(openStart, plain, type, value));
        openStart = -1;
      }
    }
    return out;
  }
}
