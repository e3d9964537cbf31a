package org.dyad.report;

import java.util.List;
import java.util.Map;
import org.dyad.model.CrisisPhase;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.PairAnalysis;

/**
 * The report's first screen for a pair (its latest crisis phase, the tension chart of the last
 * months, the newest events as headlines with the sides that report them) and the explanations of
 * the terms the report uses.
 */
final class OverviewHtml {

  /** How many events the overview lists. */
  static final int NEWEST = 12;

  /** What CAMEO codes mean, for tooltips and the explanations. */
  static final String CAMEO_TIP =
      "CAMEO: the event code of the Conflict and Mediation Event Observations scheme;"
          + " its first two digits are the kind of event (01 statement ... 20 mass violence)";

  static final String GOLDSTEIN_TIP =
      "Goldstein value: how much the kind of event moves two countries towards conflict (down to"
          + " -10) or cooperation (up to +10)";

  static final String MODALITY_TIP =
      "Modality: how certain the article makes the event: asserted, reported (attributed to"
          + " others), alleged, denied, planned or hypothetical";

  static final String PERSPECTIVE_TIP =
      "Perspective: whose account an article carries on the pair: one side's, both sides'"
          + " substantially, or neither (neutral)";

  static final String PHASE_TIP =
      "Crisis phase: a run of hostile months (conflict of at least 5 Goldstein points that"
          + " outweighs the month's cooperation) adding up to at least -10";

  private OverviewHtml() {}

  /** The overview of one pair; {@code suffix} keeps the ids of several pairs apart. */
  static void render(
      StringBuilder b, Overview o, List<Event> events, Headlines headlines, String suffix) {
    PairAnalysis pair = o.pair();
    String a = CountryNames.name(pair.pair().get(0));
    String c = CountryNames.name(pair.pair().get(1));
    b.append("<section id=\"overview")
        .append(Html.escape(suffix))
        .append("\" class=\"overview\">\n<h2>")
        .append(Html.escape(a + " \u2013 " + c))
        .append(": overview</h2>\n");
    CrisisPhase latest = o.latestPhase();
    if (latest != null) {
      b.append("<p class=\"lead\">Latest <abbr title=\"")
          .append(Html.escape(PHASE_TIP))
          .append("\">crisis phase</abbr>: <b>")
          .append(Html.escape(Months.range(latest.start(), latest.end())))
          .append("</b>, at its worst in ")
          .append(Html.escape(Months.label(latest.peak())))
          .append(" (")
          .append(TensionChart.signed(Math.round(latest.value())))
          .append(" Goldstein points in all).")
          .append("</p>\n");
    } else if (o.from() != null) {
      b.append("<p class=\"lead\">No crisis phase: no run of hostile months between ")
          .append(Html.escape(a))
          .append(" and ")
          .append(Html.escape(c))
          .append(".</p>\n");
    }
    if (o.from() != null) {
      b.append("<h3>Tension, ")
          .append(Html.escape(Months.range(o.from(), o.to())))
          .append("</h3>\n")
          .append(
              TensionChart.render(
                  pair.tension(), events, headlines, o.from(), o.to(), "overview" + suffix));
    } else {
      b.append("<p class=\"meta\">No dated events between the pair.</p>\n");
    }
    b.append("<h3>Newest events</h3>\n");
    if (o.newest().isEmpty()) {
      b.append("<p class=\"meta\">No dated events between the pair.</p>\n");
    } else {
      b.append("<ol class=\"news\">\n");
      for (Overview.Item item : o.newest()) {
        newsItem(b, item, pair);
      }
      b.append("</ol>\n");
    }
    b.append("<p class=\"meta\">Every event is in <a href=\"#timeline\">the timeline</a>")
        .append(
            o.undated() == 0
                ? ""
                : o.undated() == 1
                    ? ", the one no article dates at its end"
                    : ", the " + o.undated() + " that no article dates at its end")
        .append(".</p>\n</section>\n");
  }

