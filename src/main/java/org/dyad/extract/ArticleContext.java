package org.dyad.extract;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/** An annotated article with per-sentence dependency graphs and token-level entity lookup. */
public final class ArticleContext {

  private final AnnotatedArticle article;
  private final List<String> pair;
  private final List<SentenceGraph> graphs = new ArrayList<>();
  private final List<EntityMention[]> entityAt = new ArrayList<>();
  private final List<TimeExpression[]> timexAt = new ArrayList<>();

  /** Sentence starts, when in text order (for a binary search), else null. */
  private final int[] sentenceStarts;

  /** Entity starts, when the entities are in text order (for a binary search), else null. */
  private final int[] entityStarts;

  /** Time expression starts, when in text order (for a binary search), else null. */
  private final int[] timexStarts;

  /** What {@link #remember} made, by its key object. */
  private final java.util.Map<Object, java.util.Optional<?>> remembered =
      new java.util.IdentityHashMap<>();

  /** For each entity, the greatest end of it and those before it; made on first use. */
  private int[] entityEndsSoFar;

  /** The places of the entities of each type in the article's list; made on first use. */
  private final java.util.Map<EntityType, int[]> entitiesOfType =
      new java.util.EnumMap<>(EntityType.class);

  /** Offsets of the line breaks, made on first use. */
  private int[] lineBreaks;

  /** An article analysed without a country pair. */
  public ArticleContext(AnnotatedArticle article) {
    this(article, List.of());
  }

  /**
   * An article analysed against {@code pair}, the pair of its corpus it is about (see {@code
   * CorpusPairs.pairOf}); empty when the corpus has none.
   */
  public ArticleContext(AnnotatedArticle article, List<String> pair) {
    if (pair == null || (!pair.isEmpty() && pair.size() != 2)) {
      throw new IllegalArgumentException("pair must be empty or two country codes: " + pair);
    }
    this.article = article;
    this.pair = List.copyOf(pair);
    TokenSweep sweep = new TokenSweep(article);
    for (Sentence s : article.sentences()) {
      graphs.add(new SentenceGraph(s));
      EntityMention[] ents = new EntityMention[s.tokens().size()];
      TimeExpression[] times = new TimeExpression[s.tokens().size()];
      for (Token t : s.tokens()) {
        if (sweep.at(t.span())) {
          ents[t.index()] = sweep.bestEntity(t.span());
          times[t.index()] = sweep.timex(t.span());
        } else {
          ents[t.index()] = bestEntity(t.span());
          times[t.index()] = timex(t.span());
        }
      }
      entityAt.add(ents);
      timexAt.add(times);
    }
    int[] starts = new int[graphs.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = graphs.get(i).sentence().span().start();
      if (i > 0 && starts[i] < starts[i - 1]) {
        starts = null;
        break;
      }
    }
    this.sentenceStarts = starts;
    this.entityStarts =
        startsInOrder(article.entities().stream().map(EntityMention::span).toList());
    this.timexStarts = startsInOrder(article.timexes().stream().map(TimeExpression::span).toList());
  }

  private static int[] startsInOrder(List<Span> spans) {
    int[] starts = new int[spans.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = spans.get(i).start();
      if (i > 0 && starts[i] < starts[i - 1]) {
        return null;
      }
    }
    return starts;
  }

  public AnnotatedArticle annotated() {
    return article;
  }

  public String text() {
    return article.article().text();
  }

  public String articleId() {
    return article.article().id();
  }

  public int sentenceCount() {
    return graphs.size();
  }

  public SentenceGraph graph(int sentence) {
    return graphs.get(sentence);
  }

  /** The entity covering token {@code token} of sentence {@code sentence}, or null. */
  public EntityMention entity(int sentence, int token) {
    return entityAt.get(sentence)[token];
  }

  /** The time expression covering the token, or null. */
  public TimeExpression timex(int sentence, int token) {
    return timexAt.get(sentence)[token];
  }

  /** The index of the sentence containing character {@code offset}, or the last one before it. */
  public int sentenceAt(int offset) {
    if (sentenceStarts != null) {
      int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
      if (i < 0) {
        i = -i - 2;
      } else {
        while (i + 1 < sentenceStarts.length && sentenceStarts[i + 1] == offset) {
          i++;
        }
      }
      return Math.max(0, i);
    }
    int found = 0;
    for (int i = 0; i < graphs.size(); i++) {
      if (graphs.get(i).sentence().span().start() <= offset) {
        found = i;
      } else {
        break;
      }
    }
    return found;
  }

