package org.dyad.dictionary;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An actor code and the dates it applies to, both limits included: {@code [RUSGOV 000507-080507]},
 * {@code [USAELI <450703]} (up to), {@code [RUSGOV >080508]} or {@code [RUSGOV 080508]} (from), or
 * {@code [RUSELI]} (any date).
 *
 * @param from the first day it applies, or null for no lower limit
 * @param to the last day it applies, or null for no upper limit
 */
public record CodeRestriction(String code, LocalDate from, LocalDate to) {

  public CodeRestriction {
    if (code == null || !code.matches("[A-Z0-9]{2,30}")) {
      throw new IllegalArgumentException(
          "code must be upper-case letters and digits: '" + code + "'");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("restriction ends before it starts: " + from + "-" + to);
    }
  }

  /** True when the code has no date limits. */
  public boolean undated() {
    return from == null && to == null;
  }

  /** True when the code applies on {@code date}. */
  public boolean appliesOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * Parses the inside of a bracket, "RUSGOV 000507-080507", "USAELI &lt;450703", "RUSGOV
   * &gt;080508" or "RUSELI"; dates are YYYYMMDD or YYMMDD (YY up to 30 is 20YY, else 19YY).
   *
   * @throws IllegalArgumentException naming the bad part
   */
  public static CodeRestriction parse(String bracket) {
    String[] parts = bracket.strip().split("\\s+", 2);
    String code = parts[0].toUpperCase(java.util.Locale.ROOT);
    if (parts.length == 1) {
      return new CodeRestriction(code, null, null);
    }
    String dates = parts[1].replace(" ", "");
    if (dates.startsWith("<")) {
      return new CodeRestriction(code, null, date(dates.substring(1)));
    }
    if (dates.startsWith(">")) {
      return new CodeRestriction(code, date(dates.substring(1)), null);
    }
    int dash = dates.indexOf('-');
    if (dash < 0) {
      return new CodeRestriction(code, date(dates), null);
    }
    return new CodeRestriction(
        code, date(dates.substring(0, dash)), date(dates.substring(dash + 1)));
  }

  /**
   * A YYYYMMDD or YYMMDD date; as in PETRARCH, up to 7 digits are read as YYMMDD and more as
   * YYYYMMDD, extra digits ignored.
   */
  static LocalDate date(String s) {
    if (!s.matches("\\d{6,}")) {
      throw new IllegalArgumentException("date must be YYYYMMDD or YYMMDD: '" + s + "'");
    }
    s = s.length() <= 7 ? s.substring(0, 6) : s.substring(0, 8);
    int year;
    String rest;
    if (s.length() == 8) {
      year = Integer.parseInt(s.substring(0, 4));
      rest = s.substring(4);
    } else {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = s.substring(2);
    }
    try {
      return LocalDate.of(
          year, Integer.parseInt(rest.substring(0, 2)), Integer.parseInt(rest.substring(2)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: '" + s + "'", e);
    }
  }

  @Override
  public String toString() {
    if (undated()) {
      return "[" + code + "]";
    }
    if (from == null) {
      return "[" + code + " <" + to + "]";
    }
    if (to == null) {
      return "[" + code + " >" + from + "]";
    }
    return "[" + code + " " + from + "-" + to + "]";
  }
}
