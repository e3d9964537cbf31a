package org.dyad.model;

/** An actor as mentioned at one span of an article's text. */
public record ActorMention(Actor actor, Span span) {

  public ActorMention {
    if (actor == null || span == null) {
      throw new IllegalArgumentException("actor and span are required: " + actor + ", " + span);
    }
  }
}
