package org.dyad.ingest.dates;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;

/**
 * Finds an article's publication date on its page and in its web address: numeric stamps
 * ("23.07.2025 10:29"), ISO dates, datelines ("August 2, 2025 — Baku", "BAKU, Aug. 2 (Reuters) —"),
 * "Published:"/"Updated" lines, dates in the address's path ({@link UrlDates}) and year-less page
 * dates ("03 July") whose year comes from the address or, failing that, the content, flagged as
 * inferred. A date the page states wins over the address's, the address's day over an "Updated"
 * line; dates inside body prose are event dates, not publication dates, and a page that states none
 * gets none.
 */
public final class DateFinder {

  /**
   * A publication date, whether its year was inferred, and the line or address that gave it.
   *
   * @param lineIndex position of the evidence line in the list searched, from 0, or {@link
   *     #FROM_ADDRESS} when the evidence is the web address
   */
  public record Found(PartialDate date, boolean inferred, int lineIndex, String evidence) {

    /** The line index of a date found in the web address. */
    public static final int FROM_ADDRESS = -1;

    public Found {
      if (date == null) {
        throw new IllegalArgumentException("date must not be null");
      }
      if (lineIndex < FROM_ADDRESS) {
        throw new IllegalArgumentException("lineIndex must not be below -1: " + lineIndex);
      }
      if (evidence == null || evidence.isBlank()) {
        throw new IllegalArgumentException("evidence must not be blank for " + date);
      }
    }
  }

  /** How many leading non-blank lines count as the page header. */
  public static final int HEADER_LINES = 6;

