package org.dyad.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar date known to year, month or day precision; never padded to a finer precision. */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precisely a date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be in 1..9999: " + year);
    }
    if (month == null && day != null) {
      throw new IllegalArgumentException("day given without month: day=" + day);
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month must be in 1..12: " + month);
    }
    if (day != null) {
      if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
        throw new IllegalArgumentException(
            "day " + day + " does not exist in " + year + "-" + String.format("%02d", month));
      }
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static PartialDate parse(String iso) {
    if (iso == null) {
      throw new IllegalArgumentException("iso date must not be null");
    }
    Matcher m = ISO.matcher(iso.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO year, month or day: '" + iso + "'");
    }
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return new PartialDate(Integer.parseInt(m.group(1)), month, day);
  }

  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date can denote, for ordering and arithmetic. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day this date can denote. */
  public LocalDate lastDay() {
    if (day != null) {
      return firstDay();
    }
    if (month != null) {
      return firstDay().withDayOfMonth(firstDay().lengthOfMonth());
    }
    return LocalDate.of(year, 12, 31);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = firstDay().compareTo(o.firstDay());
    return c != 0 ? c : precision().compareTo(o.precision());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format("%04d", year));
    if (month != null) {
      s.append(String.format("-%02d", month));
    }
    if (day != null) {
      s.append(String.format("-%02d", day));
    }
    return s.toString();
  }
}