  /** One event as a line: date, headline, modality when not asserted, sides' articles. */
  static void newsItem(StringBuilder b, Overview.Item item, PairAnalysis pair) {
    Event e = item.event();
    b.append("<li data-event=\"")
        .append(Html.escape(e.id()))
        .append("\"><time>")
        .append(Html.escape(e.date() == null ? "undated" : e.date().toString()))
        .append("</time> <a class=\"headline\" href=\"#")
        .append(Html.escape(e.id()))
        .append("\">")
        .append(Html.escape(item.headline()))
        .append("</a>");
    if (item.modality() != Modality.ASSERTED) {
      b.append(" <span class=\"badge modality\" title=\"")
          .append(Html.escape(MODALITY_TIP))
          .append("\">")
          .append(Html.escape(item.modality().label()))
          .append("</span>");
    }
    b.append(" <span class=\"sides\">");
    sideBadges(b, item.sides(), pair);
    b.append("</span></li>\n");
  }

  /** "AZE 2" badges: how many articles of each side report an event. */
  static void sideBadges(StringBuilder b, Map<String, Integer> sides, PairAnalysis pair) {
    for (var s : sides.entrySet()) {
      String side = s.getKey();
      String title =
          pair.pair().contains(side)
              ? s.getValue() + " article(s) carrying " + CountryNames.name(side) + "'s account"
              : s.getValue()
                  + " article(s) "
                  + (side.equals("both") ? "carrying both sides' accounts" : "carrying neither");
      b.append("<span class=\"side-badge side-")
          .append(
              side.equals(pair.pair().get(0)) ? "a" : side.equals(pair.pair().get(1)) ? "b" : "o")
          .append("\" title=\"")
          .append(Html.escape(title))
          .append("\">")
          .append(Html.escape(side))
          .append(' ')
          .append(s.getValue())
          .append("</span>");
    }
  }

  /** The section that explains the report's terms. */
  static void explanations(StringBuilder b) {
    b.append("<section id=\"how-to-read\"><h2>How to read this brief</h2>\n<dl>\n");
    term(
        b,
        "Event",
        "something one actor did to another, merged from every article that reports it; its"
            + " headline is the clause that states it, or its actors with a plain verb for its"
            + " code. Each mention links to the sentence it comes from.");
    term(
        b,
        "CAMEO code",
        "the event's kind in the Conflict and Mediation Event Observations scheme: 01 make a"
            + " statement, 02 appeal, 03 express intent to cooperate, 04 consult, 05 diplomatic"
            + " cooperation, 06 material cooperation, 07 provide aid, 08 yield, 09 investigate,"
            + " 10 demand, 11 disapprove, 12 reject, 13 threaten, 14 protest, 15 show force, 16"
            + " reduce relations, 17 coerce, 18 assault, 19 fight, 20 mass violence; further"
            + " digits narrow it (173: arrest or detain).");
    term(
        b,
        "Goldstein value",
        "how far an event of that kind moves two countries towards conflict (down to \u221210) or"
            + " cooperation (up to +10). The tension index adds them up per month, each event"
            + " once however often it is reported: conflict (the negative values) below the line,"
            + " cooperation above, in Goldstein points per month.");
    term(
        b,
        "Modality",
        "how certain an article makes an event: asserted (stated as fact), reported (attributed"
            + " to others), alleged, denied, planned or hypothetical.");
    term(
        b,
        "Perspective",
        "whose account an article carries on the pair: one country's (its code), both sides'"
            + " accounts substantially (both), or neither (neutral), with its reasons (the voices"
            + " it quotes, its outlet's country, its headline, words aimed at each side). The"
            + " side badges of an event count the articles of each perspective that report it.");
    term(
        b,
        "Crisis phase",
        "a run of hostile months (conflict of at least 5 Goldstein points that outweighs the"
            + " month's cooperation, with at most one quiet month between), adding up to at least"
            + " \u221210; its triggers are the most hostile events of its first month and of its"
            + " peak, weighed by the number of articles reporting them.");
    term(
        b,
        "Both sides",
        "an event told by several articles, its versions in three columns: the first country's"
            + " side, the second's, and articles that carry both or neither. A version belongs to"
            + " the side whose speakers it quotes, else to its article's perspective.");
    b.append("</dl></section>\n");
  }

  private static void term(StringBuilder b, String name, String text) {
    b.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(text));
    b.append("</dd>\n");
  }
}
