package org.dyad.model;

/**
 * What one article, told from one side, says about an event, with the span that says it.
 *
 * @param side the country whose speakers the span quotes, else the article's perspective label (an
 *     ISO code, {@code both} or {@code neutral})
 * @param kinds the kinds of claim found in the span, such as {@code number:7}, {@code
 *     cause:violence}, {@code intent:accident}
 */
public record Claim(
    String articleId, String side, Span span, String text, java.util.List<String> kinds) {

  public Claim {
    if (articleId == null || span == null || text == null) {
      throw new IllegalArgumentException("articleId, span and text are required");
    }
    kinds = java.util.List.copyOf(kinds);
  }
}
