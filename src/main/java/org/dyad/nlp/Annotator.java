package org.dyad.nlp;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;

/** A stage that adds linguistic annotations to an article; implementations are thread-safe. */
public interface Annotator {

  /** Annotates one article; time expressions are normalised against its publication date. */
  AnnotatedArticle annotate(Article article);
}
