package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The article context's entity lookups by span and offset, made by binary search, give what
 * scanning the article's entities in their order gives, whether or not they are in text order.
 */
class ArticleContextTest {

  private static final Random RANDOM = new Random(17);

  @RepeatedTest(40)
  void entityLookupsEqualAFullScan() {
    int length = 50 + RANDOM.nextInt(300);
    String text = "w".repeat(length);
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> timexes = new ArrayList<>();
    EntityType[] types = EntityType.values();
    for (int i = 0; i < 5 + RANDOM.nextInt(40); i++) {
      int start = RANDOM.nextInt(length);
      int end = Math.min(length, start + 1 + RANDOM.nextInt(12));
      entities.add(
          new EntityMention(
              new Span(start, end), "e" + i, types[RANDOM.nextInt(types.length)], null));
      if (RANDOM.nextBoolean()) {
        timexes.add(new TimeExpression(new Span(end - 1, end), "t" + i, "DATE", "2025"));
      }
    }
    if (RANDOM.nextInt(4) == 0) {
      Collections.shuffle(entities, RANDOM);
      Collections.shuffle(timexes, RANDOM);
    } else {
      entities.sort(Comparator.comparing(EntityMention::span));
      timexes.sort(Comparator.comparing(TimeExpression::span));
    }
    Article art = new Article("x", "x.txt", null, null, null, null, null, false, "en", text);
    ArticleContext ctx =
        new ArticleContext(
            new AnnotatedArticle(
                art, List.of(), entities, timexes, List.of(new Provenance("t", "1"))));
    for (int start = 0; start <= length; start += 1 + RANDOM.nextInt(5)) {
      Span span = new Span(start, Math.min(length, start + RANDOM.nextInt(40)));
      assertEquals(
          entities.stream().filter(e -> span.contains(e.span())).toList(),
          ctx.entitiesWithin(span),
          "span " + span);
      assertEquals(
          timexes.stream().filter(t -> span.contains(t.span())).toList(),
          ctx.timexesWithin(span),
          "span " + span);
    }
    for (int offset = -1; offset <= length + 1; offset++) {
      for (EntityType type : types) {
        assertEquals(
            scanLastBefore(entities, offset, type),
            ctx.lastEntityBefore(offset, type),
            "offset " + offset + " " + type);
      }
    }
  }

  @Test
  void remembersOncePerKeyObjectNullsToo() {
    Article art = new Article("x", "x.txt", null, null, null, null, null, false, "en", "Text.");
    ArticleContext ctx =
        new ArticleContext(
            new AnnotatedArticle(
                art, List.of(), List.of(), List.of(), List.of(new Provenance("t", "1"))));
    int[] made = new int[1];
    Object key = new Object();
    for (int i = 0; i < 3; i++) {
      assertNull(
          ctx.remember(
              key,
              () -> {
                made[0]++;
                return null;
              }));
    }
    assertEquals(1, made[0]);
    assertEquals("other", ctx.remember(new Object(), () -> "other"));
  }

  private static EntityMention scanLastBefore(
      List<EntityMention> entities, int offset, EntityType type) {
    EntityMention last = null;
    for (EntityMention e : entities) {
      if (e.span().end() > offset) {
        break;
      }
      if (e.type() == type) {
        last = e;
      }
    }
    return last;
  }
}
