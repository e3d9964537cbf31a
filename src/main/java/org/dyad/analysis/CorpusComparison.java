package org.dyad.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.compare.PairComparison;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TensionPoint;

/**
 * The last, corpus-level step of an extraction: for each pair, the divergences between the sides'
 * versions of the merged events and the tension index, each event's steps guarded.
 */
final class CorpusComparison {

  private CorpusComparison() {}

  /**
   * The corpus analysis of merged events (see {@link Extraction#compare(List, List, List, Map)}).
   *
   * @param perspectives each pair's perspectives by article id, in the order of the pairs
   */
  static CorpusAnalysis of(
      List<AnnotatedArticle> articles,
      List<Event> merged,
      List<ArticleFindings> canonical,
      Map<List<String>, Map<String, Perspective>> perspectives,
      StepGuard guard) {
    List<Quote> found = new ArrayList<>();
    canonical.forEach(f -> found.addAll(f.quotes()));
    Map<String, String> texts = new HashMap<>();
    Map<String, List<Span>> sentences = new HashMap<>();
    Map<String, PartialDate> published = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      texts.put(a.article().id(), a.article().text());
      if (a.article().published() != null) {
        published.put(a.article().id(), a.article().published());
      }
      sentences.put(a.article().id(), a.sentences().stream().map(Sentence::span).toList());
    }
    Function<Event, StepGuard.Failed> event = StepGuard.events(articles);
    Map<String, LocalDate> standIns = PairComparison.standIns(texts, sentences, published);
    PairComparison comparison = new PairComparison(merged, texts, sentences, found, standIns);
    List<PairAnalysis> pairs = new ArrayList<>();
    for (var p : perspectives.entrySet()) {
      List<String> pair = p.getKey();
      Map<String, Perspective> sides = p.getValue();
      List<Event> compared =
          guard
              .corpus(
                  "divergences",
                  merged,
                  es -> new PairComparison(es, texts, sentences, found, standIns).compared(pair),
                  event,
                  List.<Event>of())
              .result();
      List<Divergence> divergences =
          guard
              .corpus(
                  "divergences",
                  compared,
                  es -> {
                    es.forEach(e -> guard.entering("divergences", e.id()));
                    return comparison.divergences(pair, sides, es);
                  },
                  event,
                  List.<Divergence>of())
              .result();
      List<TensionPoint> tension =
          guard
              .corpus(
                  "tension",
                  merged,
                  es -> {
                    es.forEach(e -> guard.entering("tension", e.id()));
                    return new PairComparison(es, texts, sentences, found).tension(pair, sides);
                  },
                  event,
                  List.<TensionPoint>of())
              .result();
      pairs.add(new PairAnalysis(pair, sides, divergences, tension));
    }
    return new CorpusAnalysis(articles, merged, found, pairs);
  }
}
