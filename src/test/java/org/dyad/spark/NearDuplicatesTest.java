package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class NearDuplicatesTest {

  private static final String REPORT =
      """
      The regional water authority said on Tuesday that the northern reservoir had fallen to its \
      lowest level in eleven years, after a dry spring and an early heat wave. Farmers in the \
      valley were asked to water their fields at night and to share pumps with their neighbours. \
      The authority's director told reporters that the city would not ration drinking water this \
      summer, but that parks and fountains would be turned off from the first of July. Engineers \
      are inspecting the old canal that links the reservoir to the river, which lost a fifth of \
      its flow to leaks last year, and the council has promised to repair the worst stretches \
      before the autumn rains.""";

  private static final String OTHER =
      """
      The national football team named three new players for the autumn qualifiers, including a \
      nineteen-year-old goalkeeper who has played only eight league matches. The coach said the \
      squad needed fresh legs after a long season and that experience would come with time.""";

  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("NearDuplicatesTest")
                .set("spark.ui.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    sc.stop();
  }

  private static Set<Long> dropped(List<Tuple2<Long, String>> texts) {
    NearDuplicates.Result r = NearDuplicates.find(sc, sc.parallelizePairs(texts, 2), 2);
    return new TreeSet<>(r.dropped().collect());
  }

  @Test
  void dropsLaterExactAndNearDuplicatesButNotTextsBelowTheThreshold() {
    List<Tuple2<Long, String>> texts = new ArrayList<>();
    texts.add(new Tuple2<>(5L, REPORT));
    texts.add(new Tuple2<>(1L, OTHER));
    texts.add(new Tuple2<>(9L, "  " + REPORT.replace(" ", "  ") + "\n"));
    texts.add(new Tuple2<>(7L, REPORT + " The authority will publish weekly figures."));
    // one word changed in a short text leaves too few shingles in common
    texts.add(new Tuple2<>(3L, OTHER.replace("three new players", "four new players")));
    NearDuplicates.Result r = NearDuplicates.find(sc, sc.parallelizePairs(texts, 2), 2);
    assertEquals(Set.of(7L, 9L), new TreeSet<>(r.dropped().collect()));
    assertEquals(1, r.exact());
    assertEquals(1, r.near());
  }

  @Test
  void theEarliestCopyIsKeptWhateverThePartitioning() {
    List<Tuple2<Long, String>> texts = new ArrayList<>();
    for (long i = 20; i > 0; i--) {
      texts.add(new Tuple2<>(i, REPORT));
    }
    Set<Long> expected = new TreeSet<>();
    for (long i = 2; i <= 20; i++) {
      expected.add(i);
    }
    assertEquals(expected, dropped(texts));
  }

  @Test
  void distinctTextsAreAllKept() {
    assertEquals(Set.of(), dropped(List.of(new Tuple2<>(1L, REPORT), new Tuple2<>(2L, OTHER))));
  }

  @Test
  void aDraftSimilarOnlyToADroppedOneIsKeptAsTheStoreKeepsIt() {
    assertEquals(
        Set.of(2L), NearDuplicates.resolve(List.of(new Tuple2<>(1L, 2L), new Tuple2<>(2L, 3L))));
    assertEquals(
        Set.of(2L, 3L),
        NearDuplicates.resolve(
            List.of(new Tuple2<>(1L, 2L), new Tuple2<>(2L, 3L), new Tuple2<>(1L, 3L))));
    assertThrows(
        IllegalArgumentException.class,
        () -> NearDuplicates.resolve(List.of(new Tuple2<>(3L, 2L))));
  }

  @Test
  void aBucketPairsEveryEarlierDraftWithEveryLaterOne() {
    assertEquals(
        List.of(new Tuple2<>(1L, 4L), new Tuple2<>(1L, 6L), new Tuple2<>(4L, 6L)),
        NearDuplicates.pairs(List.of(6L, 1L, 4L)));
  }
}
