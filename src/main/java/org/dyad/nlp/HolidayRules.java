package org.dyad.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Holidays fixed by a rule of the calendar ("the Tuesday after the first Monday in November"). */
final class HolidayRules {

  private static final String RESOURCE = "/dyad/timex-holidays.tsv";
  private static final Pattern DAY_RULE =
      Pattern.compile("(-?\\d)\\s+(MON|TUE|WED|THU|FRI|SAT|SUN)(?:\\s+([-+]\\d+))?");

  /** One holiday: its name as a pattern, its month and its day rule. */
  record Holiday(Pattern name, int month, int dayOfMonth, int nth, DayOfWeek weekday, int shift) {

    Holiday {
      if (name == null) {
        throw new IllegalArgumentException("name must not be null");
      }
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month must be 1 to 12: " + month);
      }
      if (dayOfMonth > 0 ? dayOfMonth > 31 : nth == 0 || nth < -1 || nth > 5 || weekday == null) {
        throw new IllegalArgumentException(
            "day must be 1 to 31 or an nth (1 to 5, -1) weekday: " + dayOfMonth + "/" + nth);
      }
    }

    /** The holiday in {@code year}. */
    LocalDate in(int year) {
      if (dayOfMonth > 0) {
        return LocalDate.of(year, month, dayOfMonth);
      }
      LocalDate first = LocalDate.of(year, month, 1);
      LocalDate day =
          nth < 0
              ? first.with(TemporalAdjusters.lastInMonth(weekday))
              : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
      return day.plusDays(shift);
    }
  }

  static final List<Holiday> ALL = load();

  private HolidayRules() {}

  private static List<Holiday> load() {
    try (InputStream in = HolidayRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<Holiday> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(RESOURCE + ": expected three fields: " + line);
        }
        String name =
            String.join(
                "\\s+",
                java.util.Arrays.stream(f[0].strip().split("\\s+"))
                    .map(w -> Pattern.quote(w).replace("'", "\\E'?\\Q"))
                    .toList());
        Pattern p = Pattern.compile("(?i)\\b" + name + "\\b");
        int month = Integer.parseInt(f[1].strip());
        Matcher r = DAY_RULE.matcher(f[2].strip());
        if (r.matches()) {
          out.add(
              new Holiday(
                  p,
                  month,
                  0,
                  Integer.parseInt(r.group(1)),
                  dayOf(r.group(2)),
                  r.group(3) == null ? 0 : Integer.parseInt(r.group(3))));
        } else {
          out.add(new Holiday(p, month, Integer.parseInt(f[2].strip()), 0, null, 0));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("bad line in " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static DayOfWeek dayOf(String abbreviation) {
    return TimexNormalizer.dayOf(abbreviation.toLowerCase(Locale.ROOT));
  }
}
