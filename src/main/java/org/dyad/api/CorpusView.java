package org.dyad.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.compare.TensionIndex;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TensionPoint;
import org.dyad.report.Headlines;
import org.dyad.search.SearchIndex;

/**
 * One analysed state of the corpus and the lookups the API answers from. Articles get the ids of
 * the JSON export ({@code a1, a2, ...} in store order) and keep their stable Dyad id.
 */
final class CorpusView {

  /** An event mention together with the event it was merged into. */
  record MentionOf(Event event, EventMention mention) {}

  private final CorpusAnalysis analysis;
  private final int storedArticles;
  private final int generation;
  private final Instant loadedAt;
  private final Map<String, PairAnalysis> pairs = new LinkedHashMap<>();
  private final Map<String, List<TensionPoint>> weekly = new HashMap<>();
  private final Map<String, String> exportIds = new HashMap<>();
  private final Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();
  private final Map<String, AnnotatedArticle> byDyadId = new HashMap<>();
  private final Map<String, Event> events = new LinkedHashMap<>();
  private final Map<String, List<MentionOf>> mentionsByArticle = new HashMap<>();
  private final Map<String, List<Quote>> quotesByArticle = new HashMap<>();
  private final Map<String, Event> eventByMention = new HashMap<>();
  private final Map<String, Quote> quoteBySpan = new HashMap<>();
  private final Headlines headlines;

  /**
   * @param storedArticles how many articles the store held when it was read, to notice new ones
   * @param generation how many times the server has analysed the store, counting this one
   */
  CorpusView(CorpusAnalysis analysis, int storedArticles, int generation, Instant loadedAt) {
    if (analysis == null || loadedAt == null) {
      throw new IllegalArgumentException("analysis and loadedAt are required");
    }
    if (storedArticles < 0 || generation < 1) {
      throw new IllegalArgumentException(
          "storedArticles must be >= 0 and generation >= 1: " + storedArticles + ", " + generation);
    }
    this.analysis = analysis;
    this.storedArticles = storedArticles;
    this.generation = generation;
    this.loadedAt = loadedAt;
    for (AnnotatedArticle a : analysis.articles()) {
      String id = a.article().id();
      if (!byDyadId.containsKey(id)) {
        String exportId = "a" + (articles.size() + 1);
        exportIds.put(id, exportId);
        articles.put(exportId, a);
        byDyadId.put(id, a);
      }
    }
    for (Event e : analysis.events()) {
      events.put(e.id(), e);
      for (EventMention m : e.mentions()) {
        mentionsByArticle
            .computeIfAbsent(m.articleId(), k -> new ArrayList<>())
            .add(new MentionOf(e, m));
        eventByMention.putIfAbsent(
            key(m.articleId(), m.span()) + "|" + SearchIndex.mentionKey(m), e);
      }
    }
    for (Quote q : analysis.quotes()) {
      quotesByArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
      quoteBySpan.putIfAbsent(key(q.articleId(), q.span()), q);
    }
    this.headlines = new Headlines(analysis.articles());
    for (PairAnalysis p : analysis.pairs()) {
      pairs.put(p.label(), p);
      weekly.put(
          p.label(),
          TensionIndex.series(
              analysis.events(), p.pair(), p.perspectives(), TensionIndex.Period.WEEK));
    }
  }

  CorpusAnalysis analysis() {
    return analysis;
  }

  /** The headlines of this analysis's events. */
  Headlines headlines() {
    return headlines;
  }

  private static String key(String articleId, Span span) {
    return articleId + "|" + span.start() + "|" + span.end();
  }

  /**
   * The event a mention at {@code span} of an article (by Dyad id) belongs to, or null; {@code
   * mention} tells apart mentions that share the span ({@link SearchIndex#mentionKey}).
   */
  Event eventAt(String articleId, Span span, String mention) {
    return eventByMention.get(key(articleId, span) + "|" + mention);
  }

  /** The quote at {@code span} of an article (by Dyad id), or null. */
  Quote quoteAt(String articleId, Span span) {
    return quoteBySpan.get(key(articleId, span));
  }

  /** Whether an article (by Dyad id) is in this analysis. */
  boolean has(String articleId) {
    return byDyadId.containsKey(articleId);
  }

  int storedArticles() {
    return storedArticles;
  }

  int generation() {
    return generation;
  }

  Instant loadedAt() {
    return loadedAt;
  }

  /** Every pair of the corpus, the default first. */
  List<PairAnalysis> pairs() {
    return analysis.pairs();
  }

  /**
   * The pair a request names ({@code AZE,RUS} or {@code AZE-RUS}), the default one when it names
   * none; null when the corpus has no pair and none is named. An unknown pair is a 400.
   */
  PairAnalysis pair(String requested) {
    if (requested == null || requested.isBlank()) {
      return analysis.pairs().isEmpty() ? null : analysis.pairs().get(0);
    }
    List<String> codes;
    try {
      codes = PairAnalysis.parse(requested);
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter("pair", requested, "two country codes such as AZE,RUS");
    }
    PairAnalysis p = pairs.get(codes.get(0) + "-" + codes.get(1));
    if (p == null) {
      throw ApiError.badParameter(
          "pair", requested, "one of the corpus's pairs: " + String.join(", ", pairs.keySet()));
    }
    return p;
  }

  /** The articles in export order, keyed by export id. */
  Map<String, AnnotatedArticle> articles() {
    return articles;
  }

  /** An article by export id ({@code a3}) or Dyad id; 404 when there is none. */
  AnnotatedArticle article(String id) {
    AnnotatedArticle a = articles.get(id);
    if (a == null) {
      a = byDyadId.get(id);
    }
    if (a == null) {
      throw ApiError.notFound("article", id);
    }
    return a;
  }

  /** The export id of the article with Dyad id {@code articleId}. */
  String exportId(String articleId) {
    String id = exportIds.get(articleId);
    if (id == null) {
      throw new IllegalArgumentException("articleId is not in the corpus: " + articleId);
    }
    return id;
  }

  /** The article with Dyad id {@code articleId}. */
  AnnotatedArticle byDyadId(String articleId) {
    AnnotatedArticle a = byDyadId.get(articleId);
    if (a == null) {
      throw new IllegalArgumentException("articleId is not in the corpus: " + articleId);
    }
    return a;
  }

  /** Every event, in the analysis's order. */
  List<Event> events() {
    return analysis.events();
  }

  /** An event by id; 404 when there is none. */
  Event event(String id) {
    Event e = events.get(id);
    if (e == null) {
      throw ApiError.notFound("event", id);
    }
    return e;
  }

  List<MentionOf> mentionsIn(String articleId) {
    return mentionsByArticle.getOrDefault(articleId, List.of());
  }

  List<Quote> quotesIn(String articleId) {
    return quotesByArticle.getOrDefault(articleId, List.of());
  }

  /** A pair's tension series by month (as the export has it) or by ISO week; null: none. */
  List<TensionPoint> tension(PairAnalysis pair, TensionIndex.Period period) {
    if (pair == null) {
      return List.of();
    }
    return period == TensionIndex.Period.WEEK ? weekly.get(pair.label()) : pair.tension();
  }

  /** A text naming articles by their Dyad ids, with export ids instead. */
  String withExportIds(String text) {
    return org.dyad.report.ExportIds.replaceIds(text, exportIds);
  }
}
