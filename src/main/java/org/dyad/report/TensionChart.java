package org.dyad.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.compare.TensionIndex;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.CrisisPhase;
import org.dyad.model.Event;
import org.dyad.model.TensionPoint;

/**
 * The tension index as an inline SVG chart on a true time axis (every month of the span has the
 * same width, with or without events): conflict as red bars below the line and cooperation as green
 * bars above, in Goldstein points per month, the net value as a dot, one line per side's media
 * (broken where that side tells no event), crisis phases shaded with their triggers numbered, and
 * axis titles with units. Every string from an article is escaped.
 */
final class TensionChart {

  private static final int HEIGHT = 300;
  private static final int LEFT = 58;
  private static final int RIGHT = 14;
  private static final int TOP = 26;
  private static final int BOTTOM = 58;

  /** The width of a chart that fits its container; longer spans scroll instead. */
  private static final int FIT_WIDTH = 720;

  /** The least width of a month when the chart scrolls. */
  private static final int MIN_BAND = 14;

  private static final String[] SIDE_COLOURS = {"#1f5fa8", "#b35900"};
  private static final String CONFLICT = "#d9534f";
  private static final String COOPERATION = "#4caf50";
  private static final String PHASE = "#fbe3e3";

  private TensionChart() {}

  static String render(CorpusAnalysis analysis) {
    return render(analysis.tension(), analysis.events());
  }

  /** The chart of a pair's whole monthly series, scrolled to its latest months. */
  static String render(List<TensionPoint> tension, List<Event> corpusEvents) {
    return render(tension, corpusEvents, new Headlines(List.of()), null, null, "t");
  }

