package org.dyad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.compare.EventMerger;
import org.dyad.extract.actor.Places;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.extract.event.EventExtractor;
import org.dyad.extract.event.EventLexicon;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.nlp.Gazetteer;

/** Runs every extractor over a corpus of annotated articles and merges what they find. */
public final class Extraction {

  private final EventExtractor events;
  private final EventMerger merger;

  public Extraction(Gazetteer gazetteer) {
    CameoCodebook codebook = CameoCodebook.load();
    this.events = new EventExtractor(EventLexicon.load(), gazetteer, Places.load());
    this.merger = new EventMerger(codebook);
  }

  /** Extracts and merges events (and, later, quotes) over the whole corpus. */
  public CorpusAnalysis analyze(List<AnnotatedArticle> articles) {
    List<EventMention> mentions = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      texts.put(a.article().id(), a.article().text());
      mentions.addAll(events.extract(new ArticleContext(a)));
    }
    List<Event> merged =
        merger.merge(
            mentions,
            m -> {
              String s = m.span().of(texts.get(m.articleId())).strip();
              return s.length() > 160 ? s.substring(0, 157) + "..." : s;
            });
    return new CorpusAnalysis(articles, merged, List.of());
  }
}
