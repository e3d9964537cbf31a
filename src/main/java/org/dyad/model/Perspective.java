package org.dyad.model;

import java.util.List;
import java.util.Map;

/**
 * Whose narrative an article carries on a country pair: one country of the pair, "both" (it carries
 * both sides' accounts substantially) or "neutral" (it carries neither side's account), with the
 * score behind the label, its reasons in plain words, the spans that weigh most and the measured
 * features.
 *
 * @param label an ISO alpha-3 code of the pair, {@code both} or {@code neutral}
 * @param pair the two countries the perspective is about
 * @param score the signed balance between the pair's two sides, in [-1, 1] (positive favours the
 *     first country of {@code pair})
 * @param features the perspective model's inputs by name (see {@code PerspectiveModel})
 */
public record Perspective(
    String articleId,
    String label,
    List<String> pair,
    double score,
    List<String> reasons,
    List<Span> evidence,
    Map<String, Double> features) {

  public Perspective {
    if (articleId == null || label == null) {
      throw new IllegalArgumentException("articleId and label are required");
    }
    pair = List.copyOf(pair);
    if (!pair.isEmpty()
        && !(pair.contains(label) || label.equals("both") || label.equals("neutral"))) {
      throw new IllegalArgumentException(
          "label must be a code of the pair " + pair + ", both or neutral: " + label);
    }
    reasons = List.copyOf(reasons);
    evidence = List.copyOf(evidence);
    features = features == null ? Map.of() : Map.copyOf(features);
  }

  /** A perspective without measured features. */
  public Perspective(
      String articleId,
      String label,
      List<String> pair,
      double score,
      List<String> reasons,
      List<Span> evidence) {
    this(articleId, label, pair, score, reasons, evidence, Map.of());
  }
}
