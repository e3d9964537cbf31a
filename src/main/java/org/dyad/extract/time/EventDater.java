package org.dyad.extract.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/**
 * Turns a time expression into an event date, keeping the precision the text gives: absolute values
 * as they are, year-less ones ("on May 5" in an undated article) completed from the nearest dated
 * context, and relative offsets ("a week later") counted from that context.
 */
public final class EventDater {

  /** A time of day whose value names its day: "2024-02-13TMO", "XXXX-02-13T10:00". */
  private static final Pattern TIME_ON_DAY = Pattern.compile("((?:\\d{4}|XXXX)-\\d{2}-\\d{2})T.*");

  private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMY])");
  private static final Pattern LATER = Pattern.compile("^\\s*(later|afterwards)\\b");
  private static final Pattern EARLIER = Pattern.compile("^\\s*(earlier)\\b");

  private EventDater() {}

  /**
   * The date a time expression gives an event.
   *
   * @param following the text right after the expression ("later" in "a week later")
   * @param anchor the most recent date the narrative established before it, or null
   * @param published the article's publication date, or null
   * @return the date, or null when the expression gives none (durations, "now")
   */
  public static PartialDate resolve(
      TimeExpression t, String following, PartialDate anchor, PartialDate published) {
    if (t.value() != null && "TIME".equals(t.type())) {
      // a time of day on a day ("the morning of February 13", "tonight"): that day
      Matcher day = TIME_ON_DAY.matcher(t.value());
      return day.matches()
          ? resolve(
              new TimeExpression(t.span(), t.text(), "DATE", day.group(1)),
              following,
              anchor,
              published)
          : null;
    }
    if (t.value() == null || !"DATE".equals(t.type()) && !"DURATION".equals(t.type())) {
      return null;
    }
    String v = t.value();
    if ("DATE".equals(t.type())) {
      PartialDate d = t.date();
      if (d != null) {
        return d;
      }
      if (v.matches("\\d{4}-(SP|SU|FA|WI|H\\d|Q\\d).*")) {
        int year = Integer.parseInt(v.substring(0, 4));
        return inRange(year) ? PartialDate.ofYear(year) : null;
      }
      if (v.matches("\\d{4}-W\\d{2}.*")) {
        return null;
      }
      Matcher m = YEARLESS.matcher(v);
      if (m.matches()) {
        PartialDate ref = anchor != null ? anchor : published;
        if (ref == null) {
          return null;
        }
        int month = Integer.parseInt(m.group(1));
        Integer day = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return closestYear(month, day, ref);
      }
      return null;
    }
    Matcher d = DURATION.matcher(v);
    if (!d.matches() || anchor == null) {
      return null;
    }
    boolean fine = d.group(2).equals("D") || d.group(2).equals("W");
    if (fine && anchor.precision() != PartialDate.Precision.DAY) {
      return null;
    }
    String after = following == null ? "" : following.toLowerCase(Locale.ROOT);
    String own = t.text().toLowerCase(Locale.ROOT);
    if (own.matches(".*\\blater$")) {
      after = "later";
    } else if (own.matches(".*\\bearlier$")) {
      after = "earlier";
    }
    int sign = LATER.matcher(after).find() ? 1 : EARLIER.matcher(after).find() ? -1 : 0;
    if (sign == 0) {
      return null;
    }
    int n = Integer.parseInt(d.group(1)) * sign;
    Period p =
        switch (d.group(2)) {
          case "D" -> Period.ofDays(n);
          case "W" -> Period.ofWeeks(n);
          case "M" -> Period.ofMonths(n);
          default -> Period.ofYears(n);
        };
    LocalDate shifted = anchor.firstDay().plus(p);
    if (!inRange(shifted.getYear())) {
      return null;
    }
    return switch (anchor.precision()) {
      case DAY ->
          fine
              ? PartialDate.of(shifted)
              : PartialDate.ofMonth(shifted.getYear(), shifted.getMonthValue());
      case MONTH -> PartialDate.ofMonth(shifted.getYear(), shifted.getMonthValue());
      case YEAR -> PartialDate.ofYear(shifted.getYear());
    };
  }

  /** True for a year a date can have; any other ("0000-SU", ten thousand years on) is no date. */
  private static boolean inRange(int year) {
    return year >= 1 && year <= 9999;
  }

  /**
   * The same month and day in another year, or null when that date does not exist (February 29, a
   * year out of range).
   */
  public static PartialDate withYear(PartialDate d, int year) {
    if (!inRange(year)
        || d.day() != null && d.day() > java.time.YearMonth.of(year, d.month()).lengthOfMonth()) {
      return null;
    }
    return new PartialDate(year, d.month(), d.day());
  }

  /**
   * The year, among the reference year and its neighbours, that puts month/day closest to it, or
   * null when the day exists in none of them.
   */
  public static PartialDate closestYear(int month, Integer day, PartialDate ref) {
    PartialDate best = null;
    long bestGap = Long.MAX_VALUE;
    for (int y : List.of(ref.year(), ref.year() + 1, ref.year() - 1)) {
      if (!inRange(y)) {
        continue;
      }
      PartialDate candidate;
      try {
        candidate = day == null ? PartialDate.ofMonth(y, month) : new PartialDate(y, month, day);
      } catch (IllegalArgumentException e) {
        continue;
      }
      long gap = Math.abs(candidate.firstDay().toEpochDay() - ref.firstDay().toEpochDay());
      if (gap < bestGap) {
        best = candidate;
        bestGap = gap;
      }
    }
    return best;
  }
}
