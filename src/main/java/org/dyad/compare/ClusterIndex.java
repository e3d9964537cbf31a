package org.dyad.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;

/**
 * The clusters of one merge group (CAMEO family and countries) as {@link EventMerger} builds them,
 * indexed so that a mention finds its cluster without comparing it to every other: dated clusters
 * by the first cluster of each year, month and day, and clusters by the articles and codes of their
 * mentions, each with the anchors its mentions carry (see {@link EventAnchors}).
 */
final class ClusterIndex {

  private final List<List<EventMention>> clusters = new ArrayList<>();
  private final List<Set<String>> anchorsOf = new ArrayList<>();
  private final Map<PartialDate, Integer> firstAt = new HashMap<>();
  private final Map<String, TreeSet<Integer>> byArticle = new HashMap<>();
  private final Map<String, TreeSet<Integer>> byArticleCode = new HashMap<>();
  private final BitSet withoutAnchors = new BitSet();
  private final BitSet withObject = new BitSet();

  /** The clusters in the order they were opened. */
  List<List<EventMention>> clusters() {
    return clusters;
  }

  /** Opens a cluster holding {@code m}; dated clusters must be opened finest precision first. */
  void open(EventMention m, Set<String> anchors) {
    int c = clusters.size();
    clusters.add(new ArrayList<>());
    anchorsOf.add(new HashSet<>());
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
    clusters.get(c).add(m);
    byArticle.computeIfAbsent(m.articleId(), k -> new TreeSet<>()).add(c);
    byArticleCode.computeIfAbsent(m.articleId() + "|" + m.cameo(), k -> new TreeSet<>()).add(c);
    if (anchors.isEmpty()) {
      withoutAnchors.set(c);
    }
    anchorsOf.get(c).addAll(anchors);
    if (anchors.stream().anyMatch(a -> a.startsWith("o:"))) {
      withObject.set(c);
    }
  }

  /**
   * The cluster an undated mention with {@code anchors} joins among these: the only one holding a
   * mention of its article with its code and sharing an anchor with it, else the largest (first of
   * equals) told by its article and sharing an anchor, or -1.
   */
  int home(EventMention m, Set<String> anchors) {
    int only = -1;
    int count = 0;
    for (int c : byArticleCode.getOrDefault(m.articleId() + "|" + m.cameo(), new TreeSet<>())) {
      if (shares(c, anchors)) {
        only = c;
        count++;
      }
    }
    if (count == 1) {
      return only;
    }
    int best = -1;
    for (int c : byArticle.getOrDefault(m.articleId(), new TreeSet<>())) {
      if (shares(c, anchors) && (best < 0 || clusters.get(c).size() > clusters.get(best).size())) {
        best = c;
      }
    }
    return best;
  }

  /** The first cluster told by {@code m}'s article that shares an anchor with it, or -1. */
  int firstTold(EventMention m, Set<String> anchors) {
    for (int c : byArticle.getOrDefault(m.articleId(), new TreeSet<>())) {
      if (shares(c, anchors)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * True when a mention with {@code anchors} shares an anchor with cluster {@code c}, as {@code
   * EventMerger.share} decides: when either side has none, else when both or neither name an object
   * and they have an anchor (an object anchor, when they name one) in common.
   */
  private boolean shares(int c, Set<String> anchors) {
    if (anchors.isEmpty() || withoutAnchors.get(c)) {
      return true;
    }
    boolean object = anchors.stream().anyMatch(a -> a.startsWith("o:"));
    if (object != withObject.get(c)) {
      return false;
    }
    Set<String> theirs = anchorsOf.get(c);
    return anchors.stream().filter(a -> !object || a.startsWith("o:")).anyMatch(theirs::contains);
  }
}
