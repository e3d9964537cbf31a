package org.dyad.extract.event;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.time.EventDater;
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

  /** The place a dateline opens with: "BEIJING, ", "MANILA, Philippines, ". */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("\\p{Lu}[\\p{Lu} .'-]+,(?:\\s*\\p{Lu}[\\p{L} .]*,)?\\s*");

  /** Words that move a clause away from the time of the report. */
  private static final Pattern SHIFT =
      Pattern.compile(
          "(?i)\\b(earlier|previously|in the past|once|long|repeatedly|formerly|ago|since|"
              + "last (?:year|month|week)|years?|decades?|history|historic(?:al|ally)?|then)\\b");

  private ReportTime() {}

  /**
   * The date of the report: a day-precise date in the article's dateline ("BEIJING, Aug. 31
   * (Xinhua) --"), else its publication date, else (for an undated article) the latest day it
   * states in full, else null.
   */
  static PartialDate date(ArticleContext ctx, Map<TimeExpression, PartialDate> dates) {
    String text = ctx.text();
    for (TimeExpression t : ctx.annotated().timexes()) {
      if (t.span().start() > 1500) {
        break;
      }
      PartialDate d = dates.get(t);
      int lineStart = text.lastIndexOf('\n', t.span().start()) + 1;
      String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 25));
      String before = text.substring(lineStart, t.span().start());
      if (d != null
          && d.precision() == PartialDate.Precision.DAY
          && before.length() <= 40
          && (lineStart == 0 || DATELINE_PLACE.matcher(before).matches())
          && DATELINE_END.matcher(after).find()) {
        return d;
      }
    }
    PartialDate published = ctx.annotated().article().published();
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), 1500)));
    if (m.find()) {
      int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
      int day = Integer.parseInt(m.group(2));
      try {
        if (m.group(3) != null) {
          return new PartialDate(Integer.parseInt(m.group(3)), month, day);
        }
        if (published != null) {
          return EventDater.closestYear(month, day, published);
        }
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        return published;
      }
    }
    // The dates of an article do not change once resolved: read them once, not at every event.
    return published != null ? published : ctx.remember(dates, () -> latestStated(dates));
  }

  /**
   * For an undated article, the latest day it states in full, when no later month is named: the
   * report was written on or after it, and news reports the days just past (an analysis that names
   * a later month without its day is left undated).
   */
  private static PartialDate latestStated(Map<TimeExpression, PartialDate> dates) {
    PartialDate latest = null;
    for (var e : dates.entrySet()) {
      PartialDate d = e.getValue();
      if (d != null
          && d.precision() != PartialDate.Precision.YEAR
          && e.getKey().value() != null
          && e.getKey().value().matches("\\d{4}-\\d{2}.*")
          && (latest == null || d.lastDay().isAfter(latest.lastDay()))) {
        latest = d;
      }
    }
    return latest == null || latest.precision() != PartialDate.Precision.DAY ? null : latest;
  }

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  /** A wire dateline: "BEIJING, Aug. 31 (Xinhua) --", "KYIV, March 3, 2025 -". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^\\p{Lu}[\\p{Lu} .'-]+,(?:\\s*\\p{Lu}[\\p{L} .]*,)?\\s*"
              + "((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\.?\\s+(\\d{1,2})"
              + "(?:,\\s*(\\d{4}))?\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:--|\u2014|\u2013|-|:)");

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
