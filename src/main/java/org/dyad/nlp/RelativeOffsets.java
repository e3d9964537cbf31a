package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.TimeExpression;

/** Relative offsets a tagger leaves out ("a week later"), added as durations for event dating. */
public final class RelativeOffsets {

  private RelativeOffsets() {}

  private static final Pattern OFFSET =
      Pattern.compile(
          "(?i)\\b(?:exactly |about |some |almost |nearly )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
              + "\\s+(day|week|month|year)s?\\s+(later|earlier)\\b");
  private static final java.util.Map<String, Integer> NUMBERS =
      java.util.Map.ofEntries(
          java.util.Map.entry("a", 1),
          java.util.Map.entry("an", 1),
          java.util.Map.entry("one", 1),
          java.util.Map.entry("two", 2),
          java.util.Map.entry("three", 3),
          java.util.Map.entry("four", 4),
          java.util.Map.entry("five", 5),
          java.util.Map.entry("six", 6),
          java.util.Map.entry("seven", 7),
          java.util.Map.entry("eight", 8),
          java.util.Map.entry("nine", 9),
          java.util.Map.entry("ten", 10));

  /**
   * Adds relative offsets the tagger left out ("a week later", "exactly one year later") as
   * durations, which event dating counts from the narrative's last date.
   */
  public static List<TimeExpression> add(List<TimeExpression> timexes, String text) {
    List<TimeExpression> all = new ArrayList<>(timexes);
    Matcher m = OFFSET.matcher(text);
    while (m.find()) {
      org.dyad.model.Span span = new org.dyad.model.Span(m.start(), m.end());
      if (timexes.stream()
          .anyMatch(t -> t.span().overlaps(span) && t.value() != null && !t.value().isEmpty())) {
        continue;
      }
      all.removeIf(t -> t.span().overlaps(span));
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
      String unit = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT);
      all.add(new TimeExpression(span, m.group(), "DURATION", "P" + count + unit));
    }
    all.sort(java.util.Comparator.comparing(TimeExpression::span));
    return all;
  }
}
