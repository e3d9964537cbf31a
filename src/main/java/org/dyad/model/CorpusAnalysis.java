package org.dyad.model;

import java.util.List;
import java.util.Map;

/**
 * Everything Dyad knows about a corpus: its annotated articles, what was extracted from them, and
 * the results of each country pair it covers, the default (most reported) pair first, and the
 * analysts' corrections applied to them.
 */
public record CorpusAnalysis(
    List<AnnotatedArticle> articles,
    List<Event> events,
    List<Quote> quotes,
    List<PairAnalysis> pairs,
    Corrections corrections) {

  public CorpusAnalysis {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    pairs = List.copyOf(pairs);
    if (corrections == null) {
      throw new IllegalArgumentException("corrections must not be null; pass Corrections.NONE");
    }
  }

  /** An analysis as Dyad found it, without corrections. */
  public CorpusAnalysis(
      List<AnnotatedArticle> articles,
      List<Event> events,
      List<Quote> quotes,
      List<PairAnalysis> pairs) {
    this(articles, events, quotes, pairs, Corrections.NONE);
  }

  /** A corpus with articles only, before extraction. */
  public CorpusAnalysis(List<AnnotatedArticle> articles) {
    this(articles, List.of(), List.of(), List.of());
  }

  /** A corpus with articles, events and quotes, before comparison. */
  public CorpusAnalysis(List<AnnotatedArticle> articles, List<Event> events, List<Quote> quotes) {
    this(articles, events, quotes, List.of());
  }

  /** The default pair's two country codes, or an empty list when the corpus has no pair. */
  public List<String> pair() {
    return pairs.isEmpty() ? List.of() : pairs.get(0).pair();
  }

  /** Each article's perspective on the default pair, by article id. */
  public Map<String, Perspective> perspectives() {
    return pairs.isEmpty() ? Map.of() : pairs.get(0).perspectives();
  }

  /** The default pair's divergences. */
  public List<Divergence> divergences() {
    return pairs.isEmpty() ? List.of() : pairs.get(0).divergences();
  }

  /** The default pair's monthly tension series. */
  public List<TensionPoint> tension() {
    return pairs.isEmpty() ? List.of() : pairs.get(0).tension();
  }
}
