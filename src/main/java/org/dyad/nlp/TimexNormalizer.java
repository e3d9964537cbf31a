package org.dyad.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/**
 * Post-processing of tagged time expressions towards TimeML conventions: words that are not time
 * references ("once", "6-year-old", "quarterly") are dropped; "five months ago" keeps month
 * precision; decades and centuries use truncated values ("199" for the 1990s); bare weekdays and
 * "last May" resolve to the past unless the sentence speaks of the future.
 */
public final class TimexNormalizer {

  private static final Pattern NOT_A_TIME =
      Pattern.compile(
          "(?i)^(once|previously|recently|currently|current|present|future|the future|daily|"
              + "weekly|monthly|quarterly|annual|annually|yearly|the sec|sec|time|day|days|"
              + "\\d+-(year|month|week|day)s?-old|\\d+ (years|months) old|jan|mar|may)$");
  private static final Pattern AGO =
      Pattern.compile(
          "(?i)\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|several|a few)"
              + "\\s+(day|week|month|quarter|year|decade)s?\\s+(ago|earlier|before|later|after)\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern LAST_MONTH_NAME =
      Pattern.compile(
          "(?i)^last\\s+(january|february|march|april|may|june|july|august|september|october|november|december)$");
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(will|shall|'ll|going to|expected to|scheduled|plans? to|due to|next|coming|upcoming|tomorrow)\\b");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");

  private TimexNormalizer() {}

  private static final Pattern OFFSET =
      Pattern.compile(
          "(?i)\\b(?:exactly |about |some |almost |nearly )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
              + "\\s+(day|week|month|year)s?\\s+(later|earlier)\\b");
  private static final java.util.Map<String, Integer> NUMBERS =
      java.util.Map.ofEntries(
          java.util.Map.entry("a", 1),
          java.util.Map.entry("an", 1),
          java.util.Map.entry("one", 1),
          java.util.Map.entry("two", 2),
          java.util.Map.entry("three", 3),
          java.util.Map.entry("four", 4),
          java.util.Map.entry("five", 5),
          java.util.Map.entry("six", 6),
          java.util.Map.entry("seven", 7),
          java.util.Map.entry("eight", 8),
          java.util.Map.entry("nine", 9),
          java.util.Map.entry("ten", 10));

  /** The expressions of a text, normalised; {@code documentDate} may be null. */
  public static List<TimeExpression> normalize(
      List<TimeExpression> timexes, String text, PartialDate documentDate) {
    List<TimeExpression> out = new ArrayList<>();
    timexes = withOffsets(timexes, text);
    for (TimeExpression t : timexes) {
      String surface = t.text().strip();
      if (NOT_A_TIME.matcher(surface).matches()
          || surface.equals("SEC")
          || t.value() == null
          || t.value().isEmpty()) {
        continue;
      }
      out.add(new TimeExpression(t.span(), t.text(), t.type(), value(t, text, documentDate)));
    }
    return out;
  }

  /**
   * Adds relative offsets the tagger left out ("a week later", "exactly one year later") as
   * durations, which event dating counts from the narrative's last date.
   */
  static List<TimeExpression> withOffsets(List<TimeExpression> timexes, String text) {
    List<TimeExpression> all = new ArrayList<>(timexes);
    Matcher m = OFFSET.matcher(text);
    while (m.find()) {
      org.dyad.model.Span span = new org.dyad.model.Span(m.start(), m.end());
      if (timexes.stream()
          .anyMatch(t -> t.span().overlaps(span) && t.value() != null && !t.value().isEmpty())) {
        continue;
      }
      all.removeIf(t -> t.span().overlaps(span));
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
      String unit = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT);
      all.add(new TimeExpression(span, m.group(), "DURATION", "P" + count + unit));
    }
    all.sort(java.util.Comparator.comparing(TimeExpression::span));
    return all;
  }

  static String value(TimeExpression t, String text, PartialDate dct) {
    String v = t.value();
    String surface = t.text();
    if (v.matches("\\d{3}X")) {
      return v.substring(0, 3);
    }
    if (v.matches("\\d{2}XX")) {
      return v.substring(0, 2);
    }
    Matcher day = DAY_VALUE.matcher(v);
    if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
      return v;
    }
    Matcher ago = AGO.matcher(surface);
    if (ago.find() && day.matches()) {
      LocalDate d = LocalDate.parse(day.group(1));
      return switch (ago.group(1).toLowerCase(Locale.ROOT)) {
        case "year", "decade" -> Integer.toString(d.getYear());
        case "quarter" -> d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
        case "month" -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
        case "week" ->
            String.format(
                "%04d-W%02d",
                d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        default -> v;
      };
    }
    if (dct == null || dct.precision() != PartialDate.Precision.DAY) {
      return v;
    }
    LocalDate ref = dct.firstDay();
    Matcher lastMonth = LAST_MONTH_NAME.matcher(surface.strip());
    if (lastMonth.matches() && v.matches("\\d{4}-\\d{2}")) {
      int month = Integer.parseInt(v.substring(5, 7));
      int year = month < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
      return String.format("%04d-%02d", year, month);
    }
    Matcher weekday = WEEKDAY.matcher(surface);
    if (weekday.find()
        && day.matches()
        && !surface.matches("(?i).*\\b(next|this|last|coming)\\b.*")) {
      DayOfWeek dow = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
      boolean future = FUTURE.matcher(sentenceAround(text, t)).find();
      LocalDate d = ref;
      if (future) {
        while (d.getDayOfWeek() != dow || d.isBefore(ref)) {
          d = d.plusDays(1);
        }
      } else {
        while (d.getDayOfWeek() != dow) {
          d = d.minusDays(1);
        }
      }
      return d + day.group(2);
    }
    return v;
  }

  private static String sentenceAround(String text, TimeExpression t) {
    int start = Math.max(0, t.span().start() - 200);
    int end = Math.min(text.length(), t.span().end() + 200);
    String window = text.substring(start, end);
    int rel = t.span().start() - start;
    int s = Math.max(window.lastIndexOf(". ", rel), window.lastIndexOf('\n', rel));
    int e = window.indexOf(". ", rel + t.text().length());
    return window.substring(s < 0 ? 0 : s, e < 0 ? window.length() : e);
  }
}
