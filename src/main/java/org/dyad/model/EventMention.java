package org.dyad.model;

/**
 * One mention of an event in one article, coded with CAMEO.
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
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("cameo must be a 2-4 digit CAMEO code: '" + cameo + "'");
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("cameo root must be 01-20: '" + cameo + "'");
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
