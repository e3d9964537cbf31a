package org.dyad.ingest.dates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;

/**
 * Finds an article's publication date in its header lines: numeric stamps ("23.07.2025 10:29"), ISO
 * dates, datelines ("August 2, 2025 — Baku") and year-less page dates ("03 July") whose year is
 * inferred from the content and flagged. Dates inside body prose are event dates, not publication
 * dates, and an article that states none gets none.
 */
public final class DateFinder {

  /** A publication date with whether it was inferred and the line that gave it. */
  public record Found(PartialDate date, boolean inferred, int lineIndex, String evidence) {}

  /** How many leading lines count as the page header. */
  public static final int HEADER_LINES = 6;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern NUMERIC_DMY =
      Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?");
  private static final Pattern MDY =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DMY =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern YEARLESS_DM =
      Pattern.compile("^\\s*(\\d{1,2})\\s+" + MONTH + "(?=\\s|$|,)");
  private static final Pattern YEARLESS_MD =
      Pattern.compile("^\\s*" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?=\\s|$|,)");
  private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile("(?i)^\\s*(published|posted|updated|date|last updated)\\s*:?");

  private DateFinder() {}

  /**
   * The publication date stated in the header of a page, or inferred from a year-less header date.
   *
   * @param lines the page's lines, furniture included
   */
  public static Optional<Found> find(List<String> lines) {
    int nonEmpty = 0;
    for (int i = 0; i < lines.size() && nonEmpty < HEADER_LINES; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      nonEmpty++;
      if (!isDateLine(line)) {
        continue;
      }
      Optional<PartialDate> full = fullDate(line).filter(DateFinder::plausiblePublication);
      if (full.isPresent()) {
        return Optional.of(new Found(full.get(), false, i, line.strip()));
      }
    }
    nonEmpty = 0;
    for (int i = 0; i < lines.size() && nonEmpty < HEADER_LINES; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      nonEmpty++;
      Optional<int[]> dm = yearlessDate(line);
      if (dm.isPresent() && isDateLine(line)) {
        Optional<PartialDate> inferred = inferYear(dm.get()[0], dm.get()[1], lines, i);
        if (inferred.isPresent()) {
          return Optional.of(new Found(inferred.get(), true, i, line.strip()));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * True when a line is about dating the page: short, or a dateline/label, rather than prose that
   * mentions a date.
   */
  static boolean isDateLine(String line) {
    String s = line.strip();
    if (PUBLISHED_LABEL.matcher(s).find()) {
      return true;
    }
    int words = s.split("\\s+").length;
    return words <= 8 && !s.matches(".*[a-z]{2,}.*\\.$");
  }

  /**
   * A web page's publication date falls in the web era and not after next year; anything else in a
   * header line (a view counter such as "1841") is not a year.
   */
  static boolean plausiblePublication(PartialDate d) {
    return d.year() >= 1990 && d.year() <= java.time.Year.now().getValue() + 1;
  }

  /** A full date (day precision) in a string, in any of the supported formats. */
  static Optional<PartialDate> fullDate(String s) {
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = NUMERIC_DMY.matcher(s);
    if (m.find()) {
      return day(m.group(3), m.group(2), m.group(1));
    }
    m = MDY.matcher(s);
    if (m.find()) {
      return day(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DMY.matcher(s);
    if (m.find()) {
      return day(m.group(3), month(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  private static Optional<int[]> yearlessDate(String line) {
    Matcher m = YEARLESS_DM.matcher(line);
    if (m.find()) {
      return Optional.of(
          new int[] {Integer.parseInt(month(m.group(2))), Integer.parseInt(m.group(1))});
    }
    m = YEARLESS_MD.matcher(line);
    if (m.find()) {
      return Optional.of(
          new int[] {Integer.parseInt(month(m.group(1))), Integer.parseInt(m.group(2))});
    }
    return Optional.empty();
  }

  /**
   * The year for a year-less page date: the latest year the text mentions, moved one later when the
   * date would fall before a fully dated event the text reports.
   */
  static Optional<PartialDate> inferYear(int month, int day, List<String> lines, int dateLine) {
    int latestYear = -1;
    LocalDate latestFull = null;
    for (int i = 0; i < lines.size(); i++) {
      if (i == dateLine) {
        continue;
      }
      Matcher y = YEAR.matcher(lines.get(i));
      while (y.find()) {
        latestYear = Math.max(latestYear, Integer.parseInt(y.group(1)));
      }
      for (Pattern p : List.of(MDY, DMY, ISO, NUMERIC_DMY)) {
        Matcher f = p.matcher(lines.get(i));
        while (f.find()) {
          Optional<PartialDate> d = fullDate(f.group());
          if (d.isPresent() && (latestFull == null || d.get().firstDay().isAfter(latestFull))) {
            latestFull = d.get().firstDay();
          }
        }
      }
    }
    if (latestYear < 0) {
      return Optional.empty();
    }
    try {
      PartialDate candidate = new PartialDate(latestYear, month, day);
      if (latestFull != null && candidate.firstDay().isBefore(latestFull)) {
        candidate = new PartialDate(latestYear + 1, month, day);
      }
      return Optional.of(candidate);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses a date string from metadata: ISO dates and date-times, RFC 1123 ("Tue, 3 Jun 2025
   * 10:00:00 GMT"), "03.07.2025", "July 3, 2025", "3 July 2025", "2025-07" and "2025".
   */
  public static Optional<PartialDate> parseDate(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip();
    try {
      return Optional.of(
          PartialDate.of(
              ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate()));
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    Optional<PartialDate> full = fullDate(t);
    if (full.isPresent()) {
      return full;
    }
    if (t.matches("\\d{4}(-\\d{2})?")) {
      try {
        return Optional.of(PartialDate.parse(t));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
    if (m == null) {
      m = MONTHS.get(key.substring(0, 3));
    }
    return Integer.toString(m);
  }

  private static Optional<PartialDate> day(String y, String m, String d) {
    try {
      return Optional.of(
          new PartialDate(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
