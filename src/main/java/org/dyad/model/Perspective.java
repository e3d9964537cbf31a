package org.dyad.model;

import java.util.List;

/**
 * Whose narrative an article mostly carries: one country of the pair, "both" or "neutral", with the
 * score behind the label and the spans that weigh most.
 *
 * @param label an ISO alpha-3 code of the pair, {@code both} or {@code neutral}
 * @param score the signed balance between the pair's two sides, in [-1, 1] (positive favours the
 *     first country of {@code pair})
 */
public record Perspective(
    String articleId,
    String label,
    List<String> pair,
    double score,
    List<String> reasons,
    List<Span> evidence) {

  public Perspective {
    if (articleId == null || label == null) {
      throw new IllegalArgumentException("articleId and label are required");
    }
    pair = List.copyOf(pair);
    reasons = List.copyOf(reasons);
    evidence = List.copyOf(evidence);
  }
}
