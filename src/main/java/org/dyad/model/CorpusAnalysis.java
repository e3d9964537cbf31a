package org.dyad.model;

import java.util.List;

/**
 * Everything Dyad knows about a corpus: its annotated articles and what was extracted from them.
 */
public record CorpusAnalysis(List<AnnotatedArticle> articles) {

  public CorpusAnalysis {
    articles = List.copyOf(articles);
  }
}
