package org.dyad.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;

/**
 * Merges event mentions that denote one real event: same CAMEO root, same source and target
 * countries, and dates that agree at their common precision. Undated mentions join the event of
 * their kind that their article is most likely about; a report repeated many times is one event.
 */
public final class EventMerger {

  private final CameoCodebook codebook;

  public EventMerger(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** Merged events in chronological order (undated last), with ids {@code e1, e2, ...}. */
  public List<Event> merge(
      List<EventMention> mentions, Function<EventMention, String> sentenceText) {
    Map<String, List<EventMention>> groups = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      String key =
          family(m.cameo())
              + "|"
              + m.source().actor().country()
              + "|"
              + m.target().actor().country();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<List<EventMention>> clusters = new ArrayList<>();
    for (List<EventMention> group : groups.values()) {
      clusters.addAll(cluster(group));
    }
    List<Event> events = new ArrayList<>();
    for (List<EventMention> c : clusters) {
      events.add(event(c, sentenceText));
    }
    events.sort(
        Comparator.comparing(
                (Event e) -> e.date() == null ? null : e.date().firstDay(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::cameo));
    List<Event> numbered = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      numbered.add(
          new Event(
              "e" + (i + 1),
              e.cameo(),
              e.goldstein(),
              e.source(),
              e.target(),
              e.date(),
              e.summary(),
              e.mentions()));
    }
    return numbered;
  }

  /** The CAMEO family of a code: its first three digits (its root for a bare root code). */
  static String family(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code + "0";
  }

  /** True when two dates can denote the same day: equal at the coarser of their precisions. */
  static boolean compatible(PartialDate a, PartialDate b) {
    if (a.year() != b.year()) {
      return false;
    }
    if (a.month() == null || b.month() == null) {
      return true;
    }
    if (!a.month().equals(b.month())) {
      return false;
    }
    return a.day() == null || b.day() == null || a.day().equals(b.day());
  }

  private static List<List<EventMention>> cluster(List<EventMention> group) {
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
        if (compatible(dates.get(i), m.date())) {
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
    if (!undated.isEmpty()) {
      if (clusters.isEmpty()) {
        clusters.add(new ArrayList<>(undated));
      } else {
        List<EventMention> biggest =
            clusters.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        biggest.addAll(undated);
      }
    }
    return clusters;
  }

  private Event event(List<EventMention> c, Function<EventMention, String> sentenceText) {
    EventMention best =
        c.stream()
            .filter(m -> m.date() != null)
            .max(Comparator.comparing((EventMention m) -> m.date().precision()))
            .orElse(c.get(0));
    String cameo = mostCommon(c.stream().map(EventMention::cameo).toList(), best.cameo());
    Actor source = mostInformative(c.stream().map(m -> m.source().actor()).toList());
    Actor target = mostInformative(c.stream().map(m -> m.target().actor()).toList());
    String summary =
        source.name()
            + " \u2192 "
            + target.name()
            + ": "
            + codebook.name(cameo).toLowerCase()
            + " (\u201c"
            + sentenceText.apply(best)
            + "\u201d)";
    return new Event(
        "e0", cameo, codebook.goldstein(cameo), source, target, best.date(), summary, c);
  }

  private static String mostCommon(List<String> codes, String fallback) {
    Map<String, Long> counts =
        codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length()))
        .map(Map.Entry::getKey)
        .orElse(fallback);
  }

  private static Actor mostInformative(List<Actor> actors) {
    Map<Actor, Integer> counts = new HashMap<>();
    for (Actor a : actors) {
      counts.merge(a, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Comparator.comparingInt(
                    (Map.Entry<Actor, Integer> e) -> e.getKey().role() != null ? 1 : 0)
                .thenComparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElseThrow();
  }
}
