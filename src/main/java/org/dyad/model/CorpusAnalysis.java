package org.dyad.model;

import java.util.List;
import java.util.Map;

/**
 * Everything Dyad knows about a corpus: its annotated articles and what was extracted from them.
 */
public record CorpusAnalysis(
    List<AnnotatedArticle> articles,
    List<Event> events,
    List<Quote> quotes,
    Map<String, Perspective> perspectives,
    List<Divergence> divergences,
    List<TensionPoint> tension) {

  public CorpusAnalysis {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    perspectives = Map.copyOf(perspectives);
    divergences = List.copyOf(divergences);
    tension = List.copyOf(tension);
  }

  /** A corpus with articles only, before extraction. */
  public CorpusAnalysis(List<AnnotatedArticle> articles) {
    this(articles, List.of(), List.of(), Map.of(), List.of(), List.of());
  }

  /** A corpus with articles, events and quotes, before comparison. */
  public CorpusAnalysis(List<AnnotatedArticle> articles, List<Event> events, List<Quote> quotes) {
    this(articles, events, quotes, Map.of(), List.of(), List.of());
  }
}
