package org.dyad.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Claim;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.PairAnalysis;

/**
 * The report's "both sides" section of a pair: each event told by several articles, its versions in
 * fixed columns (the pair's first country's side, its second's, the others), each with its outlet,
 * date and original link, and its contradictions explained in words.
 */
final class SidesHtml {

  private SidesHtml() {}

  static void render(
      StringBuilder b,
      PairAnalysis pair,
      CorpusAnalysis analysis,
      ExportIds ids,
      Headlines headlines,
      String suffix) {
    b.append("<section id=\"divergences")
        .append(Html.escape(suffix))
        .append("\"><h2>Both sides: ")
        .append(Html.escape(CountryNames.name(pair.pair().get(0))))
        .append(" \u2013 ")
        .append(Html.escape(CountryNames.name(pair.pair().get(1))))
        .append("</h2>\n");
    if (pair.divergences().isEmpty()) {
      b.append("<p class=\"meta\">No event is told by more than one article.</p>\n</section>\n");
      return;
    }
    Map<String, Event> events = new HashMap<>();
    analysis.events().forEach(e -> events.put(e.id(), e));
    Map<String, Article> articles = new HashMap<>();
    for (AnnotatedArticle a : analysis.articles()) {
      articles.put(a.article().id(), a.article());
    }
    for (Divergence d : pair.divergences()) {
      Event e = events.get(d.eventId());
      SideColumns cols = SideColumns.of(d, pair.pair(), id -> name(articles.get(id), ids.of(id)));
      b.append("<article class=\"divergence\" id=\"sides-")
          .append(Html.escape(d.eventId() + suffix))
          .append("\"><h3><a href=\"#")
          .append(Html.escape(d.eventId()))
          .append("\">")
          .append(Html.escape(e == null ? d.eventId() : headlines.of(e)))
          .append("</a> <span class=\"meta\">")
          .append(Html.escape(e == null || e.date() == null ? "undated" : e.date().toString()))
          .append("</span>")
          .append(
              d.contradiction()
                  ? " <span class=\"badge contradiction\" title=\"the sides' claims clash\">"
                      + "contradiction</span>"
                  : "")
          .append("</h3>\n");
      for (String x : cols.explained()) {
        b.append("<p class=\"conflict\">").append(Html.escape(x)).append("</p>\n");
      }
      b.append("<div class=\"columns\">\n");
      for (SideColumns.Column c : cols.columns()) {
        b.append("<div class=\"column\" data-side=\"")
            .append(Html.escape(c.side()))
            .append("\"><h4>")
            .append(Html.escape(c.title()))
            .append("</h4>\n");
        if (c.versions().isEmpty()) {
          b.append("<p class=\"meta\">No version.</p>\n");
        }
        for (Claim v : c.versions()) {
          version(b, v, articles.get(v.articleId()), ids.of(v.articleId()));
        }
        b.append("</div>\n");
      }
      b.append("</div>\n");
      if (!d.unmatched().isEmpty()) {
        b.append("<p class=\"meta\">Told by one side only: ")
            .append(Html.escape(ids.replaceIn(String.join("; ", d.unmatched()))))
            .append("</p>\n");
      }
      b.append("</article>\n");
    }
    b.append("</section>\n");
  }

  /** One version: outlet, date, original link and the article in the report, then the claim. */
  private static void version(StringBuilder b, Claim v, Article a, String aid) {
    b.append("<div class=\"version\"><p class=\"meta\">")
        .append(Html.escape(a == null || a.outlet() == null ? "unknown outlet" : a.outlet()))
        .append(" \u00b7 ")
        .append(
            Html.escape(a == null || a.published() == null ? "undated" : a.published().toString()))
        .append(" \u00b7 <a href=\"#")
        .append(Html.escape(HtmlReport.anchor(aid, v.span())))
        .append("\">")
        .append(Html.escape(aid))
        .append("</a>");
    if (a != null && a.url() != null && a.url().matches("(?i)https?://\\S+")) {
      b.append(" \u00b7 <a href=\"")
          .append(Html.escape(a.url()))
          .append("\" rel=\"noopener noreferrer\">original</a>");
    }
    b.append("</p><p>").append(Html.escape(shorten(v.text(), 500))).append("</p>");
    if (!v.kinds().isEmpty()) {
      b.append("<p class=\"meta\">claims: ")
          .append(Html.escape(String.join(", ", readable(v.kinds()))))
          .append("</p>");
    }
    b.append("</div>\n");
  }

  /** "number:journalists=7" as "7 journalists", "cause:violence" as "cause: violence". */
  static List<String> readable(List<String> kinds) {
    return kinds.stream()
        .map(
            k ->
                k.startsWith("number:") && k.contains("=")
                    ? k.substring(k.indexOf('=') + 1) + " " + k.substring(7, k.indexOf('='))
                    : k.replace(":", ": "))
        .toList();
  }

  /** An article as explanations name it: its outlet and date, else its report id. */
  static String name(Article a, String aid) {
    if (a == null) {
      return aid;
    }
    if (a.outlet() == null) {
      String t = a.title() == null || a.title().isBlank() ? null : shorten(a.title().strip(), 40);
      return t == null ? aid : "\u201c" + t + "\u201d (" + aid + ")";
    }
    return a.outlet() + (a.published() == null ? "" : ", " + a.published());
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
