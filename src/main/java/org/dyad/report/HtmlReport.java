package org.dyad.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
      main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem;background:#fff}
      h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #ddd}h3{margin-bottom:.2rem}
      table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.3rem .4rem;text-align:left;vertical-align:top}
      .meta{color:#666;font-size:.85rem}.sides{display:flex;gap:1rem;flex-wrap:wrap}.side{flex:1 1 18rem;border-left:3px solid #ccd;padding-left:.6rem}.side h4{margin:.2rem 0}.badge{font-size:.75rem;background:#fff3cd;border:1px solid #e0c36b;border-radius:3px;padding:0 .3rem}
      .ent-PERSON{background:#e3f2fd}.ent-ORGANIZATION{background:#ede7f6}.ent-LOCATION{background:#e8f5e9}
      .ent-COUNTRY{background:#c8e6c9}.ent-NATIONALITY{background:#dcedc8}.ent-TITLE{background:#fff8e1}.ent-MISC{background:#f5f5f5}
      .timex{border-bottom:2px solid #ff9800}.event{background:rgba(244,67,54,.06)}.quote{color:#0d47a1;font-style:italic}
      .article-text p{margin:.4rem 0}.cameo{font-family:ui-monospace,monospace}.neg{color:#b71c1c}.pos{color:#1b5e20}
      :target{outline:2px solid #f44336}
      .legend span{padding:0 .3rem;margin-right:.3rem;border-radius:2px}#filter{width:100%;max-width:20rem;padding:.3rem;margin:.5rem 0}
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
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY)
        .append("\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>Dyad report</title><style>")
        .append(CSS)
        .append("</style></head><body><main>\n<h1>Dyad report</h1>\n");
    summary(b, analysis);
    legend(b);
    timeline(b, analysis, ids);
    pairSelector(b, analysis);
    for (int k = 0; k < analysis.pairs().size(); k++) {
      PairAnalysis p = analysis.pairs().get(k);
      String suffix = k == 0 ? "" : "-" + p.label();
      b.append("<section class=\"pair\" data-pair=\"")
          .append(Html.escape(p.label()))
          .append("\">\n");
      tension(b, p, analysis, suffix);
      divergences(b, p, analysis, ids, suffix);
      b.append("</section>\n");
    }
    if (analysis.pairs().isEmpty()) {
      b.append("<h2 id=\"tension\">Tension index</h2>\n")
          .append("<p class=\"meta\">No pair of countries with events between them.</p>\n");
    }
    quotes(b, analysis, ids);
    articleTable(b, analysis, ids);
    for (AnnotatedArticle a : analysis.articles()) {
      articleSection(b, a, analysis, ids);
    }
    b.append("</main>").append(FILTER_SCRIPT);
    if (analysis.pairs().size() > 1) {
      b.append(PAIR_SCRIPT);
    }
    b.append("</body></html>\n");
    return b.toString();
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
    b.append("<p class=\"meta legend\">");
    for (EntityType t : EntityType.values()) {
      b.append("<span class=\"ent-").append(t.name()).append("\">");
      b.append(t.name().toLowerCase(java.util.Locale.ROOT)).append("</span>");
    }
    b.append("<span class=\"timex\">time</span><span class=\"event\">event</span>")
        .append("<span class=\"quote\">quote</span></p>\n");
  }

  private static void timeline(StringBuilder b, CorpusAnalysis analysis, ExportIds ids) {
    b.append("<h2 id=\"timeline\">Timeline</h2>\n");
    if (analysis.events().isEmpty()) {
      b.append("<p class=\"meta\">No events found.</p>\n");
      return;
    }
    b.append("<table><tr><th>Date</th><th>CAMEO</th><th>Who</th><th>Whom</th><th>Goldstein</th>")
        .append("<th>Mentions</th></tr>\n");
    for (Event e : analysis.events()) {
      b.append("<tr id=\"")
          .append(Html.escape(e.id()))
          .append("\"><td>")
          .append(e.date() == null ? "undated" : Html.escape(e.date().toString()))
          .append(
              e.date() == null
                  ? ""
                  : " <span class=\"meta\">("
                      + e.date().precision().name().toLowerCase()
                      + ")</span>")
          .append("</td><td class=\"cameo\">")
          .append(Html.escape(e.cameo()))
          .append("</td><td>")
          .append(actor(e.source()))
          .append("</td><td>")
          .append(actor(e.target()))
          .append("</td><td class=\"")
          .append(e.goldstein() < 0 ? "neg" : "pos")
          .append("\">")
          .append(String.format(java.util.Locale.ROOT, "%.1f", e.goldstein()))
          .append("</td><td>");
      int i = 0;
      for (EventMention m : e.mentions()) {
        String aid = ids.of(m.articleId());
        b.append(i++ > 0 ? ", " : "")
            .append("<a href=\"#")
            .append(Html.escape(anchor(aid, m.span())))
            .append("\">")
            .append(Html.escape(aid))
            .append("</a> <span class=\"meta\">")
            .append(Html.escape(m.modality().label()))
            .append("</span>");
      }
      b.append("<div class=\"meta\">")
          .append(Html.escape(e.summary()))
          .append("</div></td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void divergences(
      StringBuilder b, PairAnalysis pair, CorpusAnalysis analysis, ExportIds ids, String suffix) {
    b.append("<h2 id=\"divergences")
        .append(Html.escape(suffix))
        .append("\">Both sides of the story: ")
        .append(Html.escape(pair.label()))
        .append("</h2>\n");
    if (pair.divergences().isEmpty()) {
      b.append("<p class=\"meta\">No event is told by more than one article.</p>\n");
      return;
    }
    Map<String, Event> events = new java.util.HashMap<>();
    analysis.events().forEach(e -> events.put(e.id(), e));
    for (Divergence d : pair.divergences()) {
      Event e = events.get(d.eventId());
      b.append("<h3>")
          .append(Html.escape(d.eventId()))
          .append(": ")
          .append(
              e == null
                  ? ""
                  : Html.escape(e.date() == null ? "undated" : e.date().toString())
                      + " "
                      + actor(e.source())
                      + " \u2192 "
                      + actor(e.target()))
          .append(d.contradiction() ? " <span class=\"badge\">contradiction</span>" : "")
          .append("</h3>\n");
      if (!d.conflicts().isEmpty()) {
        b.append("<p class=\"neg\">")
            .append(Html.escape(ids.replaceIn(String.join("; ", d.conflicts()))))
            .append("</p>\n");
      }
      Map<String, List<Claim>> bySide = new java.util.LinkedHashMap<>();
      for (Claim c : d.versions()) {
        bySide.computeIfAbsent(c.side(), k -> new java.util.ArrayList<>()).add(c);
      }
      b.append("<div class=\"sides\">\n");
      for (var side : bySide.entrySet()) {
        b.append("<div class=\"side\"><h4>")
            .append(Html.escape(sideLabel(side.getKey())))
            .append("</h4>\n");
        for (Claim c : side.getValue()) {
          String aid = ids.of(c.articleId());
          b.append("<p><a href=\"#")
              .append(Html.escape(anchor(aid, c.span())))
              .append("\">")
              .append(aid)
              .append("</a> ")
              .append(Html.escape(shorten(c.text(), 400)));
          if (!c.kinds().isEmpty()) {
            b.append("<span class=\"meta\"> [")
                .append(Html.escape(String.join(", ", c.kinds())))
                .append("]</span>");
          }
          b.append("</p>\n");
        }
        b.append("</div>\n");
      }
      b.append("</div>\n");
      if (!d.unmatched().isEmpty()) {
        b.append("<p class=\"meta\">Told by one side only: ")
            .append(Html.escape(ids.replaceIn(String.join("; ", d.unmatched()))))
            .append("</p>\n");
      }
    }
  }

  /** A text naming articles by their internal ids, with the report's ids instead. */
  private static String sideLabel(String side) {
    return switch (side) {
      case "both" -> "articles giving both sides";
      case "neutral" -> "neutral articles";
      default -> "as told from the " + side + " side";
    };
  }

  /** The tension index chart with its crisis phases. */
  private static void tension(
      StringBuilder b, PairAnalysis pair, CorpusAnalysis analysis, String suffix) {
    b.append("<h2 id=\"tension")
        .append(Html.escape(suffix))
        .append("\">Tension index: ")
        .append(Html.escape(pair.label()))
        .append("</h2>\n")
        .append(TensionChart.render(pair.tension(), analysis.events()));
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

  private static void articleSection(
      StringBuilder b, AnnotatedArticle an, CorpusAnalysis analysis, ExportIds ids) {
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
        .append(highlights(an, analysis, aid).render(a.text()))
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

  private static Highlighter highlights(AnnotatedArticle an, CorpusAnalysis analysis, String aid) {
    String articleId = an.article().id();
    Highlighter h = new Highlighter();
    for (Event e : analysis.events()) {
      for (EventMention m : e.mentions()) {
        if (m.articleId().equals(articleId)) {
          h.add(
              m.span(),
              "event",
              e.id() + " CAMEO " + m.cameo() + " (" + m.modality().label() + ")",
              anchor(aid, m.span()));
        }
      }
    }
    java.util.Set<String> claimed = new java.util.HashSet<>();
    for (Divergence d : analysis.pairs().stream().flatMap(p -> p.divergences().stream()).toList()) {
      for (Claim c : d.versions()) {
        if (c.articleId().equals(articleId) && claimed.add(d.eventId() + " " + c.span())) {
          h.add(
              c.span(), "claim", d.eventId() + " as this article tells it", anchor(aid, c.span()));
        }
      }
    }
    for (Quote q : analysis.quotes()) {
      if (q.articleId().equals(articleId)) {
        h.add(
            q.span(),
            "quote",
            q.speaker() == null ? "unattributed" : "said by " + q.speaker().name(),
            anchor(aid, q.span()));
      }
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
