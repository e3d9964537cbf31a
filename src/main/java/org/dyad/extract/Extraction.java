package org.dyad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.compare.EventMerger;
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
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Quote;
import org.dyad.nlp.Gazetteer;

/** Runs every extractor over a corpus of annotated articles and merges what they find. */
public final class Extraction {

  private final Gazetteer gazetteer;
  private final Places places;
  private final EventExtractor events;
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final EventMerger merger;

  public Extraction(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.places = Places.load();
    this.events = new EventExtractor(EventLexicon.load(), gazetteer, places);
    this.merger = new EventMerger(CameoCodebook.load());
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
    return new CorpusAnalysis(articles, merged, found);
  }
}
