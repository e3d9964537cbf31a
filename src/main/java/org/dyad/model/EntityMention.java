package org.dyad.model;

/**
 * A named entity in the text.
 *
 * @param normalized a canonical key where known (an ISO 3166 alpha-3 code for countries and
 *     nationalities), else null
 */
public record EntityMention(Span span, String text, EntityType type, String normalized) {

  public EntityMention {
    if (span == null || type == null) {
      throw new IllegalArgumentException("span and type are required: " + span + ", " + type);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank at " + span);
    }
  }
}
