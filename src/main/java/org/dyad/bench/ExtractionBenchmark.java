package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.dyad.ingest.html.HtmlExtractor;

/**
 * Scores HTML main-text extraction on the article-extraction benchmark the way its README does: F1
 * over word 4-gram shingles per page, averaged over pages; plain readability4j is the baseline.
 */
public final class ExtractionBenchmark {

  /** One page's scores; {@code id} is the benchmark's page key. */
  public record PageScore(String id, String url, double precision, double recall, double f1) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "F1 %.3f  P %.3f  R %.3f  %s  %s", f1, precision, recall, id, url);
    }
  }

  /**
   * Mean scores of one extractor; {@code lost} counts pages with F1 below 0.5; {@code perPage}
   * lists every page, worst F1 first.
   */
  public record Scores(
      String extractor,
      int pages,
      double precision,
      double recall,
      double f1,
      int lost,
      List<PageScore> perPage) {
    public Scores {
      perPage = List.copyOf(perPage);
    }

    /** The {@code n} pages with the lowest F1. */
    public List<PageScore> worst(int n) {
      return perPage.subList(0, Math.min(n, perPage.size()));
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-14s pages %d  P %.3f  R %.3f  F1 %.3f  lost %d",
          extractor,
          pages,
          precision,
          recall,
          f1,
          lost);
    }
  }

  /** Dyad's scores and the readability4j baseline's. */
  public record Result(Scores dyad, Scores baseline) {
    @Override
    public String toString() {
      return dyad + "\n  " + baseline;
    }
  }

  private ExtractionBenchmark() {}

  public static Result run(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<String[]> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (Files.exists(file)) {
        pages.add(
            new String[] {
              e.getKey(),
              gunzip(file),
              e.getValue().path("articleBody").asText(""),
              e.getValue().path("url").asText("")
            });
      }
    }
    if (pages.isEmpty()) {
      throw new IOException("no benchmark pages with ground truth in " + dir.resolve("html"));
    }
    HtmlExtractor dyad = new HtmlExtractor();
    Scores ours = score("dyad", pages, html -> dyad.extract(html, null).text());
    Scores base =
        score(
            "readability4j",
            pages,
            html -> {
              String t = new Readability4J("", html).parse().getTextContent();
              return t == null ? "" : t;
            });
    return new Result(ours, base);
  }

  static Scores score(String name, List<String[]> pages, Function<String, String> extractor) {
    double p = 0;
    double r = 0;
    double f = 0;
    int lost = 0;
    List<PageScore> perPage = new ArrayList<>();
    for (String[] page : pages) {
      String predicted;
      try {
        predicted = extractor.apply(page[1]);
      } catch (RuntimeException e) {
        predicted = "";
      }
      double[] prf = prf(predicted, page[2]);
      p += prf[0];
      r += prf[1];
      f += prf[2];
      if (prf[2] < 0.5) {
        lost++;
      }
      perPage.add(new PageScore(page[0], page[3], prf[0], prf[1], prf[2]));
    }
    perPage.sort(Comparator.comparingDouble(PageScore::f1));
    int n = Math.max(1, pages.size());
    return new Scores(name, pages.size(), p / n, r / n, f / n, lost, perPage);
  }

  /** Precision, recall and F1 of the 4-gram shingle sets of two texts. */
  public static double[] prf(String predicted, String gold) {
    Set<String> ps = shingles(predicted);
    Set<String> gs = shingles(gold);
    if (ps.isEmpty() && gs.isEmpty()) {
      return new double[] {1, 1, 1};
    }
    Set<String> both = new HashSet<>(ps);
    both.retainAll(gs);
    double precision = ps.isEmpty() ? 0 : both.size() / (double) ps.size();
    double recall = gs.isEmpty() ? 0 : both.size() / (double) gs.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  static Set<String> shingles(String text) {
    String[] w = text == null ? new String[0] : text.strip().split("\\s+");
    Set<String> out = new HashSet<>();
    if (w.length == 1 && w[0].isEmpty()) {
      return out;
    }
    if (w.length < 4) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + 4 <= w.length; i++) {
      out.add(w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3]);
    }
    return out;
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks/article-extraction");
    Result r = run(dir);
    System.out.println(r);
    System.out.println("worst pages (dyad):");
    r.dyad().worst(8).forEach(s -> System.out.println("  " + s));
  }
}
