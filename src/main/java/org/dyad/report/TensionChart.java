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
 * The tension index as an inline SVG chart on a continuous time axis, conflict below and
 * cooperation above the line, each side's media as a line, crisis phases shaded and named with
 * their trigger events.
 */
final class TensionChart {

  /** Longer series are drawn for their latest {@link #WINDOW} periods only. */
  static final int LONGEST = 48;

  static final int WINDOW = 36;

  private static final int STEP = 22;
  private static final int HEIGHT = 220;
  private static final String[] SIDE_COLOURS = {"#1f5fa8", "#d2691e"};

  private TensionChart() {}

  static String render(CorpusAnalysis analysis) {
    return render(analysis.tension(), analysis.events());
  }

  /** The chart of one pair's tension series, with the corpus's events for its phases. */
  static String render(List<TensionPoint> tension, List<Event> corpusEvents) {
    StringBuilder b = new StringBuilder();
    Map<String, Map<String, TensionPoint>> series = new TreeMap<>();
    for (TensionPoint t : tension) {
      series.computeIfAbsent(t.series(), k -> new TreeMap<>()).put(t.period(), t);
    }
    Map<String, TensionPoint> all = series.remove("all");
    if (all == null || all.isEmpty()) {
      return "<p class=\"meta\">No dated events between the pair.</p>\n";
    }
    List<String> keys = new ArrayList<>(all.keySet());
    List<String> periods = TensionIndex.calendar(keys.get(0), keys.get(keys.size() - 1));
    String pair = all.values().iterator().next().pair();
    int earlier = 0;
    if (periods.size() > LONGEST) {
      String from = periods.get(periods.size() - WINDOW);
      for (TensionPoint t : all.values()) {
        if (t.period().compareTo(from) < 0) {
          earlier += t.events().size();
        }
      }
      periods = periods.subList(periods.size() - WINDOW, periods.size());
    }
    List<CrisisPhase> phases = TensionIndex.phases(tension, corpusEvents);
    double max = 1;
    for (String p : periods) {
      TensionPoint t = all.get(p);
      if (t != null) {
        max = Math.max(max, Math.max(-t.conflict(), t.cooperation()));
      }
    }
    b.append("<p class=\"meta\">")
        .append(Html.escape(pair))
        .append(
            ": Goldstein values of the merged events per period, each event counted once;"
                + " conflict below the line, cooperation above, the net as a dot")
        .append("</p>\n");
    if (earlier > 0) {
      b.append("<p class=\"meta\">")
          .append(earlier)
          .append(" earlier event")
          .append(earlier == 1 ? "" : "s")
          .append(" (from ")
          .append(Html.escape(keys.get(0)))
          .append(") are counted in the exports but not drawn.</p>\n");
    }
    int width = Math.max(320, periods.size() * STEP + 40);
    int mid = HEIGHT / 2;
    double scale = (mid - 12) / max;
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tension\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(HEIGHT + 50)
        .append("\" role=\"img\" aria-label=\"tension index of ")
        .append(Html.escape(pair))
        .append("\">");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i), i);
    }
    for (CrisisPhase c : phases) {
      Integer from = index.get(c.start());
      Integer to = index.get(c.end());
      if (from == null && to == null) {
        continue;
      }
      int x0 = x(from == null ? 0 : from) - 2;
      int x1 = x(to == null ? periods.size() - 1 : to) + STEP - 2;
      b.append(rect(x0, 0, x1 - x0, HEIGHT, "#fbe3e3", "crisis phase " + label(c)));
    }
    for (int sign : new int[] {1, -1}) {
      b.append("<text x=\"")
          .append(width - 4)
          .append("\" y=\"")
          .append(mid - sign * (mid - 12) + (sign > 0 ? 0 : 10))
          .append("\" font-size=\"9\" text-anchor=\"end\" fill=\"#666\">")
          .append(String.format(Locale.ROOT, "%+.0f", sign * max))
          .append("</text>");
    }
    b.append("<line x1=\"0\" y1=\"")
        .append(mid)
        .append("\" x2=\"")
        .append(width)
        .append("\" y2=\"")
        .append(mid)
        .append("\" stroke=\"#999\"/>");
    for (int i = 0; i < periods.size(); i++) {
      String p = periods.get(i);
      TensionPoint t = all.get(p);
      if (t != null) {
        String tip =
            String.format(
                Locale.ROOT,
                "%s: net %.1f (conflict %.1f, cooperation %.1f): %s",
                p,
                t.value(),
                t.conflict(),
                t.cooperation(),
                String.join(", ", t.events()));
        int down = (int) Math.round(-t.conflict() * scale);
        int up = (int) Math.round(t.cooperation() * scale);
        if (down > 0) {
          b.append(rect(x(i), mid, STEP - 4, down, "#e57373", tip));
        }
        if (up > 0) {
          b.append(rect(x(i), mid - up, STEP - 4, up, "#81c784", tip));
        }
        b.append("<circle cx=\"")
            .append(x(i) + (STEP - 4) / 2)
            .append("\" cy=\"")
            .append(mid - (int) Math.round(t.value() * scale))
            .append("\" r=\"2.5\" fill=\"#222\"><title>")
            .append(Html.escape(tip))
            .append("</title></circle>");
      }
      if (periods.size() <= 24
          || p.endsWith("-01")
          || p.endsWith("-04")
          || p.endsWith("-07")
          || p.endsWith("-10")
          || p.endsWith("W01")) {
        int lx = x(i) + 4;
        b.append("<text x=\"")
            .append(lx)
            .append("\" y=\"")
            .append(HEIGHT + 10)
            .append("\" font-size=\"9\" transform=\"rotate(45 ")
            .append(lx)
            .append(' ')
            .append(HEIGHT + 10)
            .append(")\">")
            .append(Html.escape(p))
            .append("</text>");
      }
    }
    int colour = 0;
    StringBuilder legend = new StringBuilder();
    for (var s : series.entrySet()) {
      String c = SIDE_COLOURS[colour++ % SIDE_COLOURS.length];
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < periods.size(); i++) {
        TensionPoint t = s.getValue().get(periods.get(i));
        double v = t == null ? 0 : t.value();
        points
            .append(x(i) + (STEP - 4) / 2)
            .append(',')
            .append(mid - (int) Math.round(v * scale))
            .append(' ');
      }
      b.append("<polyline fill=\"none\" stroke=\"")
          .append(c)
          .append("\" stroke-width=\"1.5\" points=\"")
          .append(points.toString().strip())
          .append("\"><title>")
          .append(Html.escape("as told by " + s.getKey() + " media"))
          .append("</title></polyline>");
      legend
          .append(" <span style=\"color:")
          .append(c)
          .append("\">\u2014 as told by ")
          .append(Html.escape(s.getKey()))
          .append(" media</span>");
    }
    b.append("</svg>\n");
    if (legend.length() > 0) {
      b.append("<p class=\"meta\">Lines:").append(legend).append("</p>\n");
    }
    Map<String, Event> events = new HashMap<>();
    corpusEvents.forEach(e -> events.put(e.id(), e));
    if (phases.isEmpty()) {
      b.append("<p class=\"meta\">No crisis phase: no run of hostile periods.</p>\n");
    }
    for (CrisisPhase c : phases) {
      b.append("<p class=\"phase\"><b>Crisis phase ")
          .append(Html.escape(label(c)))
          .append("</b> <span class=\"meta\">(peak ")
          .append(Html.escape(c.peak()))
          .append(String.format(Locale.ROOT, ", total %.1f", c.value()))
          .append(")</span>, triggered by: ");
      for (int i = 0; i < c.triggers().size(); i++) {
        Event e = events.get(c.triggers().get(i));
        if (e == null) {
          continue;
        }
        b.append(i > 0 ? "; " : "")
            .append("<a href=\"#")
            .append(Html.escape(e.id()))
            .append("\">")
            .append(Html.escape(e.id()))
            .append("</a> ")
            .append(Html.escape(e.date() == null ? "" : e.date() + " "))
            .append(Html.escape(shorten(e.summary(), 140)));
      }
      b.append("</p>\n");
    }
    return b.toString();
  }

  private static String label(CrisisPhase c) {
    return c.start().equals(c.end()) ? c.start() : c.start() + " to " + c.end();
  }

  private static int x(int i) {
    return 10 + i * STEP;
  }

  private static String rect(int x, int y, int w, int h, String fill, String title) {
    return "<rect x=\""
        + x
        + "\" y=\""
        + y
        + "\" width=\""
        + w
        + "\" height=\""
        + h
        + "\" fill=\""
        + fill
        + "\"><title>"
        + Html.escape(title)
        + "</title></rect>";
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
