package org.dyad.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.compare.CorpusPairs;
import org.dyad.extract.actor.PeopleDirectory;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.Perspective;
import org.dyad.model.Sentence;

/**
 * The analysis of a stored corpus, kept up to date as articles are added: each article's findings
 * are kept, and a new analysis extracts only the articles it has not seen and those whose people
 * the new ones tell more about, then merges and compares the whole corpus again from what is kept.
 * Articles are read from their source a page at a time and only their text, entities, time
 * expressions and sentence spans are kept, so memory grows with the corpus's text, not its parses.
 * The result is exactly what {@link Extraction#analyze} gives for the same articles in the same
 * order. A step that fails for one article or event leaves only that one out, reported as a {@link
 * StepFailure} (as {@link Extraction#analyze(List, Consumer)} does); a failed article is tried
 * again at the next update. Not thread-safe: one update at a time.
 */
public final class IncrementalAnalysis {

  /**
   * Where the articles come from: their ids in corpus order, and the articles themselves.
   *
   * @param <X> what reading them may throw
   */
  public interface Source<X extends Exception> {

    /** The ids of the corpus's articles, in corpus order. */
    List<String> ids() throws X;

    /** The articles with these ids, in the same order; may be called from several threads. */
    List<AnnotatedArticle> load(List<String> ids) throws X;
  }

