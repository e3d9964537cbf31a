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
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which lines of a text page are page furniture: advertisement slots, navigation labels,
 * newsletter boxes, cookie and copyright notices (patterns in {@code dyad/furniture.txt}), lone
 * symbols and counters, timestamp and page-metadata lines, and a one-word section label in the
 * header. Subheadings and datelines inside the article are kept.
 */
public final class FurnitureFilter {

  private static final Pattern SYMBOLS_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]+");
  private static final Pattern NUMBER_ONLY = Pattern.compile("[\\d\\s.,:/|·•-]+");
  private static final Pattern META_TOKEN =
      Pattern.compile(
          "(?i)(\\d{1,2}|\\d{4}|\\d+[.,]?\\d*k?|\\d{1,2}:\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|"
              + "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
              + "oct(ober)?|nov(ember)?|dec(ember)?|mins?|minutes?|min\\.?|read|reading|time|views?|"
              + "hours?|ago|am|pm|gmt|utc|[|·•—–-])");
  private static final Pattern INBOX =
      Pattern.compile("(?i).*\\b(inbox|newsletter|subscribe|sign up)\\b.*");

  private final List<Pattern> patterns;

  private FurnitureFilter(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The filter with the built-in patterns. */
  public static FurnitureFilter standard() {
    try (InputStream in = FurnitureFilter.class.getResourceAsStream("/dyad/furniture.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "resource dyad/furniture.txt is missing from the classpath");
      }
      return new FurnitureFilter(
          parse(
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                  .lines()
                  .toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dyad/furniture.txt", e);
    }
  }

  /** The built-in patterns plus those in {@code extra} (same format). */
  public static FurnitureFilter withExtra(Path extra) throws IOException {
    List<Pattern> all = new ArrayList<>(standard().patterns);
    all.addAll(parse(Files.readAllLines(extra, StandardCharsets.UTF_8)));
    return new FurnitureFilter(all);
  }

  private static List<Pattern> parse(List<String> lines) {
    List<Pattern> out = new ArrayList<>();
    for (String l : lines) {
      String s = l.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    return out;
  }

  /**
   * The furniture lines of a page.
   *
   * @param lines the page's lines
   * @param bodyStart index of the first body paragraph (lines before it form the header zone)
   */
  public List<RemovedLine> furniture(List<String> lines, int bodyStart) {
    List<RemovedLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      String reason = reason(s, i < bodyStart);
      if (reason == null && i + 1 < lines.size() && isCallToAction(s, lines, i)) {
        reason = "newsletter heading";
      }
      if (reason != null) {
        out.add(new RemovedLine(i, lines.get(i), reason));
      }
    }
    return out;
  }

  private String reason(String s, boolean header) {
    if (SYMBOLS_ONLY.matcher(s).matches()) {
      return "symbols only";
    }
    if (NUMBER_ONLY.matcher(s).matches()) {
      return "number or timestamp";
    }
    boolean shortLine = s.split("\\s+").length <= 25;
    for (Pattern p : patterns) {
      if (shortLine && p.matcher(s).matches()) {
        return "matches furniture pattern " + p.pattern();
      }
    }
    if (isMetadata(s)) {
      return "page metadata (date, counters, reading time)";
    }
    if (header && s.matches("[\\p{L}&-]+") && s.length() <= 20) {
      return "section label";
    }
    return null;
  }

  /**
   * A line made only of dates, times, counters and reading-time words, with at least one number.
   */
  static boolean isMetadata(String s) {
    String[] tokens = s.split("[\\s,]+");
    if (tokens.length > 10 || !s.matches(".*\\d.*")) {
      return false;
    }
    for (String t : tokens) {
      if (!t.isEmpty() && !META_TOKEN.matcher(t).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A short heading line directly above a newsletter or subscription line. */
  private static boolean isCallToAction(String s, List<String> lines, int i) {
    int next = i + 1;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    if (next >= lines.size() || !INBOX.matcher(lines.get(next)).matches()) {
      return false;
    }
    return s.split("\\s+").length <= 8 && !s.matches(".*[.!?]$");
  }
}
