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
    for (Sentence s : article.sentences()) {
      graphs.add(new SentenceGraph(s));
      EntityMention[] ents = new EntityMention[s.tokens().size()];
      TimeExpression[] times = new TimeExpression[s.tokens().size()];
      for (Token t : s.tokens()) {
        ents[t.index()] = bestEntity(t.span());
        times[t.index()] = timex(t.span());
      }
      entityAt.add(ents);
      timexAt.add(times);
    }
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
    String text = text();
    int n = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
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

  private static int priority(EntityMention e) {
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
    for (EntityMention e : article.entities()) {
      if (e.type() == type && span.contains(e.span())) {
        out.add(e);
      }
    }
    return out;
  }
}
