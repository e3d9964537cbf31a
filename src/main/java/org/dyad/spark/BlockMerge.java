package org.dyad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.ArticleFindings;
import org.dyad.analysis.Extraction;
import org.dyad.extract.event.EventExtractor;
import org.dyad.model.Event;
import org.dyad.model.EventMention;

/**
 * Merges the event mentions of one {@link MergeBlock} at a time and puts the events of all blocks
 * in the order, and under the ids, that merging the whole corpus at once gives.
 */
final class BlockMerge {

  private BlockMerge() {}

  /**
   * One event mention on its way to its block.
   *
   * @param order the corpus position of its article
   * @param index its position among that article's mentions
   * @param found the {@link ArticleFindings.Found} as JSON
   */
  record Row(long order, String articleId, int index, String found) implements Serializable {}

  /**
   * One merged event with what places it among events of the same date and code: the corpus
   * position of the first mention of its group (family and countries), then its place in the block.
   */
  record Ranked(String event, long groupOrder, int groupIndex, int local) implements Serializable {}

  /** Merges the mentions of one block, in any order. */
  static List<Ranked> merge(Extraction extraction, List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong(Row::order).thenComparingInt(Row::index));
    Map<Long, List<ArticleFindings.Found>> byArticle = new LinkedHashMap<>();
    Map<Long, String> ids = new HashMap<>();
    Map<String, Row> groupFirst = new HashMap<>();
    for (Row r : sorted) {
      ArticleFindings.Found f = Json.read(r.found(), ArticleFindings.Found.class);
      byArticle.computeIfAbsent(r.order(), k -> new ArrayList<>()).add(f);
      ids.put(r.order(), r.articleId());
      if (!f.mention().provenance().equals(EventExtractor.INCIDENT)) {
        groupFirst.putIfAbsent(MergeBlock.group(f.mention()), r);
      }
    }
    List<ArticleFindings> findings = new ArrayList<>();
    byArticle.forEach(
        (order, found) -> findings.add(new ArticleFindings(ids.get(order), found, List.of())));
    List<Event> events = extraction.merge(findings);
    List<Ranked> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      Row first = groupFirst.get(MergeBlock.group(e.mentions().get(0)));
      if (first == null) {
        throw new IllegalStateException("event without a mention of its group: " + e.summary());
      }
      out.add(new Ranked(Json.write(e), first.order(), first.index(), i));
    }
    return out;
  }

  /** The events of every block in chronological order (undated last), numbered e1, e2, ... */
  static List<Event> order(List<Ranked> ranked) {
    record Decoded(Event event, Ranked rank) {}
    List<Decoded> all = new ArrayList<>();
    for (Ranked r : ranked) {
      all.add(new Decoded(Json.read(r.event(), Event.class), r));
    }
    all.sort(
        Comparator.comparing(
                (Decoded d) -> d.event().date() == null ? null : d.event().date().firstDay(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.event().cameo())
            .thenComparingLong(d -> d.rank().groupOrder())
            .thenComparingInt(d -> d.rank().groupIndex())
            .thenComparingInt(d -> d.rank().local()));
    List<Event> out = new ArrayList<>(all.size());
    for (Decoded d : all) {
      Event e = d.event();
      out.add(
          new Event(
              "e" + (out.size() + 1),
              e.cameo(),
              e.goldstein(),
              e.source(),
              e.target(),
              e.date(),
              e.summary(),
              e.mentions()));
    }
    return out;
  }

  /** The rows of an article's findings, each with its block. */
  static List<Map.Entry<MergeBlock, Row>> rows(long order, ArticleFindings canonical) {
    List<Map.Entry<MergeBlock, Row>> out = new ArrayList<>();
    List<ArticleFindings.Found> events = canonical.events();
    for (int i = 0; i < events.size(); i++) {
      EventMention m = events.get(i).mention();
      out.add(
          Map.entry(
              MergeBlock.of(m),
              new Row(order, canonical.articleId(), i, Json.write(events.get(i)))));
    }
    return out;
  }

  /** Merges block by block on this machine: the same result as merging the corpus at once. */
  static List<Event> mergeByBlocks(Extraction extraction, List<ArticleFindings> canonical) {
    Map<MergeBlock, List<Row>> blocks = new HashMap<>();
    for (int a = 0; a < canonical.size(); a++) {
      for (Map.Entry<MergeBlock, Row> e : rows(a, canonical.get(a))) {
        blocks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
      }
    }
    List<Ranked> ranked = new ArrayList<>();
    for (List<Row> block : blocks.values()) {
      ranked.addAll(merge(extraction, block));
    }
    return order(ranked);
  }
}
