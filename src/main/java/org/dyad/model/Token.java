package org.dyad.model;

/** One token with its offsets into the article text and its linguistic tags. */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {

  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("index must be zero or greater: " + index);
    }
    if (span == null) {
      throw new IllegalArgumentException("span must not be null for token " + index);
    }
    if (word == null || word.isEmpty()) {
      throw new IllegalArgumentException("word must not be empty for token " + index);
    }
  }
}
