package org.dyad.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.compare.TensionIndex;
import org.dyad.model.Actor;
import org.dyad.model.CrisisPhase;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PairAnalysis;
import org.dyad.model.Perspective;
import org.dyad.model.TensionPoint;

/**
 * The picture of a pair at a glance: the months to chart (the last twelve with events, reaching
 * back to the start of the latest crisis phase), its crisis phases, and its newest events with the
 * number of articles of each side that report them.
 *
 * @param from the first month to chart ({@code YYYY-MM}), or null when the pair has no dated event
 * @param to the last month to chart, or null
 * @param phases the pair's crisis phases by month, oldest first
 * @param newest the pair's newest dated events, newest first
 */
public record Overview(
    PairAnalysis pair,
    String from,
    String to,
    List<CrisisPhase> phases,
    List<Item> newest,
    int undated) {

  /** How many months the chart shows at least, counting back from the last month with events. */
  public static final int MONTHS = 12;

  /**
   * One event as the overview lists it.
   *
   * @param sides how many articles report it, by their perspective on the pair (a country code,
   *     {@code both}, {@code neutral}), the pair's two countries first
   * @param modality the most certain way an article states it
   */
  public record Item(
      Event event, String headline, Map<String, Integer> sides, Modality modality, int articles) {

    public Item {
      if (event == null || headline == null) {
        throw new IllegalArgumentException("event and headline are required");
      }
      sides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sides));
    }
  }

  public Overview {
    if (pair == null) {
      throw new IllegalArgumentException("pair must not be null");
    }
    if ((from == null) != (to == null) || from != null && from.compareTo(to) > 0) {
      throw new IllegalArgumentException("need from <= to, both or neither: " + from + ", " + to);
    }
    phases = List.copyOf(phases);
    newest = List.copyOf(newest);
  }

  /** The latest crisis phase, or null when the pair has none. */
  public CrisisPhase latestPhase() {
    return phases.isEmpty() ? null : phases.get(phases.size() - 1);
  }

  /** The overview of {@code pair} over the corpus's events, listing at most {@code limit}. */
  public static Overview of(PairAnalysis pair, List<Event> events, Headlines headlines, int limit) {
    if (pair == null || events == null || headlines == null || limit < 0) {
      throw new IllegalArgumentException(
          "pair, events and headlines are required and limit >= 0: " + limit);
    }
    List<TensionPoint> all = pair.tension().stream().filter(t -> t.series().equals("all")).toList();
    List<CrisisPhase> phases = TensionIndex.phases(pair.tension(), events);
    String from = null;
    String to = null;
    if (!all.isEmpty()) {
      to = all.stream().map(TensionPoint::period).max(String::compareTo).orElseThrow();
      YearMonth start = YearMonth.parse(to).minusMonths(MONTHS - 1L);
      if (!phases.isEmpty()) {
        YearMonth phase = YearMonth.parse(phases.get(phases.size() - 1).start()).minusMonths(1);
        start = phase.isBefore(start) ? phase : start;
      }
      String first = all.stream().map(TensionPoint::period).min(String::compareTo).orElseThrow();
      from = start.toString().compareTo(first) < 0 ? first : start.toString();
    }
    List<Event> between = new ArrayList<>();
    int undated = 0;
    for (Event e : events) {
      if (!between(pair, e)) {
        continue;
      }
      if (e.date() == null) {
        undated++;
      } else {
        between.add(e);
      }
    }
    between.sort(
        Comparator.comparing((Event e) -> e.date().lastDay())
            .reversed()
            .thenComparing(Comparator.comparingLong(Overview::articleCount).reversed())
            .thenComparingDouble(e -> e.goldstein() < 0 ? e.goldstein() : -e.goldstein())
            .thenComparing(Event::id));
    List<Item> newest = new ArrayList<>();
    for (Event e : between.subList(0, Math.min(limit, between.size()))) {
      newest.add(item(pair, e, headlines));
    }
    return new Overview(pair, from, to, phases, newest, undated);
  }

  /** An event as the overview lists it, with its sides counted on {@code pair}. */
  public static Item item(PairAnalysis pair, Event e, Headlines headlines) {
    Set<String> articles = new LinkedHashSet<>();
    Modality best = null;
    for (EventMention m : e.mentions()) {
      articles.add(m.articleId());
      if (best == null || certainty(m.modality()) < certainty(best)) {
        best = m.modality();
      }
    }
    Map<String, Integer> sides = new LinkedHashMap<>();
    for (String side : List.of(pair.pair().get(0), pair.pair().get(1), "both", "neutral")) {
      sides.put(side, 0);
    }
    for (String id : articles) {
      Perspective p = pair.perspectives().get(id);
      String label = p == null ? "neutral" : p.label();
      sides.merge(label, 1, Integer::sum);
    }
    sides.values().removeIf(n -> n == 0);
    return new Item(e, headlines.of(e), sides, best, articles.size());
  }

  private static int certainty(Modality m) {
    return m.ordinal();
  }

  private static long articleCount(Event e) {
    return e.mentions().stream().map(EventMention::articleId).distinct().count();
  }

  /** True when the event is between the pair's two countries, in either direction. */
  public static boolean between(PairAnalysis pair, Event e) {
    String s = country(e.source());
    String t = country(e.target());
    return s != null
        && t != null
        && !s.equals(t)
        && pair.pair().contains(s)
        && pair.pair().contains(t);
  }

  private static String country(Actor a) {
    return a == null ? null : a.country();
  }
}
