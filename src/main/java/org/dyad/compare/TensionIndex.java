package org.dyad.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.model.Actor;
import org.dyad.model.CrisisPhase;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;
import org.dyad.model.TensionPoint;

/**
 * The tension index of a country pair: per month (or ISO week), the sum of the Goldstein values of
 * the merged events between the two countries, in both directions, each event counted once however
 * often it is reported; plus one series per side, counting the events that side's media report; and
 * the crisis phases found in it.
 */
public final class TensionIndex {

  /** Monthly or weekly periods. */
  public enum Period {
    MONTH,
    WEEK;

    /** The period of a key such as {@code 2025-06} or {@code 2025-W26}. */
    public static Period of(String key) {
      return key.contains("W") ? WEEK : MONTH;
    }
  }

  /** A period is hostile when its conflict reaches this much and outweighs its cooperation. */
  public static final double HOSTILE = 5.0;

  /** Quiet periods that may separate two hostile ones within one phase. */
  public static final int GAP = 1;

  private TensionIndex() {}

  /**
   * The series for {@code pair}: a point per period that has events between the two countries
   * (periods without any are left out and count as zero), for {@code all} and for each side.
   */
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
          || !Set.of(pair.get(0), pair.get(1)).equals(countries(e))) {
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
        double conflict = 0;
        double cooperation = 0;
        for (Event e : p.getValue()) {
          if (e.goldstein() < 0) {
            conflict += e.goldstein();
          } else {
            cooperation += e.goldstein();
          }
        }
        out.add(
            new TensionPoint(
                p.getKey(),
                label,
                s.getKey(),
                conflict + cooperation,
                conflict,
                cooperation,
                p.getValue().stream().map(Event::id).toList()));
      }
    }
    return out;
  }

  /**
   * Crisis phases of the {@code all} series: runs of hostile periods (conflict of at least {@link
   * #HOSTILE} that outweighs the period's cooperation), bridged over at most {@link #GAP} quiet
   * period that is not cooperative, whose conflict adds up to at least twice {@link #HOSTILE} (an
   * apology in the month of a shoot-down does not undo the crisis). The triggers are the hostile
   * events of the phase's first period and the one of its peak period, most hostile first,
   * hostility weighed by the number of articles reporting the event.
   */
  public static List<CrisisPhase> phases(List<TensionPoint> series, List<Event> events) {
    Map<String, TensionPoint> byPeriod = new TreeMap<>();
    for (TensionPoint p : series) {
      if (p.series().equals("all")) {
        byPeriod.put(p.period(), p);
      }
    }
    if (byPeriod.isEmpty()) {
      return List.of();
    }
    Map<String, Event> eventsById = new HashMap<>();
    events.forEach(e -> eventsById.put(e.id(), e));
    List<String> periods = calendar(firstKey(byPeriod), lastKey(byPeriod));
    List<CrisisPhase> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int quiet = 0;
    for (String period : periods) {
      TensionPoint p = byPeriod.get(period);
      if (hostile(p)) {
        run.add(period);
        quiet = 0;
      } else if (!run.isEmpty() && quiet < GAP && (p == null || p.value() <= 0)) {
        run.add(period);
        quiet++;
      } else {
        close(run, quiet, byPeriod, eventsById, out);
        run = new ArrayList<>();
        quiet = 0;
      }
    }
    close(run, quiet, byPeriod, eventsById, out);
    return out;
  }

  /** An event's Goldstein value weighed by how many articles report it. */
  private static double weight(Event e) {
    long articles = e.mentions().stream().map(EventMention::articleId).distinct().count();
    return e.goldstein() * (1 + Math.log(articles));
  }

  private static boolean hostile(TensionPoint p) {
    return p != null && p.conflict() <= -HOSTILE && p.value() < 0;
  }

  private static void close(
      List<String> run,
      int trailingQuiet,
      Map<String, TensionPoint> byPeriod,
      Map<String, Event> eventsById,
      List<CrisisPhase> out) {
    List<String> periods = run.subList(0, run.size() - trailingQuiet);
    if (periods.isEmpty()) {
      return;
    }
    double value = 0;
    double conflict = 0;
    String peak = periods.get(0);
    List<String> ids = new ArrayList<>();
    for (String period : periods) {
      TensionPoint p = byPeriod.get(period);
      if (p != null) {
        value += p.value();
        conflict += p.conflict();
        ids.addAll(p.events());
        if (p.value() < byPeriod.get(peak).value()) {
          peak = period;
        }
      }
    }
    if (conflict > -2 * HOSTILE) {
      return;
    }
    Comparator<Event> hostileFirst =
        Comparator.comparingDouble(TensionIndex::weight).thenComparing(Event::id);
    Set<String> triggers = new LinkedHashSet<>();
    byPeriod.get(periods.get(0)).events().stream()
        .map(eventsById::get)
        .filter(e -> e != null && e.goldstein() < 0)
        .sorted(hostileFirst)
        .limit(3)
        .forEach(e -> triggers.add(e.id()));
    byPeriod.get(peak).events().stream()
        .map(eventsById::get)
        .filter(e -> e != null && e.goldstein() < 0)
        .min(hostileFirst)
        .ifPresent(e -> triggers.add(e.id()));
    String pair = byPeriod.get(peak).pair();
    out.add(
        new CrisisPhase(
            pair,
            periods.get(0),
            periods.get(periods.size() - 1),
            peak,
            value,
            List.copyOf(triggers),
            ids));
  }

  /** Every period from {@code first} to {@code last}, inclusive, both of the same kind. */
  public static List<String> calendar(String first, String last) {
    Period kind = Period.of(first);
    if (kind != Period.of(last)) {
      throw new IllegalArgumentException("periods of different kinds: " + first + ", " + last);
    }
    List<String> out = new ArrayList<>();
    if (kind == Period.MONTH) {
      YearMonth end = YearMonth.parse(last);
      for (YearMonth m = YearMonth.parse(first); !m.isAfter(end); m = m.plusMonths(1)) {
        out.add(m.toString());
      }
    } else {
      LocalDate end = weekStart(last);
      for (LocalDate d = weekStart(first); !d.isAfter(end); d = d.plusWeeks(1)) {
        out.add(weekKey(d));
      }
    }
    return out;
  }

  private static String firstKey(Map<String, TensionPoint> m) {
    return m.keySet().iterator().next();
  }

  private static String lastKey(Map<String, TensionPoint> m) {
    String last = null;
    for (String k : m.keySet()) {
      last = k;
    }
    return last;
  }

  /** The countries of an event's two actors (one when they are the same; null when unknown). */
  private static Set<String> countries(Event e) {
    Set<String> out = new java.util.HashSet<>();
    out.add(country(e.source()));
    out.add(country(e.target()));
    return out;
  }

  private static String country(Actor a) {
    return a == null ? null : a.country();
  }

  private static String key(Event e, Period period) {
    if (period == Period.MONTH) {
      return String.format(Locale.ROOT, "%04d-%02d", e.date().year(), e.date().month());
    }
    return weekKey(e.date().firstDay());
  }

  private static String weekKey(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static LocalDate weekStart(String key) {
    int year = Integer.parseInt(key.substring(0, 4));
    int week = Integer.parseInt(key.substring(6));
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(java.time.DayOfWeek.MONDAY);
  }
}
