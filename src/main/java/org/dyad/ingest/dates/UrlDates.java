package org.dyad.ingest.dates;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ingest.outlet.WebDomain;
import org.dyad.model.PartialDate;

/**
 * The publication date a web address states in its path or query: "/2025/05/07/", "/2025/0507/",
 * "-2025-05-22-", "20250522", "14_05_2025", or only a month ("/2024/06/", "/202406/") or a year
 * ("/2025/"), with the precision the address gives, never padded. Day-month orders that the address
 * cannot tell apart ("07082023") give no date; neither do numbers outside the web era.
 */
public final class UrlDates {

  private static final String Y = "((?:19|20)\\d{2})";
  private static final String M = "(0?[1-9]|1[0-2])";
  private static final String D = "(0?[1-9]|[12]\\d|3[01])";
  private static final String L = "(?<![\\dA-Za-z])";
  private static final String R = "(?![\\dA-Za-z])";
  private static final String S = "[-_./]";

  /** Year, month, day in one separator each: /2025/05/07/, -2025-05-22-, 2025_05_22. */
  private static final Pattern YMD = Pattern.compile(L + Y + S + M + S + D + R);

  /** Year then month and day run together: /2025/0507/ (month and day of two digits each). */
  private static final Pattern Y_MMDD =
      Pattern.compile("/" + Y + "/(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=/|$)");

  /** All eight digits run together: 20250522 (not part of a longer number). */
  private static final Pattern YYYYMMDD =
      Pattern.compile("(?<![\\d])" + Y + "(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");

  /** Day, month, year with separators: 14_05_2025, 14-05-2025, 14.05.2025. */
  private static final Pattern DMY = Pattern.compile(L + D + S + M + S + Y + R);

  /** Day, month and year run together: 14052025. */
  private static final Pattern DDMMYYYY =
      Pattern.compile("(?<![\\d])(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])" + Y + "(?![\\d])");

  /** Year and month as path segments: /2024/06/ or /2024-06/. */
  private static final Pattern YM = Pattern.compile("/" + Y + "[/-](0[1-9]|1[0-2])(?=/)");

  /** Year and month run together as a whole path segment: /202406/. */
  private static final Pattern YYYYMM = Pattern.compile("/" + Y + "(0[1-9]|1[0-2])(?=/)");

  /** A year as a whole path segment: /2025/. */
  private static final Pattern YEAR = Pattern.compile("/" + Y + "(?=/)");

  private UrlDates() {}

  /** The date a web address states, with its precision; empty when it states none. */
  public static Optional<PartialDate> find(String url) {
    String where = pathAndQuery(url);
    if (where == null || where.isEmpty()) {
      return Optional.empty();
    }
    for (Optional<PartialDate> d :
        List.of(
            day(YMD, where, 1, 2, 3),
            day(Y_MMDD, where, 1, 2, 3),
            day(YYYYMMDD, where, 1, 2, 3),
            unambiguousDay(DMY, where),
            unambiguousDay(DDMMYYYY, where))) {
      if (d.isPresent()) {
        return d;
      }
    }
    for (Pattern p : List.of(YM, YYYYMM)) {
      Matcher m = p.matcher(where);
      if (m.find()) {
        PartialDate d = PartialDate.ofMonth(year(m.group(1)), Integer.parseInt(m.group(2)));
        if (plausible(d)) {
          return Optional.of(d);
        }
      }
    }
    Matcher y = YEAR.matcher(where);
    if (y.find()) {
      PartialDate d = new PartialDate(year(y.group(1)), null, null);
      if (plausible(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The path and query of an address (the host never holds a date), or null. */
  private static String pathAndQuery(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = WebDomain.unwrap(url);
    try {
      URI uri = new URI(u.strip().replace(" ", "%20"));
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return uri.getHost() == null && !u.startsWith("/") ? null : path + query;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static Optional<PartialDate> day(Pattern p, String s, int y, int m, int d) {
    Matcher x = p.matcher(s);
    while (x.find()) {
      Optional<PartialDate> date = date(x.group(y), x.group(m), x.group(d));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * Day-first dates only when the order is certain: the first number cannot be a month, or both
   * orders give the same day.
   */
  private static Optional<PartialDate> unambiguousDay(Pattern p, String s) {
    Matcher x = p.matcher(s);
    while (x.find()) {
      int a = Integer.parseInt(x.group(1));
      int b = Integer.parseInt(x.group(2));
      if (a <= 12 && a != b) {
        continue;
      }
      Optional<PartialDate> date = date(x.group(3), x.group(2), x.group(1));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> date(String y, String m, String d) {
    try {
      PartialDate date = new PartialDate(year(y), Integer.parseInt(m), Integer.parseInt(d));
      return plausible(date) ? Optional.of(date) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int year(String y) {
    return Integer.parseInt(y);
  }

  /** Web-era dates not after next year. */
  private static boolean plausible(PartialDate d) {
    return d.year() >= 1995 && d.year() <= Year.now().getValue() + 1;
  }
}
