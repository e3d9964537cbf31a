package org.dyad.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The vocabularies of page furniture, by category, from {@code dyad/furniture.txt} and a user's
 * extra files in the same format; immutable once loaded.
 */
final class FurnitureVocabulary {

  /** The kinds of vocabulary in a furniture file, by their {@code [category]} header. */
  enum Category {
    PLAIN("furniture pattern", 30),
    ADVERTISEMENT("advertisement", 8),
    LIST_HEADING("navigation label", 8),
    NAVIGATION("navigation label", 40),
    NEWSLETTER("newsletter box", 40),
    LEGAL("legal notice", 60),
    NOTICE("site notice", 60),
    SECTION("section label", 3),
    METADATA("page metadata", 0),
    CAPTION("photo caption", Captions.MAX_WORDS),
    CREDIT("photo credit", 16);

    final String reason;
    final int maxWords;

    Category(String reason, int maxWords) {
      this.reason = reason;
      this.maxWords = maxWords;
    }
  }

  private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
  private static final Pattern NUMERIC_TOKEN =
      Pattern.compile(
          "[\\d.,:/+-]*\\d[\\d.,:/+-]*(k|m|th|st|nd|rd|h|min)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_TOKEN =
      Pattern.compile(
          "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UTC_OFFSET =
      Pattern.compile("(?:utc|gmt)?[+\u2212-]\\d{1,2}(?::?\\d{2})?", Pattern.CASE_INSENSITIVE);

  private final Map<Category, List<Pattern>> patterns;

  private FurnitureVocabulary(Map<Category, List<Pattern>> patterns) {
    this.patterns = patterns;
  }

  /** The built-in vocabularies. */
  public static FurnitureVocabulary standard() {
    try (InputStream in = FurnitureVocabulary.class.getResourceAsStream("/dyad/furniture.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "resource dyad/furniture.txt is missing from the classpath");
      }
      List<String> lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      return new FurnitureVocabulary(
          parse(lines, new EnumMap<>(Category.class), "dyad/furniture.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dyad/furniture.txt", e);
    }
  }

  /**
   * The built-in vocabularies plus those in {@code extra} (same format as {@code
   * dyad/furniture.txt}).
   */
  public static FurnitureVocabulary withExtra(Path extra) throws IOException {
    if (extra == null) {
      throw new IllegalArgumentException("extra must not be null");
    }
    Map<Category, List<Pattern>> all = copy(standard().patterns);
    try {
      parse(Files.readAllLines(extra, StandardCharsets.UTF_8), all, extra.toString());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new FurnitureVocabulary(all);
  }

  /** The built-in vocabularies plus the given pattern lines (same format as the file). */
  public static FurnitureVocabulary withExtra(List<String> extraLines) {
    Map<Category, List<Pattern>> all = copy(standard().patterns);
    parse(extraLines, all, "extra furniture patterns");
    return new FurnitureVocabulary(all);
  }

  private static Map<Category, List<Pattern>> copy(Map<Category, List<Pattern>> m) {
    Map<Category, List<Pattern>> out = new EnumMap<>(Category.class);
    m.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    return out;
  }

  private static Map<Category, List<Pattern>> parse(
      List<String> lines, Map<Category, List<Pattern>> into, String where) {
    Category category = Category.PLAIN;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        String name = s.substring(1, s.length() - 1).strip().toUpperCase(Locale.ROOT);
        try {
          category = Category.valueOf(name.replace('-', '_'));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              where + " line " + (i + 1) + ": unknown category '" + s + "'");
        }
        continue;
      }
      try {
        into.computeIfAbsent(category, c -> new ArrayList<>())
            .add(Pattern.compile("(?:" + s + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            where + " line " + (i + 1) + ": bad pattern '" + s + "': " + e.getDescription());
      }
    }
    return into;
  }

  boolean matches(Category c, String s) {
    if (words(s) > c.maxWords) {
      return false;
    }
    String core = EDGES.matcher(s).replaceAll("");
    for (Pattern p : patterns.getOrDefault(c, List.of())) {
      if (p.matcher(s).matches() || (!core.isEmpty() && p.matcher(core).matches())) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the category's patterns occurs anywhere in the string. */
  boolean occurs(Category c, String s) {
    for (Pattern p : patterns.getOrDefault(c, List.of())) {
      if (p.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /** True when every word of the phrase is a section or edition label ("WORLD NEWS"). */
  boolean isSectionPhrase(String phrase) {
    String t = EDGES.matcher(phrase.strip()).replaceAll("");
    if (t.isEmpty() || words(t) > 5) {
      return false;
    }
    if (matchesAny(Category.SECTION, t)) {
      return true;
    }
    for (String w : t.split("[\\s/&,]+")) {
      if (!w.isEmpty() && !matchesAny(Category.SECTION, w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a line made only of dates, times, counters, reading-time words and section names, with
   * at least one digit: "03 July 18419 10 minutes", "5 min read", "Updated: 10:29 GMT".
   */
  boolean isMetadata(String s) {
    if (!s.matches("(?s).*\\d.*")) {
      return false;
    }
    String[] tokens = s.strip().split("[\\s,|\u00b7\u2022]+");
    if (tokens.length > 12) {
      return false;
    }
    for (String raw : tokens) {
      String t = EDGES.matcher(raw).replaceAll("");
      if (t.isEmpty()
          || NUMERIC_TOKEN.matcher(t).matches()
          || UTC_OFFSET.matcher(t).matches()
          || MONTH_TOKEN.matcher(t).matches()
          || matchesAny(Category.METADATA, t)
          || matchesAny(Category.SECTION, t)) {
        continue;
      }
      return false;
    }
    return true;
  }

  boolean matchesAny(Category c, String token) {
    for (Pattern p : patterns.getOrDefault(c, List.of())) {
      if (p.matcher(token).matches()) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
