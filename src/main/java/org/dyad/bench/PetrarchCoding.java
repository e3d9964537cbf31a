package org.dyad.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.bench.PetrarchRecords.Coding;
import org.dyad.bench.PetrarchRecords.Record;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DiscardList;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorCoder;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.Places;
import org.dyad.extract.event.EventExtractor;
import org.dyad.extract.event.EventLexicon;
import org.dyad.extract.event.VerbPatterns;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.EventMention;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;

/**
 * Codes PETRARCH records with Dyad's own pipeline and the dictionaries their file names: CoreNLP
 * annotation, actor resolution with the actor and agent dictionaries, event extraction with the
 * verb dictionary; every source and target coordinated with an event's actors is coded too, and the
 * reverse event where the verb gives one ({@code [032:033]}). A sentence with a discard phrase is
 * not coded. Scores the share of expected codings reproduced exactly, and at the event's root with
 * both actor codes, by the records' category.
 */
public final class PetrarchCoding {

  private final Gazetteer gazetteer;
  private final ActorCoder coder;
  private final EventLexicon lexicon;
  private final EventExtractor extractor;
  private final DiscardList discards;
  private final Places places = Places.load();

  /**
   * @param withDyadLexicon true to use Dyad's own event lexicon before the verb dictionary
   */
  public PetrarchCoding(PetrarchRecords records, Gazetteer gazetteer, boolean withDyadLexicon)
      throws IOException {
    this.gazetteer = gazetteer;
    Dictionaries d =
        new Dictionaries(
            records.actors() == null
                ? ActorDictionary.empty()
                : ActorDictionary.read(records.actors()),
            records.agents() == null
                ? AgentDictionary.empty()
                : AgentDictionary.read(records.agents()),
            records.verbs() == null ? VerbDictionary.empty() : VerbDictionary.read(records.verbs()),
            records.discards() == null
                ? DiscardList.empty()
                : DiscardList.read(records.discards()));
    this.coder = new ActorCoder(d, gazetteer, true);
    this.lexicon =
        withDyadLexicon
            ? EventLexicon.withAnyCodes(d.verbs())
            : EventLexicon.dictionaryOnly(d.verbs());
    this.extractor = new EventExtractor(lexicon, gazetteer, places, true);
    this.discards = d.discards();
  }

  /** The codings Dyad produces for one record. */
  public record Result(Record record, Set<Coding> produced) {}

  /** Codes every record, annotating with {@code threads} workers. */
  public List<Result> code(List<Record> records, Annotator annotator, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (Record r : records) {
        futures.add(pool.submit(() -> code(r, annotator)));
      }
      List<Result> out = new ArrayList<>();
      for (Future<Result> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The codings of one record. */
  public Result code(Record r, Annotator annotator) {
    Set<Coding> produced = new LinkedHashSet<>();
    if (discards.find(r.text()) != null) {
      return new Result(r, produced);
    }
    AnnotatedArticle a =
        annotator.annotate(
            new Article(
                r.id().isEmpty() ? "record" : r.id(),
                r.id(),
                null,
                null,
                null,
                null,
                r.date(),
                false,
                "en",
                r.text()));
    ArticleContext ctx = new ArticleContext(a);
    ActorResolver actors = new ActorResolver(ctx, gazetteer, places, coder);
    for (EventMention m : extractor.extract(ctx, actors)) {
      EventMention dated = actors.dated(m);
      String reverse = reverseCode(ctx, dated);
      List<ActorMention> targets = new ArrayList<>();
      if (dated.target() != null) {
        targets.addAll(actors.coordinated(dated.target()));
      } else {
        targets.add(null);
      }
      for (ActorMention s : actors.coordinated(dated.source())) {
        for (ActorMention t : targets) {
          String sc = written(actors.dated(s, dated.date()));
          String tc = written(actors.dated(t, dated.date()));
          if (sc.equals(tc) || sc.equals(NONE)) {
            continue;
          }
          produced.add(new Coding(sc, tc, dated.cameo()));
          if (reverse != null) {
            produced.add(new Coding(tc, sc, reverse));
          }
        }
      }
    }
    return new Result(r, produced);
  }

  /** PETRARCH's code for a missing actor. */
  private static final String NONE = "---";

  /**
   * An actor's code as PETRARCH writes it: {@code ---} for none, and {@code ---} before a code that
   * names no country ({@code ---GOV} for "a senior official").
   */
  private String written(ActorMention m) {
    String code = m == null ? null : m.actor().code();
    if (code == null) {
      return NONE;
    }
    String first = code.length() >= 3 ? code.substring(0, 3) : code;
    boolean international = "IGO NGO NGM IMG MNC".contains(first);
    return coder.codes().isType(first) && !international ? NONE + code : code;
  }

  /** The reverse code the verb dictionary gives the mention's trigger, or null. */
  private String reverseCode(ArticleContext ctx, EventMention m) {
    int s = ctx.sentenceAt(m.trigger().start());
    SentenceGraph g = ctx.graph(s);
    int t = g.tokenAt(m.trigger().start());
    if (t < 0) {
      return null;
    }
    VerbPatterns.Match match = lexicon.patterns().match(g, t);
    return match == null || !m.cameo().equals(match.code()) ? null : match.reverseCode();
  }

  /** Codings of one category: expected, and reproduced exactly and at the root. */
  public record Score(String category, int records, int expected, int exact, int root) {
    public double exactShare() {
      return expected == 0 ? 0 : (double) exact / expected;
    }

    public double rootShare() {
      return expected == 0 ? 0 : (double) root / expected;
    }
  }

  /** Scores by category, in order of first appearance, and {@code ALL} last. */
  public static List<Score> score(List<Result> results) {
    Map<String, int[]> by = new LinkedHashMap<>();
    int[] all = new int[4];
    for (Result r : results) {
      int[] c = by.computeIfAbsent(r.record().category(), k -> new int[4]);
      c[0]++;
      all[0]++;
      for (Coding e : r.record().expected()) {
        boolean exact = r.produced().contains(e);
        boolean root =
            r.produced().stream()
                .anyMatch(
                    p ->
                        p.source().equals(e.source())
                            && p.target().equals(e.target())
                            && p.root().equals(e.root()));
        int[][] counters = {c, all};
        for (int[] x : counters) {
          x[1]++;
          x[2] += exact ? 1 : 0;
          x[3] += root ? 1 : 0;
        }
      }
    }
    List<Score> out = new ArrayList<>();
    by.forEach((k, v) -> out.add(new Score(k, v[0], v[1], v[2], v[3])));
    out.add(new Score("ALL", all[0], all[1], all[2], all[3]));
    return out;
  }

  /** The scores as a table: category, records, expected codings, exact and root shares. */
  public static String table(List<Score> scores) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-10s %7s %8s %14s %20s%n",
            "category",
            "records",
            "codings",
            "exact",
            "root + both actors"));
    for (Score s : scores) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-10s %7d %8d %6d %6.1f%% %12d %6.1f%%%n",
              s.category(),
              s.records(),
              s.expected(),
              s.exact(),
              100 * s.exactShare(),
              s.root(),
              100 * s.rootShare()));
    }
    return b.toString();
  }
}
