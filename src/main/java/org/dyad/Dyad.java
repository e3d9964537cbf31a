package org.dyad;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.analysis.Extraction;
import org.dyad.analysis.IncrementalAnalysis;
import org.dyad.analysis.StepFailure;
import org.dyad.edit.Corrector;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputProblem;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.nlp.Annotator;
import org.dyad.store.ArticleIds;
import org.dyad.store.ArticleStore;
import org.dyad.store.SaveResult;
import org.dyad.store.StoreException;

/**
 * Dyad's entry point: ingests inputs, annotates new articles, stores them and builds the corpus
 * analysis that exports and reports show.
 */
public final class Dyad {

  /** Hears about a run's progress; all methods may be called from worker threads. */
  public interface Listener {
    default void problem(InputProblem problem) {}

    default void started(int articles) {}

    /**
     * One article is through: {@code outcome} is "stored" (committed to the store, durable),
     * "duplicate" (already stored) or "failed" (reported as a problem); {@code articleId} is null
     * when the article failed before it had one.
     */
    default void articleDone(ArticleDraft draft, String articleId, String outcome) {}
  }

  /** What one run did: the articles its inputs map to, in input order, and what went wrong. */
  public record RunSummary(
      List<String> articleIds, int stored, int duplicates, List<InputProblem> problems) {

    public RunSummary {
      articleIds = List.copyOf(articleIds);
      problems = List.copyOf(problems);
    }
  }

  private final Ingestor ingestor;
  private final Annotator annotator;
  private final ArticleStore store;
  private final int threads;
  private final Extraction extraction;

  public Dyad(
      Ingestor ingestor,
      Annotator annotator,
      ArticleStore store,
      Extraction extraction,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.ingestor = ingestor;
    this.annotator = annotator;
    this.store = store;
    this.threads = threads;
    this.extraction = extraction;
  }

  /** Ingests, annotates and stores every input; a bad input is reported and the run goes on. */
  public RunSummary analyze(List<String> inputs, Listener listener) throws StoreException {
    List<InputProblem> problems = new ArrayList<>();
    List<ArticleDraft> drafts = new ArrayList<>();
    ingestor.ingest(
        inputs,
        drafts::add,
        p -> {
          problems.add(p);
          listener.problem(p);
        });
    listener.started(drafts.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (ArticleDraft d : drafts) {
        futures.add(pool.submit(() -> process(d, listener)));
      }
      Set<String> ids = new LinkedHashSet<>();
      int stored = 0;
      int duplicates = 0;
      for (int i = 0; i < futures.size(); i++) {
        Outcome o = join(futures.get(i));
        if (o.problem != null) {
          problems.add(o.problem);
          listener.problem(o.problem);
          continue;
        }
        ids.add(o.id);
        if (o.stored) {
          stored++;
        } else {
          duplicates++;
        }
      }
      return new RunSummary(new ArrayList<>(ids), stored, duplicates, problems);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Analyses stored articles, given by id, as one corpus in the given order (ids that are not
   * stored are left out), reading a few at a time, with the analysts' stored edits applied.
   */
  public CorpusAnalysis analysis(List<String> articleIds) throws StoreException {
    return analysis(articleIds, p -> {});
  }

  /**
   * As {@link #analysis(List)}; an article or event whose analysis fails is left out and reported
   * to {@code problems}, naming it and the step.
   */
  public CorpusAnalysis analysis(List<String> articleIds, Consumer<InputProblem> problems)
      throws StoreException {
    return new Corrector(extraction)
        .apply(
            new IncrementalAnalysis(extraction, threads)
                .update(source(store, articleIds), f -> problems.accept(problem(f))),
            store.edits());
  }

  /** The problem line of a failed analysis step. */
  public static InputProblem problem(StepFailure f) {
    return new InputProblem(f.source(), f.subject() + ": " + f.stage() + " failed: " + f.error());
  }

  /** The stored corpus, in the store's order, as the source of an analysis. */
  public static IncrementalAnalysis.Source<StoreException> source(ArticleStore store) {
    return source(store, null);
  }

  /**
   * Some stored articles, in the given order, as the source of an analysis.
   *
   * @param articleIds the ids, or null for every stored article in the store's order
   */
  private static IncrementalAnalysis.Source<StoreException> source(
      ArticleStore store, List<String> articleIds) {
    return new IncrementalAnalysis.Source<>() {
      @Override
      public List<String> ids() throws StoreException {
        if (articleIds == null) {
          return store.articleIds();
        }
        Set<String> stored = new java.util.HashSet<>(store.articleIds());
        return articleIds.stream().filter(stored::contains).toList();
      }

      @Override
      public List<AnnotatedArticle> load(List<String> ids) throws StoreException {
        return store.load(ids);
      }
    };
  }

  private record Outcome(String id, boolean stored, InputProblem problem) {}

  /**
   * Ingests, annotates and stores one draft; a failure in any of these steps is this article's
   * problem, naming it and the step, and the batch goes on (only the store's own failures end it).
   */
  private Outcome process(ArticleDraft d, Listener listener) throws StoreException {
    String stage = "ingest";
    String id = null;
    Outcome outcome;
    try {
      Article article = toArticle(d);
      id = article.id();
      Optional<String> existing = store.findDuplicate(d.text());
      if (existing.isPresent()) {
        outcome = new Outcome(existing.get(), false, null);
      } else {
        stage = "annotation";
        AnnotatedArticle annotated = annotator.annotate(article);
        stage = "storage";
        SaveResult saved = store.save(annotated);
        outcome =
            saved.status() == SaveResult.Status.STORED
                ? new Outcome(saved.articleId(), true, null)
                : new Outcome(saved.duplicateOf(), false, null);
      }
    } catch (RuntimeException | StackOverflowError e) {
      listener.articleDone(d, id, "failed");
      StepFailure f = StepFailure.of(stage, d.source(), id == null ? null : "article " + id, e);
      return new Outcome(null, false, problem(f));
    }
    listener.articleDone(d, outcome.id, outcome.stored ? "stored" : "duplicate");
    return outcome;
  }

  /** The article a draft becomes, with the id its text gives it. */
  public static Article toArticle(ArticleDraft d) {
    return new Article(
        ArticleIds.idFor(d.text()),
        d.source(),
        d.url(),
        d.title(),
        d.outlet(),
        d.author(),
        d.published(),
        d.publishedInferred(),
        d.language(),
        d.text(),
        d.syndicatedFrom());
  }

  private static Outcome join(Future<Outcome> f) throws StoreException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StoreException se) {
        throw se;
      }
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    }
  }
}
