package org.dyad.extract.quote;

import java.util.regex.Pattern;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Span;

/**
 * Reads quoted words themselves and where they sit: whether they are speech at all (not a name, a
 * term after an idiom, a heading or a noun's modifier) and whether they fill their paragraph.
 */
final class QuotedWords {

  private static final Pattern IDIOM_BEFORE =
      Pattern.compile(
          "(?i)(as (?:they|people|the saying) (?:say|says|goes|put it)|so to speak|so-called|"
              + "the (?:notorious|infamous|proverbial))\\W*$");

  /**
   * A full stop after a lower-case word, then more: a line of sentences (cut short), not a title.
   */
  private static final Pattern PROSE = Pattern.compile("\\p{Ll}{2}[.!?][\u201d\"]?\\s+\\S");

  private QuotedWords() {}

  /** The words of a passage, its parts (across paragraphs) joined by line breaks, stripped. */
  static String joinParts(String text, QuoteSpans.Passage q) {
    StringBuilder b = new StringBuilder();
    for (Span part : q.parts()) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(part.of(text));
    }
    return b.toString().strip();
  }

  /** True when the quote follows an idiom that holds a term at a distance ("so-called"). */
  static boolean afterIdiom(String text, Span outer) {
    String before = text.substring(Math.max(0, outer.start() - 40), outer.start());
    return IDIOM_BEFORE.matcher(before).find();
  }

  /** Quoted words that are a name: every word capitalised, or a domain. */
  static boolean looksLikeName(String inner) {
    String s = inner.strip().replaceAll("[,.;:]$", "");
    if (s.matches("(?i)[\\w-]+\\.(az|ru|com|org|net|ua|uk|us|tr|am|ge|kz|info|news|io|in|pk)")) {
      return true;
    }
    String[] words = s.split("\\s+");
    if (words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (w.matches("(?i)of|the|and|for|de|al|el|la|&|-")) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the quoted words only modify a noun outside them (its "grounded" warship): a term
   * held at a distance, not speech.
   */
  static boolean modifiesNoun(SentenceGraph g, Span inner) {
    int top = -1;
    for (int t = 0; t < g.size(); t++) {
      if (!inner.contains(g.token(t).span())) {
        continue;
      }
      int up = g.head(t);
      if (up < 0 || !inner.contains(g.token(up).span())) {
        if (top >= 0) {
          return false;
        }
        top = t;
      }
    }
    if (top < 0) {
      return false;
    }
    String rel = g.relationToParent(top);
    int up = g.head(top);
    return up > top && g.pos(up).startsWith("NN") && (rel.equals("amod") || rel.equals("compound"));
  }

  /** True when the quote sits in a heading: a short line without closing punctuation. */
  static boolean isHeader(String text, Span outer) {
    int start = text.lastIndexOf('\n', outer.start() - 1) + 1;
    int end = text.indexOf('\n', outer.end());
    String line = text.substring(start, end < 0 ? text.length() : end).strip();
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    boolean closed =
        ".!:;".indexOf(last) >= 0
            || (last == '\u201d' || last == '"' || last == '\u00bb')
                && line.length() > 1
                && ".!?,".indexOf(line.charAt(line.length() - 2)) >= 0;
    return !closed && line.split("\\s+").length <= 30 && !PROSE.matcher(line).find();
  }

  /** True when the quote fills its line but for punctuation and a character or two. */
  static boolean coversParagraph(String text, Span outer) {
    int start = text.lastIndexOf('\n', outer.start() - 1) + 1;
    int end = text.indexOf('\n', outer.end());
    String line = text.substring(start, end < 0 ? text.length() : end);
    String rest = line.replace(text.substring(outer.start(), outer.end()), "");
    return rest.replaceAll("[\\s.,;:!?\u2014-]", "").length() <= 2;
  }

  /** True when the paragraph before the one at {@code offset} ends with a colon. */
  static boolean previousParagraphEndsWithColon(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1);
    if (lineStart <= 0) {
      return false;
    }
    return text.substring(0, lineStart).stripTrailing().endsWith(":");
  }
}
