package org.dyad.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventMention;

/**
 * The events of a list as CSV (RFC 4180, a header line): what the web UI's "Download CSV" gives for
 * the view on screen.
 */
final class EventCsv {

  static final String HEADER =
      "id,date,headline,cameo,cameo_name,goldstein,source,source_country,target,target_country,"
          + "modalities,articles";

  private static final org.dyad.extract.event.CameoCodebook CAMEO =
      org.dyad.extract.event.CameoCodebook.load();

  private EventCsv() {}

  static String write(CorpusView view, List<Event> events) {
    StringBuilder b = new StringBuilder(HEADER).append("\r\n");
    for (Event e : events) {
      Set<String> modalities = new LinkedHashSet<>();
      Set<String> articles = new LinkedHashSet<>();
      for (EventMention m : e.mentions()) {
        modalities.add(m.modality().label());
        articles.add(view.exportId(m.articleId()));
      }
      row(
          b,
          e.id(),
          e.date() == null ? "" : e.date().toString(),
          view.headlines().of(e),
          e.cameo(),
          CAMEO.name(e.cameo()),
          String.format(Locale.ROOT, "%.1f", e.goldstein()),
          name(e.source()),
          country(e.source()),
          name(e.target()),
          country(e.target()),
          String.join(" ", modalities),
          String.join(" ", articles));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      b.append(i > 0 ? "," : "").append(cell(cells[i]));
    }
    b.append("\r\n");
  }

  /**
   * A cell quoted when it must be; one that a spreadsheet would run as a formula (starting with =,
   * +, - or @) gets a leading apostrophe.
   */
  static String cell(String v) {
    String s = v == null ? "" : v;
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
      s = "'" + s;
    }
    if (s.matches("(?s).*[\",\r\n].*")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static String name(Actor a) {
    return a == null ? "" : a.name();
  }

  private static String country(Actor a) {
    return a == null || a.country() == null ? "" : a.country();
  }
}