  /** A source over articles held in memory, in the given order. */
  public static Source<RuntimeException> inMemory(List<AnnotatedArticle> articles) {
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      if (byId.putIfAbsent(a.article().id(), a) == null) {
        ids.add(a.article().id());
      }
    }
    return new Source<>() {
      @Override
      public List<String> ids() {
        return ids;
      }

      @Override
      public List<AnnotatedArticle> load(List<String> wanted) {
        return wanted.stream().map(byId::get).toList();
      }
    };
  }

  /** How many articles one task reads and extracts at a time. */
  static final int PAGE = 32;

  /**
   * What is kept of one article between updates.
   *
   * @param slim the article without tokens and parses
   * @param people the people it introduces
   * @param countries the countries it names and how often ({@link CorpusPairs#countries})
   * @param pair the pair its findings were extracted against
   * @param findings what extraction found in it, before actors are merged across the corpus
   * @param answers the answers of the corpus directory its extraction and perspectives used
   * @param perspectives its perspectives by pair
   * @param perspectiveInputs what of its canonical findings the perspectives were computed from
   * @param version the {@link Extraction#VERSION} of its findings
   */
  private record Entry(
      AnnotatedArticle slim,
      List<PersonProfile> people,
      Map<String, Integer> countries,
      List<String> pair,
      ArticleFindings findings,
      Map<PersonProfile, PersonProfile> answers,
      Map<List<String>, Perspective> perspectives,
      List<String> perspectiveInputs,
      String version) {

    Entry with(
        List<String> pair,
        ArticleFindings findings,
        Map<PersonProfile, PersonProfile> answers,
        Map<List<String>, Perspective> perspectives,
        List<String> perspectiveInputs) {
      return new Entry(
          slim,
          people,
          countries,
          pair,
          findings,
          answers,
          perspectives,
          perspectiveInputs,
          Extraction.VERSION);
    }
  }

  /** One article extracted: its findings, perspectives and the directory answers they used. */
  private record Extracted(
      ArticleFindings findings,
      Map<List<String>, Perspective> perspectives,
      Map<PersonProfile, PersonProfile> answers) {}

  /**
   * What one update did, for tests and benchmarks.
   *
   * @param articles the articles of the corpus
   * @param read the articles read from the source (some more than once)
   * @param extracted the articles extracted, new ones included
   * @param perspectives the perspectives computed again after actors merged
   */
  public record Stats(int articles, int read, int extracted, int perspectives) {}

  private final Extraction extraction;
  private final int threads;
  private Map<String, Entry> entries = new HashMap<>();
  private List<String> order = List.of();
  private Stats last = new Stats(0, 0, 0, 0);

  /**
   * @param threads how many articles are read and extracted at once
   */
  public IncrementalAnalysis(Extraction extraction, int threads) {
    if (extraction == null) {
      throw new IllegalArgumentException("extraction must not be null");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.extraction = extraction;
    this.threads = threads;
  }

  /** What the last update did. */
  public Stats lastUpdate() {
    return last;
  }

  /**
   * The analysis of the articles the source holds now, extracting only the articles the previous
   * update did not see and those whose people the new ones tell more about. When reading fails,
   * what was kept stays as it was.
   */
  public <X extends Exception> CorpusAnalysis update(Source<X> source) throws X {
    return update(source, f -> {});
  }

  /**
   * As {@link #update(Source)}, each step isolated: an article or event whose step fails is left
   * out of that step and what follows it and reported to {@code failures}; the rest goes on.
   */
  public <X extends Exception> CorpusAnalysis update(
      Source<X> source, Consumer<StepFailure> failures) throws X {
    StepGuard guard = extraction.guard(failures);
    List<String> all = List.copyOf(new LinkedHashSet<>(source.ids()));
    List<String> added = all.stream().filter(id -> !isKept(id)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // 1. What is kept of the new articles, with their people; an article whose people cannot
      // be read is listed but not analysed.
      Map<String, Entry> kept = new HashMap<>();
      for (String id : all) {
        if (isKept(id)) {
          kept.put(id, entries.get(id));
        }
      }
      kept.putAll(forEach(pool, source, added, a -> introduce(a, guard)));
      Set<String> failed = new HashSet<>();
      for (String id : added) {
        if (kept.get(id).people() == null) {
          failed.add(id);
        }
      }
      List<String> ids = all.stream().filter(id -> !failed.contains(id)).toList();
      // 2. The pairs the articles are analysed against, and the corpus directory. The new
      // articles, and those whose pair or directory answers change, are extracted (again), each
      // with the perspectives its findings give on every candidate pair before merging.
      List<Map<String, Integer>> countries = new ArrayList<>(ids.size());
      List<PersonProfile> people = new ArrayList<>();
      for (String id : ids) {
        countries.add(kept.get(id).countries());
        people.addAll(kept.get(id).people());
      }
      List<List<String>> candidates = extraction.candidates(countries);
      PeopleDirectory directory = PeopleDirectory.of(people);
      Map<String, List<String>> pairOf = new HashMap<>();
      List<String> extract = new ArrayList<>(added.stream().filter(ids::contains).toList());
      for (String id : ids) {
        Entry e = kept.get(id);
        List<String> pair = CorpusPairs.pairOf(e.countries(), candidates);
        pairOf.put(id, pair);
        if (e.findings() != null
            && (!pair.equals(e.pair()) || !ids.equals(order) && !directory.repeats(e.answers()))) {
          extract.add(id);
        }
      }
      forEach(
              pool,
              source,
              extract,
              a -> {
                Map<PersonProfile, PersonProfile> answers = new HashMap<>();
                Extraction.Extracted x =
                    extraction.findWithPerspectives(
                        a,
                        pairOf.get(a.article().id()),
                        directory.recording(answers),
                        candidates,
                        guard);
                return x == null
                    ? new Extracted(null, null, answers)
                    : new Extracted(
                        x.findings(),
                        x.perspectives() == null ? Map.of() : x.perspectives(),
                        answers);
              })
          .forEach(
              (id, x) -> {
                if (x.findings() == null) {
                  failed.add(id);
                } else {
                  kept.put(
                      id,
                      kept.get(id)
                          .with(
                              pairOf.get(id),
                              x.findings(),
                              x.answers(),
                              x.perspectives(),
                              Extraction.perspectiveInputs(x.findings())));
                }
              });
      // 3. Actors merged across the corpus and events merged; the perspectives of articles whose
      // actors that changes are computed again, and those on pairs an article has none on.
      Map<String, AnnotatedArticle> slims = new HashMap<>();
      List<ArticleFindings> found = new ArrayList<>(ids.size());
      for (String id : ids) {
        slims.put(id, kept.get(id).slim());
        if (!failed.contains(id)) {
          found.add(kept.get(id).findings());
        }
      }
      Function<ArticleFindings, StepGuard.Failed> article =
          f ->
              new StepGuard.Failed(
                  slims.get(f.articleId()).article().source(), "article " + f.articleId());
      StepGuard.Kept<ArticleFindings, List<Event>> mergedKept =
          extraction.canonicalMerged(guard, found, slims::get, article);
      List<Event> merged = mergedKept.result();
      List<ArticleFindings> canonical = mergedKept.items();
      List<String> analysed = canonical.stream().map(ArticleFindings::articleId).toList();
      Set<String> analysedSet = new HashSet<>(analysed);
      for (String id : ids) {
        if (!analysedSet.contains(id)) {
          failed.add(id);
        }
      }
      List<AnnotatedArticle> listed = all.stream().map(id -> kept.get(id).slim()).toList();
      List<List<String>> pairs =
          guard
              .corpus(
                  "pairs",
                  merged,
                  es -> extraction.pairs(candidates, es),
                  StepGuard.events(listed),
                  extraction.pairs(candidates, List.of()))
              .result();
      Map<String, ArticleFindings> redo = new HashMap<>();
      Map<String, List<List<String>>> missing = new HashMap<>();
      for (int i = 0; i < analysed.size(); i++) {
        Entry e = kept.get(analysed.get(i));
        if (!Extraction.perspectiveInputs(canonical.get(i)).equals(e.perspectiveInputs())) {
          redo.put(analysed.get(i), canonical.get(i));
          missing.put(analysed.get(i), pairs);
        } else {
          List<List<String>> lacking =
              pairs.stream().filter(p -> !e.perspectives().containsKey(p)).toList();
          if (!lacking.isEmpty()) {
            redo.put(analysed.get(i), canonical.get(i));
            missing.put(analysed.get(i), lacking);
          }
        }
      }
      forEach(
              pool,
              source,
              new ArrayList<>(redo.keySet()),
              a -> {
                String id = a.article().id();
                Map<PersonProfile, PersonProfile> answers = new HashMap<>();
                Map<List<String>, Perspective> ps =
                    extraction.perspectives(
                        a,
                        kept.get(id).pair(),
                        directory.recording(answers),
                        redo.get(id),
                        missing.get(id),
                        guard);
                return new Extracted(null, ps, answers);
              })
          .forEach(
              (id, x) -> {
                if (x.perspectives() == null) {
                  return;
                }
                Entry e = kept.get(id);
                List<String> inputs = Extraction.perspectiveInputs(redo.get(id));
                Map<List<String>, Perspective> ps =
                    new HashMap<>(
                        inputs.equals(e.perspectiveInputs()) ? e.perspectives() : Map.of());
                ps.putAll(x.perspectives());
                Map<PersonProfile, PersonProfile> answers = new HashMap<>(e.answers());
                answers.putAll(x.answers());
                kept.put(
                    id,
                    new Entry(
                        e.slim(),
                        e.people(),
                        e.countries(),
                        e.pair(),
                        e.findings(),
                        answers,
                        ps,
                        inputs,
                        e.version()));
              });
      // 4. Comparing the whole corpus from what is kept.
      Map<List<String>, Map<String, Perspective>> perspectives = new LinkedHashMap<>();
      pairs.forEach(p -> perspectives.put(p, new HashMap<>()));
      for (String id : analysed) {
        Entry e = kept.get(id);
        for (List<String> p : pairs) {
          Perspective on = e.perspectives().get(p);
          if (on != null) {
            perspectives.get(p).put(id, on);
          }
        }
      }
      CorpusAnalysis analysis = extraction.compare(listed, merged, canonical, perspectives, guard);
      failed.forEach(kept::remove);
      entries = kept;
      order = ids;
      last =
          new Stats(
              ids.size(), added.size() + extract.size() + redo.size(), extract.size(), redo.size());
      return analysis;
    } finally {
      pool.shutdownNow();
    }
  }

  /** True when an article's findings are kept, from the current version of the extractors. */
  private boolean isKept(String id) {
    Entry e = entries.get(id);
    return e != null && e.version().equals(Extraction.VERSION);
  }

  /**
   * What is kept of a new article: its people, its text and annotations without its parse (the
   * tokens stay: the export's headlines read them).
   */
  private Entry introduce(AnnotatedArticle a, StepGuard guard) {
    List<Sentence> spans = new ArrayList<>(a.sentences().size());
    for (Sentence s : a.sentences()) {
      spans.add(new Sentence(s.index(), s.span(), s.tokens(), List.of()));
    }
    AnnotatedArticle slim =
        new AnnotatedArticle(a.article(), spans, a.entities(), a.timexes(), a.provenance());
    Entry e =
        guard.article(
            "actors",
            a,
            () ->
                new Entry(
                    slim,
                    extraction.people(a),
                    CorpusPairs.countries(a),
                    null,
                    null,
                    null,
                    null,
                    null,
                    Extraction.VERSION));
    return e != null
        ? e
        : new Entry(slim, null, null, null, null, null, null, null, Extraction.VERSION);
  }

  /** What one article gives. */
  private interface Step<T> {
    T apply(AnnotatedArticle a);
  }

  /**
   * Reads the articles with these ids a page at a time and applies {@code step} to each, on the
   * pool's threads; the results by id.
   */
  private static <T, X extends Exception> Map<String, T> forEach(
      ExecutorService pool, Source<X> source, List<String> ids, Step<T> step) throws X {
    List<Future<List<Map.Entry<String, T>>>> pages = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += PAGE) {
      List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
      pages.add(
          pool.submit(
              () -> {
                List<Map.Entry<String, T>> out = new ArrayList<>(page.size());
                List<AnnotatedArticle> loaded = source.load(page);
                for (int i = 0; i < page.size(); i++) {
                  AnnotatedArticle a = i < loaded.size() ? loaded.get(i) : null;
                  if (a == null || !a.article().id().equals(page.get(i))) {
                    throw new IllegalStateException(
                        "article " + page.get(i) + " is no longer in the corpus");
                  }
                  out.add(Map.entry(a.article().id(), step.apply(a)));
                }
                return out;
              }));
    }
    Map<String, T> out = new HashMap<>();
    for (Future<List<Map.Entry<String, T>>> f : pages) {
      for (Map.Entry<String, T> e : join(f, source)) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T, X extends Exception> T join(Future<T> f, Source<X> source) throws X {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw (X) c;
    }
  }
}
