package org.dyad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.compare.DivergenceFinder;
import org.dyad.compare.EventMerger;
import org.dyad.compare.PerspectiveClassifier;
import org.dyad.compare.TensionIndex;
import org.dyad.extract.actor.ActorRegistry;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.extract.actor.Places;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.extract.event.EventExtractor;
import org.dyad.extract.event.EventLexicon;
import org.dyad.extract.quote.QuoteExtractor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.TensionPoint;
import org.dyad.nlp.Gazetteer;

/** Runs every extractor over a corpus of annotated articles and merges what they find. */
public final class Extraction {

  private final Gazetteer gazetteer;
  private final Places places;
  private final EventExtractor events;
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final EventMerger merger;
  private final CameoCodebook codebook;

  public Extraction(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.places = Places.load();
    this.events = new EventExtractor(EventLexicon.load(), gazetteer, places);
    this.codebook = CameoCodebook.load();
    this.merger = new EventMerger(codebook);
  }

  /**
   * Extracts events and quotes from every article, resolves actors across the corpus, merges
   * events.
   */
  public CorpusAnalysis analyze(List<AnnotatedArticle> articles) {
    List<EventMention> mentions = new ArrayList<>();
    List<Quote> found = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    List<ArticleContext> contexts = new ArrayList<>();
    List<ActorResolver> resolvers = new ArrayList<>();
    List<PersonProfile> people = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      texts.put(a.article().id(), a.article().text());
      ArticleContext ctx = new ArticleContext(a);
      ActorResolver actors = new ActorResolver(ctx, gazetteer, places);
      contexts.add(ctx);
      resolvers.add(actors);
      people.addAll(actors.people());
    }
    for (int i = 0; i < contexts.size(); i++) {
      ActorResolver actors = resolvers.get(i);
      actors.useDirectory(people);
      List<Quote> articleQuotes = quotes.extract(contexts.get(i), actors);
      mentions.addAll(events.extract(contexts.get(i), actors));
      mentions.addAll(events.statements(contexts.get(i), actors, articleQuotes));
      found.addAll(articleQuotes);
    }
    ActorRegistry registry = ActorRegistry.of(mentions, found);
    mentions = registry.canonicalMentions(mentions);
    found = registry.canonicalQuotes(found);
    List<Event> merged =
        merger.merge(
            mentions,
            m -> {
              String s = m.span().of(texts.get(m.articleId())).strip();
              return s.length() > 160 ? s.substring(0, 157) + "..." : s;
            });
    Map<String, Perspective> perspectives = new HashMap<>();
    Map<String, Double> goldstein = new HashMap<>();
    for (EventMention m : mentions) {
      goldstein.put(m.cameo(), codebook.goldstein(m.cameo()));
    }
    PerspectiveClassifier classifier = new PerspectiveClassifier(goldstein);
    for (int i = 0; i < contexts.size(); i++) {
      ArticleContext ctx = contexts.get(i);
      ActorResolver actors = resolvers.get(i);
      String id = ctx.articleId();
      perspectives.put(
          id,
          classifier.classify(
              ctx,
              found.stream().filter(q -> q.articleId().equals(id)).toList(),
              mentions.stream().filter(m -> m.articleId().equals(id)).toList(),
              name -> actors.personCountry(name),
              this::outletCountry));
    }
    List<Divergence> divergences = new DivergenceFinder().find(merged, texts, perspectives);
    List<TensionPoint> tension =
        TensionIndex.series(merged, corpusPair(merged), perspectives, TensionIndex.Period.MONTH);
    return new CorpusAnalysis(articles, merged, found, perspectives, divergences, tension);
  }

  /**
   * The country an outlet's name declares: a country name or adjective in it ("Azerbaijan.us",
   * "Russia Today") or its domain's country code ("haqqin.az"); null when it declares none.
   */
  String outletCountry(String outlet) {
    if (outlet == null) {
      return null;
    }
    java.util.regex.Matcher tld =
        java.util.regex.Pattern.compile("\\.([a-z]{2})$")
            .matcher(outlet.strip().toLowerCase(java.util.Locale.ROOT));
    if (tld.find() && gazetteer.countryOfDomain(tld.group(1)).isPresent()) {
      return gazetteer.countryOfDomain(tld.group(1)).get();
    }
    for (String word : outlet.split("[^\\p{L}]+")) {
      if (word.length() > 2 && Character.isUpperCase(word.codePointAt(0))) {
        var code = gazetteer.countryCode(word);
        if (code.isPresent() && !gazetteer.isCapital(word)) {
          return code.get();
        }
      }
    }
    return null;
  }

  /** The pair of countries with the most events between them, in either direction. */
  static List<String> corpusPair(List<Event> events) {
    Map<String, Integer> counts = new HashMap<>();
    for (Event e : events) {
      String a = e.source().country();
      String b = e.target() == null ? null : e.target().country();
      if (a != null && b != null && !a.equals(b)) {
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        counts.merge(key, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(e -> List.of(e.getKey().split("\\|")))
        .orElse(List.of());
  }
}
