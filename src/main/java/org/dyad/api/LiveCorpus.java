package org.dyad.api;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dyad.extract.Extraction;
import org.dyad.model.CorpusAnalysis;
import org.dyad.store.ArticleStore;
import org.dyad.store.StoreException;

/**
 * The corpus a server answers from: analysed once at start and again when the store holds a
 * different number of articles (the store only ever adds them) or when asked to. Readers always see
 * one complete analysis; a failed reload keeps the previous one.
 */
final class LiveCorpus implements AutoCloseable {

  private final ArticleStore store;
  private final Extraction extraction;
  private final Consumer<String> log;
  private final AtomicReference<CorpusView> current = new AtomicReference<>();
  private final ScheduledExecutorService watcher;
  private String lastWatchProblem;

  /**
   * Analyses the store and, unless {@code refresh} is zero, checks it for new articles every {@code
   * refresh}; problems of those checks go to {@code log}, once each until they clear.
   */
  LiveCorpus(ArticleStore store, Extraction extraction, Duration refresh, Consumer<String> log)
      throws StoreException {
    if (store == null || extraction == null || refresh == null || log == null) {
      throw new IllegalArgumentException("store, extraction, refresh and log are required");
    }
    if (refresh.isNegative()) {
      throw new IllegalArgumentException("refresh must not be negative: " + refresh);
    }
    this.store = store;
    this.extraction = extraction;
    this.log = log;
    reload();
    if (refresh.isZero()) {
      watcher = null;
    } else {
      watcher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "dyad-corpus-watch");
                t.setDaemon(true);
                return t;
              });
      watcher.scheduleWithFixedDelay(
          this::watch, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  CorpusView current() {
    return current.get();
  }

  /** Reads and analyses every stored article now. */
  synchronized CorpusView reload() throws StoreException {
    int stored = store.countArticles();
    CorpusAnalysis analysis = extraction.analyze(store.loadAll());
    CorpusView previous = current.get();
    CorpusView view =
        new CorpusView(
            analysis, stored, previous == null ? 1 : previous.generation() + 1, Instant.now());
    current.set(view);
    return view;
  }

  /** Reloads when the store's article count differs from the one last analysed. */
  synchronized boolean reloadIfChanged() throws StoreException {
    if (store.countArticles() == current.get().storedArticles()) {
      return false;
    }
    reload();
    return true;
  }

  private void watch() {
    try {
      reloadIfChanged();
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
    if (watcher != null) {
      watcher.shutdownNow();
      try {
        watcher.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
