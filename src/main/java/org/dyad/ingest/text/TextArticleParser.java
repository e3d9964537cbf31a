package org.dyad.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.dates.DateFinder;
import org.dyad.ingest.outlet.OutletDirectory;
import org.dyad.ingest.outlet.Provenance;
import org.dyad.model.PartialDate;

/**
 * Turns a plain-text news page into an article draft: furniture removed ({@link FurnitureFilter}),
 * one paragraph per line, with the title (the first line left, when it reads as a headline), the
 * author (from a byline, which is furniture), the publishing outlet and the source it carries
 * ({@link Provenance}) and the publication date the page or its web address states ({@link
 * DateFinder}; photo captions and social-media embeds never date a page).
 *
 * <p>The draft's text keeps the page's own characters: line endings become "\n", runs of spaces,
 * tabs and no-break spaces become one space, zero-width characters go, lines are stripped, blank
 * lines are dropped and the kept lines are joined with a single "\n" (one paragraph per line).
 * Hard-wrapped pages (short lines, blank lines between paragraphs) have each paragraph's lines
 * joined with a space first. The title line stays in the text.
 */
public final class TextArticleParser {

  /**
   * What a reader knows about a page besides its text.
   *
   * @param url the page's web address, or null
   * @param statedOutlet the outlet name the input states (JSON Lines, site metadata, feed), or null
   * @param corpusRepeated keys ({@link FurnitureFilter#lineKey}) of lines other pages of the same
   *     site repeat
   */
  public record PageContext(String url, String statedOutlet, Set<String> corpusRepeated) {

    /** Nothing known but the text. */
    public static final PageContext NONE = new PageContext(null, null, Set.of());

    public PageContext {
      corpusRepeated = corpusRepeated == null ? Set.of() : Set.copyOf(corpusRepeated);
    }

    /** A page known by its web address only. */
    public static PageContext of(String url) {
      return new PageContext(url, null, Set.of());
    }
  }

  /** A parsed page: the draft, the furniture taken out, and where the date came from. */
  public record ParsedPage(ArticleDraft draft, List<RemovedLine> removed, DateFinder.Found date) {

    public ParsedPage {
      if (draft == null) {
        throw new IllegalArgumentException("draft must not be null");
      }
      removed = List.copyOf(removed);
    }
  }

