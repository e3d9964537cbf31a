package org.dyad.extract.event;

import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/**
 * The time of a news report and what is told as happening then: an act in the past, present or
 * present perfect with no date of its own and no word moving it back is the news of the day (or of
 * the dateline's day), as is any act a headline tells.
 */
final class ReportTime {

  /** What follows the date of a dateline: an agency in brackets or a dash. */
  private static final Pattern DATELINE_END =
      Pattern.compile("^\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:--|\u2014|\u2013|-)");

  /** Words that move a clause away from the time of the report. */
  private static final Pattern SHIFT =
      Pattern.compile(
          "(?i)\\b(earlier|previously|in the past|once|long|repeatedly|formerly|ago|since|"
              + "last (?:year|month|week)|years?|decades?|history|historic(?:al|ally)?|then)\\b");

  private ReportTime() {}

  /**
   * The date of the report: a day-precise date in the article's dateline ("BEIJING, Aug. 31
   * (Xinhua) --"), else its publication date, else null.
   */
  static PartialDate date(ArticleContext ctx, Map<TimeExpression, PartialDate> dates) {
    String text = ctx.text();
    for (TimeExpression t : ctx.annotated().timexes()) {
      if (t.span().start() > 400) {
        break;
      }
      PartialDate d = dates.get(t);
      int lineStart = text.lastIndexOf('\n', t.span().start()) + 1;
      String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 25));
      if (d != null
          && d.precision() == PartialDate.Precision.DAY
          && t.span().start() - lineStart <= 40
          && DATELINE_END.matcher(after).find()) {
        return d;
      }
    }
    return ctx.annotated().article().published();
  }

  /** True when a text holds a word that moves what it tells away from the time of the report. */
  static boolean shifted(String text) {
    return SHIFT.matcher(text).find();
  }

  /** True when a sentence is the article's headline: its title, or a short first line. */
  static boolean headline(ArticleContext ctx, int s) {
    String sentence = ctx.textOf(ctx.graph(s).sentence().span()).strip();
    String title = ctx.annotated().article().title();
    if (title != null && !title.isBlank() && sentence.equals(title.strip())) {
      return true;
    }
    int start = ctx.graph(s).sentence().span().start();
    String text = ctx.text();
    int lineEnd = text.indexOf('\n', start);
    boolean wholeLine =
        (start == 0 || text.charAt(start - 1) == '\n')
            && (lineEnd < 0 || lineEnd == ctx.graph(s).sentence().span().end());
    return wholeLine && start < 300 && !sentence.endsWith(".") && sentence.length() < 160;
  }

  /**
   * True when a verb tells an act as done by the time of the report: past, present or present
   * perfect, not the past perfect ("had fired") that reaches further back.
   */
  static boolean toldAsNews(SentenceGraph g, int verb) {
    String pos = g.pos(verb);
    if (!pos.startsWith("VB")) {
      return false;
    }
    for (int a : g.children(verb, "aux")) {
      if (g.lemma(a).equals("have") && g.pos(a).equals("VBD")) {
        return false;
      }
    }
    for (int a : g.children(verb, "aux:pass")) {
      if (g.lemma(a).equals("have") && g.pos(a).equals("VBD")) {
        return false;
      }
    }
    return !pos.equals("VBG") || !g.children(verb, "aux").isEmpty();
  }
}
