package org.dyad.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;

/**
 * Clustering through the date, article and anchor indexes gives what comparing every cluster does.
 */
class ClusterIndexTest {

  private static final Provenance EVENT = new Provenance("extract.event", "test");

  record Spec(int article, String cameo, String date, Set<String> anchors) {}

  @Provide
  Arbitrary<List<Spec>> groups() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.of("173", "1731", "1732"),
            Arbitraries.of(
                    "2024",
                    "2024-12",
                    "2024-12-25",
                    "2024-12-26",
                    "2025",
                    "2025-06",
                    "2025-06-27",
                    "2025-07",
                    "2025-07-01")
                .injectNull(0.45),
            Arbitraries.of("t:detain", "t:arrest", "t:hold", "o:journalist", "o:sailor", "o:ship")
                .set()
                .ofMaxSize(3))
        .as(Spec::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(60);
  }

  @Property(tries = 500)
  void clustersAsComparingEveryClusterDoes(@ForAll("groups") List<Spec> specs) {
    List<EventMention> group = new ArrayList<>();
    Map<EventMention, Set<String>> anchors = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      EventMention m = mention(i, s);
      group.add(m);
      anchors.put(m, s.anchors());
    }
    assertEquals(scan(group, anchors::get), EventMerger.cluster(group, anchors::get));
  }

  private static EventMention mention(int i, Spec s) {
    int at = 10 * i;
    return new EventMention(
        "a" + s.article(),
        s.cameo(),
        new ActorMention(new Actor("Russia", "RUS", "GOV"), new Span(at, at + 1)),
        new ActorMention(new Actor("Azerbaijan", "AZE", null), new Span(at + 4, at + 6)),
        s.date() == null ? null : PartialDate.parse(s.date()),
        null,
        null,
        Modality.ASSERTED,
        null,
        new Span(at, at + 9),
        new Span(at + 2, at + 3),
        EVENT);
  }

  /** Clustering before the indexes: every mention compared with every cluster. */
  private static List<List<EventMention>> scan(
      List<EventMention> group, Function<EventMention, Set<String>> anchors) {
    List<EventMention> dated = new ArrayList<>();
    List<EventMention> undated = new ArrayList<>();
    for (EventMention m : group) {
      (m.date() == null ? undated : dated).add(m);
    }
    dated.sort(
        Comparator.comparing((EventMention m) -> m.date().precision())
            .reversed()
            .thenComparing(m -> m.date().firstDay()));
    List<List<EventMention>> clusters = new ArrayList<>();
    List<PartialDate> dates = new ArrayList<>();
    for (EventMention m : dated) {
      int match = -1;
      for (int i = 0; i < clusters.size(); i++) {
        if (EventMerger.compatible(dates.get(i), m.date())) {
          match = i;
          break;
        }
      }
      if (match < 0) {
        clusters.add(new ArrayList<>(List.of(m)));
        dates.add(m.date());
      } else {
        clusters.get(match).add(m);
      }
    }
    List<List<EventMention>> undatedClusters = new ArrayList<>();
    for (EventMention m : undated) {
      List<List<EventMention>> sameArticle =
          clusters.stream()
              .filter(
                  c ->
                      c.stream()
                              .anyMatch(
                                  x ->
                                      x.articleId().equals(m.articleId())
                                          && x.cameo().equals(m.cameo()))
                          && EventMerger.share(m, c, anchors))
              .toList();
      List<EventMention> home =
          sameArticle.size() == 1
              ? sameArticle.get(0)
              : clusters.stream()
                  .filter(c -> told(c, m.articleId()) && EventMerger.share(m, c, anchors))
                  .max(Comparator.comparingInt(List::size))
                  .orElse(null);
      if (home == null) {
        home =
            undatedClusters.stream()
                .filter(c -> told(c, m.articleId()) && EventMerger.share(m, c, anchors))
                .findFirst()
                .orElse(null);
      }
      if (home == null) {
        home = new ArrayList<>();
        undatedClusters.add(home);
      }
      home.add(m);
    }
    clusters.addAll(undatedClusters);
    return clusters;
  }

  private static boolean told(List<EventMention> cluster, String articleId) {
    return cluster.stream().anyMatch(x -> x.articleId().equals(articleId));
  }
}
