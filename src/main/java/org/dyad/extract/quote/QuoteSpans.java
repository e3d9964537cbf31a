package org.dyad.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Span;

/**
 * Finds quoted passages in a text in every common style: “…”, „…“, «…», ‘…’, "…" and '…'. A quote
 * left open at the end of a paragraph continues when the next paragraph opens with a quote mark, as
 * news style writes multi-paragraph quotes.
 */
public final class QuoteSpans {

  /**
   * One quoted passage.
   *
   * @param inner the quoted words without quote marks
   * @param outer the passage with its quote marks
   * @param parts the inner spans of each paragraph of a multi-paragraph quote
   */
  public record Passage(Span inner, Span outer, List<Span> parts) {
    public Passage {
      parts = List.copyOf(parts);
    }
  }

  private QuoteSpans() {}

  /** Outermost quoted passages in text order; quotes nested inside a quote are part of it. */
  public static List<Passage> find(String text) {
    List<Passage> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      char close = closerFor(text, i);
      if (close == 0) {
        i++;
        continue;
      }
      List<Span> parts = new ArrayList<>();
      int start = i + 1;
      int j = start;
      int end = -1;
      while (j < n) {
        char d = text.charAt(j);
        if (d == '\n') {
          int next = j + 1;
          if (next < n && text.charAt(next) == c && closerFor(text, next) == close) {
            parts.add(new Span(start, j));
            start = next + 1;
            j = start;
            continue;
          }
          break;
        }
        if (d == close && isCloser(text, j, c)) {
          end = j;
          break;
        }
        j++;
      }
      if (end < 0 && (c == '\'' || c == '\u2018')) {
        i++;
        continue;
      }
      if (end < 0) {
        // Unclosed: the quote runs to the end of its paragraph.
        end = j;
        if (end - start < 1) {
          i++;
          continue;
        }
        parts.add(new Span(start, end));
        Span inner = new Span(parts.get(0).start(), end);
        out.add(new Passage(inner, new Span(i, end), parts));
        i = end;
        continue;
      }
      if (end == start) {
        i = end + 1;
        continue;
      }
      parts.add(new Span(start, end));
      Span inner = new Span(parts.get(0).start(), end);
      out.add(new Passage(inner, new Span(i, end + 1), parts));
      i = end + 1;
    }
    return out;
  }

  /** The closing mark if the character at {@code i} opens a quote, else 0. */
  static char closerFor(String text, int i) {
    char c = text.charAt(i);
    char prev = i == 0 ? ' ' : text.charAt(i - 1);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    switch (c) {
      case '\u201c':
        return '\u201d';
      case '\u201e':
        return '\u201c';
      case '\u00ab':
        return '\u00bb';
      case '\u2018':
        return Character.isLetterOrDigit(prev) ? 0 : '\u2019';
      case '"':
        return opensStraight(prev, next) ? '"' : 0;
      case '\'':
        return opensStraight(prev, next) && !Character.isLetterOrDigit(prev) ? '\'' : 0;
      default:
        return 0;
    }
  }

  private static boolean opensStraight(char prev, char next) {
    boolean prevOk = Character.isWhitespace(prev) || "([{-\u2014\u2013:,;/".indexOf(prev) >= 0;
    return prevOk && !Character.isWhitespace(next);
  }

  private static boolean isCloser(String text, int j, char open) {
    if (open == '"' || open == '\'' || open == '\u2018') {
      char prev = text.charAt(j - 1);
      char next = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
      if (Character.isWhitespace(prev)) {
        return false;
      }
      if (open != '"' && Character.isLetter(next)) {
        return false; // an apostrophe inside a word
      }
    }
    return true;
  }
}
