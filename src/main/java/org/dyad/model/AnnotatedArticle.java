package org.dyad.model;

import java.util.List;

/** An article with the linguistic annotations Dyad's NLP stages produced for it. */
public record AnnotatedArticle(
    Article article,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeExpression> timexes,
    List<Provenance> provenance) {

  public AnnotatedArticle {
    if (article == null) {
      throw new IllegalArgumentException("article must not be null");
    }
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    provenance = List.copyOf(provenance);
    int length = article.text().length();
    for (Sentence s : sentences) {
      requireInside(s.span(), length, "sentence");
    }
    for (EntityMention e : entities) {
      requireInside(e.span(), length, "entity");
    }
    for (TimeExpression t : timexes) {
      requireInside(t.span(), length, "time expression");
    }
  }

  private static void requireInside(Span span, int length, String what) {
    if (span.end() > length) {
      throw new IllegalArgumentException(
          what + " span " + span + " is outside the article text of length " + length);
    }
  }

  /** Returns a copy with {@code more} entities added and the stage recorded. */
  public AnnotatedArticle withEntities(List<EntityMention> more, Provenance by) {
    var all = new java.util.ArrayList<>(entities);
    all.addAll(more);
    all.sort(java.util.Comparator.comparing(EntityMention::span));
    var prov = new java.util.ArrayList<>(provenance);
    prov.add(by);
    return new AnnotatedArticle(article, sentences, all, timexes, prov);
  }
}
