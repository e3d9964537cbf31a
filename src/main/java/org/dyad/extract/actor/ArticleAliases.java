package org.dyad.extract.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.model.Span;
import org.dyad.nlp.Resources;

/**
 * Short names an article gives its actors: acronyms it defines in brackets ("the Philippine Coast
 * Guard (PCG)", then "the PCG") and ships named with their navy's prefix ("BRP Sierra Madre").
 */
final class ArticleAliases {

  /** A capitalised phrase followed by a bracketed acronym: "Kenya Defence Forces (KDF)". */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}'\u2019.-]*)(?:\\s+(?:of|the|for|and|on|de|\\p{Lu}[\\p{L}'\u2019.-]*))*)"
              + "\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,9})\\)");

  private static final Map<String, String> SHIP_PREFIXES =
      Resources.tsv("/dyad/ship-prefixes.tsv", 2).stream()
          .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1], (a, b) -> a));

  private final Map<String, Span> definitions = new HashMap<>();

  /** The acronyms an article's text defines, each with the span of the name it stands for. */
  ArticleAliases(String text) {
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String acronym = m.group(2);
      String full = m.group(1);
      int start = m.start(1);
      String[] words = full.split("\\s+");
      int from = initialsStart(words, acronym);
      if (from < 0) {
        continue;
      }
      for (int w = 0; w < from; w++) {
        start = text.indexOf(words[w + 1], start + words[w].length());
      }
      definitions.putIfAbsent(acronym, new Span(start, m.end(1)));
    }
  }

  /**
   * The index of the first word of the shortest tail of {@code words} whose capitalised words'
   * initials spell the acronym (small words may be skipped), or -1.
   */
  static int initialsStart(String[] words, String acronym) {
    String letters = acronym.replace("&", "").toUpperCase(Locale.ROOT);
    for (int from = words.length - 1; from >= 0; from--) {
      StringBuilder initials = new StringBuilder();
      for (int w = from; w < words.length; w++) {
        if (Character.isUpperCase(words[w].charAt(0))) {
          initials.append(words[w].charAt(0));
        }
      }
      if (initials.toString().equals(letters)) {
        return from;
      }
      if (initials.length() > letters.length()) {
        return -1;
      }
    }
    return -1;
  }

  /** The span of the name an acronym was defined for, if the article defines it before offset. */
  Span definition(String acronym, int offset) {
    Span s = definitions.get(acronym);
    return s != null && s.end() < offset ? s : null;
  }

  /** The country of a ship named with its navy's prefix ("BRP Sierra Madre"), or null. */
  static String shipCountry(List<String> words) {
    if (words.size() < 2 || !Character.isUpperCase(words.get(1).charAt(0))) {
      return null;
    }
    return SHIP_PREFIXES.get(words.get(0));
  }
}
