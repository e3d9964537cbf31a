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
import org.dyad.model.PartialDate;

/**
 * Turns a plain-text news page into an article draft: furniture removed, one paragraph per line,
 * with the title, outlet, author and publication date the page states.
 */
public final class TextArticleParser {

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:By|BY|Written by|Reporting by)\\s+(\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){0,3})");
  private static final Pattern WRITES_IN =
      Pattern.compile(
          "(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){1,3}),[^,.]{0,100},\\s+(?:writes|wrote|argues|argued)\\s+(?:in|for)\\s+(?:the\\s+)?"
              + "(\\p{Lu}[\\p{L}\\d.&'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'\u2019-]*){0,3})(?:\\s+(?:magazine|newspaper|daily|weekly|journal|website|outlet))?");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "\\b(\\p{L}[\\p{L}\\d-]*\\.(?:com|us|az|ru|org|net|uk|info|news|co|io|ge|am|kz|tr|ua|in|pk|eu|de|fr))\\b");

  private final FurnitureFilter furniture;

  public TextArticleParser() {
    this(FurnitureFilter.standard());
  }

  public TextArticleParser(FurnitureFilter furniture) {
    this.furniture = furniture;
  }

  /** Parses one page; the draft's text keeps the page's own characters, one paragraph per line. */
  public ArticleDraft parse(String source, String raw) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    String normalized = raw.replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = new ArrayList<>(List.of(normalized.split("\n", -1)));
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, lines.get(i).strip());
    }
    int bodyStart = bodyStart(lines);
    Optional<DateFinder.Found> date = DateFinder.find(lines);
    List<RemovedLine> removed = furniture.furniture(lines, bodyStart);
    Set<Integer> removedIdx = new HashSet<>();
    for (RemovedLine r : removed) {
      removedIdx.add(r.lineNumber());
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty() && !removedIdx.contains(i)) {
        kept.add(lines.get(i));
      }
    }
    String title = title(kept);
    String author = null;
    String outlet = null;
    for (int i = 0; i < Math.min(kept.size(), 8) && author == null; i++) {
      Matcher by = BYLINE.matcher(kept.get(i));
      if (by.find()) {
        author = by.group(1);
      }
    }
    for (int i = 0; i < Math.min(kept.size(), 3) && outlet == null; i++) {
      Matcher w = WRITES_IN.matcher(kept.get(i));
      if (w.find()) {
        author = author != null ? author : w.group(1);
        outlet = w.group(2).replaceAll("[.’']+$", "");
      }
    }
    for (RemovedLine r : removed) {
      Matcher d = DOMAIN.matcher(r.text());
      if (outlet == null && r.reason().startsWith("newsletter") && d.find()) {
        outlet = d.group(1);
      }
    }
    PartialDate published = date.map(DateFinder.Found::date).orElse(null);
    boolean inferred = date.map(DateFinder.Found::inferred).orElse(false);
    return new ArticleDraft(
        source, null, title, outlet, author, published, inferred, "en", String.join("\n", kept));
  }

  /** The first line long enough to be a body paragraph. */
  static int bodyStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).split("\\s+").length >= 15
          && lines.get(i).matches("(?s).*[.!][\u201d\"\u00bb)]?$")) {
        return i;
      }
    }
    return Math.min(lines.size(), DateFinder.HEADER_LINES);
  }

  /** The first kept line when it reads as a headline rather than the lede. */
  static String title(List<String> kept) {
    if (kept.size() < 2) {
      return null;
    }
    String first = kept.get(0);
    int words = first.split("\\s+").length;
    if (words > 40 || first.endsWith(".") || DateFinder.parseDate(first).isPresent()) {
      return null;
    }
    return first;
  }
}
