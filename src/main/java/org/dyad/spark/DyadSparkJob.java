package org.dyad.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.dyad.analysis.ArticleFindings;
import org.dyad.analysis.Extraction;
import org.dyad.compare.CorpusPairs;
import org.dyad.extract.actor.ActorRegistry;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.InputProblem;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.Perspective;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import scala.Tuple2;

/**
 * Dyad's pipeline as an Apache Spark job, for corpora beyond one machine. Inputs are read, ingested
 * and annotated in parallel, one annotator per executor JVM; exact and near-duplicate drafts are
 * dropped across the corpus with MinHash banding; events and quotes are extracted article by
 * article, events merged block by block ({@link MergeBlock}); the driver resolves actors across the
 * corpus, finds divergences and the tension index and writes the exports. The result is the one
 * {@code dyad analyze} gives for the same inputs.
 */
public final class DyadSparkJob {

  /** The file the JSON export (FORMAT.md) is written to in the output folder. */
  public static final String EXPORT = "export.json";

  /** The file the GDELT 2.0 event table is written to in the output folder. */
  public static final String GDELT = "gdelt.csv";

  /** The file that lists the inputs that could not be used, one line each. */
  public static final String PROBLEMS = "problems.txt";

  private DyadSparkJob() {}

  /**
   * What to analyse and where to write it.
   *
   * @param inputs files or folders: local paths or any Hadoop-supported URI
   * @param out the output folder, local or a Hadoop URI
   * @param master the Spark master, or null for the one spark-submit gives (else {@code local[*]})
   * @param partitions how many partitions to spread the articles over, or 0 for Spark's default
   * @param conf Spark properties to set (keys starting with {@code spark.}), as spark-submit's
   *     {@code --conf}
   */
  public record Options(
      List<String> inputs,
      String out,
      String master,
      int partitions,
      long maxInputBytes,
      Map<String, String> conf) {

    public Options {
      if (inputs == null || inputs.isEmpty()) {
        throw new IllegalArgumentException("inputs must not be empty: " + inputs);
      }
      inputs = List.copyOf(inputs);
      if (out == null || out.isBlank()) {
        throw new IllegalArgumentException("out must not be blank: '" + out + "'");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be 0 or more: " + partitions);
      }
      if (maxInputBytes <= 0) {
        throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
      }
      conf = conf == null ? Map.of() : Map.copyOf(conf);
      for (Map.Entry<String, String> e : conf.entrySet()) {
        if (!e.getKey().startsWith("spark.") || e.getValue() == null) {
          throw new IllegalArgumentException(
              "conf keys must start with 'spark.' and have a value: " + e);
        }
      }
    }

    /** Options without Spark properties of their own. */
    public Options(
        List<String> inputs, String out, String master, int partitions, long maxInputBytes) {
      this(inputs, out, master, partitions, maxInputBytes, Map.of());
    }
  }

  /**
   * What a run did.
   *
   * @param files the input files found
   * @param articles the articles analysed (duplicates and failures left out)
   * @param problems every input or article that could not be used, in input order
   */
  public record Result(
      int files,
      int articles,
      long exactDuplicates,
      long nearDuplicates,
      int events,
      int quotes,
      List<InputProblem> problems,
      List<String> outputs) {

    public Result {
      problems = List.copyOf(problems);
      outputs = List.copyOf(outputs);
    }
  }

  /** The entry point for spark-submit; it takes the options of {@code dyad spark}. */
  public static void main(String[] args) {
    String[] withCommand = new String[args.length + 1];
    withCommand[0] = "spark";
    System.arraycopy(args, 0, withCommand, 1, args.length);
    org.dyad.cli.Main.main(withCommand);
  }

