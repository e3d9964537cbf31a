package org.dyad.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;

/**
 * Runs the corpus analysis's steps so that a failure stays with the article or event it happened
 * on: it is reported as a {@link StepFailure} and the rest of the corpus goes on without it.
 */
final class StepGuard {

  private final Consumer<StepFailure> failures;
  private final Extraction.StepListener listener;

  StepGuard(Consumer<StepFailure> failures, Extraction.StepListener listener) {
    this.failures = failures;
    this.listener = listener;
  }

  /** Tells the listener a step is starting on one subject (inside the step, so it can fail it). */
  void entering(String stage, String subject) {
    listener.entering(stage, subject);
  }

  /** The result of one article's step, or null when it failed (reported). */
  <R> R article(String stage, AnnotatedArticle a, Supplier<R> step) {
    try {
      listener.entering(stage, a.article().id());
      return step.get();
    } catch (RuntimeException | StackOverflowError e) {
      failures.accept(
          StepFailure.of(stage, a.article().source(), "article " + a.article().id(), e));
      return null;
    }
  }

  /** What a corpus step gave and the items it was given in the end. */
  record Kept<T, R>(List<T> items, R result) {}

  /**
   * Runs a step over a whole list of articles' or events' items. When it throws, each item is run
   * alone to find those that fail by themselves; they are reported and the step runs again without
   * them. A failure that no single item causes leaves the step's {@code empty} result, reported
   * once for the whole corpus.
   *
   * @param describe the failure report for an item
   */
  <T, R> Kept<T, R> corpus(
      String stage,
      List<T> items,
      Function<List<T>, R> step,
      Function<T, Failed> describe,
      R empty) {
    try {
      return new Kept<>(items, step.apply(items));
    } catch (RuntimeException | StackOverflowError first) {
      Throwable whole = first;
      Set<Integer> culprits = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        try {
          step.apply(List.of(items.get(i)));
        } catch (RuntimeException | StackOverflowError alone) {
          culprits.add(i);
          Failed f = describe.apply(items.get(i));
          failures.accept(StepFailure.of(stage, f.source(), f.subject(), alone));
        }
      }
      List<T> rest = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (!culprits.contains(i)) {
          rest.add(items.get(i));
        }
      }
      if (!culprits.isEmpty()) {
        try {
          return new Kept<>(rest, step.apply(rest));
        } catch (RuntimeException | StackOverflowError again) {
          whole = again;
        }
      }
      failures.accept(
          StepFailure.of(stage, "corpus", "all " + rest.size() + " left after failures", whole));
      return new Kept<>(rest, empty);
    }
  }

  /** How a failed item is named: its articles' sources and what it is. */
  record Failed(String source, String subject) {}

  /** How a failed event is named: the sources of the articles that tell it, and its id. */
  static Function<Event, Failed> events(List<AnnotatedArticle> articles) {
    Map<String, String> sources = new HashMap<>();
    articles.forEach(a -> sources.put(a.article().id(), a.article().source()));
    return e ->
        new Failed(
            String.join(
                ", ",
                e.mentions().stream()
                    .map(m -> sources.getOrDefault(m.articleId(), m.articleId()))
                    .distinct()
                    .toList()),
            "event " + e.id());
  }
}
