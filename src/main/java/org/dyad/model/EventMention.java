package org.dyad.model;

/**
 * One mention of an event in one article, coded with CAMEO (roots 01 to 20; a user's verb
 * dictionary may have codes of its own, as PETRARCH's validation dictionaries do).
 *
 * @param articleId the {@link Article#id()} of the article that mentions it
 * @param span the clause or sentence that states the event
 * @param trigger the words that name the event ("detained", "the closure")
 * @param date the event's date at the precision the text gives, or null
 * @param dateSpan where that date is stated, or null when it was not stated in this sentence
 * @param location place name where stated, or null
 */
public record EventMention(
    String articleId,
    String cameo,
    ActorMention source,
    ActorMention target,
    PartialDate date,
    Span dateSpan,
    String dateText,
    Modality modality,
    String location,
    Span span,
    Span trigger,
    Provenance provenance) {

  public EventMention {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    if (cameo == null || !cameo.matches("\\d{2,4}[A-Z]?")) {
      throw new IllegalArgumentException(
          "cameo must be a 2-4 digit event code (and an optional letter): '" + cameo + "'");
    }
    if (cameo.startsWith("00")) {
      throw new IllegalArgumentException("cameo root must not be 00: '" + cameo + "'");
    }
    if (span == null || trigger == null || modality == null) {
      throw new IllegalArgumentException("span, trigger and modality are required for " + cameo);
    }
    if (!span.contains(trigger)) {
      throw new IllegalArgumentException("trigger " + trigger + " lies outside mention " + span);
    }
  }

  /** The two-digit CAMEO root. */
  public String root() {
    return cameo.substring(0, 2);
  }
}