  /** Runs the job in a Spark context of its own, stopped at the end. */
  public static Result run(Options options, Consumer<String> log) throws IOException {
    SparkConf conf = new SparkConf().setAppName("dyad");
    options.conf().forEach(conf::set);
    if (options.master() != null) {
      conf.setMaster(options.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      return run(sc, options, log);
    }
  }

  /** One file or JSONL line read: a draft, or a problem naming the input. */
  record Ingested(long order, String draft, String problemSource, String problemMessage)
      implements Serializable {}

  /** One draft after annotation: the annotated article, or the problem that stopped it. */
  record Annotated(String article, String problemSource, String problemMessage)
      implements Serializable {}

  /** One article's findings and the parts of the article the driver keeps for the exports. */
  record Extracted(String findings, String slim) implements Serializable {}

  /** Runs the job in a given Spark context. */
  public static Result run(JavaSparkContext sc, Options options, Consumer<String> log)
      throws IOException {
    long started = System.nanoTime();
    int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism();
    HashPartitioner partitioner = new HashPartitioner(partitions);
    List<Tuple2<Long, InputProblem>> problems = new ArrayList<>();
    long maxBytes = options.maxInputBytes();

    InputListing listing =
        InputListing.list(options.inputs(), sc.hadoopConfiguration(), Workers.ingestor(maxBytes));
    listing.problems().forEach(p -> problems.add(new Tuple2<>(-1L, p)));
    log.accept(
        String.format(
            java.util.Locale.ROOT,
            "dyad: %d input files on %s, %d partitions",
            listing.files().size(),
            sc.master(),
            partitions));
    Map<String, String> hadoop = new HashMap<>();
    sc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
    JavaRDD<Ingested> ingested =
        sc.parallelize(listing.files(), Math.max(1, Math.min(partitions, listing.files().size())))
            .flatMap(f -> InputListing.read(f, hadoop, maxBytes).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    ingested
        .filter(i -> i.draft() == null)
        .collect()
        .forEach(
            i ->
                problems.add(
                    new Tuple2<>(
                        i.order(), new InputProblem(i.problemSource(), i.problemMessage()))));
    JavaPairRDD<Long, String> drafts =
        ingested.filter(i -> i.draft() != null).mapToPair(i -> new Tuple2<>(i.order(), i.draft()));

    NearDuplicates.Result duplicates =
        NearDuplicates.find(
            sc, drafts.mapValues(d -> Json.read(d, ArticleDraft.class).text()), partitions);
    JavaPairRDD<Long, Annotated> annotated =
        drafts
            .subtractByKey(
                duplicates.dropped().mapToPair(o -> new Tuple2<>(o, Boolean.TRUE)), partitioner)
            .mapValues(DyadSparkJob::annotate)
            .persist(StorageLevel.MEMORY_AND_DISK());
    annotated
        .filter(a -> a._2().article() == null)
        .collect()
        .forEach(
            a ->
                problems.add(
                    new Tuple2<>(
                        a._1(),
                        new InputProblem(a._2().problemSource(), a._2().problemMessage()))));
    JavaPairRDD<Long, String> articles =
        annotated.filter(a -> a._2().article() != null).mapValues(Annotated::article);
    ingested.unpersist(false);
    log.accept(
        String.format(
            java.util.Locale.ROOT,
            "dyad: read, deduplicated and annotated %d articles in %.1f s (%d exact and %d near"
                + " duplicates dropped)",
            articles.count(),
            (System.nanoTime() - started) / 1e9,
            duplicates.exact(),
            duplicates.near()));

    List<PersonProfile> directory = new ArrayList<>();
    for (Tuple2<Long, String> p : sorted(articles.mapValues(DyadSparkJob::people).collect())) {
      directory.addAll(Json.read(p._2(), new TypeReference<List<PersonProfile>>() {}));
    }
    Broadcast<String> people = sc.broadcast(Json.write(directory));
    List<Map<String, Integer>> countries = new ArrayList<>();
    for (Tuple2<Long, String> c : sorted(articles.mapValues(DyadSparkJob::countries).collect())) {
      countries.add(Json.read(c._2(), new TypeReference<Map<String, Integer>>() {}));
    }
    List<List<String>> candidates = Workers.extraction().candidates(countries);
    String candidatesJson = Json.write(candidates);
    List<Tuple2<Long, Extracted>> extracted =
        sorted(articles.mapValues(a -> extract(a, people, candidatesJson)).collect());
    List<ArticleFindings> found = new ArrayList<>();
    List<AnnotatedArticle> slim = new ArrayList<>();
    for (Tuple2<Long, Extracted> e : extracted) {
      found.add(Json.read(e._2().findings(), ArticleFindings.class));
      slim.add(Json.read(e._2().slim(), AnnotatedArticle.class));
    }
    ActorRegistry registry = Extraction.actors(found);
    List<ArticleFindings> canonical = found.stream().map(f -> f.canonical(registry)).toList();
    List<Tuple2<Long, String>> byOrder = new ArrayList<>();
    for (int i = 0; i < extracted.size(); i++) {
      byOrder.add(new Tuple2<>(extracted.get(i)._1(), Json.write(canonical.get(i))));
    }
    JavaPairRDD<Long, String> canonicalRdd =
        sc.parallelizePairs(byOrder, partitions)
            .partitionBy(partitioner)
            .persist(StorageLevel.MEMORY_AND_DISK());

    List<BlockMerge.Ranked> ranked =
        canonicalRdd
            .flatMapToPair(
                c ->
                    BlockMerge.rows(c._1(), Json.read(c._2(), ArticleFindings.class)).stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue()))
                        .iterator())
            .groupByKey(partitioner)
            .flatMap(b -> BlockMerge.merge(Workers.extraction(), list(b._2())).iterator())
            .collect();
    List<Event> events = BlockMerge.order(ranked);
    List<List<String>> pairs = Workers.extraction().pairs(candidates, events);
    String pairsJson = Json.write(pairs);
    Map<List<String>, Map<String, Perspective>> perspectives = new LinkedHashMap<>();
    pairs.forEach(p -> perspectives.put(p, new HashMap<>()));
    articles
        .join(canonicalRdd, partitioner)
        .mapValues(ac -> perspectives(ac._1(), ac._2(), people, pairsJson))
        .values()
        .collect()
        .forEach(
            json -> {
              List<Perspective> ps = Json.read(json, new TypeReference<List<Perspective>>() {});
              for (int k = 0; k < pairs.size(); k++) {
                perspectives.get(pairs.get(k)).put(ps.get(k).articleId(), ps.get(k));
              }
            });
    canonicalRdd.unpersist(false);
    annotated.unpersist(false);
    people.destroy();

    CorpusAnalysis analysis = Workers.extraction().compare(slim, events, canonical, perspectives);
    problems.sort(Comparator.comparingLong(Tuple2::_1));
    List<InputProblem> listed = problems.stream().map(Tuple2::_2).toList();
    List<String> outputs = Outputs.write(analysis, listed, options.out(), sc.hadoopConfiguration());
    return new Result(
        listing.files().size(),
        analysis.articles().size(),
        duplicates.exact(),
        duplicates.near(),
        analysis.events().size(),
        analysis.quotes().size(),
        listed,
        outputs);
  }

