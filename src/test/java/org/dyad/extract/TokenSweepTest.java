package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The article context's token lookups (entity, time expression, sentence, paragraph), made in one
 * sweep, give what scanning every mention for every token gives, on random nested mentions.
 */
class TokenSweepTest {

  private static final Random RANDOM = new Random(13);

  @RepeatedTest(30)
  void lookupsEqualAFullScan() {
    int words = 20 + RANDOM.nextInt(80);
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      int start = text.length();
      text.append("w".repeat(1 + RANDOM.nextInt(6)));
      spans.add(new Span(start, text.length()));
      text.append(RANDOM.nextInt(8) == 0 ? "\n" : " ");
    }
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    while (from < words) {
      int to = Math.min(words, from + 1 + RANDOM.nextInt(12));
      List<Token> tokens = new ArrayList<>();
      for (int k = from; k < to; k++) {
        tokens.add(new Token(k - from, spans.get(k), "w", "w", "NN", "O"));
      }
      sentences.add(
          new Sentence(
              sentences.size(),
              new Span(spans.get(from).start(), spans.get(to - 1).end()),
              tokens,
              List.of()));
      from = to;
    }
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> timexes = new ArrayList<>();
    EntityType[] types = EntityType.values();
    for (int i = 0; i < words / 2; i++) {
      int a = RANDOM.nextInt(words);
      int b = Math.min(words - 1, a + RANDOM.nextInt(4));
      Span s = new Span(spans.get(a).start(), spans.get(b).end());
      entities.add(new EntityMention(s, "e", types[RANDOM.nextInt(types.length)], null));
      if (RANDOM.nextBoolean()) {
        timexes.add(new TimeExpression(s, "t", "DATE", "2025"));
      }
    }
    entities.sort(Comparator.comparing(EntityMention::span));
    Article art =
        new Article("x", "x.txt", null, null, null, null, null, false, "en", text.toString());
    AnnotatedArticle a =
        new AnnotatedArticle(art, sentences, entities, timexes, List.of(new Provenance("t", "1")));
    ArticleContext ctx = new ArticleContext(a);
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        assertEquals(scanEntity(entities, t.span()), ctx.entity(s.index(), t.index()));
        assertEquals(scanTimex(timexes, t.span()), ctx.timex(s.index(), t.index()));
      }
    }
    for (int offset = -1; offset <= text.length() + 1; offset++) {
      assertEquals(scanSentence(sentences, offset), ctx.sentenceAt(offset), "offset " + offset);
      assertEquals(scanParagraph(text, offset), ctx.paragraphOf(offset), "offset " + offset);
    }
  }

  private static EntityMention scanEntity(List<EntityMention> entities, Span token) {
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (e.span().start() > token.start()) {
        break;
      }
      if (e.span().contains(token)
          && (best == null || ArticleContext.priority(e) > ArticleContext.priority(best))) {
        best = e;
      }
    }
    return best;
  }

  private static TimeExpression scanTimex(List<TimeExpression> timexes, Span token) {
    return timexes.stream().filter(t -> t.span().contains(token)).findFirst().orElse(null);
  }

  private static int scanSentence(List<Sentence> sentences, int offset) {
    int found = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().start() <= offset) {
        found = i;
      } else {
        break;
      }
    }
    return found;
  }

  private static int scanParagraph(CharSequence text, int offset) {
    int n = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
