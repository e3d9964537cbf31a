package org.dyad.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TIMEX3 duration values of written amounts of time: "2 1/2 years" is P2Y6M. */
final class DurationValues {

  /** Words and numerals that can make up an amount, for patterns that look for one. */
  static final String AMOUNT =
      "(?:\\d[\\d,]*(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
          + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
          + "|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven"
          + "|eight|nine|hundred|thousand))*";

  /** Units of time, singular or plural. */
  static final String UNIT = "(?:second|minute|hour|day|week|month|year|decade|century|centurie)s?";

  private static final Pattern HALF = Pattern.compile("(?i)\\s*(?:1/2|\u00bd|and a half)$");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  private DurationValues() {}

  /**
   * The amount named by {@code words} ("twenty four", "2 1/2", "four and a half", "1,000"), or NaN
   * when it is not a number.
   */
  static double amount(String words) {
    if (words == null) {
      throw new IllegalArgumentException("words must not be null");
    }
    String s = words.strip().toLowerCase(Locale.ROOT);
    double half = 0;
    Matcher h = HALF.matcher(s);
    if (h.find()) {
      half = 0.5;
      s = s.substring(0, h.start()).strip();
    }
    if (s.isEmpty()) {
      return Double.NaN;
    }
    if (DIGITS.matcher(s).matches()) {
      return Double.parseDouble(s.replace(",", "")) + half;
    }
    long total = 0;
    long group = 0;
    for (String w : s.split("[- ]+")) {
      // "a" and "an" count one: "a year and a half".
      Integer n = w.equals("a") || w.equals("an") ? Integer.valueOf(1) : NumberWords.value(w);
      if (n == null) {
        return Double.NaN;
      }
      if (n == 100) {
        group = Math.max(1, group) * 100;
      } else if (n == 1000) {
        total += Math.max(1, group) * 1000;
        group = 0;
      } else {
        group += n;
      }
    }
    return total + group + half;
  }

  /**
   * The TIMEX3 value of {@code amount} of {@code unit} ("P2Y6M" for 2.5 years), or null when the
   * unit is unknown or a fraction of it has no whole number of smaller units.
   */
  static String of(double amount, String unit) {
    if (unit == null || Double.isNaN(amount) || amount <= 0) {
      return null;
    }
    String u = unit.toLowerCase(Locale.ROOT).replaceAll("(ies|s)$", "");
    return switch (u) {
      case "second" -> whole(amount, "S", true, null, 0);
      case "minute" -> whole(amount, "M", true, "S", 60);
      case "hour" -> whole(amount, "H", true, "M", 60);
      case "day" -> whole(amount, "D", false, "TH", 24);
      case "week" -> whole(amount, "W", false, "D", 7);
      case "month" -> whole(amount, "M", false, null, 0);
      case "year" -> whole(amount, "Y", false, "M", 12);
      case "decade" -> whole(amount * 10, "Y", false, "M", 12);
      case "centur" -> whole(amount * 100, "Y", false, "M", 12);
      default -> null;
    };
  }

  /** The value of {@code words} ("two", "2 1/2") of {@code unit}, or null. */
  static String of(String words, String unit) {
    return of(amount(words), unit);
  }

  private static String whole(double amount, String code, boolean time, String less, int per) {
    long n = (long) Math.floor(amount);
    double rest = (amount - n) * per;
    if (amount - n > 1e-9 && (less == null || Math.abs(rest - Math.rint(rest)) > 1e-9)) {
      return null;
    }
    StringBuilder v = new StringBuilder(time ? "PT" : "P");
    if (n > 0) {
      v.append(n).append(code);
    }
    long r = Math.round(rest);
    if (r > 0) {
      if (less.startsWith("T")) {
        v.append("T").append(r).append(less.substring(1));
      } else {
        v.append(r).append(less);
      }
    }
    return v.toString();
  }

  private static final Pattern QUARTERS =
      Pattern.compile("(?i)\\bquarters?\\b(?![- ]?(?:century|centuries|hour|mile|of|to|final))");
  private static final Pattern MONTHS_VALUE = Pattern.compile("^P(\\d+|X)M$");

  /**
   * The value of a duration or rate counted in quarters in TimeML's quarter unit: "two quarters" is
   * P2Q, not P6M, and "every quarter" P1Q; any other value is returned as it is.
   */
  static String inQuarters(String words, String value) {
    if (value == null || !QUARTERS.matcher(words).find()) {
      return value;
    }
    Matcher m = MONTHS_VALUE.matcher(value);
    if (!m.matches()) {
      return value;
    }
    if (m.group(1).equals("X")) {
      return "PXQ";
    }
    int months = Integer.parseInt(m.group(1));
    return months % 3 == 0 ? "P" + months / 3 + "Q" : value;
  }
}
