package org.dyad.ingest.feed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ingest.dates.DateFinder;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.model.PartialDate;

/**
 * Parses the dates feeds state: RFC 822 ({@code pubDate}, with or without weekday, seconds and
 * zone, zones as offsets or names, two-digit years) and ISO 8601 / W3C-DTF ({@code dc:date}, Atom),
 * plus the other forms {@link DateFinder#parseDate} knows. The date is the calendar day as written
 * in the publisher's zone, never shifted to UTC, and only to the precision stated.
 */
public final class FeedDates {

  private static final Pattern RFC_822 =
      Pattern.compile(
          "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s*,?\\s*)?"
              + "(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+"
              + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?[\\s-]+"
              + "(\\d{4}|\\d{2})"
              + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?)?"
              + "(?:\\s*(?:[+-]\\d{2}:?\\d{2}|[a-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?))?",
          Pattern.CASE_INSENSITIVE);

  private FeedDates() {}

  /** The date {@code value} states, or empty when it is blank or not a date. */
  public static Optional<PartialDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Matcher m = RFC_822.matcher(v);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(3));
      if (m.group(3).length() == 2) {
        // RFC 2822 section 4.3: two-digit years below 50 are 20xx, the rest 19xx.
        year += year < 50 ? 2000 : 1900;
      }
      int month = DateFinder.month(m.group(2));
      try {
        return Optional.of(new PartialDate(year, month, Integer.parseInt(m.group(1))));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    Optional<PartialDate> iso = HtmlExtractor.isoDate(v);
    return iso.isPresent() ? iso : DateFinder.parseDate(v);
  }
}
