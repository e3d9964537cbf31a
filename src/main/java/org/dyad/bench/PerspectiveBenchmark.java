package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.compare.PerspectiveModel;
import org.dyad.compare.PerspectiveModel.Label;
import org.dyad.compare.PerspectiveModel.Sample;
import org.dyad.ingest.Ingestor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Perspective;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleStore;
import org.dyad.store.StoreException;

/**
 * Fits and tests the perspective model on annotated corpora: each development set of {@code
 * eval/dev/} (one country pair each, gold {@code articles[].narrative_carried}) and the seeds.
 * Leave-one-pair-out: the model is fitted on three development sets and the seeds and tested on the
 * fourth, for each set in turn; the shipped weights are fitted on all of them.
 */
public final class PerspectiveBenchmark {

  /** The L2 penalty of every fit (chosen before testing, not tuned on the folds). */
  public static final double L2 = 0.02;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One gold-labelled article: its features on its corpus's default pair, and its labels. */
  public record Labelled(
      String set,
      String file,
      Map<String, Double> features,
      String gold,
      List<String> pair,
      String shipped) {

    /** The training sample, or null when the gold label is neither a side nor "both". */
    Sample sample() {
      Label l =
          gold.equals(pair.get(0))
              ? Label.FIRST
              : gold.equals(pair.get(1)) ? Label.SECOND : gold.equals("both") ? Label.BOTH : null;
      return l == null ? null : new Sample(features, l);
    }

    /** The label a model gives this article, as {@code PerspectiveClassifier} would. */
    String predict(PerspectiveModel model) {
      if (features.getOrDefault("evidence", 0.0) == 0) {
        return "neutral";
      }
      return switch (model.decide(features)) {
        case FIRST -> pair.get(0);
        case SECOND -> pair.get(1);
        case BOTH -> "both";
      };
    }
  }

  /** What a run measured. */
  public record Result(
      Map<String, Double> foldAccuracy,
      double meanAccuracy,
      PerspectiveModel fitted,
      int samples) {}

  private PerspectiveBenchmark() {}

  /**
   * Reads every set under {@code shared}, fits and tests, and prints per-fold accuracy.
   *
   * @param cache a folder keeping one embedded database per set, so later runs skip annotation;
   *     null for a throw-away one
   * @param annotator made on first use (loading CoreNLP), only for articles not yet cached
   * @param showFeatures print each article's features under its line
   */
  public static Result run(
      Path shared,
      Path cache,
      Supplier<Annotator> annotator,
      Gazetteer gazetteer,
      boolean showFeatures,
      PrintWriter out)
      throws IOException, StoreException {
    List<Labelled> all = new ArrayList<>();
    Path devRoot = shared.resolve("eval/dev");
    List<Path> sets;
    try (Stream<Path> s = Files.list(devRoot)) {
      sets = s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().toList();
    }
    if (sets.isEmpty()) {
      throw new IOException("no development set with a gold.json under " + devRoot);
    }
    Path work = cache != null ? cache : Files.createTempDirectory("dyad-perspective");
    Annotator lazy = new LazyAnnotator(annotator);
    for (Path set : sets) {
      all.addAll(
          labelled(
              set.getFileName().toString(),
              List.of(set.resolve("articles.jsonl").toString()),
              set.resolve("gold.json"),
              work,
              lazy,
              gazetteer));
    }
    Path seedsGold = shared.resolve("eval/seeds-gold.json");
    if (Files.isRegularFile(seedsGold) && Files.isDirectory(shared.resolve("seeds"))) {
      all.addAll(
          labelled(
              "seeds",
              List.of(shared.resolve("seeds").toString()),
              seedsGold,
              work,
              lazy,
              gazetteer));
    }
    if (cache == null) {
      deleteTree(work);
    }
    Map<String, Double> folds = new LinkedHashMap<>();
    for (Path set : sets) {
      String held = set.getFileName().toString();
      PerspectiveModel m = PerspectiveModel.fit(samples(all, held), L2);
      List<Labelled> test = all.stream().filter(l -> l.set().equals(held)).toList();
      long right = test.stream().filter(l -> l.predict(m).equals(l.gold())).count();
      double acc = test.isEmpty() ? 0 : (double) right / test.size();
      folds.put(held, acc);
      out.printf(
          Locale.ROOT,
          "  held out %-22s accuracy %.3f (%d/%d; fitted on %d articles of the others)%n",
          held,
          acc,
          right,
          test.size(),
          samples(all, held).size());
      for (Labelled l : test) {
        String p = l.predict(m);
        out.printf(
            Locale.ROOT,
            "    %s %-44s gold %-7s predicted %-7s shipped %s%n",
            p.equals(l.gold()) ? " " : "x",
            l.file().length() > 44 ? l.file().substring(0, 44) : l.file(),
            l.gold(),
            p,
            l.shipped());
        if (showFeatures) {
          out.println("      " + new java.util.TreeMap<>(l.features()));
        }
      }
    }
    double mean = folds.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    out.printf(Locale.ROOT, "  leave-one-pair-out mean accuracy %.3f%n", mean);
    List<Sample> every = samples(all, null);
    PerspectiveModel fitted = PerspectiveModel.fit(every, L2);
    long seedsRight =
        all.stream()
            .filter(l -> l.set().equals("seeds"))
            .filter(l -> l.predict(fitted).equals(l.gold()))
            .count();
    long seeds = all.stream().filter(l -> l.set().equals("seeds")).count();
    out.printf(
        Locale.ROOT,
        "  fitted on all %d articles (the seeds %d/%d right with these weights):%n",
        every.size(),
        seedsRight,
        seeds);
    out.print(fitted.format("").replaceAll("(?m)^#.*\n", "").indent(4));
    out.flush();
    return new Result(folds, mean, fitted, every.size());
  }

