package org.dyad.extract.event;

import java.util.Map;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.PartialDate;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * When a statement was made: the date of its attribution ("said on Tuesday"), never one inside the
 * quoted words, or the report's own date when it is told as news of the day.
 */
final class StatementTimes {

  /** Words that move a statement away from the time of the report ("earlier", "last year"). */
  private static final java.util.regex.Pattern TIME_SHIFT =
      java.util.regex.Pattern.compile(
          "(?i)\\b(earlier|previously|in the past|once|long|repeatedly|had (?:said|told|stated))\\b");

  private StatementTimes() {}

  /**
   * The time expression of the attribution: a month- or day-precise date in the attributing
   * sentence outside the quoted words, the one the cue verb governs first ("what they did on Monday
   * was theft, he said on Wednesday" is Wednesday's statement), else the first.
   *
   * @param cue the cue verb's token in {@code g}, or -1
   */
  static TimeExpression attributionDate(
      ArticleContext ctx,
      SentenceGraph g,
      int cue,
      Span quote,
      boolean direct,
      Map<TimeExpression, PartialDate> dates) {
    Span sentence = g.sentence().span();
    TimeExpression first = null;
    for (TimeExpression t : ctx.timexesWithin(sentence)) {
      PartialDate d = dates.get(t);
      if (sentence.contains(t.span())
          && !quoted(ctx.text(), quote, direct, t.span())
          && d != null
          && d.precision() != PartialDate.Precision.YEAR) {
        if (cue >= 0 && governingVerb(g, t.span()) == cue) {
          return t;
        }
        first = first == null ? t : first;
      }
    }
    return first;
  }

  /** The nearest verb above the words of a span, or -1. */
  private static int governingVerb(SentenceGraph g, Span span) {
    for (int t = 0; t < g.size(); t++) {
      if (!span.contains(g.token(t).span())) {
        continue;
      }
      int h = g.head(t);
      while (h >= 0 && span.contains(g.token(h).span())) {
        h = g.head(h);
      }
      if (h < 0) {
        continue;
      }
      for (int hops = 0; h >= 0 && hops < 3; h = g.head(h), hops++) {
        if (g.pos(h).startsWith("VB")) {
          return h;
        }
      }
    }
    return -1;
  }

  /**
   * True when a span lies within a quote's own words: anywhere in reported speech, and inside the
   * quotation marks of a direct quote whose span also covers its attribution ("“A,” she said on
   * Monday. “B.”").
   */
  static boolean quoted(String text, Span quote, boolean direct, Span span) {
    if (!quote.contains(span)) {
      return false;
    }
    if (!direct) {
      return true;
    }
    boolean inside = true;
    for (int i = quote.start(); i < span.start(); i++) {
      char c = text.charAt(i);
      if (c == '\u201d' || c == '\u00bb') {
        inside = false;
      } else if (c == '\u201c' || c == '\u00ab') {
        inside = true;
      } else if (c == '"') {
        inside = !inside;
      }
    }
    return inside;
  }

  /**
   * True when a statement is told as news of the day: no time expression outside the quoted words
   * in its sentence, no word moving it into the past, and its cue not in the past perfect.
   */
  static boolean reportedNow(ArticleContext ctx, SentenceGraph g, int cue, Quote q) {
    Span sentence = g.sentence().span();
    for (TimeExpression t : ctx.timexesWithin(sentence)) {
      if (sentence.contains(t.span()) && !quoted(ctx.text(), q.span(), q.direct(), t.span())) {
        return false;
      }
    }
    String outside =
        ctx.text()
                .substring(
                    sentence.start(),
                    Math.max(sentence.start(), Math.min(sentence.end(), q.span().start())))
            + " "
            + ctx.text()
                .substring(
                    Math.min(sentence.end(), Math.max(sentence.start(), q.span().end())),
                    sentence.end());
    if (TIME_SHIFT.matcher(outside).find()) {
      return false;
    }
    if (cue >= 0) {
      for (int a : g.children(cue, "aux")) {
        if (g.lemma(a).equals("have") && g.pos(a).equals("VBD")) {
          return false;
        }
      }
    }
    return true;
  }
}
