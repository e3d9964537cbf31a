package org.dyad.extract.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.time.EventDater;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Dates of event mentions: the time expression that governs an event's clause, news dates and
 * report times.
 */
final class EventDates {

  private static final java.util.regex.Pattern VAGUE =
      java.util.regex.Pattern.compile(
          "(?i)^(?:some |many |several |a few )?(years|months|weeks|decades|days|centuries)\\b");

  private static final java.util.regex.Pattern MONTH_NAME =
      java.util.regex.Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");

  private static final java.util.regex.Pattern RELATIVE =
      java.util.regex.Pattern.compile("(?i)\\b(last|next|this|ago|coming|past|previous)\\b");

  /** Expressions counting months or years back or on from the report's own date. */
  private static final java.util.regex.Pattern MONTH_COUNT =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:(?:last|next|this|past|previous|coming) (?:month|year)|(?:months?|years?) ago)\\b");

  private EventDates() {}

  /**
   * In a gapped list ("Estonia a year later, Germany in September 1994"), the date that follows a
   * coordinated object before the next comma.
   */
  static TimeExpression segmentDate(
      ArticleContext ctx,
      SentenceGraph g,
      int s,
      int token,
      Map<TimeExpression, PartialDate> dates) {
    int from = g.token(token).span().start();
    int to = g.sentence().span().end();
    for (int t = token + 1; t < g.size(); t++) {
      if (g.word(t).equals(",") || g.word(t).equals(";")) {
        to = g.token(t).span().start();
        break;
      }
    }
    for (TimeExpression x : ctx.timexesWithin(new Span(from, Math.max(from, to)))) {
      if (x.span().start() > from && x.span().end() <= to && dates.containsKey(x)) {
        return x;
      }
    }
    return null;
  }

  /**
   * The time expression that dates a trigger: the closest in the parse without another event
   * between. Its date in {@code dates} is null when the expression cannot be dated reliably.
   */
  static TimeExpression dateFor(
      SentenceGraph g,
      ArticleContext ctx,
      int s,
      int trigger,
      Map<Integer, LexiconEntry> triggers,
      Map<TimeExpression, PartialDate> dates) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    Set<TimeExpression> seen = new HashSet<>();
    for (int t = 0; t < g.size(); t++) {
      TimeExpression x = ctx.timex(s, t);
      if (x == null || !dates.containsKey(x) || !seen.add(x)) {
        continue;
      }
      int head = timexHead(g, ctx, s, x);
      List<Integer> path = g.pathBetween(head, trigger);
      if (path == null) {
        continue;
      }
      boolean blocked = false;
      for (int p : path) {
        if (triggers.containsKey(p) && p != trigger) {
          blocked = true;
        }
      }
      int distance = path.size() + (blocked ? 100 : 0);
      if (distance < bestDistance) {
        best = x;
        bestDistance = distance;
      }
    }
    return bestDistance <= 6 ? best : null;
  }

  /**
   * The report's date for an act told as its news: any act of a headline, or a verb in the past,
   * present or present perfect (or a noun that is the subject or object of such a verb: "a string
   * of attacks has raised tensions") in a sentence with no time expression of its own and nothing
   * that moves it back; else null.
   */
  static PartialDate newsDate(
      ArticleContext ctx, int s, int trigger, Map<TimeExpression, PartialDate> dates) {
    if (ReportTime.headline(ctx, s)) {
      return ReportTime.date(ctx, dates);
    }
    SentenceGraph g = ctx.graph(s);
    int clause = trigger;
    if (!g.pos(trigger).startsWith("VB")) {
      String rel = g.relationToParent(trigger);
      clause =
          SentenceGraph.is(rel, "nsubj") || SentenceGraph.is(rel, "obj") ? g.head(trigger) : -1;
    }
    if (clause < 0
        || !ReportTime.toldAsNews(g, clause)
        || ReportTime.shifted(ctx.textOf(g.sentence().span()))) {
      return null;
    }
    for (TimeExpression t : ctx.timexesWithin(g.sentence().span())) {
      if (g.sentence().span().contains(t.span()) && !embeddedElsewhere(ctx, s, t, trigger)) {
        return null;
      }
    }
    return ReportTime.date(ctx, dates);
  }

  /**
   * True when a time expression of the trigger's sentence sits in a clause that does not hold the
   * trigger (a relative or adverbial clause about something else: "condemned the law, which was
   * approved in the December 3 referendum").
   */
  static boolean embeddedElsewhere(ArticleContext ctx, int s, TimeExpression t, int trigger) {
    SentenceGraph g = ctx.graph(s);
    if (!g.sentence().span().contains(t.span())) {
      return false;
    }
    int head = timexHead(g, ctx, s, t);
    if (head < 0) {
      return false;
    }
    Set<Integer> above = new HashSet<>(g.ancestors(trigger));
    above.add(trigger);
    for (int node = head, hops = 0; node >= 0 && hops < 20; node = g.head(node), hops++) {
      if (above.contains(node)) {
        return false;
      }
      String rel = g.relationToParent(node);
      if (SentenceGraph.is(rel, "acl") || SentenceGraph.is(rel, "advcl")) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's date when it states exactly one month- or day-precise date. */
  static TimeExpression onlyDate(
      ArticleContext ctx, Span sentence, Map<TimeExpression, PartialDate> dates) {
    TimeExpression only = null;
    for (TimeExpression t : ctx.timexesWithin(sentence)) {
      PartialDate d = dates.get(t);
      if (sentence.contains(t.span()) && d != null && d.precision() != PartialDate.Precision.YEAR) {
        if (only != null) {
          PartialDate o = dates.get(only);
          if (o.year() != d.year() || !o.month().equals(d.month())) {
            return null;
          }
          continue;
        }
        only = t;
      }
    }
    return only;
  }

  /**
   * The date of the closest earlier sentence of the same paragraph (at most two back) that states
   * exactly one month- or day-precise date: news paragraphs keep to one time.
   */
  static TimeExpression paragraphDate(
      ArticleContext ctx, int s, Map<TimeExpression, PartialDate> dates) {
    int paragraph = ctx.paragraphOf(ctx.graph(s).sentence().span().start());
    for (int k = s - 1; k >= 0 && k >= s - 2; k--) {
      Span span = ctx.graph(k).sentence().span();
      if (ctx.paragraphOf(span.start()) != paragraph) {
        return null;
      }
      TimeExpression only = null;
      int count = 0;
      for (TimeExpression t : ctx.timexesWithin(span)) {
        PartialDate d = dates.get(t);
        if (span.contains(t.span()) && d != null && d.precision() != PartialDate.Precision.YEAR) {
          only = t;
          count++;
        }
      }
      if (count == 1) {
        return only;
      }
      if (count > 1) {
        return null;
      }
    }
    return null;
  }

  static int timexHead(SentenceGraph g, ArticleContext ctx, int s, TimeExpression x) {
    int first = -1;
    for (int t = 0; t < g.size(); t++) {
      if (ctx.timex(s, t) == x) {
        if (first < 0) {
          first = t;
        }
        int h = g.head(t);
        if (h < 0 || ctx.timex(s, h) != x) {
          return t;
        }
      }
    }
    return first;
  }

  /** Dates of all time expressions in text order, year-less and relative ones resolved. */
  /** The latest day or month an article states with its year ("on March 3, 2025"), or null. */
  static PartialDate latestStated(ArticleContext ctx) {
    PartialDate latest = null;
    for (TimeExpression t : ctx.annotated().timexes()) {
      PartialDate d = "DATE".equals(t.type()) ? t.date() : null;
      if (d != null
          && d.precision() != PartialDate.Precision.YEAR
          && t.text().matches("(?s).*\\d{4}.*")
          && (latest == null || d.compareTo(latest) > 0)) {
        latest = d;
      }
    }
    return latest;
  }

  static Map<TimeExpression, PartialDate> resolveDates(ArticleContext ctx) {
    Map<TimeExpression, PartialDate> out = new HashMap<>();
    PartialDate published = ctx.annotated().article().published();
    PartialDate anchor = null;
    String text = ctx.text();
    for (TimeExpression t : ctx.annotated().timexes()) {
      String following =
          text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 20));
      if (VAGUE.matcher(t.text()).find()) {
        continue;
      }
      if (ctx.annotated().article().publishedInferred() && MONTH_COUNT.matcher(t.text()).find()) {
        // "last month" counts from a publication date the report does not state: the guess (a
        // photo's date, say) only bounds it from below, so the month counted may be too early.
        // Kept without a date, so that what it governs is not dated by another expression.
        out.put(t, null);
        continue;
      }
      PartialDate d = EventDater.resolve(t, following, anchor, published);
      if (d == null
          && anchor == null
          && published == null
          && t.value() != null
          && t.value().startsWith("XXXX-")) {
        // a year-less date before any dated one, in an undated report: the year closest to the
        // latest date the report states, its best stand-in for "now"
        d = EventDater.resolve(t, following, latestStated(ctx), null);
      }
      if (d == null) {
        continue;
      }
      boolean statesYear = t.text().matches("(?s).*\\d{4}.*");
      if (!statesYear
          && anchor != null
          && d.month() != null
          && MONTH_NAME.matcher(t.text()).find()
          && !RELATIVE.matcher(t.text()).find()) {
        PartialDate closest = EventDater.closestYear(d.month(), d.day(), anchor);
        d = closest != null ? closest : d;
      }
      if (published != null
          && !statesYear
          && d.firstDay().isAfter(published.lastDay())
          && d.precision() != PartialDate.Precision.YEAR
          && MONTH_NAME.matcher(t.text()).find()
          && !RELATIVE.matcher(t.text()).find()) {
        d = EventDater.withYear(d, d.year() - 1);
        if (d == null) {
          continue;
        }
      }
      out.put(t, d);
      if (d.precision() != PartialDate.Precision.YEAR) {
        anchor = d;
      }
    }
    return out;
  }
}
