package org.dyad.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Claim;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Writes a corpus analysis as one self-contained HTML file: a summary, the timeline of events, who
 * said what, the articles, and each article's text with its entities, dates, event sentences and
 * quotes highlighted and linked. Every string from an article is escaped.
 */
public final class HtmlReport {

  private static final String CSS =
      """
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0;background:#fafafa}
      main{max-width:62rem;margin:0 auto;padding:1rem 1.5rem 4rem;background:#fff}
      h1{font-size:1.6rem;margin:.4rem 0}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}h3{margin-bottom:.3rem}
      a{color:#0b57a4}abbr{text-decoration:underline dotted;cursor:help}
      table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.3rem .4rem;text-align:left;vertical-align:top}
      .scroll{overflow-x:auto}.meta{color:#666;font-size:.85rem}.lead{font-size:1.05rem}
      nav.toc{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.4rem 0;z-index:2;font-size:.9rem;display:flex;flex-wrap:wrap;gap:.2rem .9rem}
      nav.toc a{white-space:nowrap}
      .badge{font-size:.75rem;background:#fff3cd;border:1px solid #e0c36b;border-radius:3px;padding:0 .3rem}.badge.contradiction{background:#ffebe9;border-color:#ff8182}
      .side-badge{font-size:.72rem;border-radius:3px;padding:0 .3rem;margin-left:.25rem;border:1px solid #ccc;white-space:nowrap}
      .side-a{background:#e3edf9;border-color:#9bb8e0}.side-b{background:#fbeadb;border-color:#e6b48a}.side-o{background:#f0f0f0}
      ol.news{list-style:none;padding:0;margin:0}ol.news li{padding:.35rem 0;border-bottom:1px solid #eee}
      ol.news time{display:inline-block;min-width:6.2rem;color:#666;font-variant-numeric:tabular-nums}
      .chart{overflow-x:auto;direction:rtl}.chart svg{direction:ltr;display:block}.chart.fit svg{width:100%;height:auto}
      svg.tension .narrow{display:none}section[id],tr[id],h3[id]{scroll-margin-top:3.2rem}
      svg.tension text{font-size:11px;fill:#555}svg.tension .axis-title{font-size:11px;fill:#333}svg.tension .hint{font-size:10px;fill:#888}
      svg.tension .phase-label{font-size:10px;fill:#b3261e}svg.tension .trigger-number{font-size:9px;fill:#b3261e;font-weight:600}
      .legend span{margin-right:.8rem;white-space:nowrap}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
      .swatch.line{height:0;border-top:2px solid;width:1rem}
      .trigger-ref{display:inline-block;border:1px solid #b3261e;color:#b3261e;border-radius:50%;width:1.2rem;height:1.2rem;text-align:center;font-size:.7rem;line-height:1.1rem}
      .columns{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem}.column{border-left:3px solid #ccd;padding-left:.6rem;min-width:0}
      .column[data-side=others]{border-color:#ddd}.column h4{margin:.2rem 0}.version{margin-bottom:.6rem}.version p{margin:.15rem 0}
      .conflict{color:#b71c1c}
      .ent-PERSON{background:#e3f2fd}.ent-ORGANIZATION{background:#ede7f6}.ent-LOCATION{background:#e8f5e9}
      .ent-COUNTRY{background:#c8e6c9}.ent-NATIONALITY{background:#dcedc8}.ent-TITLE{background:#fff8e1}.ent-MISC{background:#f5f5f5}
      .timex{border-bottom:2px solid #ff9800}.event{background:rgba(244,67,54,.06)}.quote{color:#0d47a1;font-style:italic}
      .article-text{overflow-wrap:anywhere}.article-text p{margin:.4rem 0}.cameo{font-family:ui-monospace,monospace;font-size:.85rem}.neg{color:#b71c1c}.pos{color:#1b5e20}
      :target{outline:2px solid #f44336}
      .legend.entities span{padding:0 .3rem;margin-right:.3rem;border-radius:2px}#filter{width:100%;max-width:20rem;padding:.3rem;margin:.5rem 0}
      dl dt{font-weight:600;margin-top:.6rem}dl dd{margin:.1rem 0 0 0}
      @media (max-width:640px){main{padding:.6rem .7rem 3rem}.columns{grid-template-columns:1fr}
      .chart.fit svg.tension text{font-size:19px}.chart.fit svg.tension .wide,.chart.fit svg.tension .hint{display:none}
      .chart.fit svg.tension .narrow{display:inline}.chart.fit svg.tension .phase-label{font-size:17px}
      .chart.fit svg.tension .trigger circle{r:9px}.chart.fit svg.tension .trigger-number{font-size:12px}
      table.timeline thead{display:none}table.timeline tr{display:block;border-bottom:1px solid #ddd;padding:.3rem 0}table.timeline td{display:block;border:0;padding:.05rem 0}
      ol.news time{display:block}}
      @media print{nav.toc,#filter,#pair-select,.noprint{display:none}body{background:#fff}main{max-width:none;padding:0}
      a{color:inherit;text-decoration:none}.chart.scroll{overflow:visible;direction:ltr}h2{break-after:avoid}ol.news li,.divergence,tr{break-inside:avoid}}
      """;

