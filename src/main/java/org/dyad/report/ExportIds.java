package org.dyad.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.AnnotatedArticle;

/** The short ids exports and reports give articles: {@code a1, a2, ...} in corpus order. */
public final class ExportIds {

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

  /** The text with every article id in it replaced by its export id (see {@link #replaceIds}). */
  String replaceIn(String text) {
    return replaceIds(text, byArticleId);
  }

  /**
   * {@code text} with each word that is a key of {@code ids} replaced by its value; words are runs
   * of letters, digits, hyphens and underscores, as article ids are ("cause:natural only in ID").
   */
  public static String replaceIds(String text, Map<String, String> ids) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && isWordChar(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        String word = text.substring(i, j);
        out.append(ids.getOrDefault(word, word));
      }
      if (j < text.length()) {
        out.append(text.charAt(j));
      }
      i = j + 1;
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }
}
