package org.dyad.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.PairAnalysis;

/**
 * The country pairs a corpus covers. Before extraction the candidates come from the countries each
 * article names most (a pair is a candidate when it leads enough articles); after merging they are
 * ranked by the merged events between them and the reports of those events, so the default pair is
 * the most reported one. Every article is analysed against one pair of the corpus, never a pair of
 * its own.
 */
public final class CorpusPairs {

  /** A candidate pair must lead at least this share of the articles (and two of them). */
  static final double SHARE = 0.1;

  private CorpusPairs() {}

  /** How often an article names each country (by name, adjective, demonym or metonym). */
  public static Map<String, Integer> countries(AnnotatedArticle article) {
    Map<String, Integer> counts = new TreeMap<>();
    for (EntityMention e : article.entities()) {
      if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && e.normalized() != null) {
        counts.merge(e.normalized(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * The candidate pairs of a corpus from each article's {@link #countries}: the two countries an
   * article names most lead it; a pair leading at least two articles and {@link #SHARE} of them is
   * a candidate, else the pair leading most articles is the only one. Ordered by the articles they
   * lead, then by how often the corpus names their countries together.
   */
  public static List<List<String>> candidates(List<Map<String, Integer>> perArticle) {
    Map<List<String>, Integer> leads = new HashMap<>();
    Map<List<String>, Integer> together = new HashMap<>();
    for (Map<String, Integer> counts : perArticle) {
      List<String> top =
          counts.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry::getKey))
              .limit(2)
              .map(Map.Entry::getKey)
              .toList();
      if (top.size() == 2) {
        List<String> pair = sorted(top.get(0), top.get(1));
        leads.merge(pair, 1, Integer::sum);
      }
    }
    for (List<String> pair : leads.keySet()) {
      int n = 0;
      for (Map<String, Integer> counts : perArticle) {
        n += Math.min(counts.getOrDefault(pair.get(0), 0), counts.getOrDefault(pair.get(1), 0));
      }
      together.put(pair, n);
    }
    Comparator<List<String>> order =
        Comparator.<List<String>>comparingInt(leads::get)
            .thenComparingInt(together::get)
            .reversed()
            .thenComparing(p -> p.get(0) + p.get(1));
    List<List<String>> all = leads.keySet().stream().sorted(order).toList();
    int needed = Math.max(2, (int) Math.ceil(SHARE * perArticle.size()));
    List<List<String>> out = all.stream().filter(p -> leads.get(p) >= needed).toList();
    return out.isEmpty() && !all.isEmpty() ? List.of(all.get(0)) : out;
  }

  /**
   * The pair of {@code pairs} an article is analysed against: the one whose two countries it names
   * most (the first pair when it names none of them); empty when there is no pair.
   */
  public static List<String> pairOf(Map<String, Integer> counts, List<List<String>> pairs) {
    List<String> best = List.of();
    int bestScore = -1;
    for (List<String> p : pairs) {
      int score = counts.getOrDefault(p.get(0), 0) + counts.getOrDefault(p.get(1), 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The candidates ranked by the merged events between their two countries (in either direction),
   * then by the mentions of those events; candidates without any event are left out unless no
   * candidate has one.
   */
  public static List<List<String>> rank(List<List<String>> candidates, List<Event> merged) {
    Map<List<String>, int[]> score = new LinkedHashMap<>();
    for (List<String> p : candidates) {
      score.put(p, new int[2]);
    }
    for (Event e : merged) {
      if (e.source() == null || e.target() == null) {
        continue;
      }
      String s = e.source().country();
      String t = e.target().country();
      if (s == null || t == null || s.equals(t)) {
        continue;
      }
      int[] c = score.get(s.compareTo(t) < 0 ? List.of(s, t) : List.of(t, s));
      if (c != null) {
        c[0]++;
        c[1] += e.mentions().size();
      }
    }
    List<List<String>> ranked = new ArrayList<>(candidates);
    ranked.sort(
        Comparator.<List<String>>comparingInt(p -> score.get(p)[0])
            .thenComparingInt(p -> score.get(p)[1])
            .reversed());
    List<List<String>> withEvents = ranked.stream().filter(p -> score.get(p)[0] > 0).toList();
    return withEvents.isEmpty() ? ranked : withEvents;
  }

  /** A pair from two country codes, in alphabetical order ({@link PairAnalysis#pair}). */
  public static List<String> sorted(String a, String b) {
    return PairAnalysis.pair(a, b);
  }
}