  private static final String NAME = LineShapes.NAME;
  private static final Pattern TIMESTAMP_BYLINE =
      Pattern.compile(
          "(?:^|\\s)(?:By|BY)\\s+(" + NAME + "(?:\\s+(?:and|&)\\s+" + NAME + ")*)\\s*$");
  private static final Pattern REPORTING_BY =
      Pattern.compile("(?:^|[(\\[;]\\s*)(?:Reporting|Reported|Written) by\\s+(" + NAME + ")");
  private static final Pattern WRITES_IN =
      Pattern.compile(
          "("
              + NAME
              + ")(?:,[^,.;]{0,120},)?\\s+(?:writes|wrote|argues|argued|notes|noted|opines)\\s+"
              + "(?:in|for)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\d.&'\u2019-]*"
              + "(?:\\s+\\p{Lu}[\\p{L}\\d.&'\u2019-]*){0,3})");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?<![\\p{L}\\d@.])(\\p{L}[\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.\\p{Ll}{2,10})\\b");
  private static final String HOLDER_WORD = "\\p{Lu}[\\p{L}\\d&'\u2019-]*(?:\\.[\\p{L}\\d-]+)*";
  private static final Pattern COPYRIGHT_HOLDER =
      Pattern.compile(
          "^(?iu:\u00a9|\\(c\\)|copyright)\\s*(?:\u00a9|\\([cC]\\))?\\s*"
              + "(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?)?\\s*,?\\s*("
              + HOLDER_WORD
              + "(?:\\s+"
              + HOLDER_WORD
              + "){0,4})");
  private static final Pattern HORIZONTAL_SPACE =
      Pattern.compile("[\\t\\x0B\\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]");
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?\u2026:;][\"'\u201d\u2019\u00bb)\\]]*$");

  private static final Pattern LEDE_END = Pattern.compile(".*\\.[\"'\u201d\u2019\u00bb)\\]]*$");

  /** Furniture whose lines can neither date a page nor credit its copy. */
  private static final Set<String> NOT_EVIDENCE =
      Set.of("photo caption", "photo credit", "image description", "social media embed");

  private final FurnitureFilter furniture;
  private final Provenance provenance = new Provenance(OutletDirectory.standard());

  public TextArticleParser() {
    this(FurnitureFilter.standard());
  }

  public TextArticleParser(FurnitureFilter furniture) {
    if (furniture == null) {
      throw new IllegalArgumentException("furniture must not be null");
    }
    this.furniture = furniture;
  }

  /**
   * Parses one page into a draft (see the class comment for how the text is normalised); a source
   * that is an http(s) address is the page's web address.
   */
  public ArticleDraft parse(String source, String rawText) {
    return parsePage(source, rawText, contextOf(source)).draft();
  }

  /** Parses one page, with what the reader knows about it, into a draft. */
  public ArticleDraft parse(String source, String rawText, PageContext context) {
    return parsePage(source, rawText, context).draft();
  }

  /** Parses one page and reports the furniture removed and the evidence of the date. */
  public ParsedPage parsePage(String source, String rawText) {
    return parsePage(source, rawText, contextOf(source));
  }

  private static PageContext contextOf(String source) {
    return source != null && source.matches("(?i)https?://\\S+")
        ? PageContext.of(source)
        : PageContext.NONE;
  }

  /** Parses one page, with what the reader knows about it; the draft's URL is the context's. */
  public ParsedPage parsePage(String source, String rawText, PageContext context) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank: '" + source + "'");
    }
    if (rawText == null) {
      throw new IllegalArgumentException("rawText must not be null for " + source);
    }
    if (context == null) {
      throw new IllegalArgumentException("context must not be null for " + source);
    }
    List<String> lines = lines(rawText);
    List<RemovedLine> removed = furniture.furniture(lines, context.corpusRepeated());
    Set<Integer> removedIdx = new HashSet<>();
    Set<Integer> notEvidence = new HashSet<>();
    for (RemovedLine r : removed) {
      removedIdx.add(r.lineNumber() - 1);
      if (NOT_EVIDENCE.contains(r.reason())) {
        notEvidence.add(r.lineNumber() - 1);
      }
    }
    DateFinder.Found date = DateFinder.find(lines, notEvidence, context.url()).orElse(null);
    List<String> kept = new ArrayList<>();
    int bodyStart = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty() && !removedIdx.contains(i)) {
        kept.add(lines.get(i));
        if (bodyStart == lines.size() && FurnitureFilter.isParagraph(lines.get(i))) {
          bodyStart = i;
        }
      }
    }
    String[] authorOutlet = authorAndOutlet(kept, removed);
    Provenance.Result origin =
        provenance.of(
            context.url(), context.statedOutlet(), authorOutlet[1], lines, notEvidence, bodyStart);
    PartialDate published = date == null ? null : date.date();
    boolean inferred = date != null && date.inferred();
    ArticleDraft draft =
        new ArticleDraft(
            source,
            context.url(),
            title(kept),
            origin.outlet(),
            authorOutlet[0],
            published,
            inferred,
            "en",
            String.join("\n", kept),
            origin.syndicatedFrom());
    return new ParsedPage(draft, removed, date);
  }

  /**
   * The page's lines with whitespace normalised; a hard-wrapped paragraph is joined into its first
   * line and its other lines left blank, so list positions stay the source's line numbers.
   */
  static List<String> lines(String raw) {
    String t = raw.replace("\r\n", "\n").replaceAll("[\r\u0085\u2028\u2029]", "\n");
    t = INVISIBLE.matcher(t).replaceAll("");
    List<String> lines = new ArrayList<>();
    for (String l : t.split("\n", -1)) {
      lines.add(HORIZONTAL_SPACE.matcher(l).replaceAll(" ").strip());
    }
    unwrap(lines);
    return lines;
  }

  /**
   * Joins hard-wrapped paragraphs: on a page whose lines are all short, with blank lines between
   * paragraphs and at least three full-width lines that do not end a sentence, a full-width line
   * continues onto the next non-blank line.
   */
  private static void unwrap(List<String> lines) {
    int width = 0;
    boolean blanks = false;
    for (String l : lines) {
      width = Math.max(width, l.length());
      blanks |= l.isEmpty();
    }
    if (!blanks || width > 100 || width < 50) {
      return;
    }
    int open = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String l = lines.get(i);
      if (l.length() >= 0.75 * width
          && !SENTENCE_END.matcher(l).matches()
          && !lines.get(i + 1).isEmpty()) {
        open++;
      }
    }
    if (open < 3) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      int last = i;
      StringBuilder joined = new StringBuilder(lines.get(i));
      int previous = lines.get(i).length();
      while (last + 1 < lines.size() && previous >= 0.6 * width && !lines.get(last + 1).isEmpty()) {
        last++;
        previous = lines.get(last).length();
        joined.append(' ').append(lines.get(last));
        lines.set(last, "");
      }
      lines.set(i, joined.toString());
      i = last;
    }
  }

  /** The first kept line when it reads as a headline rather than the lede or a dateline. */
  static String title(List<String> kept) {
    if (kept.size() < 2) {
      return null;
    }
    String first = kept.get(0);
    int words = FurnitureFilter.words(first);
    if (words > 40
        || LEDE_END.matcher(first).matches()
        || (words >= 30 && !first.endsWith("?"))
        || LineShapes.byline(first).isPresent()
        || DateFinder.parseDate(first).isPresent()) {
      return null;
    }
    return first;
  }

  /** The author and outlet a page states, as {author, outlet}; either may be null. */
  private static String[] authorAndOutlet(List<String> kept, List<RemovedLine> removed) {
    String author = null;
    String outlet = null;
    for (RemovedLine r : removed) {
      if (author == null && r.reason().equals("byline")) {
        Optional<String> names = LineShapes.byline(r.text());
        if (names.isPresent()) {
          author = names.get();
          String tail = LineShapes.bylineTail(r.text());
          if (!tail.isEmpty() && LineShapes.isNameLine(tail)) {
            outlet = tail;
          }
        } else if (LineShapes.isNameLine(r.text().strip())) {
          author = r.text().strip();
        }
      }
      if (author == null && r.reason().equals("timestamp")) {
        Matcher by = TIMESTAMP_BYLINE.matcher(r.text());
        if (by.find()) {
          author = by.group(1);
        }
      }
    }
    for (int i = 0; i < Math.min(kept.size(), 8) && author == null; i++) {
      author = LineShapes.byline(kept.get(i)).orElse(null);
    }
    for (int i = 0; i < kept.size() && author == null; i++) {
      Matcher r = REPORTING_BY.matcher(kept.get(i));
      if (r.find()) {
        author = r.group(1);
      }
    }
    for (int i = 0; i < kept.size() && outlet == null; i++) {
      if (i >= 3 && i < kept.size() - 3) {
        continue;
      }
      Matcher w = WRITES_IN.matcher(kept.get(i));
      if (w.find()) {
        author = author != null ? author : w.group(1);
        outlet = w.group(2).replaceAll("[.'\u2019]+$", "");
      }
    }
    for (RemovedLine r : removed) {
      if (outlet == null && r.reason().startsWith("newsletter")) {
        Matcher d = DOMAIN.matcher(r.text());
        if (d.find()) {
          outlet = d.group(1);
        }
      }
    }
    for (RemovedLine r : removed) {
      if (outlet == null && r.reason().equals("legal notice")) {
        Matcher c = COPYRIGHT_HOLDER.matcher(r.text().strip());
        if (c.find() && !c.group(1).matches("(?i)all rights.*")) {
          outlet = c.group(1).replaceAll("[.,]+$", "");
        }
      }
    }
    return new String[] {author, outlet};
  }
}
