package org.dyad.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;

/**
 * The clusters of one merge group (CAMEO family and countries) as {@link EventMerger} builds them,
 * indexed so that a mention finds its cluster without comparing it to every other: dated clusters
 * by the first cluster of each year, month and day, clusters by the article and code of their
 * mentions, and by the anchors their mentions carry (see {@link EventAnchors}).
 */
final class ClusterIndex {

  private final List<List<EventMention>> clusters = new ArrayList<>();
  private final Map<PartialDate, Integer> firstAt = new HashMap<>();
  private final Map<String, TreeSet<Integer>> byArticleCode = new HashMap<>();
  private final Map<String, TreeSet<Integer>> byAnchor = new HashMap<>();
  private final TreeSet<Integer> withoutAnchors = new TreeSet<>();
  private final BitSet withObject = new BitSet();
  private int largest = -1;

  /** The clusters in the order they were opened. */
  List<List<EventMention>> clusters() {
    return clusters;
  }

  /** Opens a cluster holding {@code m}; dated clusters must be opened finest precision first. */
  void open(EventMention m, Set<String> anchors) {
    int c = clusters.size();
    clusters.add(new ArrayList<>());
    if (m.date() != null) {
      PartialDate d = m.date();
      firstAt.putIfAbsent(PartialDate.ofYear(d.year()), c);
      if (d.month() != null) {
        firstAt.putIfAbsent(PartialDate.ofMonth(d.year(), d.month()), c);
      }
      firstAt.putIfAbsent(d, c);
    }
    add(c, m, anchors);
  }

  /**
   * The first cluster whose date agrees with {@code date} at its precision, or -1; exact as long as
   * clusters were opened in order of decreasing precision and this one is no finer than any.
   */
  int firstDated(PartialDate date) {
    Integer c = firstAt.get(date);
    return c == null ? -1 : c;
  }

  /** Adds a mention to cluster {@code c}. */
  void add(int c, EventMention m, Set<String> anchors) {
    List<EventMention> cluster = clusters.get(c);
    cluster.add(m);
    byArticleCode.computeIfAbsent(m.articleId() + "|" + m.cameo(), k -> new TreeSet<>()).add(c);
    if (anchors.isEmpty()) {
      withoutAnchors.add(c);
    }
    for (String a : anchors) {
      byAnchor.computeIfAbsent(a, k -> new TreeSet<>()).add(c);
      if (a.startsWith("o:")) {
        withObject.set(c);
      }
    }
    if (largest < 0
        || cluster.size() > clusters.get(largest).size()
        || cluster.size() == clusters.get(largest).size() && c < largest) {
      largest = c;
    }
  }

  /** The clusters holding a mention of {@code m}'s article with {@code m}'s code, in order. */
  Set<Integer> sameArticle(EventMention m) {
    return byArticleCode.getOrDefault(m.articleId() + "|" + m.cameo(), new TreeSet<>());
  }

  /**
   * The clusters a mention with {@code anchors} shares an anchor with, as {@code EventMerger.share}
   * decides, in order: all when it has none, else those with a mention without anchors and those
   * holding one of its anchors (its object anchors when it has one) whose mentions name an object
   * exactly when it does.
   */
  private TreeSet<Integer> sharing(Set<String> anchors) {
    TreeSet<Integer> out = new TreeSet<>(withoutAnchors);
    boolean object = anchors.stream().anyMatch(a -> a.startsWith("o:"));
    for (String a : anchors) {
      if (object && !a.startsWith("o:")) {
        continue;
      }
      for (int c : byAnchor.getOrDefault(a, new TreeSet<>())) {
        if (object || !withObject.get(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The largest cluster sharing an anchor with {@code anchors} (the first of equals), or -1. */
  int largestSharing(Set<String> anchors) {
    if (anchors.isEmpty()) {
      return largest;
    }
    int best = -1;
    for (int c : sharing(anchors)) {
      if (best < 0 || clusters.get(c).size() > clusters.get(best).size()) {
        best = c;
      }
    }
    return best;
  }

  /** The first cluster sharing an anchor with {@code anchors}, or -1. */
  int firstSharing(Set<String> anchors) {
    if (anchors.isEmpty()) {
      return clusters.isEmpty() ? -1 : 0;
    }
    TreeSet<Integer> s = sharing(anchors);
    return s.isEmpty() ? -1 : s.first();
  }
}