  /** Hides the rows of the articles table that do not contain the filter's text. */
  private static final String FILTER_JS =
      "document.getElementById('filter').addEventListener('input',function(e){"
          + "var q=e.target.value.toLowerCase();"
          + "document.querySelectorAll('#article-table tr.row').forEach(function(r){"
          + "r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;});});";

  private static final String FILTER_SCRIPT = "<script>" + FILTER_JS + "</script>\n";

  /** Shows the chosen pair's sections and perspectives and hides the other pairs'. */
  private static final String PAIR_JS =
      "(function(){var s=document.getElementById('pair-select');"
          + "function show(){document.querySelectorAll('[data-pair]').forEach(function(e){"
          + "e.hidden=e.getAttribute('data-pair')!==s.value;});}"
          + "s.addEventListener('change',show);show();})();";

  private static final String PAIR_SCRIPT = "<script>" + PAIR_JS + "</script>\n";

  /**
   * The report's own policy: nothing is loaded from anywhere and no script runs but the filter and
   * the pair selector (named by their hashes), so markup that slipped into article text could not
   * act.
   */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'sha256-"
          + sha256(FILTER_JS)
          + "' 'sha256-"
          + sha256(PAIR_JS)
          + "'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private HtmlReport() {}

  private static String sha256(String script) {
    try {
      return java.util.Base64.getEncoder()
          .encodeToString(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The list of the corpus's pairs, with a selector when there are several. */
  private static void pairSelector(StringBuilder b, CorpusAnalysis analysis) {
    if (analysis.pairs().isEmpty()) {
      return;
    }
    b.append("<p>");
    if (analysis.pairs().size() == 1) {
      b.append("Country pair: <strong>")
          .append(Html.escape(analysis.pairs().get(0).label()))
          .append("</strong>");
    } else {
      b.append("<label>Country pair: <select id=\"pair-select\">");
      for (PairAnalysis p : analysis.pairs()) {
        b.append("<option value=\"")
            .append(Html.escape(p.label()))
            .append("\">")
            .append(Html.escape(p.label()))
            .append("</option>");
      }
      b.append("</select></label> <span class=\"meta\">(the most reported first; tension,")
          .append(" sides and perspectives are per pair)</span>");
    }
    b.append("</p>\n");
  }

  /**
   * Writes the report to {@code out} as UTF-8, atomically: a crash never leaves half a file, and an
   * existing file is replaced only once the new one is complete.
   */
  public static void write(CorpusAnalysis analysis, Path out) throws IOException {
    String html = render(analysis);
    AtomicFiles.write(out, w -> w.write(html));
  }

  /**
   * The element id of a span of an article ({@code a3-1200-1260}), for links into the report; event
   * mentions and quotes carry such ids.
   */
  public static String anchor(String exportArticleId, Span span) {
    if (exportArticleId == null || span == null) {
      throw new IllegalArgumentException(
          "exportArticleId and span are required: " + exportArticleId + ", " + span);
    }
    return exportArticleId + "-" + span.start() + "-" + span.end();
  }

  /** The element id of an article's {@code index}-th entity mention ({@code a3-e12}). */
  public static String entityAnchor(String exportArticleId, int index) {
    return exportArticleId + "-e" + index;
  }

  /** The element id of an article's {@code index}-th time expression ({@code a3-t4}). */
  public static String timexAnchor(String exportArticleId, int index) {
    return exportArticleId + "-t" + index;
  }

  /** The whole report as an HTML document. */
  public static String render(CorpusAnalysis analysis) {
    if (analysis == null) {
      throw new IllegalArgumentException("analysis must not be null");
    }
    ExportIds ids = new ExportIds(analysis.articles());
    Headlines headlines = new Headlines(analysis.articles());
    StringBuilder b = new StringBuilder();
    String title =
        analysis.pairs().isEmpty()
            ? "Dyad report"
            : CountryNames.name(analysis.pair().get(0))
                + " \u2013 "
                + CountryNames.name(analysis.pair().get(1))
                + ": Dyad brief";
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY)
        .append("\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body><main>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n");
    summary(b, analysis);
    toc(b, analysis);
    pairSelector(b, analysis);
    for (int k = 0; k < analysis.pairs().size(); k++) {
      PairAnalysis p = analysis.pairs().get(k);
      String suffix = k == 0 ? "" : "-" + p.label();
      b.append("<section class=\"pair\" data-pair=\"")
          .append(Html.escape(p.label()))
          .append("\">\n");
      OverviewHtml.render(
          b,
          Overview.of(p, analysis.events(), headlines, OverviewHtml.NEWEST),
          analysis.events(),
          headlines,
          suffix);
      tension(b, p, analysis, headlines, suffix);
      SidesHtml.render(b, p, analysis, ids, headlines, suffix);
      b.append("</section>\n");
    }
    if (analysis.pairs().isEmpty()) {
      b.append("<h2 id=\"tension\">Tension index</h2>\n")
          .append("<p class=\"meta\">No pair of countries with events between them.</p>\n");
    }
    timeline(b, analysis, ids, headlines);
    quotes(b, analysis, ids);
    articleTable(b, analysis, ids);
    OverviewHtml.explanations(b);
    legend(b);
    Marks marks = Marks.of(analysis);
    for (AnnotatedArticle a : analysis.articles()) {
      articleSection(b, a, analysis, ids, marks);
    }
    b.append("</main>").append(FILTER_SCRIPT);
    if (analysis.pairs().size() > 1) {
      b.append(PAIR_SCRIPT);
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  /** The table of contents, kept at the top of the window while reading. */
  private static void toc(StringBuilder b, CorpusAnalysis analysis) {
    b.append("<nav class=\"toc\" aria-label=\"Contents\">");
    if (!analysis.pairs().isEmpty()) {
      b.append("<a href=\"#overview\">Overview</a><a href=\"#tension\">Tension</a>")
          .append("<a href=\"#divergences\">Both sides</a>");
    }
    b.append("<a href=\"#timeline\">Timeline</a><a href=\"#quotes\">Who said what</a>")
        .append("<a href=\"#articles\">Articles</a><a href=\"#how-to-read\">How to read</a>")
        .append("</nav>\n");
  }

  private static void summary(StringBuilder b, CorpusAnalysis analysis) {
    PartialDate first = null;
    PartialDate last = null;
    Map<String, Integer> outlets = new TreeMap<>();
    Map<String, Integer> countries = new LinkedHashMap<>();
    for (AnnotatedArticle a : analysis.articles()) {
      PartialDate d = a.article().published();
      if (d != null) {
        first = first == null || d.compareTo(first) < 0 ? d : first;
        last = last == null || d.compareTo(last) > 0 ? d : last;
      }
      if (a.article().outlet() != null) {
        outlets.merge(a.article().outlet(), 1, Integer::sum);
      }
      for (EntityMention e : a.entities()) {
        if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
            && e.normalized() != null) {
          countries.merge(e.normalized(), 1, Integer::sum);
        }
      }
    }
    b.append("<p>").append(count(analysis.articles().size(), "article", "articles"));
    if (first != null) {
      b.append(
          first.equals(last) ? ", published " + first : ", published " + first + " to " + last);
    }
    b.append("; ")
        .append(count(analysis.events().size(), "event", "events"))
        .append("; ")
        .append(count(analysis.quotes().size(), "quote or statement", "quotes and statements"))
        .append(".</p>\n");
    if (!outlets.isEmpty()) {
      b.append("<p class=\"meta\">Outlets: ")
          .append(Html.escape(String.join(", ", outlets.keySet())))
          .append("</p>\n");
    }
    List<Map.Entry<String, Integer>> top = new ArrayList<>(countries.entrySet());
    top.sort((x, y) -> y.getValue() - x.getValue());
    if (!top.isEmpty()) {
      b.append("<p class=\"meta\">Countries by mentions: ");
      for (int i = 0; i < Math.min(8, top.size()); i++) {
        b.append(i > 0 ? ", " : "")
            .append(Html.escape(top.get(i).getKey()))
            .append(" (")
            .append(top.get(i).getValue())
            .append(')');
      }
      b.append("</p>\n");
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static void legend(StringBuilder b) {
    b.append("<p class=\"meta legend entities\">Highlights in the article texts: ");
    for (EntityType t : EntityType.values()) {
      b.append("<span class=\"ent-").append(t.name()).append("\">");
      b.append(t.name().toLowerCase(java.util.Locale.ROOT)).append("</span>");
    }
    b.append("<span class=\"timex\">time</span><span class=\"event\">event</span>")
        .append("<span class=\"quote\">quote</span></p>\n");
  }

  /** Every event, newest first, the undated ones after; each with its headline and mentions. */
  private static void timeline(
      StringBuilder b, CorpusAnalysis analysis, ExportIds ids, Headlines headlines) {
    b.append("<section id=\"timeline\"><h2>Timeline</h2>\n");
    if (analysis.events().isEmpty()) {
      b.append("<p class=\"meta\">No events found.</p>\n</section>\n");
      return;
    }
    List<Event> dated = new ArrayList<>();
    List<Event> undated = new ArrayList<>();
    for (Event e : analysis.events()) {
      (e.date() == null ? undated : dated).add(e);
    }
    List<Event> newestFirst = new ArrayList<>(dated);
    java.util.Collections.reverse(newestFirst);
    newestFirst.sort(java.util.Comparator.comparing((Event e) -> e.date().lastDay()).reversed());
    b.append("<p class=\"meta\">")
        .append(count(dated.size(), "dated event", "dated events"))
        .append(", newest first")
        .append(undated.isEmpty() ? "" : ", then " + undated.size() + " that no article dates")
        .append(". Hover a <abbr title=\"")
        .append(Html.escape(OverviewHtml.CAMEO_TIP))
        .append("\">CAMEO</abbr> code or a <abbr title=\"")
        .append(Html.escape(OverviewHtml.GOLDSTEIN_TIP))
        .append("\">Goldstein</abbr> value for what it means.</p>\n");
    eventTable(b, newestFirst, ids, headlines);
    if (!undated.isEmpty()) {
      b.append("<h3 id=\"undated\">Undated events</h3>\n");
      eventTable(b, undated, ids, headlines);
    }
    b.append("</section>\n");
  }

  private static final CameoCodebook CODEBOOK = CameoCodebook.load();

  private static void eventTable(
      StringBuilder b, List<Event> events, ExportIds ids, Headlines headlines) {
    b.append("<div class=\"scroll\"><table class=\"timeline\"><thead><tr><th>Date</th>")
        .append("<th>Event</th><th>Code</th><th>Mentions</th></tr></thead><tbody>\n");
    for (Event e : events) {
      b.append("<tr id=\"")
          .append(Html.escape(e.id()))
          .append("\"><td>")
          .append(e.date() == null ? "undated" : Html.escape(e.date().toString()))
          .append("</td><td><b>")
          .append(Html.escape(headlines.of(e)))
          .append("</b><div class=\"meta\">")
          .append(actor(e.source()))
          .append(" \u2192 ")
          .append(actor(e.target()))
          .append("</div></td><td><span class=\"cameo\" title=\"")
          .append(
              Html.escape(
                  e.cameo() + ": " + CODEBOOK.name(e.cameo()) + ". " + OverviewHtml.CAMEO_TIP))
          .append("\">")
          .append(Html.escape(e.cameo()))
          .append("</span> <span class=\"")
          .append(e.goldstein() < 0 ? "neg" : "pos")
          .append("\" title=\"")
          .append(Html.escape(OverviewHtml.GOLDSTEIN_TIP))
          .append("\">")
          .append(
              e.goldstein() == 0
                  ? "0"
                  : String.format(java.util.Locale.ROOT, "%+.1f", e.goldstein()))
          .append("</span></td><td>");
      int i = 0;
      for (EventMention m : e.mentions()) {
        String aid = ids.of(m.articleId());
        b.append(i++ > 0 ? ", " : "")
            .append("<a href=\"#")
            .append(Html.escape(anchor(aid, m.span())))
            .append("\">")
            .append(Html.escape(aid))
            .append("</a> <span class=\"meta\" title=\"")
            .append(Html.escape(OverviewHtml.MODALITY_TIP))
            .append("\">")
            .append(Html.escape(m.modality().label()))
            .append("</span>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
  }

  /** The tension index chart of the pair's whole series, with its crisis phases. */
  private static void tension(
      StringBuilder b,
      PairAnalysis pair,
      CorpusAnalysis analysis,
      Headlines headlines,
      String suffix) {
    b.append("<section id=\"tension")
        .append(Html.escape(suffix))
        .append("\"><h2>Tension index: ")
        .append(Html.escape(pair.label()))
        .append("</h2>\n<p class=\"meta\">Every month from the first dated event between the")
        .append(
            " pair to the last; a long chart opens at its latest months and scrolls back.</p>\n")
        .append(
            TensionChart.render(
                pair.tension(), analysis.events(), headlines, null, null, "tension" + suffix))
        .append("</section>\n");
  }

  private static String actor(org.dyad.model.Actor a) {
    if (a == null) {
      return "";
    }
    String extra =
        (a.country() == null ? "" : a.country()) + (a.role() == null ? "" : " " + a.role());
    return Html.escape(a.name())
        + " <span class=\"meta\">"
        + Html.escape(extra.strip())
        + "</span>";
  }

  private static void quotes(StringBuilder b, CorpusAnalysis analysis, ExportIds ids) {
    b.append("<h2 id=\"quotes\">Who said what</h2>\n");
    if (analysis.quotes().isEmpty()) {
      b.append("<p class=\"meta\">No quotes found.</p>\n");
      return;
    }
    Map<String, Map<String, List<Quote>>> bySide = new TreeMap<>();
    for (Quote q : analysis.quotes()) {
      String side =
          q.speaker() == null || q.speaker().country() == null ? "unknown" : q.speaker().country();
      String who = q.speaker() == null ? "unnamed speakers" : q.speaker().name();
      bySide
          .computeIfAbsent(side, k -> new TreeMap<>())
          .computeIfAbsent(who, k -> new ArrayList<>())
          .add(q);
    }
    for (var side : bySide.entrySet()) {
      b.append("<h3>").append(Html.escape(side.getKey())).append("</h3>\n<ul>\n");
      for (var who : side.getValue().entrySet()) {
        b.append("<li><b>").append(Html.escape(who.getKey())).append("</b><ul>");
        for (Quote q : who.getValue()) {
          String aid = ids.of(q.articleId());
          b.append("<li><a href=\"#")
              .append(Html.escape(anchor(aid, q.span())))
              .append("\">")
              .append(Html.escape(aid))
              .append("</a> ")
              .append(q.direct() ? "\u201c" : "")
              .append(Html.escape(shorten(q.text(), 300)))
              .append(q.direct() ? "\u201d" : "")
              .append(
                  q.via() == null
                      ? ""
                      : " <span class=\"meta\">via " + Html.escape(q.via()) + "</span>")
              .append("</li>");
        }
        b.append("</ul></li>\n");
      }
      b.append("</ul>\n");
    }
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  private static void articleTable(StringBuilder b, CorpusAnalysis analysis, ExportIds ids) {
    b.append("<h2 id=\"articles\">Articles</h2>\n")
        .append("<input id=\"filter\" type=\"search\" placeholder=\"Filter articles\u2026\"")
        .append(" aria-label=\"Filter articles\">\n")
        .append("<table id=\"article-table\"><tr><th>Date</th><th>Title</th>")
        .append("<th>Outlet</th><th>Author</th><th>Perspective</th><th>Entities</th></tr>\n");
    for (AnnotatedArticle an : analysis.articles()) {
      Article a = an.article();
      String aid = ids.of(a.id());
      b.append("<tr class=\"row\"><td>")
          .append(date(a))
          .append("</td><td><a href=\"#")
          .append(aid)
          .append("\">")
          .append(Html.escape(displayTitle(a)))
          .append("</a><div class=\"meta\">")
          .append(Html.escape(a.source()))
          .append("</div></td><td>")
          .append(Html.escape(nullToDash(a.outlet())))
          .append("</td><td>")
          .append(Html.escape(nullToDash(a.author())))
          .append("</td><td>")
          .append(perspective(analysis, a.id()))
          .append("</td><td class=\"meta\">")
          .append(Html.escape(entityCounts(an)))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /** The article's perspective on each pair (the selected pair's only, when script runs). */
  private static String perspective(CorpusAnalysis analysis, String articleId) {
    StringBuilder b = new StringBuilder();
    for (PairAnalysis pair : analysis.pairs()) {
      Perspective p = pair.perspectives().get(articleId);
      if (p == null) {
        continue;
      }
      b.append("<span data-pair=\"")
          .append(Html.escape(pair.label()))
          .append("\" title=\"")
          .append(Html.escape(String.join("; ", p.reasons())))
          .append("\">")
          .append(Html.escape(p.label()))
          .append(analysis.pairs().size() > 1 ? " (" + Html.escape(pair.label()) + ")" : "")
          .append("</span> ");
    }
    return b.isEmpty() ? "\u2014" : b.toString().strip();
  }

  private static String date(Article a) {
    if (a.published() == null) {
      return "<span class=\"meta\">undated</span>";
    }
    String d = Html.escape(a.published().toString());
    return a.publishedInferred()
        ? d
            + " <span class=\"badge\" title=\"inferred from the content, not stated\">inferred</span>"
        : d;
  }

  private static String displayTitle(Article a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    String t = a.text().strip();
    if (t.isEmpty()) {
      return "(untitled)";
    }
    return shorten(
        t.split("\\s+", 13).length > 12
            ? String.join(" ", List.of(t.split("\\s+")).subList(0, 12)) + "\u2026"
            : t,
        120);
  }

  private static String nullToDash(String s) {
    return s == null ? "\u2014" : s;
  }

  private static String entityCounts(AnnotatedArticle a) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (EntityMention e : a.entities()) {
      counts.merge(e.type(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k.name().toLowerCase() + " " + v));
    return String.join(", ", parts);
  }

  /**
   * The event mentions, claims and quotes of each article, gathered in one pass over the corpus, in
   * the order the corpus lists them.
   */
  private record Marks(
      Map<String, List<Map.Entry<Event, EventMention>>> mentions,
      Map<String, List<Map.Entry<Divergence, Claim>>> claims,
      Map<String, List<Quote>> quotes) {

    static Marks of(CorpusAnalysis analysis) {
      Marks m = new Marks(new HashMap<>(), new HashMap<>(), new HashMap<>());
      for (Event e : analysis.events()) {
        for (EventMention x : e.mentions()) {
          m.mentions.computeIfAbsent(x.articleId(), k -> new ArrayList<>()).add(Map.entry(e, x));
        }
      }
      java.util.Set<String> claimed = new java.util.HashSet<>();
      for (PairAnalysis p : analysis.pairs()) {
        for (Divergence d : p.divergences()) {
          for (Claim c : d.versions()) {
            if (claimed.add(c.articleId() + " " + d.eventId() + " " + c.span())) {
              m.claims.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(Map.entry(d, c));
            }
          }
        }
      }
      for (Quote q : analysis.quotes()) {
        m.quotes.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
      }
      return m;
    }
  }

  private static void articleSection(
      StringBuilder b, AnnotatedArticle an, CorpusAnalysis analysis, ExportIds ids, Marks marks) {
    Article a = an.article();
    String aid = ids.of(a.id());
    b.append("<section id=\"")
        .append(aid)
        .append("\">\n<h2>")
        .append(aid)
        .append(": ")
        .append(Html.escape(displayTitle(a)))
        .append("</h2>\n");
    articleMeta(b, a, analysis);
    b.append("<div class=\"article-text\">")
        .append(highlights(an, marks, aid).render(a.text()))
        .append("</div>\n</section>\n");
  }

  private static void articleMeta(StringBuilder b, Article a, CorpusAnalysis analysis) {
    b.append("<p class=\"meta\">")
        .append(date(a))
        .append(" \u00b7 ")
        .append(Html.escape(nullToDash(a.outlet())))
        .append(" \u00b7 ")
        .append(Html.escape(nullToDash(a.author())))
        .append(" \u00b7 ");
    String link = a.url() != null ? a.url() : a.source();
    if (isWebLink(link)) {
      b.append("<a href=\"")
          .append(Html.escape(link))
          .append("\" rel=\"noopener noreferrer\">")
          .append(Html.escape(a.source()))
          .append("</a>");
    } else {
      b.append(Html.escape(a.source()));
    }
    b.append(" \u00b7 ")
        .append(Html.escape(a.language()))
        .append(" \u00b7 perspective: ")
        .append(perspective(analysis, a.id()))
        .append("</p>\n");
  }

  /** Only http(s) links become hrefs, so a {@code javascript:} URL in the input stays text. */
  private static boolean isWebLink(String s) {
    return s != null && s.matches("(?i)https?://[^\\s]+");
  }

  private static Highlighter highlights(AnnotatedArticle an, Marks marks, String aid) {
    String articleId = an.article().id();
    Highlighter h = new Highlighter();
    for (var em : marks.mentions().getOrDefault(articleId, List.of())) {
      Event e = em.getKey();
      EventMention m = em.getValue();
      h.add(
          m.span(),
          "event",
          e.id() + " CAMEO " + m.cameo() + " (" + m.modality().label() + ")",
          anchor(aid, m.span()));
    }
    for (var dc : marks.claims().getOrDefault(articleId, List.of())) {
      Claim c = dc.getValue();
      h.add(
          c.span(),
          "claim",
          dc.getKey().eventId() + " as this article tells it",
          anchor(aid, c.span()));
    }
    for (Quote q : marks.quotes().getOrDefault(articleId, List.of())) {
      h.add(
          q.span(),
          "quote",
          q.speaker() == null ? "unattributed" : "said by " + q.speaker().name(),
          anchor(aid, q.span()));
    }
    for (int i = 0; i < an.entities().size(); i++) {
      EntityMention e = an.entities().get(i);
      h.add(
          e.span(),
          "ent-" + e.type().name(),
          e.type().name() + (e.normalized() == null ? "" : ": " + e.normalized()),
          entityAnchor(aid, i));
    }
    for (int i = 0; i < an.timexes().size(); i++) {
      TimeExpression t = an.timexes().get(i);
      h.add(
          t.span(),
          "timex",
          t.type() + (t.value() == null ? "" : ": " + t.value()),
          timexAnchor(aid, i));
    }
    return h;
  }
}
