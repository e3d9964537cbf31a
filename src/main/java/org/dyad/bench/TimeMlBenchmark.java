package org.dyad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.TimeMl;
import org.dyad.nlp.TimeTagger;
import org.dyad.nlp.TimexNormalizer;
import org.dyad.nlp.corenlp.SuTimeTagger;

/**
 * TempEval-3 task A (time expressions) on TimeML data: tags every gold file, writes the system
 * files flat into one folder and scores them as {@code timex_score.py} does.
 */
public final class TimeMlBenchmark {

  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);

  private TimeMlBenchmark() {}

  /** Match counts of one scoring run; F1, precision and recall are in percent. */
  public record Scores(
      int gold, int system, int strict, int relaxed, int type, int value, int missing) {

    public Scores {
      if (gold < 0 || system < 0 || strict < 0 || relaxed < 0 || type < 0 || value < 0) {
        throw new IllegalArgumentException("counts must not be negative: " + gold + "/" + system);
      }
    }

    public Scores plus(Scores o) {
      return new Scores(
          gold + o.gold,
          system + o.system,
          strict + o.strict,
          relaxed + o.relaxed,
          type + o.type,
          value + o.value,
          missing + o.missing);
    }

    public double precision(int tp) {
      return 100.0 * tp / Math.max(1, system);
    }

    public double recall(int tp) {
      return 100.0 * tp / Math.max(1, gold);
    }

    public double f1(int tp) {
      double p = (double) tp / Math.max(1, system);
      double r = (double) tp / Math.max(1, gold);
      return 100.0 * 2 * p * r / Math.max(1e-9, p + r);
    }

    public double valueF1() {
      return f1(value);
    }

    public double strictF1() {
      return f1(strict);
    }

    public double relaxedF1() {
      return f1(relaxed);
    }

    public double typeF1() {
      return f1(type);
    }

    /** The report in the scorer's layout. */
    public String format() {
      StringBuilder s = new StringBuilder();
      String[] labels = {"strict", "relaxed", "type", "value"};
      int[] tps = {strict, relaxed, type, value};
      for (int i = 0; i < 4; i++) {
        s.append(
            String.format(
                Locale.ROOT,
                "%-8s F1 %6.2f  P %6.2f  R %6.2f%n",
                labels[i],
                f1(tps[i]),
                precision(tps[i]),
                recall(tps[i])));
      }
      s.append(
          String.format(
              Locale.ROOT, "gold %d  system %d  files without output %d%n", gold, system, missing));
      s.append(
          String.format(
              Locale.ROOT, "summary: value_f1=%.2f relaxed_f1=%.2f%n", valueF1(), relaxedF1()));
      return s.toString();
    }
  }

  private record Timex(int start, int end, String type, String value) {}

  /**
   * Scores the system files in {@code sysDir} against the .tml files directly in {@code goldDir}.
   */
  public static Scores score(Path goldDir, Path sysDir) throws IOException {
    Scores total = new Scores(0, 0, 0, 0, 0, 0, 0);
    for (Path gold : tmlFiles(goldDir, false)) {
      Path sys = sysDir.resolve(gold.getFileName().toString());
      boolean exists = Files.exists(sys);
      total =
          total.plus(
              score(
                  timexes(Files.readString(gold, StandardCharsets.UTF_8)),
                  exists ? timexes(Files.readString(sys, StandardCharsets.UTF_8)) : List.of(),
                  exists ? 0 : 1));
    }
    return total;
  }

  /**
   * Scores the system files in {@code sysDir} against the .tml files in {@code goldDir} and in all
   * folders below it (TBAQ-cleaned keeps TimeBank and AQUAINT in subfolders).
   */
  public static Scores scoreTree(Path goldDir, Path sysDir) throws IOException {
    Scores all = new Scores(0, 0, 0, 0, 0, 0, 0);
    for (Scores s : scoreFolders(goldDir, sysDir).values()) {
      all = all.plus(s);
    }
    return all;
  }

  /**
   * The scores of each folder of .tml files under {@code goldDir} (TBAQ-cleaned: "AQUAINT" and
   * "TimeBank"), by its path relative to {@code goldDir}, in name order.
   */
  public static Map<String, Scores> scoreFolders(Path goldDir, Path sysDir) throws IOException {
    Set<Path> folders = new TreeSet<>();
    for (Path p : tmlFiles(goldDir, true)) {
      folders.add(p.getParent());
    }
    Map<String, Scores> out = new java.util.LinkedHashMap<>();
    for (Path folder : folders) {
      out.put(goldDir.relativize(folder).toString(), score(folder, sysDir));
    }
    return out;
  }

  private static Scores score(List<Timex> gold, List<Timex> system, int missing) {
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    Set<Integer> used = new HashSet<>();
    for (Timex g : gold) {
      for (int i = 0; i < system.size(); i++) {
        Timex s = system.get(i);
        if (used.contains(i) || s.start >= g.end || g.start >= s.end) {
          continue;
        }
        used.add(i);
        relaxed++;
        strict += s.start == g.start && s.end == g.end ? 1 : 0;
        value += s.value.equals(g.value) ? 1 : 0;
        type += s.type.equals(g.type) ? 1 : 0;
        break;
      }
    }
    return new Scores(gold.size(), system.size(), strict, relaxed, type, value, missing);
  }

  private static List<Timex> timexes(String raw) {
    Matcher t = TEXT.matcher(raw);
    String body = t.find() ? t.group(1) : "";
    List<Timex> out = new ArrayList<>();
    int pos = 0;
    int offset = 0;
    int openStart = -1;
    Map<String, String> openAttrs = null;
    Matcher m = TAG.matcher(body);
    while (m.find()) {
      offset += m.start() - pos;
      pos = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        Map<String, String> attrs = new TreeMap<>();
        Matcher a = ATTR.matcher(m.group(3));
        while (a.find()) {
          attrs.put(a.group(1), a.group(2)); // the last duplicate wins, as in a Python dict
        }
        if (m.group(3).stripTrailing().endsWith("/")) {
          continue;
        }
        openStart = offset;
        openAttrs = attrs;
      } else if (openAttrs != null) {
        out.add(
            new Timex(
                openStart,
                offset,
                openAttrs.getOrDefault("type", ""),
                openAttrs.getOrDefault("value", "")));
        openAttrs = null;
      }
    }
    return out;
  }

  private static List<Path> tmlFiles(Path dir, boolean recursive) throws IOException {
    try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  /**
   * Tags every .tml file under {@code goldDir} (recursively) and writes each, gold TIMEX3 tags
   * replaced by the tagger's, under its own name into {@code outDir}.
   */
  public static void tagAll(TimeTagger tagger, Path goldDir, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    for (Path gold : tmlFiles(goldDir, true)) {
      TimeMl.Document doc = TimeMl.read(gold, null);
      List<TimeExpression> tags = tagger.tag(doc.text(), doc.referenceDate());
      Files.writeString(
          outDir.resolve(gold.getFileName().toString()),
          TimeMl.write(doc, tags),
          StandardCharsets.UTF_8);
    }
  }

  /**
   * {@code GOLD_DIR OUT_DIR [--raw] [--cache FILE] [--without RULE,...]}: tags, writes and scores
   * each gold folder and all of them together. {@code --raw} reports SUTime without Dyad's
   * normalisation; {@code --cache} keeps SUTime's output in a file so that reruns skip CoreNLP.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 2) {
      System.err.println(
          "usage: TimeMlBenchmark GOLD_DIR OUT_DIR [--raw] [--cache FILE] [--without RULE,...]");
      System.exit(2);
    }
    Path goldDir = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    boolean raw = false;
    java.util.EnumSet<TimexNormalizer.Rule> rules =
        java.util.EnumSet.allOf(TimexNormalizer.Rule.class);
    Path cache = null;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--raw" -> raw = true;
        case "--cache" -> cache = Path.of(args[++i]);
        case "--without" -> {
          for (String r : args[++i].split(",")) {
            rules.remove(TimexNormalizer.Rule.valueOf(r));
          }
        }
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    TimeTagger base = cache == null ? SuTimeTagger.shared() : new CachingTagger(cache);
    TimeTagger tagger = raw ? base : TimexNormalizer.wrap(base, new TimexNormalizer(rules));
    long t0 = System.nanoTime();
    tagAll(tagger, goldDir, outDir);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    if (base instanceof CachingTagger c) {
      c.save();
    }
    Set<Path> folders = new TreeSet<>();
    for (Path p : tmlFiles(goldDir, true)) {
      folders.add(p.getParent());
    }
    Scores all = new Scores(0, 0, 0, 0, 0, 0, 0);
    for (Path folder : folders) {
      Scores s = score(folder, outDir);
      all = all.plus(s);
      System.out.println("== " + goldDir.relativize(folder) + " (" + folder + ")");
      System.out.print(s.format());
      python(folder, outDir);
    }
    System.out.println("== all");
    System.out.print(all.format());
    System.out.printf(
        Locale.ROOT,
        "tagged %d documents in %.1f s%n",
        tmlFiles(goldDir, true).size(),
        millis / 1e3);
  }

  private static void python(Path goldDir, Path sysDir) throws InterruptedException {
    Path scorer = Path.of(System.getProperty("dyad.shared", "../shared"), "eval/timex_score.py");
    if (!Files.exists(scorer)) {
      return;
    }
    try {
      Process p =
          new ProcessBuilder("python3", scorer.toString(), goldDir.toString(), sysDir.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      System.out.print("   python: " + out.lines().reduce((a, b) -> b).orElse("") + "\n");
    } catch (IOException e) {
      System.out.println("   python scorer not run: " + e.getMessage());
    }
  }

  /** Replays SUTime's output from a file, running SUTime only for texts not seen before. */
  static final class CachingTagger implements TimeTagger {
    private final Path file;
    private final Map<String, List<TimeExpression>> cache = new ConcurrentHashMap<>();

    CachingTagger(Path file) throws IOException {
      this.file = file;
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", -1);
          List<TimeExpression> list = cache.computeIfAbsent(f[0], k -> new ArrayList<>());
          if (f.length == 6) {
            list.add(
                new TimeExpression(
                    new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])),
                    f[5],
                    f[3],
                    f[4].isEmpty() ? null : f[4]));
          }
        }
      }
    }

    private static String key(String text, PartialDate date) {
      return Integer.toHexString(text.hashCode()) + "/" + text.length() + "/" + date;
    }

    @Override
    public List<TimeExpression> tag(String text, PartialDate documentDate) {
      return cache.computeIfAbsent(
          key(text, documentDate), k -> SuTimeTagger.shared().tag(text, documentDate));
    }

    void save() {
      StringBuilder s = new StringBuilder();
      cache.forEach(
          (k, list) -> {
            s.append(k).append('\n');
            for (TimeExpression t : list) {
              s.append(
                  String.join(
                      "\t",
                      k,
                      String.valueOf(t.span().start()),
                      String.valueOf(t.span().end()),
                      t.type(),
                      t.value() == null ? "" : t.value(),
                      t.text().replace('\t', ' ').replace('\n', ' ')));
              s.append('\n');
            }
          });
      try {
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