  /** How many trailing non-blank lines count as the page footer. */
  static final int FOOTER_LINES = 3;

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
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])");
  private static final Pattern YMD =
      Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern MDY =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);
  private static final Pattern DMY =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);
  private static final String WEEKDAY =
      "(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\\.?,?\\s+)?";
  private static final Pattern YEARLESS_DM =
      Pattern.compile(
          "^\\s*" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?=\\s|$|,)",
          FLAGS);
  private static final Pattern YEARLESS_MD =
      Pattern.compile(
          "^\\s*" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?=\\W|$)", FLAGS);
  static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(19\\d{2}|20\\d{2})(?![\\d])");
  private static final Pattern LABEL =
      Pattern.compile(
          "^\\W*(published|posted|updated|last updated|last modified|modified|date|dated|"
              + "publication date|first published|(?:latest|last) update)\\b\\s*(on|at)?\\s*:?",
          FLAGS);
  private static final Pattern UPDATED =
      Pattern.compile("^\\W*(?:(?:last|latest) )?(?:updated|update|modified)\\b", FLAGS);
  private static final Pattern LEDE_DATELINE =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{L}'\u2019.-]*(?:[ -]\\p{Lu}[\\p{L}'\u2019.-]*){0,3},?\\s+(.{3,40}?)\\s*"
              + "(?:\\([^)]{1,40}\\))?\\s*(?:[\u2014\u2013-]{1,2}|(?<=\\)):)\\s");

  private static final String BY_NAME =
      "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}";
  private static final Pattern BYLINE_PART =
      Pattern.compile(
          "(?:^\\W*|(?<=\\s))(?:[Bb]y|BY)\\s+"
              + BY_NAME
              + "(?:\\s*(?:,|and|&)\\s*"
              + BY_NAME
              + ")*");
  private static final Pattern METADATA_WORD =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d+(?:[.,:/-]\\d+)*(?:k|m|h|min)?|min|mins|minutes?|sec|seconds?|hours?|hrs?"
              + "|read|reading|time|views?|reads?|ago|today|yesterday|at|on|am|pm|a\\.m\\.|p\\.m\\."
              + "|gmt|utc|msk|ist|pkt|cet|cest|eet|eest|bst|est|edt|pst|pdt|azt|trt"
              + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
              + "|saturday|sunday|comments?|shares?)(?![\\p{L}\\d])",
          FLAGS);

  private DateFinder() {}

  /**
   * The publication date a page states in its header (or in a labelled or footer date line), or
   * infers from a year-less header date.
   *
   * @param lines the page's lines, furniture included
   */
  public static Optional<Found> find(List<String> lines) {
    return find(lines, Set.of(), null);
  }

  /**
   * The publication date of a page and its web address: the page's stated date, else the day its
   * address states, else an "Updated" date, else a year-less page date with its year from the
   * address (flagged as inferred), else the month the address states, else a year-less page date
   * with its year inferred from the content, else a date inferred from captions or the lede ({@link
   * ContentDates}).
   *
   * @param lines the page's lines, furniture included
   * @param ignored indexes of lines that cannot date the page (photo captions), skipped when the
   *     header lines are counted
   * @param url the page's web address, or null
   */
  public static Optional<Found> find(List<String> lines, Set<Integer> ignored, String url) {
    if (lines == null || ignored == null) {
      throw new IllegalArgumentException("lines and ignored must not be null");
    }
    PartialDate address = url == null ? null : UrlDates.find(url).orElse(null);
    Ranked page = pageDate(lines, ignored, address).orElse(null);
    if (page != null && page.rank == STATED) {
      return Optional.of(page.found);
    }
    if (address != null && address.precision() == PartialDate.Precision.DAY) {
      return Optional.of(new Found(address, false, Found.FROM_ADDRESS, url));
    }
    if (page != null && page.rank == UPDATED_RANK && !hasMonth(address)) {
      return Optional.of(page.found);
    }
    if (page != null && page.rank == INFERRED && page.yearFromAddress) {
      return Optional.of(page.found);
    }
    if (hasMonth(address)) {
      return Optional.of(new Found(address, false, Found.FROM_ADDRESS, url));
    }
    return page == null
        ? ContentDates.infer(lines, ignored, ContentDates.thisYear())
        : Optional.of(page.found);
  }

  private static boolean hasMonth(PartialDate d) {
    return d != null && d.month() != null;
  }

  private static final int STATED = 0;
  private static final int UPDATED_RANK = 1;
  private static final int INFERRED = 2;

  /**
   * A page date, how it was found (stated, updated or inferred) and whether the address gave its
   * year.
   */
  private record Ranked(Found found, int rank, boolean yearFromAddress) {}

  private static Optional<Ranked> pageDate(
      List<String> lines, Set<Integer> ignored, PartialDate address) {
    List<Integer> header = nonBlank(lines, true, HEADER_LINES, ignored);
    Ranked best = null;
    for (int i : header) {
      String line = lines.get(i).strip();
      Optional<Ranked> f;
      if (isDateLine(line)) {
        int rank = UPDATED.matcher(line).find() ? UPDATED_RANK : STATED;
        f =
            fullDate(line)
                .filter(DateFinder::plausiblePublication)
                .map(d -> new Ranked(found(d, i, line), rank, false));
        if (f.isEmpty()) {
          f = yearless(line).flatMap(md -> infer(md, lines, i, address));
        }
      } else {
        f = ledeDateline(line, lines, i, address);
      }
      if (f.isPresent() && (best == null || f.get().rank < best.rank)) {
        best = f.get();
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (LABEL.matcher(line).find() && words(line) <= 12) {
        Optional<PartialDate> d = fullDate(line).filter(DateFinder::plausiblePublication);
        if (d.isPresent()) {
          int rank = UPDATED.matcher(line).find() ? UPDATED_RANK : STATED;
          return Optional.of(new Ranked(found(d.get(), i, line), rank, false));
        }
      }
    }
    for (int i : nonBlank(lines, false, FOOTER_LINES, Set.of())) {
      String line = lines.get(i).strip();
      Optional<PartialDate> d = fullDate(line).filter(DateFinder::plausiblePublication);
      if (d.isPresent() && isDateLine(line)) {
        return Optional.of(new Ranked(found(d.get(), i, line), STATED, false));
      }
    }
    return Optional.empty();
  }

  private static Found found(PartialDate d, int i, String line) {
    return new Found(d, false, i, line);
  }

  private static List<Integer> nonBlank(
      List<String> lines, boolean fromStart, int limit, Set<Integer> ignored) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < lines.size() && out.size() < limit; k++) {
      int i = fromStart ? k : lines.size() - 1 - k;
      if (!lines.get(i).isBlank() && !ignored.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * True when a line is about dating the page rather than prose or a headline that mentions a date:
   * a "Published"/"Updated" label, or a short line that is left with at most two words (a place)
   * once dates, times, counters, reading-time words and a byline are taken out.
   */
  public static boolean isDateLine(String line) {
    String s = line.strip();
    if (LABEL.matcher(s).find() && words(s) <= 12) {
      return true;
    }
    if (words(s.replaceAll("[\\p{P}\\p{S}]", " ")) > 12) {
      return false;
    }
    String rest = BYLINE_PART.matcher(s).replaceAll(" ");
    for (Pattern p : List.of(YMD, NUMERIC_DMY, MDY, DMY, MONTH_YEAR)) {
      rest = p.matcher(rest).replaceAll(" ");
    }
    rest = YEARLESS_DM.matcher(rest).replaceFirst(" ");
    rest = YEARLESS_MD.matcher(rest).replaceFirst(" ");
    rest = METADATA_WORD.matcher(rest).replaceAll(" ");
    rest = rest.replaceAll("[\\p{P}\\p{S}]", " ");
    return words(rest) <= 2;
  }

  /**
   * A lede opening with a dateline: "BAKU, Aug. 2 (Reuters) — ..." or "Moscow, 3 July 2025 – ...".
   */
  private static Optional<Ranked> ledeDateline(
      String line, List<String> lines, int i, PartialDate address) {
    Matcher m = LEDE_DATELINE.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String date = m.group(1).strip();
    if (yearless(date).isEmpty() && !date.matches("\\d{1,4}[./-]\\d.*")) {
      return Optional.empty();
    }
    Optional<PartialDate> full = fullDate(date).filter(DateFinder::plausiblePublication);
    if (full.isPresent()) {
      return Optional.of(new Ranked(found(full.get(), i, line), STATED, false));
    }
    Optional<int[]> md = yearless(date);
    if (md.isPresent() && words(date) <= 3) {
      return infer(md.get(), lines, i, address);
    }
    return Optional.empty();
  }

  /**
   * A year-less page date with its year: the address's when the address states a year (and, if it
   * states a month, the same month), else one inferred from the content.
   */
  private static Optional<Ranked> infer(
      int[] monthDay, List<String> lines, int i, PartialDate address) {
    String evidence = lines.get(i).strip();
    if (address != null && (address.month() == null || address.month() == monthDay[0])) {
      try {
        PartialDate d = new PartialDate(address.year(), monthDay[0], monthDay[1]);
        return Optional.of(new Ranked(new Found(d, true, i, evidence), INFERRED, true));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return inferYear(monthDay[0], monthDay[1], monthDay[2], lines, i)
        .map(d -> new Ranked(new Found(d, true, i, evidence), INFERRED, false));
  }

  /** True when the line holds a byline ("By Jane Roe", "... 11:41 By Jane Roe and John Doe"). */
  public static boolean hasByline(String line) {
    return BYLINE_PART.matcher(line).find();
  }

  /** True when the line starts with a date label ("Published:", "Latest update"). */
  public static boolean hasLabel(String line) {
    return LABEL.matcher(line).find();
  }

  /** True when the line opens with a year-less date ("03 July", "Thu, July 3"). */
  public static boolean opensWithYearlessDate(String line) {
    return yearless(line).isPresent();
  }

  /**
   * A web page's publication date falls in the web era and not after next year; anything else in a
   * header line (a view counter such as "1841") is not a year.
   */
  static boolean plausiblePublication(PartialDate d) {
    return d.year() >= 1990 && d.year() <= Year.now().getValue() + 1;
  }

  /** A full date (day precision) in a string, in any of the supported formats. */
  static Optional<PartialDate> fullDate(String s) {
    Matcher m = YMD.matcher(s);
    if (m.find()) {
      return day(m.group(1), m.group(3), m.group(4));
    }
    m = NUMERIC_DMY.matcher(s);
    if (m.find()) {
      Optional<PartialDate> dmy = day(m.group(4), m.group(3), m.group(1));
      return dmy.isPresent() || !m.group(2).equals("/")
          ? dmy
          : day(m.group(4), m.group(1), m.group(3));
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

  /**
   * Month, day and weekday (1 = Monday, 0 when not given) of a year-less date opening a line ("03
   * July", "July 3", "Thu, 3 July").
   */
  private static Optional<int[]> yearless(String line) {
    Matcher m = YEARLESS_DM.matcher(line);
    if (m.find()) {
      return Optional.of(
          new int[] {month(m.group(3)), Integer.parseInt(m.group(2)), weekday(m.group(1))});
    }
    m = YEARLESS_MD.matcher(line);
    if (m.find()) {
      return Optional.of(
          new int[] {month(m.group(2)), Integer.parseInt(m.group(3)), weekday(m.group(1))});
    }
    return Optional.empty();
  }

  /**
   * The year for a year-less page date: the latest plausible year the text mentions, moved one
   * later when the date would fall before the latest dated event (day or month) the text reports,
   * and moved a year either way when only that agrees with a stated weekday. Empty when the text
   * mentions no year.
   */
  static Optional<PartialDate> inferYear(
      int month, int day, int weekday, List<String> lines, int dateLine) {
    int latestYear = -1;
    LocalDate latestEvent = null;
    int maxYear = Year.now().getValue() + 1;
    for (int i = 0; i < lines.size(); i++) {
      if (i == dateLine) {
        continue;
      }
      String line = lines.get(i);
      Matcher y = YEAR.matcher(line);
      while (y.find()) {
        int year = Integer.parseInt(y.group(1));
        if (year <= maxYear) {
          latestYear = Math.max(latestYear, year);
        }
      }
      for (LocalDate d : eventDates(line)) {
        if (d.getYear() <= maxYear && (latestEvent == null || d.isAfter(latestEvent))) {
          latestEvent = d;
        }
      }
    }
    if (latestYear < 0) {
      return Optional.empty();
    }
    try {
      int year = latestYear;
      if (latestEvent != null
          && dayExists(year, month, day)
          && LocalDate.of(year, month, day).isBefore(latestEvent)) {
        year++;
      }
      if (weekday != 0 && !onWeekday(year, month, day, weekday)) {
        for (int other : new int[] {year + 1, year - 1}) {
          boolean afterEvents =
              latestEvent == null
                  || dayExists(other, month, day)
                      && !LocalDate.of(other, month, day).isBefore(latestEvent);
          if (afterEvents && onWeekday(other, month, day, weekday)) {
            year = other;
            break;
          }
        }
      }
      return Optional.of(new PartialDate(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean dayExists(int year, int month, int day) {
    return day >= 1
        && month >= 1
        && month <= 12
        && day <= YearMonth.of(year, month).lengthOfMonth();
  }

  static boolean onWeekday(int year, int month, int day, int weekday) {
    return dayExists(year, month, day)
        && LocalDate.of(year, month, day).getDayOfWeek().getValue() == weekday;
  }

  static int weekday(String abbreviation) {
    if (abbreviation == null) {
      return 0;
    }
    return List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")
            .indexOf(abbreviation.toLowerCase(Locale.ROOT))
        + 1;
  }

  /** First days of the dates with a stated year in a line: full dates and "May 2025". */
  private static List<LocalDate> eventDates(String line) {
    List<LocalDate> out = new ArrayList<>();
    for (Pattern p : List.of(MDY, DMY, YMD, NUMERIC_DMY)) {
      Matcher f = p.matcher(line);
      while (f.find()) {
        fullDate(f.group()).ifPresent(d -> out.add(d.firstDay()));
      }
    }
    Matcher my = MONTH_YEAR.matcher(line);
    while (my.find()) {
      out.add(LocalDate.of(Integer.parseInt(my.group(2)), month(my.group(1)), 1));
    }
    return out;
  }

  /**
   * Parses a date string from metadata: ISO dates and date-times, RFC 1123 ("Tue, 03 Jun 2025
   * 10:00:00 GMT"), "03.07.2025", "2025/07/03", "July 3, 2025", "Aug. 2, 2025", "3 July 2025",
   * "July 2025", "2025-07" and "2025". Empty when the string holds no such date.
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
    } catch (DateTimeParseException | IllegalArgumentException e) {
      // not RFC 1123, or a year no date has; try the other formats
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
    Matcher my = MONTH_YEAR.matcher(t);
    if (my.matches()) {
      try {
        return Optional.of(PartialDate.ofMonth(Integer.parseInt(my.group(2)), month(my.group(1))));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The number of an English month name or its abbreviation ("Sept." gives 9). */
  public static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    return MONTHS.get(key.substring(0, 3));
  }

  private static Optional<PartialDate> day(String y, Object m, String d) {
    try {
      return Optional.of(
          new PartialDate(
              Integer.parseInt(y), Integer.parseInt(m.toString()), Integer.parseInt(d)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
