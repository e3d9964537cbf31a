package org.dyad.api;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.analysis.IncrementalAnalysis;
import org.dyad.edit.Corrector;
import org.dyad.model.CorpusAnalysis;
import org.dyad.store.ArticleStore;
import org.dyad.store.StoreException;

/**
 * The corpus a server answers from: analysed once at start and again when the store holds a
 * different number of articles (the store only ever adds them) or when asked to. Readers always see
 * one complete analysis; a failed reload keeps the previous one. A reload extracts only the new
 * articles and those they tell more about (see {@link IncrementalAnalysis}), then merges and
 * compares the corpus again, and applies the analysts' stored edits ({@link Corrector}). Reloads
 * run one at a time on one thread: requests for a reload that arrive before it starts share it, and
 * reloads start at least a minimum interval apart, so a flood of requests costs one or two reloads.
 *
 * <p>Each analysis readers see is also given to a listener (the search index).
 */
final class LiveCorpus implements AutoCloseable {

  /** The least time between the starts of two reloads. */
  static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(1);

  private final ArticleStore store;
  private final IncrementalAnalysis analyser;
  private final Corrector corrector;
  private final Consumer<String> log;
  private final Duration minInterval;
  private final AtomicReference<CorpusView> current = new AtomicReference<>();
  private final Consumer<CorpusAnalysis> shown;

  private final ScheduledExecutorService worker;
  private String lastWatchProblem;

  /** The reload requested but not started yet, which new requests join; guarded by this. */
  private CompletableFuture<CorpusView> pending;

  /** When the last reload started, in {@link System#nanoTime()}; guarded by this. */
  private long lastStart;

  /**
   * Analyses the store and, unless {@code refresh} is zero, checks it for new articles every {@code
   * refresh}; problems of those checks go to {@code log}, once each until they clear, and so does
   * each article or event whose analysis fails, at each analysis.
   */
  LiveCorpus(ArticleStore store, Extraction extraction, Duration refresh, Consumer<String> log)
      throws StoreException {
    this(store, extraction, refresh, MIN_RELOAD_INTERVAL, log, a -> {});
  }

  LiveCorpus(
      ArticleStore store,
      Extraction extraction,
      Duration refresh,
      Duration minInterval,
      Consumer<String> log)
      throws StoreException {
    this(store, extraction, refresh, minInterval, log, a -> {});
  }

  /**
   * @param shown hears about each analysis readers see, on the thread that made it
   */
  LiveCorpus(
      ArticleStore store,
      Extraction extraction,
      Duration refresh,
      Duration minInterval,
      Consumer<String> log,
      Consumer<CorpusAnalysis> shown)
      throws StoreException {
    if (store == null || extraction == null || refresh == null || log == null) {
      throw new IllegalArgumentException("store, extraction, refresh and log are required");
    }
    if (refresh.isNegative() || minInterval == null || minInterval.isNegative()) {
      throw new IllegalArgumentException(
          "refresh and minInterval must not be negative: " + refresh + ", " + minInterval);
    }
    if (shown == null) {
      throw new IllegalArgumentException("shown is required");
    }
    this.store = store;
    this.analyser = new IncrementalAnalysis(extraction, Runtime.getRuntime().availableProcessors());
    this.corrector = new Corrector(extraction);
    this.log = log;
    this.minInterval = minInterval;
    this.shown = shown;
    synchronized (this) {
      lastStart = System.nanoTime();
    }
    reload();
    worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "dyad-corpus");
              t.setDaemon(true);
              return t;
            });
    if (!refresh.isZero()) {
      worker.scheduleWithFixedDelay(
          this::watch, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  CorpusView current() {
    return current.get();
  }

  /**
   * A reload that starts after this call, shared with every request made before it starts; it
   * completes with the new view, or exceptionally with the {@link StoreException} that stopped it.
   */
  synchronized CompletableFuture<CorpusView> requestReload() {
    if (pending == null) {
      CompletableFuture<CorpusView> next = new CompletableFuture<>();
      long wait = Math.max(0, lastStart + minInterval.toNanos() - System.nanoTime());
      try {
        worker.schedule(() -> run(next), wait, TimeUnit.NANOSECONDS);
        pending = next;
      } catch (RejectedExecutionException e) {
        next.completeExceptionally(new IllegalStateException("the server is stopping", e));
        return next;
      }
    }
    return pending;
  }

  private void run(CompletableFuture<CorpusView> request) {
    synchronized (this) {
      if (pending == request) {
        pending = null;
      }
      lastStart = System.nanoTime();
    }
    try {
      request.complete(reload());
    } catch (StoreException | RuntimeException e) {
      request.completeExceptionally(e);
    }
  }

  /** Reads and analyses every stored article; only at start and on the worker thread. */
  private CorpusView reload() throws StoreException {
    int stored = store.countArticles();
    CorpusAnalysis analysis =
        corrector.apply(
            analyser.update(
                Dyad.source(store), f -> log.accept("dyad: skipped " + Dyad.problem(f))),
            store.edits());
    CorpusView previous = current.get();
    CorpusView view =
        new CorpusView(
            analysis, stored, previous == null ? 1 : previous.generation() + 1, Instant.now());
    current.set(view);
    try {
      shown.accept(analysis);
    } catch (RuntimeException e) {
      log.accept("dyad: " + e.getMessage());
    }
    return view;
  }

  /**
   * Reloads when the store's article or edit count differs from the one last analysed (another
   * process may add either).
   */
  private void watch() {
    try {
      if (store.countArticles() != current.get().storedArticles()
          || store.edits().size() != current.get().analysis().corrections().edits().size()) {
        synchronized (this) {
          lastStart = System.nanoTime();
        }
        reload();
      }
      lastWatchProblem = null;
    } catch (StoreException | RuntimeException e) {
      String problem =
          "dyad: cannot refresh the corpus (still serving the last one): "
              + (e instanceof StoreException ? e.getMessage() : e.toString());
      if (!problem.equals(lastWatchProblem)) {
        log.accept(problem);
        lastWatchProblem = problem;
      }
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (pending != null) {
        pending.completeExceptionally(new IllegalStateException("the server stopped"));
        pending = null;
      }
    }
  }
}