  /**
   * The chart of a pair's monthly series from {@code from} to {@code to} (null: the whole series),
   * its crisis phases listed below it.
   *
   * @param idPrefix what the ids of its elements start with, to keep several charts apart
   */
  static String render(
      List<TensionPoint> tension,
      List<Event> corpusEvents,
      Headlines headlines,
      String from,
      String to,
      String idPrefix) {
    Map<String, Map<String, TensionPoint>> series = new TreeMap<>();
    for (TensionPoint t : tension) {
      series.computeIfAbsent(t.series(), k -> new TreeMap<>()).put(t.period(), t);
    }
    Map<String, TensionPoint> all = series.remove("all");
    if (all == null || all.isEmpty()) {
      return "<p class=\"meta\">No dated events between the pair.</p>\n";
    }
    List<String> keys = new ArrayList<>(all.keySet());
    String first = from != null ? from : keys.get(0);
    String last = to != null ? to : keys.get(keys.size() - 1);
    List<String> periods = TensionIndex.calendar(first, last);
    String pair = all.values().iterator().next().pair();
    List<CrisisPhase> phases = TensionIndex.phases(tension, corpusEvents);
    Map<String, Event> events = new HashMap<>();
    corpusEvents.forEach(e -> events.put(e.id(), e));

    boolean fits = periods.size() * MIN_BAND <= FIT_WIDTH;
    int plotWidth = fits ? FIT_WIDTH - LEFT - RIGHT : periods.size() * MIN_BAND;
    int width = LEFT + plotWidth + RIGHT;
    double band = (double) plotWidth / periods.size();
    double max = 1;
    for (String p : periods) {
      TensionPoint t = all.get(p);
      if (t != null) {
        max = Math.max(max, Math.max(-t.conflict(), t.cooperation()));
      }
    }
    double top = niceCeiling(max);
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int mid = TOP + plotHeight / 2;
    double scale = (plotHeight / 2.0) / top;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i), i);
    }

    StringBuilder b = new StringBuilder();
    int earlier = 0;
    for (TensionPoint t : all.values()) {
      if (t.period().compareTo(first) < 0) {
        earlier += t.events().size();
      }
    }
    b.append("<div class=\"chart")
        .append(fits ? " fit" : " scroll")
        .append("\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tension\" id=\"")
        .append(Html.escape(idPrefix))
        .append("-chart\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(
            Html.escape(
                "tension index of "
                    + pair
                    + ", "
                    + Months.range(first, last)
                    + ", Goldstein points per month"))
        .append("\">");
    // Crisis phases behind everything, with their triggers numbered above the plot.
    List<String[]> triggerNotes = new ArrayList<>();
    Map<Integer, Integer> markers = new HashMap<>();
    for (CrisisPhase c : phases) {
      if (c.end().compareTo(first) < 0 || c.start().compareTo(last) > 0) {
        continue;
      }
      int i0 = index.getOrDefault(c.start(), 0);
      int i1 = index.getOrDefault(c.end(), periods.size() - 1);
      double x0 = LEFT + i0 * band;
      double x1 = LEFT + (i1 + 1) * band;
      b.append(
          rect(
              x0,
              TOP,
              x1 - x0,
              plotHeight,
              PHASE,
              "crisis phase " + Months.range(c.start(), c.end()),
              "phase"));
      b.append(text(x0 + 2, TOP - 14, "start", "phase-label", "crisis phase"));
      for (String id : c.triggers()) {
        Event e = events.get(id);
        if (e == null || e.date() == null || e.date().month() == null) {
          continue;
        }
        String month = String.format(Locale.ROOT, "%04d-%02d", e.date().year(), e.date().month());
        Integer at = index.get(month);
        if (at == null) {
          continue;
        }
        int n = triggerNotes.size() + 1;
        String headline = headlines.of(e);
        triggerNotes.add(new String[] {Integer.toString(n), e.id(), dateOf(e), headline});
        int same = markers.merge(at, 1, Integer::sum) - 1;
        double cx = LEFT + (at + 0.5) * band;
        double cy = TOP + 8 + same * 17;
        b.append("<g class=\"trigger\"><circle cx=\"")
            .append(num(cx))
            .append("\" cy=\"")
            .append(num(cy))
            .append("\" r=\"7\" fill=\"#fff\" stroke=\"#b3261e\"/>")
            .append(text(cx, cy + 3.5, "middle", "trigger-number", Integer.toString(n)))
            .append("<title>")
            .append(Html.escape(n + ": " + dateOf(e) + " " + headline))
            .append("</title></g>");
      }
    }
    // Grid and y axis with its unit.
    for (double v : new double[] {top, top / 2, 0, -top / 2, -top}) {
      double y = mid - v * scale;
      b.append("<line x1=\"")
          .append(LEFT)
          .append("\" y1=\"")
          .append(num(y))
          .append("\" x2=\"")
          .append(LEFT + plotWidth)
          .append("\" y2=\"")
          .append(num(y))
          .append("\" stroke=\"")
          .append(v == 0 ? "#888" : "#e3e3e3")
          .append("\"/>")
          .append(text(LEFT - 5, y + 4, "end", "tick", signed(v)));
    }
    for (String[] title :
        new String[][] {{"wide", "Goldstein points per month"}, {"narrow", "points"}}) {
      b.append("<text class=\"axis-title ")
          .append(title[0])
          .append("\" transform=\"rotate(-90 14 ")
          .append(mid)
          .append(")\" x=\"14\" y=\"")
          .append(mid)
          .append("\" text-anchor=\"middle\">")
          .append(title[1])
          .append("</text>");
    }
    b.append(
            text(
                LEFT + 4,
                TOP + 12 + (phases.isEmpty() ? 0 : 14),
                "start",
                "hint",
                "cooperation \u2191"))
        .append(text(LEFT + 4, TOP + plotHeight - 4, "start", "hint", "conflict \u2193"));
    // Bars and net dots.
    for (int i = 0; i < periods.size(); i++) {
      String p = periods.get(i);
      TensionPoint t = all.get(p);
      double x = LEFT + i * band + band * 0.15;
      double w = Math.max(1, band * 0.7);
      if (t != null) {
        String tip =
            String.format(
                Locale.ROOT,
                "%s: net %+.1f (conflict %.1f, cooperation %+.1f), %d event%s",
                Months.label(p),
                t.value(),
                t.conflict(),
                t.cooperation(),
                t.events().size(),
                t.events().size() == 1 ? "" : "s");
        double down = -t.conflict() * scale;
        double up = t.cooperation() * scale;
        if (down > 0) {
          b.append(rect(x, mid, w, down, CONFLICT, tip, "bar conflict"));
        }
        if (up > 0) {
          b.append(rect(x, mid - up, w, up, COOPERATION, tip, "bar cooperation"));
        }
        b.append("<circle class=\"net\" cx=\"")
            .append(num(x + w / 2))
            .append("\" cy=\"")
            .append(num(mid - t.value() * scale))
            .append("\" r=\"2.5\" fill=\"#222\"><title>")
            .append(Html.escape(tip))
            .append("</title></circle>");
      }
      monthLabel(b, p, i, periods.size(), LEFT + (i + 0.5) * band);
    }
    b.append(
        text(
            LEFT + plotWidth / 2.0,
            HEIGHT - 6,
            "middle",
            "axis-title wide",
            "month of the event (months without events between the pair are left empty)"));
    // One line per side's media, broken where the side tells no event.
    int colour = 0;
    StringBuilder legend = new StringBuilder();
    for (var s : series.entrySet()) {
      String c = SIDE_COLOURS[colour++ % SIDE_COLOURS.length];
      List<StringBuilder> runs = new ArrayList<>();
      StringBuilder run = null;
      for (int i = 0; i < periods.size(); i++) {
        TensionPoint t = s.getValue().get(periods.get(i));
        if (t == null) {
          run = null;
          continue;
        }
        if (run == null) {
          run = new StringBuilder();
          runs.add(run);
        }
        run.append(num(LEFT + (i + 0.5) * band))
            .append(',')
            .append(num(mid - t.value() * scale))
            .append(' ');
      }
      String title = "net tension as told by " + CountryNames.adjective(s.getKey()) + " media";
      for (StringBuilder r : runs) {
        String points = r.toString().strip();
        if (points.contains(" ")) {
          b.append("<polyline class=\"side\" data-series=\"")
              .append(Html.escape(s.getKey()))
              .append("\" fill=\"none\" stroke=\"")
              .append(c)
              .append("\" stroke-width=\"2\" points=\"")
              .append(points)
              .append("\"><title>")
              .append(Html.escape(title))
              .append("</title></polyline>");
        } else {
          String[] xy = points.split(",");
          b.append("<circle class=\"side\" data-series=\"")
              .append(Html.escape(s.getKey()))
              .append("\" cx=\"")
              .append(xy[0])
              .append("\" cy=\"")
              .append(xy[1])
              .append("\" r=\"3.5\" fill=\"none\" stroke=\"")
              .append(c)
              .append("\" stroke-width=\"2\"><title>")
              .append(Html.escape(title))
              .append("</title></circle>");
        }
      }
      legend
          .append(" <span><i class=\"swatch line\" style=\"border-color:")
          .append(c)
          .append("\"></i>")
          .append(Html.escape(CountryNames.adjective(s.getKey())))
          .append(" media</span>");
    }
    b.append("</svg></div>\n");
    b.append("<p class=\"legend meta\"><span><i class=\"swatch\" style=\"background:")
        .append(CONFLICT)
        .append("\"></i>conflict</span> <span><i class=\"swatch\" style=\"background:")
        .append(COOPERATION)
        .append("\"></i>cooperation</span> <span>\u25cf net</span>")
        .append(legend)
        .append(" <span><i class=\"swatch\" style=\"background:")
        .append(PHASE)
        .append("\"></i>crisis phase</span></p>\n");
    if (earlier > 0) {
      b.append("<p class=\"meta\">")
          .append(earlier)
          .append(" earlier event")
          .append(earlier == 1 ? "" : "s")
          .append(" (from ")
          .append(Html.escape(Months.label(keys.get(0))))
          .append(") ")
          .append(earlier == 1 ? "is" : "are")
          .append(" left out of this chart; the tension section shows them.</p>\n");
    }
    phaseNotes(b, phases, first, last, events, headlines, triggerNotes);
    return b.toString();
  }

  /** The phases shown, each with its peak, total and numbered triggers. */
  private static void phaseNotes(
      StringBuilder b,
      List<CrisisPhase> phases,
      String first,
      String last,
      Map<String, Event> events,
      Headlines headlines,
      List<String[]> numbered) {
    boolean any = false;
    for (CrisisPhase c : phases) {
      if (c.end().compareTo(first) < 0 || c.start().compareTo(last) > 0) {
        continue;
      }
      any = true;
      b.append("<p class=\"phase\"><b>Crisis phase ")
          .append(Html.escape(Months.range(c.start(), c.end())))
          .append("</b> <span class=\"meta\">(peak ")
          .append(Html.escape(Months.label(c.peak())))
          .append(", " + signed(Math.round(c.value())) + " Goldstein points")
          .append(")</span>, set off by: ");
      int k = 0;
      for (String id : c.triggers()) {
        Event e = events.get(id);
        if (e == null) {
          continue;
        }
        String n = null;
        for (String[] note : numbered) {
          if (note[1].equals(id)) {
            n = note[0];
          }
        }
        b.append(k++ > 0 ? "; " : "")
            .append(n == null ? "" : "<span class=\"trigger-ref\">" + n + "</span> ")
            .append("<a href=\"#")
            .append(Html.escape(e.id()))
            .append("\">")
            .append(Html.escape(headlines.of(e)))
            .append("</a> <span class=\"meta\">")
            .append(Html.escape(dateOf(e)))
            .append("</span>");
      }
      b.append("</p>\n");
    }
    if (!any) {
      b.append("<p class=\"meta\">No crisis phase: no run of hostile months.</p>\n");
    }
  }

  /** Month names under their bands: every month on short spans, else each January's year. */
  private static void monthLabel(StringBuilder b, String p, int i, int n, double x) {
    boolean january = p.endsWith("-01");
    if (n <= 24) {
      b.append(text(x, HEIGHT - BOTTOM + 16, "middle", "tick", Months.shortName(p)));
      if (january || i == 0) {
        b.append(text(x, HEIGHT - BOTTOM + 30, "middle", "tick year", p.substring(0, 4)));
      }
    } else if (january || i == 0) {
      b.append(text(x, HEIGHT - BOTTOM + 16, "middle", "tick year", p.substring(0, 4)));
    }
  }

  private static String dateOf(Event e) {
    return e.date() == null ? "undated" : e.date().toString();
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above {@code v}. */
  static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  static String signed(double v) {
    String s = v == Math.rint(v) ? Long.toString(Math.round(Math.abs(v))) : num(Math.abs(v));
    return v > 0 ? "+" + s : v < 0 ? "\u2212" + s : "0";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
  }

  private static String text(double x, double y, String anchor, String cls, String content) {
    return "<text x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" text-anchor=\""
        + anchor
        + "\" class=\""
        + cls
        + "\">"
        + Html.escape(content)
        + "</text>";
  }

  private static String rect(
      double x, double y, double w, double h, String fill, String title, String cls) {
    return "<rect class=\""
        + cls
        + "\" x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" width=\""
        + num(w)
        + "\" height=\""
        + num(h)
        + "\" fill=\""
        + fill
        + "\"><title>"
        + Html.escape(title)
        + "</title></rect>";
  }
}
