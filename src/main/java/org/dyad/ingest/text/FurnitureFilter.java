package org.dyad.ingest.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.ingest.dates.DateFinder;
import org.dyad.ingest.outlet.OutletDirectory;
import org.dyad.ingest.text.FurnitureVocabulary.Category;

/**
 * Decides which lines of a text page are page furniture: advertisement slots, navigation and widget
 * labels and the teaser lists they introduce, newsletter boxes, legal and site notices
 * (vocabularies in {@code dyad/furniture.txt}), lone symbols and numbers, timestamp, byline and
 * page-metadata lines, photo captions and credits, tag lists, social-media embeds, breadcrumbs,
 * later copies of a line, lines a corpus repeats, and in the header zone section labels, kickers,
 * bulleted labels, all-caps banners and name-only credit lines. Subheadings and datelines inside
 * the article are kept.
 */
public final class FurnitureFilter {

  /** How many leading non-blank lines form the header zone when no paragraph is found. */
  public static final int HEADER_LINES = 6;

  private static final Pattern SYMBOLS_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]+");
  private static final Pattern NUMBER_ONLY =
      Pattern.compile("[\\d\\s.,:/|·•+-]*\\d[\\d\\s.,:/|·•+-]*");
  private static final Pattern TIME_OR_DATE =
      Pattern.compile(".*(\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}).*");
  private static final Pattern LABEL_WORD = Pattern.compile("\\p{L}[\\p{L}&'\u2019-]{0,19}");
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?\u2026][\"'\u201d\u2019\u00bb)\\]]*$");

  private static final Pattern PARAGRAPH_END =
      Pattern.compile(".*[.!\u2026][\"'\u201d\u2019\u00bb)\\]]*$");

  private static final Pattern SYMBOLS_AND_DIGITS =
      Pattern.compile("[\\p{P}\\p{S}\\s\\d]*\\d[\\p{P}\\p{S}\\s\\d]*");
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?<![\\d:])\\d{1,2}[:.]\\d{2}(?![\\d.:/])|\\b\\d{1,2}\\s*[ap]\\.?m\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern INNER_SENTENCE =
      Pattern.compile("[a-z\\d)][.!?][\"'\u201d\u2019]?\\s+[\"'\u201c\u2018]?\\p{Lu}");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final FurnitureVocabulary vocabulary;
  private final Captions captions;

  private FurnitureFilter(FurnitureVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.captions =
        new Captions(
            s -> vocabulary.occurs(Category.CREDIT, s),
            s -> vocabulary.matches(Category.CAPTION, s),
            OutletDirectory.standard());
  }

  /** The filter with the built-in vocabularies. */
  public static FurnitureFilter standard() {
    return new FurnitureFilter(FurnitureVocabulary.standard());
  }

  /**
   * The built-in vocabularies plus those in {@code extra} (same format as {@code
   * dyad/furniture.txt}).
   */
  public static FurnitureFilter withExtra(Path extra) throws IOException {
    return new FurnitureFilter(FurnitureVocabulary.withExtra(extra));
  }

  /** The built-in vocabularies plus the given pattern lines (same format as the file). */
  public static FurnitureFilter withExtra(List<String> extraLines) {
    return new FurnitureFilter(FurnitureVocabulary.withExtra(extraLines));
  }

  /**
   * True for a line made only of dates, times, counters, reading-time words and section names, with
   * at least one digit: "03 July 18419 10 minutes", "5 min read", "Updated: 10:29 GMT".
   */
  public boolean isMetadata(String s) {
    return vocabulary.isMetadata(s);
  }

  /** The furniture lines of a page, in page order. */
  public List<RemovedLine> furniture(List<String> lines) {
    return furniture(lines, Set.of());
  }

  /**
   * The furniture lines of a page, in page order.
   *
   * @param lines the page's lines (blank lines allowed; line numbers are positions in this list,
   *     counted from 1)
   * @param corpusRepeated keys ({@link #lineKey}) of lines that other pages of the same site
   *     repeat; short ones of them are furniture here too
   */
  public List<RemovedLine> furniture(List<String> lines, Set<String> corpusRepeated) {
    if (lines == null || corpusRepeated == null) {
      throw new IllegalArgumentException("lines and corpusRepeated must not be null");
    }
    int n = lines.size();
    String[] reasons = new String[n];
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      reasons[i] = reason(s);
      String key = lineKey(s);
      if (reasons[i] == null && corpusRepeated.contains(key) && isRepeatable(s)) {
        reasons[i] = "repeated across the corpus";
      }
      Integer first = firstSeen.putIfAbsent(key, i);
      if (reasons[i] == null && first != null && words(s) >= 3) {
        reasons[i] = "repeated line";
      }
    }
    context(lines, reasons);
    int bodyStart = bodyStart(lines, reasons);
    header(lines, reasons, bodyStart);
    int lastParagraph = -1;
    for (int i = 0; i < n; i++) {
      if (reasons[i] == null && isParagraph(lines.get(i).strip())) {
        lastParagraph = i;
      }
    }
    boolean teasers = false;
    for (int i = 0; i < n; i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (reasons[i] == null && teasers && words(s) <= 25 && !SENTENCE_END.matcher(s).matches()) {
        reasons[i] = "teaser after navigation label";
      }
      if (i > lastParagraph && vocabulary.matches(Category.LIST_HEADING, s)) {
        teasers = true;
      }
    }
    for (int i = 0; i < n; i++) {
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
    for (int i = 0; i < n; i++) {
      if (reasons[i] != null) {
        out.add(new RemovedLine(i + 1, lines.get(i), reasons[i]));
      }
    }
    return out;
  }

  /**
   * The key under which a line counts as the same line elsewhere: lower case, letters and digits
   * only, single spaces.
   */
  public static String lineKey(String line) {
    return NON_WORD
        .matcher(line.toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip()
        .replaceAll("\\s+", " ");
  }

  /** A line short or plain enough to be dropped because other pages of its site repeat it. */
  static boolean isRepeatable(String s) {
    return words(s) <= 12 && !SENTENCE_END.matcher(s).matches();
  }

  /** Why a line is furniture wherever it stands, or null. */
  private String reason(String s) {
    if (SYMBOLS_ONLY.matcher(s).matches()) {
      return "lone symbol";
    }
    if (NUMBER_ONLY.matcher(s).matches()) {
      return TIME_OR_DATE.matcher(s).matches() ? "timestamp" : "lone number";
    }
    if (SYMBOLS_AND_DIGITS.matcher(s).matches()) {
      return "lone number";
    }
    for (Category c :
        List.of(
            Category.ADVERTISEMENT,
            Category.LEGAL,
            Category.NOTICE,
            Category.NEWSLETTER,
            Category.LIST_HEADING,
            Category.NAVIGATION)) {
      if (vocabulary.matches(c, s)) {
        return c.reason;
      }
    }
    if (isMetadata(s)) {
      return Category.METADATA.reason;
    }
    if (isTimestamp(s)) {
      return "timestamp";
    }
    if (LineShapes.byline(s).isPresent()) {
      return "byline";
    }
    if (captions.isCreditLine(s)) {
      return Category.CREDIT.reason;
    }
    if (captions.isCaption(s)) {
      return Category.CAPTION.reason;
    }
    if (LineShapes.isSocialEmbed(s)) {
      return "social media embed";
    }
    if (LineShapes.isTagList(s)) {
      return "tag list";
    }
    if (LineShapes.isBreadcrumb(s, t -> vocabulary.isSectionPhrase(t))) {
      return "breadcrumb";
    }
    if (LineShapes.isAllCaps(s) && vocabulary.isSectionPhrase(s)) {
      return "edition banner";
    }
    if (vocabulary.matches(Category.PLAIN, s)) {
      return Category.PLAIN.reason;
    }
    return null;
  }

  /**
   * A line that dates the page with a clock time, a byline or a label and says nothing else but a
   * credit or a place: "24 May 2025 - 11:41 By Jane Roe", "Latest update May 2nd, 2025 6:10 AM". A
   * dateline with only a place ("May 2, 2025 — Baku") is kept.
   */
  private static boolean isTimestamp(String s) {
    if (!DateFinder.isDateLine(s)
        || DateFinder.parseDate(s).isEmpty() && !DateFinder.opensWithYearlessDate(s)) {
      return false;
    }
    return CLOCK.matcher(s).find() || DateFinder.hasByline(s) || DateFinder.hasLabel(s);
  }

  /**
   * Lines that are furniture because of their neighbours: the line above a credit line is its
   * caption, a name below a caption is its credit, and at the top of a page, before any prose, a
   * line above a caption that names the same people is the image's alternative text.
   */
  private void context(List<String> lines, String[] reasons) {
    boolean prose = false;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      int next = nextNonBlank(lines, i + 1);
      String nextReason = next < 0 ? null : reasons[next];
      boolean creditNext =
          next >= 0
              && captions.isCreditLine(lines.get(next))
              && captions.creditsAnImage(lines.get(next));
      if (reasons[i] == null && creditNext && isCaptionSized(s) && !isTitleCase(s)) {
        reasons[i] = Category.CAPTION.reason;
      }
      if (reasons[i] == null
          && Category.CAPTION.reason.equals(nextReason)
          && !prose
          && words(s) <= 30
          && PARAGRAPH_END.matcher(s).matches()
          && sharedNames(s, lines.get(next)) >= 2) {
        reasons[i] = "image description";
      }
      int previous = previousNonBlank(lines, i - 1);
      if (reasons[i] == null
          && previous >= 0
          && Category.CAPTION.reason.equals(reasons[previous])
          && LineShapes.isNameLine(s)) {
        reasons[i] = Category.CREDIT.reason;
      }
      if (reasons[i] == null && isParagraph(s)) {
        prose = true;
      }
    }
  }

  /** Short enough to be the caption above a credit line: one sentence of at most 35 words. */
  private static boolean isCaptionSized(String s) {
    return words(s) <= 35 && !INNER_SENTENCE.matcher(s).find() && !s.endsWith(":");
  }

  /** A headline in title case: most words of four letters or more are capitalised. */
  private static boolean isTitleCase(String s) {
    int longWords = 0;
    int capitalised = 0;
    for (String w : s.strip().split("\\s+")) {
      String t = w.replaceAll("^[^\\p{L}]+", "");
      if (t.length() >= 4) {
        longWords++;
        if (Character.isUpperCase(t.codePointAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords >= 2 && capitalised * 10 >= longWords * 7;
  }

  /** How many capitalised words (not the first word) two lines share. */
  private static int sharedNames(String a, String b) {
    Set<String> x = capitalised(a);
    x.retainAll(capitalised(b));
    return x.size();
  }

  private static Set<String> capitalised(String s) {
    Set<String> out = new HashSet<>();
    String[] w = s.strip().split("[\\s,;:()\"\u201c\u201d]+");
    for (int i = 1; i < w.length; i++) {
      String t = w[i].replaceAll("['\u2019]s$|[.,;:!?]+$", "");
      if (t.length() > 1 && Character.isUpperCase(t.charAt(0))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Header-zone furniture (the lines before the first body paragraph): section labels and lone
   * one-word labels, bulleted labels, all-caps banners, and short capitalised lines around the
   * headline: a kicker above it, an author or source credit below it.
   */
  private void header(List<String> lines, String[] reasons, int bodyStart) {
    int headline = -1;
    for (int i = 0; i < bodyStart; i++) {
      String s = lines.get(i).strip();
      if (reasons[i] == null && words(s) >= 4 && !LineShapes.isNameLine(s)) {
        headline = i;
        break;
      }
    }
    for (int i = 0; i < Math.min(bodyStart, lines.size()); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty() || reasons[i] != null || i == headline) {
        continue;
      }
      if (vocabulary.matches(Category.SECTION, s) || isLoneLabel(s, lines, i, bodyStart, reasons)) {
        reasons[i] = Category.SECTION.reason;
      } else if (LineShapes.isBulletedLabel(s)) {
        reasons[i] = Category.NAVIGATION.reason;
      } else if (headline >= 0
          && LineShapes.isAllCaps(s)
          && words(s) <= 5
          && !s.matches(".*[,:;\\p{Pd}]$")
          && !(words(s) >= 3 && s.endsWith("."))) {
        reasons[i] = Category.SECTION.reason;
      } else if (headline >= 0 && LineShapes.isNameLine(s)) {
        if (i > headline) {
          reasons[i] = "byline";
        } else if (words(s) <= 3) {
          reasons[i] = Category.SECTION.reason;
        }
      }
    }
  }

  /**
   * A single word in the header zone that is not the page's only headline candidate: a section
   * label such as "Opinion" rather than a one-word title.
   */
  private boolean isLoneLabel(
      String s, List<String> lines, int i, int bodyStart, String[] reasons) {
    if (!LABEL_WORD.matcher(s).matches()) {
      return false;
    }
    for (int j = 0; j < Math.min(bodyStart, lines.size()); j++) {
      String o = lines.get(j).strip();
      if (j != i
          && reasons[j] == null
          && words(o) >= 3
          && !isMetadata(o)
          && !SYMBOLS_ONLY.matcher(o).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Index of the first body paragraph that is not furniture: the first such line of at least 15
   * words ending with a full stop or exclamation mark (or of 30 words), else the first such line of
   * 8 words, else the line after the first {@value #HEADER_LINES} non-blank lines.
   */
  static int bodyStart(List<String> lines, String[] reasons) {
    for (int i = 0; i < lines.size(); i++) {
      if (reasons[i] == null && isParagraph(lines.get(i).strip())) {
        return i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (reasons[i] == null && words(s) >= 8 && PARAGRAPH_END.matcher(s).matches()) {
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

  private static int previousNonBlank(List<String> lines, int from) {
    for (int j = from; j >= 0; j--) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
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
