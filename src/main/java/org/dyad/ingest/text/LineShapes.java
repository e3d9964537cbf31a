package org.dyad.ingest.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of page-furniture lines that need no vocabulary: bylines, name-only lines, tag and hashtag
 * lists, social-media embeds, breadcrumbs, bulleted labels and all-caps banners.
 */
final class LineShapes {

  static final String NAME_WORD = "\\p{Lu}[\\p{L}'\u2019.-]*";
  private static final String PARTICLE =
      "(?:de|van|von|der|den|al|el|bin|ibn|da|di|le|la|du|dos|del|ter)";
  static final String NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + NAME_WORD + "){0,3}";
  private static final Pattern BYLINE =
      Pattern.compile(
          "^[\\p{Pd}\u2022\u00b7*\\s]*(?:By|BY|Written by|Text by|Words by|Reporting by|Reported by"
              + "|Story by|Author|Authors|Reporter|Correspondent)\\s*:?\\s+("
              + NAME
              + "(?:\\s*(?:,|and|&)\\s*"
              + NAME
              + ")*)\\s*(.*)$");
  private static final Pattern TAIL_START = Pattern.compile("^[|\u00b7\u2022,(\\p{Pd}/].*");
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?\u2026][\"'\u201d\u2019\u00bb)\\]]*$");
  private static final Pattern CONNECTOR = Pattern.compile("of|the|and|for|" + PARTICLE);
  private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.&-]*");
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\d&/])#[\\p{L}\\d_]{2,}");
  private static final Pattern TWEET_SIGNATURE =
      Pattern.compile("^[\\p{Pd}\\s]*[^()@]{1,60}\\(@[\\w.]{1,30}\\).{0,40}$");
  private static final Pattern BREADCRUMB_SEPARATOR =
      Pattern.compile("\\s+[/\u203a>\u00bb|]\\s+|\\s*[\u203a\u00bb]\\s*");
  private static final Pattern BULLET =
      Pattern.compile("^[\u2022\u00b7\u25aa\u25e6\u2023\u25cf*\\p{Pd}]\\s*(\\S+(?:\\s+\\S+)?)$");
  private static final Pattern TAG_ITEM =
      Pattern.compile("\\p{Lu}[\\p{L}'\u2019&-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019&-]*){0,2}");

  private LineShapes() {}

  /**
   * The names of a byline ("By Jane Roe and John Doe | The Daily", "- By NAME", "By Reuters"), or
   * empty when the line is not one: a one-word name must end the line or be followed by "|" or a
   * parenthesis, so that "By Friday, the talks..." is prose.
   */
  static Optional<String> byline(String line) {
    String s = line.strip();
    if (words(s) > 16) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String names = m.group(1).strip();
    String tail = m.group(2).strip();
    if (!tail.isEmpty()) {
      if (!TAIL_START.matcher(tail).matches() || words(tail) > 10) {
        return Optional.empty();
      }
      boolean oneWord = !names.contains(" ");
      if (oneWord && !(tail.startsWith("|") || tail.startsWith("("))) {
        return Optional.empty();
      }
      if (SENTENCE_END.matcher(tail).matches() && !tail.endsWith(")")) {
        return Optional.empty();
      }
    }
    return Optional.of(names);
  }

  /** The part of a byline after its names ("| HGP News" gives "HGP News"), or "". */
  static String bylineTail(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    if (!m.matches()) {
      return "";
    }
    return m.group(2).replaceAll("^[|\u00b7\u2022,(\\p{Pd}/\\s]+|[)\\s]+$", "").strip();
  }

  /**
   * A line of one to five capitalised words, lower-case connectors allowed inside ("Jane Roe",
   * "Global Times", "Ministry of Defence"), with no digits and no closing punctuation.
   */
  static boolean isNameLine(String line) {
    String s = line.strip();
    if (s.isEmpty()
        || s.matches(".*[\\d:;,!?.\u2026\\p{Pd}\"\u201c\u201d]$")
        || s.matches(".*\\d.*")) {
      return false;
    }
    String[] w = s.split("\\s+");
    if (w.length < 1 || w.length > 5) {
      return false;
    }
    int connectors = 0;
    for (int i = 0; i < w.length; i++) {
      if (NAME_TOKEN.matcher(w[i]).matches()) {
        continue;
      }
      if (i > 0 && i < w.length - 1 && CONNECTOR.matcher(w[i]).matches()) {
        connectors++;
        continue;
      }
      return false;
    }
    return connectors <= 2;
  }

  /**
   * A list of three or more tags separated by commas, semicolons or bars, each one to three
   * capitalised words ("Transport, Ships, Harbour").
   */
  static boolean isTagList(String line) {
    String s = line.strip();
    if (words(s) > 15 || SENTENCE_END.matcher(s).matches()) {
      return false;
    }
    String[] items = s.split("\\s*[,;|]\\s*");
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      if (!TAG_ITEM.matcher(item.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A social-media embed: three or more hashtags, a "pic.twitter.com" link, or a post's signature
   * ("— Name (@handle) August 8, 2025").
   */
  static boolean isSocialEmbed(String line) {
    String s = line.strip();
    if (s.toLowerCase(Locale.ROOT).contains("pic.twitter.com/")) {
      return true;
    }
    if (TWEET_SIGNATURE.matcher(s).matches()) {
      return true;
    }
    Matcher h = HASHTAG.matcher(s);
    int n = 0;
    while (h.find()) {
      n++;
    }
    return n >= 3;
  }

  /**
   * A breadcrumb trail: parts separated by "/", "›", "»", ">" or "|", all but the last at most
   * three words, starting from "Home" or made only of short capitalised or all-caps labels ("WORLD
   * / ASIA", "Home / News / Some headline").
   */
  static boolean isBreadcrumb(String line, java.util.function.Predicate<String> sectionWord) {
    String s = line.strip();
    String[] parts = BREADCRUMB_SEPARATOR.split(s);
    if (parts.length < 2) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].isBlank() || words(parts[i]) > 3) {
        return false;
      }
    }
    String first = parts[0].strip().toLowerCase(Locale.ROOT);
    if (first.equals("home") || first.equals("main") || first.equals("start")) {
      return true;
    }
    for (String p : parts) {
      String t = p.strip();
      if (t.isEmpty()
          || words(t) > 3
          || !(isAllCaps(t) || sectionWord.test(t))
          || SENTENCE_END.matcher(t).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A bullet followed by one or two words: "• English", "- Politics". */
  static boolean isBulletedLabel(String line) {
    String s = line.strip();
    return BULLET.matcher(s).matches() && !SENTENCE_END.matcher(s).matches();
  }

  /** True when at least three letters and nine in ten of them are capitals. */
  static boolean isAllCaps(String s) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 3 && upper * 10 >= letters * 9;
  }

  /** True when the line ends a sentence ("." "!" "?" "…", closing quotes allowed). */
  static boolean endsSentence(String s) {
    return SENTENCE_END.matcher(s.strip()).matches();
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
