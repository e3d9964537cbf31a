package org.dyad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.dyad.store.ArticleIds;
import org.dyad.store.ArticleStore;
import org.dyad.store.MinHash;
import scala.Tuple2;

/**
 * Finds the drafts of a corpus that repeat an earlier one, as the article store does one at a time:
 * the same normalised text (content hash), or an estimated Jaccard similarity of at least {@link
 * ArticleStore#NEAR_DUPLICATE} to an earlier draft that is kept. Candidates for similarity come
 * from MinHash bands ({@link MinHash#bands}), so only drafts that share a band are ever compared.
 */
final class NearDuplicates {

  private NearDuplicates() {}

  /** The content hash and MinHash signature of one draft's text. */
  record Signature(String hash, long[] minhash) implements Serializable {}

  /** One band of one signature: drafts with equal keys are candidates. */
  record BandKey(int band, long hash) implements Serializable {}

  /** What deduplication drops: the orders of repeated drafts, and how many were of each kind. */
  record Result(JavaRDD<Long> dropped, long exact, long near) {}

  /**
   * The drafts to drop from a corpus.
   *
   * @param texts each draft's text by its corpus order (earlier drafts win)
   */
  static Result find(JavaSparkContext sc, JavaPairRDD<Long, String> texts, int partitions) {
    JavaPairRDD<Long, Signature> signatures =
        texts
            .mapValues(t -> new Signature(ArticleIds.contentHash(t), MinHash.signature(t)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Boolean> firsts =
        signatures
            .mapToPair(s -> new Tuple2<>(s._2().hash(), s._1()))
            .reduceByKey(Math::min, partitions)
            .mapToPair(h -> new Tuple2<>(h._2(), Boolean.TRUE));
    JavaRDD<Long> exact =
        signatures.subtractByKey(firsts).keys().persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Signature> distinct =
        signatures.join(firsts, partitions).mapValues(Tuple2::_1);
    JavaPairRDD<Long, Long> candidates =
        distinct
            .flatMapToPair(
                s -> {
                  long[] bands = MinHash.bands(s._2().minhash());
                  List<Tuple2<BandKey, Long>> out = new ArrayList<>(bands.length);
                  for (int b = 0; b < bands.length; b++) {
                    out.add(new Tuple2<>(new BandKey(b, bands[b]), s._1()));
                  }
                  return out.iterator();
                })
            .groupByKey(partitions)
            .flatMapToPair(bucket -> pairs(bucket._2()).iterator())
            .distinct(partitions);
    List<Tuple2<Long, Long>> similar =
        candidates
            .join(distinct, partitions)
            .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
            .join(distinct, partitions)
            .filter(
                c ->
                    MinHash.similarity(c._2()._1()._2().minhash(), c._2()._2().minhash())
                        >= ArticleStore.NEAR_DUPLICATE)
            .mapToPair(c -> new Tuple2<>(c._2()._1()._1(), c._1()))
            .collect();
    Set<Long> near = resolve(similar);
    long exactCount = exact.count();
    signatures.unpersist(false);
    JavaRDD<Long> dropped =
        exact.union(sc.parallelize(new ArrayList<>(near), Math.max(1, partitions)));
    return new Result(dropped, exactCount, near.size());
  }

  /** Every pair of a bucket's drafts, earlier first. */
  static List<Tuple2<Long, Long>> pairs(Iterable<Long> bucket) {
    TreeSet<Long> sorted = new TreeSet<>();
    bucket.forEach(sorted::add);
    List<Long> members = new ArrayList<>(sorted);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        out.add(new Tuple2<>(members.get(i), members.get(j)));
      }
    }
    return out;
  }

  /**
   * The drafts that near-duplicate an earlier kept draft, taking drafts in corpus order as the
   * store does: a draft similar only to dropped drafts is kept.
   *
   * @param similar pairs of similar drafts, earlier first
   */
  static Set<Long> resolve(List<Tuple2<Long, Long>> similar) {
    Map<Long, List<Long>> earlier = new HashMap<>();
    TreeSet<Long> drafts = new TreeSet<>();
    for (Tuple2<Long, Long> p : similar) {
      if (p._1() >= p._2()) {
        throw new IllegalArgumentException("pair must put the earlier draft first: " + p);
      }
      earlier.computeIfAbsent(p._2(), k -> new ArrayList<>()).add(p._1());
      drafts.add(p._1());
      drafts.add(p._2());
    }
    Set<Long> dropped = new HashSet<>();
    for (long d : drafts) {
      for (long e : earlier.getOrDefault(d, List.of())) {
        if (!dropped.contains(e)) {
          dropped.add(d);
          break;
        }
      }
    }
    return dropped;
  }
}
