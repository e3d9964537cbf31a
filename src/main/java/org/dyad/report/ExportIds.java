package org.dyad.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.AnnotatedArticle;

/** The short ids exports and reports give articles: {@code a1, a2, ...} in corpus order. */
final class ExportIds {

  private final Map<String, String> byArticleId = new HashMap<>();

  ExportIds(List<AnnotatedArticle> articles) {
    for (AnnotatedArticle a : articles) {
      byArticleId.putIfAbsent(a.article().id(), "a" + (byArticleId.size() + 1));
    }
  }

  String of(String articleId) {
    String id = byArticleId.get(articleId);
    if (id == null) {
      throw new IllegalArgumentException("articleId is not in the corpus: " + articleId);
    }
    return id;
  }

  /** The text with every article id in it replaced by its export id. */
  String replaceIn(String text) {
    String out = text;
    for (var e : byArticleId.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }
}
