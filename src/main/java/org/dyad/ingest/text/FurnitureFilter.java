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
 * Decides which lines of a text page are page furniture: advertisement slots, navigation labels and
 * the teaser lists they introduce, newsletter boxes, legal notices (vocabularies in {@code
 * dyad/furniture.txt}), lone symbols and numbers, timestamp and page-metadata lines, and section
 * labels in the header zone. Subheadings and datelines inside the article are kept.
 */
public final class FurnitureFilter {

  /** The kinds of vocabulary in a furniture file, by their {@code [category]} header. */
  enum Category {
    PLAIN("furniture pattern", 30),
    ADVERTISEMENT("advertisement", 8),
    LIST_HEADING("navigation label", 8),
    NAVIGATION("navigation label", 40),
    NEWSLETTER("newsletter box", 40),
    LEGAL("legal notice", 60),
    SECTION("section label", 3),
    METADATA("page metadata", 0);

    final String reason;
    final int maxWords;

    Category(String reason, int maxWords) {
      this.reason = reason;
      this.maxWords = maxWords;
    }
  }

  /** How many leading non-blank lines form the header zone when no paragraph is found. */
  public static final int HEADER_LINES = 6;

  private static final Pattern SYMBOLS_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]+");
  private static final Pattern NUMBER_ONLY =
      Pattern.compile("[\\d\\s.,:/|·•+-]*\\d[\\d\\s.,:/|·•+-]*");
  private static final Pattern TIME_OR_DATE =
      Pattern.compile(".*(\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}).*");
  private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
  private static final Pattern NUMERIC_TOKEN =
      Pattern.compile(
          "[\\d.,:/+-]*\\d[\\d.,:/+-]*(k|m|th|st|nd|rd|h|min)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_TOKEN =
      Pattern.compile(
          "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL_WORD = Pattern.compile("\\p{L}[\\p{L}&'\u2019-]{0,19}");
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?\u2026][\"'\u201d\u2019\u00bb)\\]]*$");

  private static final Pattern PARAGRAPH_END =
      Pattern.compile(".*[.!\u2026][\"'\u201d\u2019\u00bb)\\]]*$");

  private final Map<Category, List<Pattern>> patterns;

  private FurnitureFilter(Map<Category, List<Pattern>> patterns) {
    this.patterns = patterns;
  }

  /** The filter with the built-in vocabularies. */
  public static FurnitureFilter standard() {
    try (InputStream in = FurnitureFilter.class.getResourceAsStream("/dyad/furniture.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "resource dyad/furniture.txt is missing from the classpath");
      }
      List<String> lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      return new FurnitureFilter(parse(lines, new EnumMap<>(Category.class), "dyad/furniture.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dyad/furniture.txt", e);
    }
  }

  /**
   * The built-in vocabularies plus those in {@code extra} (same format as {@code
   * dyad/furniture.txt}).
   */
  public static FurnitureFilter withExtra(Path extra) throws IOException {
    if (extra == null) {
      throw new IllegalArgumentException("extra must not be null");
    }
    Map<Category, List<Pattern>> all = copy(standard().patterns);
    try {
      parse(Files.readAllLines(extra, StandardCharsets.UTF_8), all, extra.toString());
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new FurnitureFilter(all);
  }

  /** The built-in vocabularies plus the given pattern lines (same format as the file). */
  public static FurnitureFilter withExtra(List<String> extraLines) {
    Map<Category, List<Pattern>> all = copy(standard().patterns);
    parse(extraLines, all, "extra furniture patterns");
    return new FurnitureFilter(all);
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

  /** The furniture lines of a page, with the header zone found by {@link #bodyStart}. */
  public List<RemovedLine> furniture(List<String> lines) {
    return furniture(lines, bodyStart(lines));
  }

  /**
   * The furniture lines of a page, in page order.
   *
   * @param lines the page's lines (blank lines allowed; line numbers are positions in this list,
   *     counted from 1)
   * @param bodyStart index of the first body paragraph (lines before it form the header zone)
   */
  public List<RemovedLine> furniture(List<String> lines, int bodyStart) {
    if (lines == null) {
      throw new IllegalArgumentException("lines must not be null");
    }
    String[] reasons = new String[lines.size()];
    int lastParagraph = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isParagraph(lines.get(i).strip())) {
        lastParagraph = i;
      }
    }
    boolean teasers = false;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      reasons[i] = reason(s, i < bodyStart, lines, i, bodyStart);
      if (reasons[i] == null && teasers && words(s) <= 25 && !SENTENCE_END.matcher(s).matches()) {
        reasons[i] = "teaser after navigation label";
      }
      if (i > lastParagraph && matches(Category.LIST_HEADING, s)) {
        teasers = true;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (reasons[i] == null
          && !s.isEmpty()
          && words(s) <= 8
          && !SENTENCE_END.matcher(s).matches()) {
        int next = nextNonBlank(lines, i + 1);
        if (next >= 0 && Category.NEWSLETTER.reason.equals(reasons[next])) {
          reasons[i] = "newsletter heading";
        }
      }
    }
    List<RemovedLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (reasons[i] != null) {
        out.add(new RemovedLine(i + 1, lines.get(i), reasons[i]));
      }
    }
    return out;
  }

  private String reason(String s, boolean header, List<String> lines, int i, int bodyStart) {
    if (SYMBOLS_ONLY.matcher(s).matches()) {
      return "lone symbol";
    }
    if (NUMBER_ONLY.matcher(s).matches()) {
      return TIME_OR_DATE.matcher(s).matches() ? "timestamp" : "lone number";
    }
    for (Category c :
        List.of(
            Category.ADVERTISEMENT,
            Category.LEGAL,
            Category.NEWSLETTER,
            Category.LIST_HEADING,
            Category.NAVIGATION)) {
      if (matches(c, s)) {
        return c.reason;
      }
    }
    if (isMetadata(s)) {
      return Category.METADATA.reason;
    }
    if (header && (matches(Category.SECTION, s) || isLoneLabel(s, lines, i, bodyStart))) {
      return Category.SECTION.reason;
    }
    if (matches(Category.PLAIN, s)) {
      return Category.PLAIN.reason;
    }
    return null;
  }

  private boolean matches(Category c, String s) {
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

  /**
   * A single word in the header zone that is not the page's only headline candidate: a section
   * label such as "Opinion" rather than a one-word title.
   */
  private boolean isLoneLabel(String s, List<String> lines, int i, int bodyStart) {
    if (!LABEL_WORD.matcher(s).matches()) {
      return false;
    }
    for (int j = 0; j < Math.min(bodyStart, lines.size()); j++) {
      String o = lines.get(j).strip();
      if (j != i && words(o) >= 3 && !isMetadata(o) && !SYMBOLS_ONLY.matcher(o).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a line made only of dates, times, counters, reading-time words and section names, with
   * at least one digit: "03 July 18419 10 minutes", "5 min read", "Updated: 10:29 GMT".
   */
  public boolean isMetadata(String s) {
    if (!s.matches("(?s).*\\d.*")) {
      return false;
    }
    String[] tokens = s.strip().split("[\\s,|·•]+");
    if (tokens.length > 12) {
      return false;
    }
    for (String raw : tokens) {
      String t = EDGES.matcher(raw).replaceAll("");
      if (t.isEmpty()
          || NUMERIC_TOKEN.matcher(t).matches()
          || MONTH_TOKEN.matcher(t).matches()
          || matchesAny(Category.METADATA, t)
          || matchesAny(Category.SECTION, t)) {
        continue;
      }
      return false;
    }
    return true;
  }

  private boolean matchesAny(Category c, String token) {
    for (Pattern p : patterns.getOrDefault(c, List.of())) {
      if (p.matcher(token).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Index of the first body paragraph: the first line of at least 15 words ending with a full stop
   * or exclamation mark (or of 30 words), else the first such line of 8 words, else the line after
   * the first {@value #HEADER_LINES} non-blank lines.
   */
  public static int bodyStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (isParagraph(lines.get(i).strip())) {
        return i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (words(s) >= 8 && PARAGRAPH_END.matcher(s).matches()) {
        return i;
      }
    }
    int nonBlank = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && ++nonBlank > HEADER_LINES) {
        return i;
      }
    }
    return lines.size();
  }

  static boolean isParagraph(String s) {
    int w = words(s);
    return w >= 30 || (w >= 15 && PARAGRAPH_END.matcher(s).matches());
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }
}
