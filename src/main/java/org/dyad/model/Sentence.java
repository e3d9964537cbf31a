package org.dyad.model;

import java.util.List;

/** A sentence: its span, tokens (indices local to the sentence) and dependency parse. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("index must be zero or greater: " + index);
    }
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (Token t : tokens) {
      if (!span.contains(t.span())) {
        throw new IllegalArgumentException(
            "token " + t.span() + " lies outside sentence " + index + " " + span);
      }
    }
  }
}