  private static List<Sample> samples(List<Labelled> all, String heldOut) {
    List<Sample> out = new ArrayList<>();
    for (Labelled l : all) {
      Sample s = l.sample();
      if (s != null && !l.set().equals(heldOut)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Analyses one set as {@code dyad analyze} would and pairs its articles with the gold labels. */
  private static List<Labelled> labelled(
      String name,
      List<String> inputs,
      Path goldFile,
      Path work,
      Annotator annotator,
      Gazetteer gazetteer)
      throws IOException, StoreException {
    JsonNode gold = JSON.readTree(goldFile.toFile());
    CorpusAnalysis analysis;
    try (ArticleStore store = ArticleStore.openEmbedded(work.resolve(name + ".db"))) {
      Extraction extraction = new Extraction(gazetteer);
      Dyad dyad = new Dyad(new Ingestor(), annotator, store, extraction, 1);
      Dyad.RunSummary run = dyad.analyze(inputs, new Dyad.Listener() {});
      analysis = dyad.analysis(run.articleIds());
    }
    Map<String, AnnotatedArticle> bySource = new LinkedHashMap<>();
    for (AnnotatedArticle a : analysis.articles()) {
      String source = a.article().source();
      bySource.put(
          source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1), a);
    }
    List<Labelled> out = new ArrayList<>();
    for (JsonNode g : gold.path("articles")) {
      String label = g.path("narrative_carried").asText("");
      AnnotatedArticle a = bySource.get(g.path("file").asText());
      if (label.isEmpty() || a == null) {
        continue;
      }
      Perspective p = analysis.perspectives().get(a.article().id());
      if (p == null) {
        continue;
      }
      out.add(
          new Labelled(
              name,
              g.path("file").asText(),
              p.features(),
              label.toUpperCase(Locale.ROOT).equals("BOTH")
                  ? "both"
                  : label.toUpperCase(Locale.ROOT).equals("NEUTRAL")
                      ? "neutral"
                      : label.toUpperCase(Locale.ROOT),
              analysis.pair(),
              p.label()));
    }
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Creates the real annotator only when an article needs annotating. */
  private static final class LazyAnnotator implements Annotator {
    private final Supplier<Annotator> make;
    private Annotator made;

    LazyAnnotator(Supplier<Annotator> make) {
      this.make = make;
    }

    @Override
    public synchronized org.dyad.model.AnnotatedArticle annotate(org.dyad.model.Article article) {
      if (made == null) {
        made = make.get();
      }
      return made.annotate(article);
    }
  }
}