  private static <T> List<Tuple2<Long, T>> sorted(List<Tuple2<Long, T>> byOrder) {
    List<Tuple2<Long, T>> out = new ArrayList<>(byOrder);
    out.sort(Comparator.comparingLong(Tuple2::_1));
    return out;
  }

  private static <T> List<T> list(Iterable<T> values) {
    List<T> out = new ArrayList<>();
    values.forEach(out::add);
    return out;
  }

  static Annotated annotate(String draftJson) {
    ArticleDraft d = Json.read(draftJson, ArticleDraft.class);
    Article article = org.dyad.Dyad.toArticle(d);
    try {
      return new Annotated(Json.write(Workers.annotator().annotate(article)), null, null);
    } catch (RuntimeException e) {
      return new Annotated(null, d.source(), "annotation failed: " + e);
    }
  }

  static String people(String articleJson) {
    return Json.write(Workers.extraction().people(Json.read(articleJson, AnnotatedArticle.class)));
  }

  static String countries(String articleJson) {
    return Json.write(CorpusPairs.countries(Json.read(articleJson, AnnotatedArticle.class)));
  }

  static Extracted extract(String articleJson, Broadcast<String> people, String candidatesJson) {
    AnnotatedArticle a = Json.read(articleJson, AnnotatedArticle.class);
    ArticleFindings f =
        Workers.extraction()
            .find(
                a,
                Workers.directory(people),
                Json.read(candidatesJson, new TypeReference<List<List<String>>>() {}));
    List<Span> told = new ArrayList<>();
    for (ArticleFindings.Found found : f.events()) {
      org.dyad.model.EventMention m = found.mention();
      told.add(m.span());
      told.add(m.trigger());
      if (m.source() != null) {
        told.add(m.source().span());
      }
      if (m.target() != null) {
        told.add(m.target().span());
      }
    }
    // The headlines of the export read the words of the sentences events are told in.
    List<Sentence> spans =
        a.sentences().stream()
            .map(
                s ->
                    told.stream().anyMatch(t -> t != null && t.overlaps(s.span()))
                        ? s
                        : new Sentence(s.index(), s.span(), List.of(), List.of()))
            .toList();
    AnnotatedArticle slim =
        new AnnotatedArticle(a.article(), spans, a.entities(), a.timexes(), a.provenance());
    return new Extracted(Json.write(f), Json.write(slim));
  }

  static String perspectives(
      String articleJson, String canonicalJson, Broadcast<String> people, String pairsJson) {
    return Json.write(
        Workers.extraction()
            .perspectives(
                Json.read(articleJson, AnnotatedArticle.class),
                Workers.directory(people),
                Json.read(canonicalJson, ArticleFindings.class),
                Json.read(pairsJson, new TypeReference<List<List<String>>>() {})));
  }
}
