package org.dyad.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/** Cuts long texts into parts for annotation and moves a part's spans back into the whole text. */
final class LongTexts {

  private LongTexts() {}

  /**
   * Where the part of {@code text} that starts at {@code from} ends: at the last line break within
   * {@code max} characters (in the second half of them), else after the last sentence end or space
   * there, else at {@code max}; the rest of the text when it fits.
   */
  static int partEnd(String text, int from, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2: " + max);
    }
    if (text.length() - from <= max) {
      return text.length();
    }
    int limit = from + max;
    int floor = from + max / 2;
    int line = text.lastIndexOf('\n', limit - 1);
    if (line >= floor) {
      return line + 1;
    }
    for (int i = limit - 1; i > floor; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  static Span shift(Span s, int by) {
    return new Span(s.start() + by, s.end() + by);
  }

  /**
   * A part's sentence as sentence {@code index} of the whole text, its spans moved by {@code by}.
   */
  static Sentence shift(Sentence s, int index, int by) {
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.index(), shift(t.span(), by), t.word(), t.lemma(), t.pos(), t.ner()));
    }
    return new Sentence(index, shift(s.span(), by), tokens, s.dependencies());
  }
}
