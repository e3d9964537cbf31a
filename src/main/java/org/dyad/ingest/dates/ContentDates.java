package org.dyad.ingest.dates;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;

/**
 * A publication date inferred from a page's content when the page and its address state none: the
 * latest full date of a photo caption (a picture is not published before it is taken), else a
 * weekday date in the lede ("said on Wednesday, June 19") with the year that puts that day on that
 * weekday. Both are flagged as inferred.
 */
final class ContentDates {

  /**
   * How many non-blank lines from the top may hold the lede (headline, kicker, byline, standfirst
   * first).
   */
  static final int LEDE_LINES = 12;

  /** How many years back a weekday date may lie before the year it is inferred in. */
  static final int WEEKDAY_YEARS_BACK = 10;

  private static final String WEEKDAY =
      "\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String NO_YEAR = "(?![\\d:])(?!,?\\s*(?:19|20)\\d{2})";
  private static final Pattern WEEKDAY_MD =
      Pattern.compile(
          WEEKDAY + DateFinder.MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + NO_YEAR, FLAGS);
  private static final Pattern WEEKDAY_DM =
      Pattern.compile(
          WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + DateFinder.MONTH + NO_YEAR,
          FLAGS);

  private ContentDates() {}

  /**
   * The inferred publication date of a page that states none.
   *
   * @param lines the page's lines, furniture included
   * @param captions indexes of photo captions and embeds
   * @param thisYear the latest year a weekday date may fall in
   */
  static Optional<DateFinder.Found> infer(List<String> lines, Set<Integer> captions, int thisYear) {
    DateFinder.Found latest = null;
    for (int i : captions) {
      String line = lines.get(i);
      Optional<PartialDate> d = DateFinder.fullDate(line).filter(DateFinder::plausiblePublication);
      if (d.isPresent() && (latest == null || later(d.get(), latest.date()))) {
        latest = new DateFinder.Found(d.get(), true, i, line.strip());
      }
    }
    if (latest != null) {
      return Optional.of(latest);
    }
    if (lines.stream().anyMatch(l -> DateFinder.YEAR.matcher(l).find())) {
      return Optional.empty();
    }
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < LEDE_LINES; i++) {
      String line = lines.get(i);
      if (line.isBlank() || captions.contains(i)) {
        continue;
      }
      seen++;
      Optional<PartialDate> d = weekdayDate(line, thisYear);
      if (d.isPresent()) {
        return Optional.of(new DateFinder.Found(d.get(), true, i, line.strip()));
      }
    }
    return Optional.empty();
  }

  /** The first weekday date of a line without a year, in the latest year that fits its weekday. */
  static Optional<PartialDate> weekdayDate(String line, int thisYear) {
    Matcher md = WEEKDAY_MD.matcher(line);
    if (md.find()) {
      return fit(md.group(1), md.group(2), md.group(3), thisYear);
    }
    Matcher dm = WEEKDAY_DM.matcher(line);
    if (dm.find()) {
      return fit(dm.group(1), dm.group(3), dm.group(2), thisYear);
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> fit(String weekday, String month, String day, int thisYear) {
    int m = DateFinder.month(month);
    int d = Integer.parseInt(day);
    int w = DateFinder.weekday(weekday.substring(0, 3));
    for (int y = thisYear; y > thisYear - WEEKDAY_YEARS_BACK; y--) {
      if (DateFinder.onWeekday(y, m, d, w)) {
        return Optional.of(new PartialDate(y, m, d));
      }
    }
    return Optional.empty();
  }

  private static boolean later(PartialDate a, PartialDate b) {
    return a.compareTo(b) > 0;
  }

  /** This year, the latest a weekday date of a page read today can fall in. */
  static int thisYear() {
    return Year.now().getValue();
  }
}