  /** The paragraph (line) number of a character offset. */
  public int paragraphOf(int offset) {
    if (lineBreaks == null) {
      String text = text();
      lineBreaks =
          java.util.stream.IntStream.range(0, text.length())
              .filter(i -> text.charAt(i) == '\n')
              .toArray();
    }
    int i = java.util.Arrays.binarySearch(lineBreaks, offset);
    return i < 0 ? -i - 1 : i;
  }

  public String textOf(Span span) {
    return span.of(text());
  }

  /**
   * The most specific entity covering a token span: gazetteer classes (country, nationality, title)
   * win over coarse NER when nested inside it only if they cover the whole token.
   */
  private EntityMention bestEntity(Span token) {
    EntityMention best = null;
    for (EntityMention e : article.entities()) {
      if (e.span().start() > token.start()) {
        break;
      }
      if (!e.span().contains(token)) {
        continue;
      }
      if (best == null || priority(e) > priority(best)) {
        best = e;
      }
    }
    return best;
  }

  static int priority(EntityMention e) {
    return switch (e.type()) {
      case PERSON -> 6;
      case COUNTRY -> 5;
      case NATIONALITY -> 4;
      case ORGANIZATION -> 3;
      case TITLE -> 2;
      case LOCATION -> 1;
      case MISC -> 0;
    };
  }

  private TimeExpression timex(Span token) {
    for (TimeExpression t : article.timexes()) {
      if (t.span().contains(token)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The corpus pair this article is analysed against: two country codes, or empty when the corpus
   * has no pair. It is chosen for the corpus ({@code CorpusPairs}), never from this article alone.
   */
  public List<String> mainPair() {
    return pair;
  }

  /** All entities of a type that overlap a span. */
  public List<EntityMention> entitiesIn(Span span, EntityType type) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention e : entitiesWithin(span)) {
      if (e.type() == type) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The entities inside {@code span}, in the article's order; found by binary search when the
   * entities are in text order, so a call costs the entities near the span, not the article's.
   */
  public List<EntityMention> entitiesWithin(Span span) {
    return within(article.entities(), entityStarts, EntityMention::span, span);
  }

  /**
   * The time expressions inside {@code span}, in the article's order; found as {@link
   * #entitiesWithin} finds entities.
   */
  public List<TimeExpression> timexesWithin(Span span) {
    return within(article.timexes(), timexStarts, TimeExpression::span, span);
  }

  private static <T> List<T> within(
      List<T> all, int[] starts, java.util.function.Function<T, Span> spanOf, Span span) {
    List<T> out = new ArrayList<>();
    int from = 0;
    if (starts != null) {
      int i = java.util.Arrays.binarySearch(starts, span.start());
      from = i < 0 ? -i - 1 : i;
      while (from > 0 && starts[from - 1] == span.start()) {
        from--;
      }
    }
    for (int i = from; i < all.size(); i++) {
      Span s = spanOf.apply(all.get(i));
      if (starts != null && s.start() > span.end()) {
        break;
      }
      if (span.contains(s)) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /**
   * What {@code make} gives, made once for this article per {@code key} object (compared by
   * identity, so a key must not change meaning while the context lives).
   */
  @SuppressWarnings("unchecked")
  public <T> T remember(Object key, java.util.function.Supplier<T> make) {
    java.util.Optional<?> known = remembered.get(key);
    if (known == null) {
      known = java.util.Optional.ofNullable(make.get());
      remembered.put(key, known);
    }
    return (T) known.orElse(null);
  }

  /**
   * The last entity of {@code type} among those the article lists before the first that ends after
   * {@code offset}, or null.
   */
  public EntityMention lastEntityBefore(int offset, EntityType type) {
    List<EntityMention> all = article.entities();
    if (entityEndsSoFar == null) {
      int[] ends = new int[all.size()];
      for (int i = 0; i < ends.length; i++) {
        ends[i] = Math.max(i == 0 ? Integer.MIN_VALUE : ends[i - 1], all.get(i).span().end());
      }
      entityEndsSoFar = ends;
    }
    // The first entity ending after the offset: the first whose running greatest end does.
    int lo = 0;
    int hi = entityEndsSoFar.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entityEndsSoFar[mid] > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int[] ofType =
        entitiesOfType.computeIfAbsent(
            type,
            t ->
                java.util.stream.IntStream.range(0, all.size())
                    .filter(i -> all.get(i).type() == t)
                    .toArray());
    int i = java.util.Arrays.binarySearch(ofType, lo);
    int before = (i < 0 ? -i - 1 : i) - 1;
    return before < 0 ? null : all.get(ofType[before]);
  }
}
