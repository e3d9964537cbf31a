package org.dyad.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Peels off the markup feeds leave in their text: HTML escaped once more than the format asks
 * ({@code &amp;lt;p&amp;gt;}), tags and entity references in titles and names.
 */
final class FeedText {

  private static final String TAG_NAMES =
      "(?:p|div|br|span|a|b|i|u|s|em|strong|small|big|sup|sub|font|center|img|figure|figcaption"
          + "|picture|source|video|audio|iframe|script|style|noscript|ul|ol|li|dl|dt|dd|h[1-6]|hr"
          + "|blockquote|q|cite|pre|code|abbr|time|mark|table|thead|tbody|tr|td|th|section"
          + "|article|header|footer|nav|aside|main|html|head|body|title|meta|link)";

  /** An HTML tag of a common element, as markup that no article sentence contains. */
  static final Pattern TAG =
      Pattern.compile(
          "<(?:/?" + TAG_NAMES + "(?:\\s[^<>]*)?/?>|!--|!\\[CDATA\\[)", Pattern.CASE_INSENSITIVE);

  private static final Pattern ESCAPED_TAG =
      Pattern.compile("&lt;/?" + TAG_NAMES + "(?:\\s|/|&gt;)", Pattern.CASE_INSENSITIVE);

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));");

  private static final Pattern SPACE = Pattern.compile("[\\s\u00a0]+");

  private FeedText() {}

  /**
   * The HTML a feed value carries once the extra layers of escaping some feeds add are removed: an
   * escaped tag in a value without real tags means the HTML was escaped twice.
   */
  static String html(String value) {
    String html = value;
    for (int i = 0; i < 3 && !TAG.matcher(html).find() && ESCAPED_TAG.matcher(html).find(); i++) {
      html = Parser.unescapeEntities(html, false);
    }
    return html;
  }

  /** Plain text of an inline value (a title, a name) on one line, or null when none is left. */
  static String plain(String value) {
    if (value == null) {
      return null;
    }
    String t = value;
    for (int i = 0; i < 3 && (i == 0 || hasMarkup(t)); i++) {
      t = Jsoup.parseBodyFragment(t).text();
    }
    t = SPACE.matcher(t).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * Article text with any line that still holds tags or entity references (HTML escaped inside
   * already escaped HTML) reduced to its text; lines left empty are dropped.
   */
  static String clean(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String l = hasMarkup(line) ? plain(line) : line;
      if (l != null && !l.isBlank()) {
        lines.add(l);
      }
    }
    return String.join("\n", lines);
  }

  /** True when {@code s} holds a common HTML tag, a comment, CDATA or an entity reference. */
  static boolean hasMarkup(String s) {
    if (TAG.matcher(s).find()) {
      return true;
    }
    Matcher m = ENTITY.matcher(s);
    while (m.find()) {
      if (m.group(1) == null || Entities.isNamedEntity(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** Plain text as HTML paragraphs, one per non-blank line. */
  static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        out.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
      }
    }
    return out.toString();
  }
}
