package org.dyad.model;

import java.util.List;

/**
 * Everything Dyad knows about a corpus: its annotated articles and what was extracted from them.
 */
public record CorpusAnalysis(
    List<AnnotatedArticle> articles, List<Event> events, List<Quote> quotes) {

  public CorpusAnalysis {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  /** A corpus with articles only, before extraction. */
  public CorpusAnalysis(List<AnnotatedArticle> articles) {
    this(articles, List.of(), List.of());
  }
}
