package org.dyad.model;

import java.util.List;

/** One real-world event, merged from its mentions across articles. */
public record Event(
    String id,
    String cameo,
    double goldstein,
    Actor source,
    Actor target,
    PartialDate date,
    String summary,
    List<EventMention> mentions) {

  public Event {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("goldstein must be in [-10, 10]: " + goldstein);
    }
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one mention: " + id);
    }
  }

  public String root() {
    return cameo.substring(0, 2);
  }
}
