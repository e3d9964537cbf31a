package org.dyad.compare;

import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;
import org.dyad.model.TensionPoint;

/**
 * The tension index of a country pair: per month (or ISO week), the sum of the Goldstein values of
 * the merged events between the two countries, in both directions, each event counted once however
 * often it is reported; plus one series per side, counting the events that side's media report.
 */
public final class TensionIndex {

  /** Monthly or weekly periods. */
  public enum Period {
    MONTH,
    WEEK
  }

  private TensionIndex() {}

  public static List<TensionPoint> series(
      List<Event> events, List<String> pair, Map<String, Perspective> perspectives, Period period) {
    if (pair.size() != 2) {
      return List.of();
    }
    String label = pair.get(0) + "-" + pair.get(1);
    Map<String, Map<String, List<Event>>> bySeries = new TreeMap<>();
    for (Event e : events) {
      if (e.date() == null
          || e.date().month() == null
          || (period == Period.WEEK && e.date().day() == null)
          || !Set.of(pair.get(0), pair.get(1))
              .equals(Set.of(country(e.source()), country(e.target())))) {
        continue;
      }
      String key = key(e, period);
      bySeries
          .computeIfAbsent("all", k -> new TreeMap<>())
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(e);
      for (String side : pair) {
        boolean told = false;
        for (EventMention m : e.mentions()) {
          Perspective p = perspectives.get(m.articleId());
          told |= p != null && side.equals(p.label());
        }
        if (told) {
          bySeries
              .computeIfAbsent(side, k -> new TreeMap<>())
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(e);
        }
      }
    }
    List<TensionPoint> out = new ArrayList<>();
    for (var s : bySeries.entrySet()) {
      for (var p : s.getValue().entrySet()) {
        double sum = p.getValue().stream().mapToDouble(Event::goldstein).sum();
        out.add(
            new TensionPoint(
                p.getKey(), label, s.getKey(), sum, p.getValue().stream().map(Event::id).toList()));
      }
    }
    return out;
  }

  /** Crisis phases: runs of periods of the "all" series at or below {@code threshold}. */
  public static List<List<TensionPoint>> phases(List<TensionPoint> series, double threshold) {
    List<List<TensionPoint>> out = new ArrayList<>();
    List<TensionPoint> current = null;
    for (TensionPoint p : series) {
      if (!p.series().equals("all")) {
        continue;
      }
      if (p.value() <= threshold) {
        if (current == null) {
          current = new ArrayList<>();
          out.add(current);
        }
        current.add(p);
      } else {
        current = null;
      }
    }
    return out;
  }

  private static String country(org.dyad.model.Actor a) {
    return a == null ? null : a.country();
  }

  private static String key(Event e, Period period) {
    if (period == Period.MONTH) {
      return String.format("%04d-%02d", e.date().year(), e.date().month());
    }
    var d = e.date().firstDay();
    return String.format(
        "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
