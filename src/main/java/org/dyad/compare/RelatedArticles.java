package org.dyad.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;

/**
 * The dated article an undated one reports the same story as: the one whose proper names (places,
 * people, outlets; words capitalised inside a sentence) are most alike, by the cosine of their
 * tf-idf weights over the corpus, when that likeness reaches {@link #MIN_SIMILARITY}.
 */
public final class RelatedArticles {

  /** The least name similarity at which two articles are taken to tell one story. */
  static final double MIN_SIMILARITY = 0.12;

  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{3,}");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

  private RelatedArticles() {}

  /**
   * For each of {@code undated} that has one, its most related article among the others that are
   * not in {@code undated}.
   *
   * @param texts each article's text by id
   * @param sentences each article's sentence spans; an article missing here is read as one sentence
   * @param undated the ids of the articles without a publication date
   */
  public static Map<String, String> datedTwins(
      Map<String, String> texts, Map<String, List<Span>> sentences, Set<String> undated) {
    if (undated.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, Integer>> names = new LinkedHashMap<>();
    Map<String, Integer> df = new HashMap<>();
    texts.forEach(
        (id, text) -> {
          Map<String, Integer> n = names(text, sentences.get(id));
          names.put(id, n);
          n.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        });
    int size = names.size();
    Map<String, Map<String, Double>> vectors = new HashMap<>();
    Map<String, List<String>> postings = new HashMap<>();
    names.forEach(
        (id, n) -> {
          Map<String, Double> v = new HashMap<>();
          n.forEach(
              (w, count) -> {
                int d = df.get(w);
                if (d < size) {
                  v.put(w, (1 + Math.log(count)) * Math.log((double) size / d));
                  postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
                }
              });
          vectors.put(id, v);
        });
    Map<String, String> out = new LinkedHashMap<>();
    for (String u : undated) {
      Map<String, Double> vu = vectors.get(u);
      if (vu == null || vu.isEmpty()) {
        continue;
      }
      Map<String, Double> dots = new HashMap<>();
      vu.forEach(
          (w, x) -> {
            for (String other : postings.get(w)) {
              if (!undated.contains(other)) {
                dots.merge(other, x * vectors.get(other).get(w), Double::sum);
              }
            }
          });
      String best = null;
      double bestSimilarity = MIN_SIMILARITY;
      for (var d : dots.entrySet()) {
        double similarity = d.getValue() / (norm(vu) * norm(vectors.get(d.getKey())));
        if (similarity >= bestSimilarity) {
          best = d.getKey();
          bestSimilarity = similarity;
        }
      }
      if (best != null) {
        out.put(u, best);
      }
    }
    return out;
  }

  /** The names of a text with their counts, leaving out each sentence's first word. */
  static Map<String, Integer> names(String text, List<Span> sentences) {
    List<Span> spans = sentences == null ? List.of(new Span(0, text.length())) : sentences;
    Map<String, Integer> out = new HashMap<>();
    for (Span s : spans) {
      Matcher m = NAME.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        if (text.substring(s.start(), m.start()).chars().noneMatch(Character::isLetter)) {
          continue;
        }
        String w = POSSESSIVE.matcher(m.group().toLowerCase(Locale.ROOT)).replaceAll("");
        out.merge(w, 1, Integer::sum);
      }
    }
    return out;
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
