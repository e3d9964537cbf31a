package org.dyad.model;

/**
 * A quotation or attributed statement in one article.
 *
 * @param span the quoted words without their quote marks (for indirect speech, the reported clause)
 * @param speaker who said it, or null when the article does not say
 * @param speakerSpan where the article names the speaker (or the pronoun standing for them), or
 *     null
 * @param cue the word that attributes the speech ("said", "according to", "told"), or null
 * @param via the outlet or channel the words were given to ("Report.az", "his show on Russia 24")
 * @param direct true for words in quote marks, false for reported (indirect) speech
 */
public record Quote(
    String articleId,
    Span span,
    String text,
    Actor speaker,
    Span speakerSpan,
    String cue,
    String via,
    boolean direct,
    Provenance provenance) {

  public Quote {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    if (span == null || text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "span and text are required: " + span + ", '" + text + "'");
    }
  }
}
