package org.dyad.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Months and weeks ({@code 2025-06}, {@code 2025-W26}) written for readers ("June 2025"). */
public final class Months {

  private Months() {}

  /** "June 2025" for {@code 2025-06}; a week key is returned as it is. */
  public static String label(String period) {
    if (period == null) {
      throw new IllegalArgumentException("period must not be null");
    }
    if (!period.matches("\\d{4}-\\d{2}")) {
      return period;
    }
    YearMonth m = YearMonth.parse(period);
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
  }

  /** "Jun" for {@code 2025-06}. */
  public static String shortName(String period) {
    return YearMonth.parse(period).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** A span of periods: "June 2025", "May to July 2025", "December 2024 to February 2025". */
  public static String range(String from, String to) {
    if (from.equals(to)) {
      return label(from);
    }
    if (from.matches("\\d{4}-\\d{2}")
        && to.matches("\\d{4}-\\d{2}")
        && from.substring(0, 4).equals(to.substring(0, 4))) {
      String first = label(from);
      return first.substring(0, first.lastIndexOf(' ')) + " to " + label(to);
    }
    return label(from) + " to " + label(to);
  }
}
