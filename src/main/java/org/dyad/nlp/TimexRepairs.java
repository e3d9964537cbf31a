package org.dyad.nlp;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Repairs a tagger's expressions before normalisation: composites it joined are split apart and
 * expressions it missed inside one word are added, with values the normaliser's rules then finish.
 */
final class TimexRepairs {

  /** The value of "the day" in "Oct. 12, the day before": the date it follows, once resolved. */
  static final String SAME_DAY = "SAME_DAY";

  private static final Pattern COMPOSITE_PART =
      Pattern.compile(
          "(?i)(?:(?:more than|less than|about|nearly|almost|at least|over)\\s+)?"
              + "(?:(?<amount>"
              + DurationValues.AMOUNT
              + ")\\s+)?(?:(?:trading|business|working)\\s+)?"
              + "(?<unit>(?:second|minute|hour|day|week|month|year)s?)\\b"
              + "|(?<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?\\s+"
              + "(?<dom>\\d{1,2})\\b"
              + "|(?<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b"
              + "|(?<day>the day)\\b");
  private static final Pattern COMPOSITE_GLUE =
      Pattern.compile("(?i)[\\s,]*(?:\\b(?:on|after|before|since|until)\\b[\\s,]*)?");
  private static final Pattern MID =
      Pattern.compile(
          "(?i)\\bmid-(january|february|march|april|may|june|july|august|september|october"
              + "|november|december|\\d{4}|morning|afternoon|evening)\\b(?!-)");
  private static final Pattern PRE_POST_YEAR =
      Pattern.compile("(?i)\\b(?:pre|post)-(\\d{4})\\b(?!-)");
  private static final Pattern ENDS_IN_MONTH =
      Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?$");
  private static final Pattern DAY_AFTER_MONTH =
      Pattern.compile("^\\s+(\\d{1,2})\\b(?![-/.:,]?\\d|\\s*(?:%|percent))");
  private static final Pattern LASTING =
      Pattern.compile(
          "(?i)(?:\\b(" + DurationValues.AMOUNT + ")[- ])?\\b(" + DurationValues.UNIT + ")$");
  private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}-\\d{2}$");
  private static final Pattern VAGUE_UNITS =
      Pattern.compile("(?i)^(?:the )?(?:coming|next|following) (day|week|month|year|decade)s$");
  private static final int HOLIDAY_AHEAD_DAYS = 60;
  private static final Map<String, String> PART_OF_DAY =
      Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV");

  private TimexRepairs() {}

  /** Replaces composite expressions ("four hours Friday") by the expressions they join. */
  static void splitComposites(List<TimeExpression> sorted, PartialDate dct) {
    for (TimeExpression t : List.copyOf(sorted)) {
      if (t.value() == null || !(t.value().contains(" ") || t.value().contains("-WXX-"))) {
        continue;
      }
      List<TimeExpression> parts = new ArrayList<>();
      Matcher m = COMPOSITE_PART.matcher(t.text());
      int at = 0;
      boolean whole = true;
      while (m.find()) {
        if (!COMPOSITE_GLUE.matcher(t.text().substring(at, m.start())).matches()) {
          whole = false;
          break;
        }
        at = m.end();
        Span span = new Span(t.span().start() + m.start(), t.span().start() + m.end());
        String value = partValue(m, dct);
        String type = value.startsWith("P") ? "DURATION" : "DATE";
        parts.add(new TimeExpression(span, m.group(), type, value));
      }
      if (whole
          && parts.size() > 1
          && COMPOSITE_GLUE.matcher(t.text().substring(at)).matches()
          && sameDayFollowsADate(parts)) {
        sorted.remove(t);
        sorted.addAll(parts);
      }
    }
  }

  /** Whether every "the day" among {@code parts} follows a date it can stand for. */
  private static boolean sameDayFollowsADate(List<TimeExpression> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).value().equals(SAME_DAY)
          && (i == 0 || !parts.get(i - 1).type().equals("DATE"))) {
        return false;
      }
    }
    return true;
  }

  private static String partValue(Matcher m, PartialDate dct) {
    String year = dct == null ? "XXXX" : String.format(Locale.ROOT, "%04d", dct.year());
    if (m.group("unit") != null) {
      String v =
          m.group("amount") == null ? null : DurationValues.of(m.group("amount"), m.group("unit"));
      if (v == null) {
        String one = DurationValues.of(1, m.group("unit"));
        v = one == null ? "PXD" : one.replace("1", "X");
      }
      return v;
    } else if (m.group("month") != null) {
      return String.format(
          Locale.ROOT,
          "%s-%02d-%02d",
          year,
          monthNumber(m.group("month")),
          Integer.parseInt(m.group("dom")));
    } else if (m.group("weekday") != null) {
      // The coming such day; the weekday rule then gives it its direction.
      DayOfWeek w = TimexNormalizer.dayOf(m.group("weekday").toLowerCase(Locale.ROOT));
      return dct == null
          ? "XXXX-WXX-" + w.getValue()
          : dct.firstDay().with(TemporalAdjusters.nextOrSame(w)).toString();
    }
    return SAME_DAY;
  }

  /** Adds "mid-November", "mid-1996" and "mid-afternoon" where the tagger found nothing. */
  static void midPeriods(String text, List<TimeExpression> sorted, PartialDate dct) {
    Matcher m = MID.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (sorted.stream().anyMatch(t -> t.span().overlaps(span))) {
        continue;
      }
      String what = m.group(1).toLowerCase(Locale.ROOT);
      String day = dct == null ? "XXXX-XX-XX" : dct.firstDay().toString();
      if (what.matches("\\d{4}")) {
        sorted.add(new TimeExpression(span, m.group(), "DATE", what));
      } else if (PART_OF_DAY.containsKey(what)) {
        String part = PART_OF_DAY.get(what);
        // "mid-afternoon yesterday" is one expression, on the day that follows.
        TimeExpression next = null;
        for (TimeExpression t : sorted) {
          if (t.span().start() > m.end()
              && text.substring(m.end(), t.span().start()).isBlank()
              && t.value() != null
              && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
            next = t;
            break;
          }
        }
        if (next != null) {
          sorted.remove(next);
          Span both = new Span(m.start(), next.span().end());
          sorted.add(new TimeExpression(both, both.of(text), "TIME", next.value() + part));
        } else {
          sorted.add(new TimeExpression(span, m.group(), "TIME", day + part));
        }
      } else {
        String year = dct == null ? "XXXX" : String.format(Locale.ROOT, "%04d", dct.year());
        String value = String.format(Locale.ROOT, "%s-%02d", year, monthNumber(what));
        sorted.add(new TimeExpression(span, m.group(), "DATE", value));
      }
    }
  }

  /**
   * Adds the holidays of {@link HolidayRules} where the tagger found at most a word of the name:
   * the latest one up to the document date, or the coming one when it is near or the sentence
   * speaks of the future.
   */
  static void ruleHolidays(String text, List<TimeExpression> sorted, PartialDate dct) {
    if (dct == null || dct.precision() != PartialDate.Precision.DAY) {
      return;
    }
    java.time.LocalDate today = dct.firstDay();
    for (HolidayRules.Holiday h : HolidayRules.ALL) {
      Matcher m = h.name().matcher(text);
      while (m.find()) {
        Span span = new Span(m.start(), m.end());
        // A word of the name the tagger took alone ("Day" as a duration) gives way to it.
        if (sorted.stream().anyMatch(t -> t.span().overlaps(span) && !span.contains(t.span()))) {
          continue;
        }
        sorted.removeIf(t -> span.contains(t.span()));
        java.time.LocalDate day = h.in(today.getYear());
        if (day.isAfter(today.plusDays(HOLIDAY_AHEAD_DAYS))
            && ClauseTense.of(text, m.start(), m.end(), true) != ClauseTense.Tense.FUTURE) {
          day = h.in(today.getYear() - 1);
        }
        sorted.add(new TimeExpression(span, m.group(), "DATE", day.toString()));
      }
    }
  }

  /** Adds "post-1990" and "pre-1990" as the year they name where the tagger found nothing. */
  static void prePostYears(String text, List<TimeExpression> sorted) {
    Matcher m = PRE_POST_YEAR.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (sorted.stream().noneMatch(t -> t.span().overlaps(span))) {
        sorted.add(new TimeExpression(span, m.group(), "DATE", m.group(1)));
      }
    }
  }

  /**
   * Takes in the day the tagger left after a month ("last Oct." before "23") and gives vague spans
   * of units ("the coming years", which the tagger reads as a year) their duration value.
   */
  static void cutExpressions(String text, List<TimeExpression> sorted) {
    for (TimeExpression t : List.copyOf(sorted)) {
      if (t.value() == null) {
        continue;
      }
      Matcher lasting = LASTING.matcher(t.text());
      if (lasting.find() && text.startsWith("-long", t.span().end())) {
        // "a second day-long session": the adjective is a duration, the ordinal no part of it.
        Span span = new Span(t.span().start() + lasting.start(), t.span().end() + "-long".length());
        String unit = lasting.group(2);
        String amount = lasting.group(1);
        String one = DurationValues.of(1, unit);
        String value =
            amount != null
                ? DurationValues.of(amount, unit)
                : unit.toLowerCase(Locale.ROOT).endsWith("s") && one != null
                    ? one.replaceFirst("\\d+", "X")
                    : one;
        if (value != null) {
          sorted.set(sorted.indexOf(t), new TimeExpression(span, span.of(text), "DURATION", value));
        }
        continue;
      }
      Matcher vague = VAGUE_UNITS.matcher(t.text());
      if (vague.matches() && !t.value().startsWith("P")) {
        String one = DurationValues.of(1, vague.group(1));
        sorted.set(
            sorted.indexOf(t),
            new TimeExpression(t.span(), t.text(), "DURATION", one.replaceFirst("\\d+", "X")));
        continue;
      }
      Matcher day = DAY_AFTER_MONTH.matcher(text.substring(t.span().end()));
      if (!YEAR_MONTH.matcher(t.value()).matches()
          || !ENDS_IN_MONTH.matcher(t.text()).find()
          || !day.lookingAt()) {
        continue;
      }
      int n = Integer.parseInt(day.group(1));
      Span span = new Span(t.span().start(), t.span().end() + day.end());
      if (n < 1 || n > 31 || sorted.stream().anyMatch(o -> o != t && o.span().overlaps(span))) {
        continue;
      }
      sorted.set(
          sorted.indexOf(t),
          new TimeExpression(
              span, span.of(text), "DATE", String.format(Locale.ROOT, "%s-%02d", t.value(), n)));
    }
  }

  private static int monthNumber(String name) {
    String p = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(p)
        + 1;
  }
}
