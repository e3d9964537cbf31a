package org.dyad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Finds the entity and the time expression covering each token of an article in one pass over
 * tokens in text order, keeping only the mentions still open at the current token, so that the cost
 * grows with the length of the article rather than with its square. It gives what a scan of every
 * mention for every token gives.
 */
final class TokenSweep {

  private final List<EntityMention> entities;
  private final boolean entitiesInOrder;
  private final List<TimeExpression> timexes;
  private final Integer[] timexByStart;

  private int nextEntity;
  private int nextTimex;
  private final List<EntityMention> openEntities = new ArrayList<>();
  private final List<Integer> openTimexes = new ArrayList<>();
  private Span last;

  TokenSweep(AnnotatedArticle article) {
    this.entities = article.entities();
    boolean ordered = true;
    for (int i = 1; i < entities.size() && ordered; i++) {
      ordered = entities.get(i - 1).span().start() <= entities.get(i).span().start();
    }
    this.entitiesInOrder = ordered;
    this.timexes = article.timexes();
    this.timexByStart = new Integer[timexes.size()];
    for (int i = 0; i < timexByStart.length; i++) {
      timexByStart[i] = i;
    }
    java.util.Arrays.sort(
        timexByStart, Comparator.comparingInt((Integer i) -> timexes.get(i).span().start()));
  }

  /**
   * Moves to the next token; false when the sweep cannot serve it (tokens out of text order, or
   * entities not sorted by start), and the caller scans instead.
   */
  boolean at(Span token) {
    if (!entitiesInOrder
        || (last != null && token.start() < last.start())
        || (last != null && token.end() < last.end())) {
      return false;
    }
    last = token;
    while (nextEntity < entities.size()
        && entities.get(nextEntity).span().start() <= token.start()) {
      openEntities.add(entities.get(nextEntity++));
    }
    openEntities.removeIf(e -> e.span().end() < token.end());
    while (nextTimex < timexByStart.length
        && timexes.get(timexByStart[nextTimex]).span().start() <= token.start()) {
      openTimexes.add(timexByStart[nextTimex++]);
    }
    openTimexes.removeIf(i -> timexes.get(i).span().end() < token.end());
    return true;
  }

  /** As {@code ArticleContext.bestEntity}: the highest priority, the first of equals. */
  EntityMention bestEntity(Span token) {
    EntityMention best = null;
    for (EntityMention e : openEntities) {
      if (e.span().contains(token) && (best == null || priority(e) > priority(best))) {
        best = e;
      }
    }
    return best;
  }

  /** As {@code ArticleContext.timex}: the first in the article's order that covers the token. */
  TimeExpression timex(Span token) {
    int first = Integer.MAX_VALUE;
    for (int i : openTimexes) {
      if (i < first && timexes.get(i).span().contains(token)) {
        first = i;
      }
    }
    return first == Integer.MAX_VALUE ? null : timexes.get(first);
  }

  static int priority(EntityMention e) {
    return ArticleContext.priority(e);
  }
}
