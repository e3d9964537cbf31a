package org.dyad.nlp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Rules that resolve an expression from the ones around it once every value is normalised: a clock
 * time takes the day named after it, "the day before" a date is the day before it, an undated event
 * counts from the last date stated in full, a day listed after a date ("Nov. 4 and 5") takes its
 * month, "Easter week" is the week of Easter.
 */
final class TimexNeighbours {

  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");
  private static final Pattern CLOCK_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T.*)$");
  // What may stand between a clock time and the day it belongs to: "9:15 a.m. (0615 GMT) Monday".
  private static final Pattern CLOCK_GAP =
      Pattern.compile("(?:[\\s(),]|\\b(?:on|local time|[A-Z]{2,4})\\b)*");
  // A month name and a day, or a numeric date.
  private static final String DATE_IN_FULL =
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b"
          + "|\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{1,4}[-/]\\d{1,2}"
          + "[-/]\\d{1,4}";
  private static final Pattern NAMES_A_DAY =
      Pattern.compile(
          "(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday"
              + "|tonight)\\b|"
              + DATE_IN_FULL);
  private static final int CLOCK_REACH = 30;
  // A verb in the past tense that tells an event, and the word after it ("shot to").
  private static final Pattern TOLD_VERB =
      Pattern.compile(
          "(?i)\\b(?!(?:was|were|had|did|said|told|need|indeed|speed|united|hundred)\\b)"
              + "(\\w{3,}ed|shot|struck|hit|fled|fell|died|broke|caught|fought|met|left|held|led|sent"
              + "|began|came|went|took|made|won|lost)\\s+(\\w+)");
  private static final Pattern OVERNIGHT = Pattern.compile("(?i)overnight");
  private static final Pattern MILITARY_TIME = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
  private static final Pattern ZONE_AFTER = Pattern.compile("\\s*(?:GMT|UTC)\\b");
  private static final Pattern DAY_BEFORE = Pattern.compile("(?i)\\b(?:the )?day (before|after) $");
  private static final Pattern LEADING_BEFORE = Pattern.compile("(?i)^(before|after) ");
  private static final Pattern LAST_WEEKDAY =
      Pattern.compile("(?i)^last ((?:mon|tues|wednes|thurs|fri|satur|sun)day)$");
  // "and 25" after a date, unless a noun follows the number ("and 5 percent", "and 12 others").
  private static final Pattern LISTED_DAY =
      Pattern.compile(
          "^(\\s*(?:,\\s*)?(?:and|or|to|through|,)\\s+)(\\d{1,2})\\b(?![-/.:,]?\\d|\\s*%)"
              + "(?=\\s*(?:$|[^\\w\\s]|(?:in|at|on|to|for|with|and|or|when|as|after|before|during"
              + "|this|last|next|of)\\b))");
  private static final Pattern ENDS_IN_DAY_NUMBER = Pattern.compile("\\b\\d{1,2}$");
  private static final Pattern THE_DAY = Pattern.compile("(?i)(?:the )?day");
  private static final Pattern EVENT_AFTER = Pattern.compile("(?i)\\s+(after|before)\\s+");
  private static final Pattern COUNTED_DAYS =
      Pattern.compile("(?i)(" + DurationValues.AMOUNT + ")\\s+(days?|weeks?)");
  private static final Pattern THE_UNITS = Pattern.compile("(?i)(?:the )?(?:days|weeks)");
  private static final Pattern IN_BEFORE =
      Pattern.compile("(?i)\\b(?:in|during|within) (?:the )?$");
  private static final Pattern STATED_DATE = Pattern.compile("(?i)" + DATE_IN_FULL);
  private static final Pattern HOLIDAY_WEEK = Pattern.compile("^\\s+week\\b");

  private TimexNeighbours() {}

  /**
   * A clock time whose own words name no day ("9:15 a.m.") takes the day of the expression that
   * follows it in the clause ("(0615 GMT) Monday"), not the document's; without one, in a
   * past-tense clause, the earlier day the text last named.
   */
  static List<TimeExpression> clockDays(
      String text, List<TimeExpression> sorted, LocalDate documentDate) {
    List<TimeExpression> out = new ArrayList<>(sorted);
    for (int i = 0; i < out.size() && documentDate != null; i++) {
      // "0615 GMT" is a time of day, not a year.
      TimeExpression t = out.get(i);
      Matcher hhmm = MILITARY_TIME.matcher(t.text());
      if (hhmm.matches()
          && ZONE_AFTER.matcher(text.substring(t.span().end())).lookingAt()
          && t.text().equals(t.value())) {
        out.set(
            i, with(t, t.span(), "TIME", documentDate + "T" + hhmm.group(1) + ":" + hhmm.group(2)));
      }
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      TimeExpression t = out.get(i);
      Matcher clock = t.value() == null ? null : CLOCK_VALUE.matcher(t.value());
      if (clock == null || !clock.matches() || NAMES_A_DAY.matcher(t.text()).find()) {
        continue;
      }
      int at = t.span().end();
      for (int j = i + 1; j < out.size(); j++) {
        TimeExpression n = out.get(j);
        if (n.span().start() - t.span().end() > CLOCK_REACH
            || !CLOCK_GAP.matcher(text.substring(at, n.span().start())).matches()) {
          break;
        }
        Matcher day = n.value() == null ? null : DAY_VALUE.matcher(n.value());
        if (day != null && day.matches() && NAMES_A_DAY.matcher(n.text()).find()) {
          out.set(i, with(t, t.span(), t.type(), day.group(1) + clock.group(1)));
          break;
        }
        at = n.span().end();
      }
    }
    // A clock time left on the document date in a past-tense clause ("was shot at 10 p.m.")
    // belongs to the day the text last named, when that is an earlier day; "overnight" is the
    // night before that day.
    String lastDay = null;
    for (int i = 0; i < out.size() && documentDate != null; i++) {
      TimeExpression t = out.get(i);
      Matcher clock = t.value() == null ? null : CLOCK_VALUE.matcher(t.value());
      if (clock != null
          && clock.matches()
          && t.value().startsWith(documentDate + "T")
          && !NAMES_A_DAY.matcher(t.text()).find()
          && ClauseTense.of(text, t.span().start(), t.span().end(), true)
              == ClauseTense.Tense.PAST) {
        if (OVERNIGHT.matcher(t.text()).matches()) {
          LocalDate day = lastDay != null ? LocalDate.parse(lastDay) : documentDate;
          out.set(i, with(t, t.span(), t.type(), day.minusDays(1) + "TNI"));
        } else {
          String told = toldDay(text, out, i, documentDate);
          String day = told != null ? told : lastDay;
          if (day != null) {
            out.set(i, with(t, t.span(), t.type(), day + clock.group(1)));
          }
        }
      }
      Matcher day = t.value() == null ? null : DAY_VALUE.matcher(t.value());
      if (day != null && day.matches() && day.group(2).isEmpty()) {
        lastDay = day.group(1).compareTo(documentDate.toString()) < 0 ? day.group(1) : null;
      }
    }
    return out;
  }

  /**
   * "the day before" a date is the day before it ("the day before last Friday"), and "last Tuesday"
   * the latest Tuesday before the document date.
   */
  static List<TimeExpression> dayBefore(
      String text, List<TimeExpression> sorted, LocalDate documentDate) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : sorted) {
      int start = t.span().start();
      String s = t.text();
      String value = t.value();
      Matcher lead = LEADING_BEFORE.matcher(s);
      if (lead.find()) {
        // The tagger joined "before" to a date the day before which is meant.
        Matcher last = LAST_WEEKDAY.matcher(s.substring(lead.end()));
        if (last.matches()
            && documentDate != null
            && DAY_BEFORE
                .matcher(text.substring(Math.max(0, start - 8), start + lead.end()))
                .find()) {
          start += lead.end();
          value =
              documentDate
                  .with(
                      java.time.temporal.TemporalAdjusters.previous(
                          TimexNormalizer.dayOf(last.group(1).toLowerCase(Locale.ROOT))))
                  .toString();
        }
      }
      Matcher d = value == null ? null : DAY_VALUE.matcher(value);
      Matcher before = DAY_BEFORE.matcher(text.substring(Math.max(0, start - 16), start));
      LocalDate day = d != null && d.matches() ? parse(d.group(1)) : null;
      if (day != null && before.find() && !s.toLowerCase(Locale.ROOT).startsWith("the day")) {
        int from = Math.max(0, start - 16) + before.start();
        LocalDate shifted =
            before.group(1).equalsIgnoreCase("before") ? day.minusDays(1) : day.plusDays(1);
        out.add(with(text, new Span(from, t.span().end()), t.type(), shifted + d.group(2)));
      } else if (start != t.span().start()) {
        out.add(with(text, new Span(start, t.span().end()), t.type(), value));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Expressions anchored to an event the text gives no date for count from the story's background
   * event, dated by the first date the text stated in full: "the day after the fire" is the day
   * after it, "in the weeks before the attack" its month, and a clock time told with "ten days
   * before the shooting" falls on the day ten days before it. An apposition ("Oct. 2, the day
   * before ...") is left to the date it follows.
   */
  static List<TimeExpression> eventAnchored(String text, List<TimeExpression> sorted) {
    List<TimeExpression> out = new ArrayList<>();
    LocalDate first = null;
    for (TimeExpression e : sorted) {
      TimeExpression t = e;
      Matcher after = EVENT_AFTER.matcher(text.substring(e.span().end()));
      String before = text.substring(Math.max(0, e.span().start() - 3), e.span().start());
      boolean anchored =
          first != null
              && after.lookingAt()
              && !before.contains(",")
              && sorted.stream().noneMatch(o -> o.span().start() == e.span().end() + after.end());
      boolean earlier = anchored && after.group(1).equalsIgnoreCase("before");
      Matcher counted = COUNTED_DAYS.matcher(e.text());
      if (anchored && THE_DAY.matcher(e.text()).matches()) {
        LocalDate day = earlier ? first.minusDays(1) : first.plusDays(1);
        t = new TimeExpression(e.span(), e.text(), "DATE", day.toString());
      } else if (anchored
          && THE_UNITS.matcher(e.text()).matches()
          && IN_BEFORE
              .matcher(text.substring(Math.max(0, e.span().start() - 8), e.span().start()))
              .find()) {
        t = new TimeExpression(e.span(), e.text(), "DATE", first.toString().substring(0, 7));
      } else if (anchored && counted.matches() && !out.isEmpty()) {
        // "at 6 a.m. near the house 10 days before the murder": the clock time is on that day.
        TimeExpression clock = out.get(out.size() - 1);
        Matcher c = clock.value() == null ? null : CLOCK_VALUE.matcher(clock.value());
        String gap = text.substring(clock.span().end(), e.span().start());
        long n = Math.round(DurationValues.amount(counted.group(1)));
        boolean weeks = counted.group(2).toLowerCase(Locale.ROOT).startsWith("week");
        if (c != null
            && c.matches()
            && !NAMES_A_DAY.matcher(clock.text()).find()
            && gap.length() <= CLOCK_REACH
            && oneSentence(text, clock.span().end() - 1, e.span().start())
            && n > 0) {
          LocalDate day =
              earlier ? first.minusDays(weeks ? 7 * n : n) : first.plusDays(weeks ? 7 * n : n);
          out.set(out.size() - 1, with(clock, clock.span(), clock.type(), day + c.group(1)));
        }
      }
      Matcher d = t.value() == null ? null : DAY_VALUE.matcher(t.value());
      if (first == null && d != null && d.matches() && STATED_DATE.matcher(t.text()).find()) {
        first = parse(d.group(1));
      }
      out.add(t);
    }
    return out;
  }

  /**
   * The day of an earlier sentence that tells the event of the clock time {@code sorted[i]} with
   * the same verb and the word after it ("was shot to death last Oct. 23" for "was shot to death at
   * 10 p.m."), or null.
   */
  private static String toldDay(
      String text, List<TimeExpression> sorted, int i, LocalDate documentDate) {
    TimeExpression t = sorted.get(i);
    int from = ClauseTense.sentenceStart(text, t.span().start());
    Matcher v = TOLD_VERB.matcher(text).region(from, t.span().start());
    String phrase = null;
    while (v.find()) {
      phrase = v.group(1) + " " + v.group(2);
    }
    if (phrase == null) {
      return null;
    }
    Pattern same =
        Pattern.compile("(?i)\\b" + Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q") + "\\b");
    for (int j = i - 1; j >= 0; j--) {
      TimeExpression e = sorted.get(j);
      Matcher d = e.value() == null ? null : DAY_VALUE.matcher(e.value());
      if (d == null
          || !d.matches()
          || !d.group(2).isEmpty()
          || d.group(1).compareTo(documentDate.toString()) >= 0
          || ClauseTense.sentenceStart(text, e.span().start()) == from) {
        continue;
      }
      if (same.matcher(ClauseTense.sentenceAround(text, e.span().start(), e.span().end())).find()) {
        return d.group(1);
      }
    }
    return null;
  }

  /**
   * Whether no sentence ends in {@code text[from, to)}: no line break, and no full stop followed by
   * a capital ("6 a.m. near" goes on, "6 a.m. Three" does not).
   */
  private static boolean oneSentence(String text, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
      if (ClauseTense.sentenceEnd(text, i)) {
        int j = i + 1;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j >= text.length() || !Character.isLowerCase(text.charAt(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A day number listed after a date ("Nov. 4 and 5") is a date in the same month. */
  static List<TimeExpression> listedDays(String text, List<TimeExpression> sorted) {
    List<TimeExpression> out = new ArrayList<>(sorted);
    for (TimeExpression t : sorted) {
      Matcher d = t.value() == null ? null : DAY_VALUE.matcher(t.value());
      if (d == null || !d.matches() || !d.group(2).isEmpty()) {
        continue;
      }
      if (!ENDS_IN_DAY_NUMBER.matcher(t.text()).find()) {
        continue;
      }
      Matcher m = LISTED_DAY.matcher(text.substring(t.span().end()));
      if (!m.lookingAt()) {
        continue;
      }
      int n = Integer.parseInt(m.group(2));
      LocalDate first = parse(d.group(1));
      Span span = new Span(t.span().end() + m.start(2), t.span().end() + m.end(2));
      if (first == null
          || n <= first.getDayOfMonth()
          || n > first.lengthOfMonth()
          || sorted.stream().anyMatch(o -> o.span().overlaps(span))) {
        continue;
      }
      out.add(with(text, span, "DATE", first.withDayOfMonth(n).toString()));
    }
    out.sort(Comparator.comparing(TimeExpression::span));
    return out;
  }

  /** "Easter week": a holiday followed by "week" is the calendar week that holds it. */
  static List<TimeExpression> holidayWeeks(String text, List<TimeExpression> sorted) {
    List<TimeExpression> out = new ArrayList<>(sorted);
    for (TimeExpression t : sorted) {
      Matcher d = t.value() == null ? null : DAY_VALUE.matcher(t.value());
      Matcher w = HOLIDAY_WEEK.matcher(text.substring(t.span().end()));
      if (d == null
          || !d.matches()
          || !d.group(2).isEmpty()
          || !TimexNormalizer.HOLIDAY.matcher(t.text()).find()
          || !w.lookingAt()) {
        continue;
      }
      LocalDate day = parse(d.group(1));
      if (day == null) {
        continue;
      }
      Span span = new Span(t.span().start(), t.span().end() + w.end());
      out.removeIf(o -> o.span().overlaps(span));
      out.add(with(text, span, "DATE", TimexNormalizer.isoWeek(day)));
    }
    out.sort(Comparator.comparing(TimeExpression::span));
    return out;
  }

  private static LocalDate parse(String day) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static TimeExpression with(TimeExpression t, Span span, String type, String value) {
    return new TimeExpression(span, t.text(), type, value);
  }

  private static TimeExpression with(String text, Span span, String type, String value) {
    return new TimeExpression(span, span.of(text), type, value);
  }
}
