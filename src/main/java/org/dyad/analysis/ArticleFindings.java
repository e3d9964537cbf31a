package org.dyad.analysis;

import java.util.List;
import java.util.Set;
import org.dyad.extract.actor.ActorRegistry;
import org.dyad.model.EventMention;
import org.dyad.model.Quote;

/**
 * What extraction finds in one article before the corpus merge: its event mentions, each with what
 * the merge needs from the article, and its quotes.
 */
public record ArticleFindings(String articleId, List<Found> events, List<Quote> quotes) {

  /**
   * One event mention with the anchors that tie it to other reports of its event (see {@code
   * EventAnchors}) and the stripped, shortened text of its span that an event's summary quotes.
   */
  public record Found(EventMention mention, Set<String> anchors, String snippet) {

    public Found {
      if (mention == null || anchors == null || snippet == null) {
        throw new IllegalArgumentException(
            "mention, anchors and snippet are required: " + mention + ", " + anchors);
      }
      anchors = Set.copyOf(anchors);
    }
  }

  public ArticleFindings {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank: '" + articleId + "'");
    }
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    for (Found f : events) {
      if (!f.mention().articleId().equals(articleId)) {
        throw new IllegalArgumentException(
            "mention of article "
                + f.mention().articleId()
                + " among the findings of "
                + articleId);
      }
    }
    for (Quote q : quotes) {
      if (!q.articleId().equals(articleId)) {
        throw new IllegalArgumentException(
            "quote of article " + q.articleId() + " among the findings of " + articleId);
      }
    }
  }

  /** The event mentions alone, in article order. */
  public List<EventMention> mentions() {
    return events.stream().map(Found::mention).toList();
  }

  /** These findings with the registry's canonical actors. */
  public ArticleFindings canonical(ActorRegistry registry) {
    List<EventMention> canonical = registry.canonicalMentions(mentions());
    List<Found> out = new java.util.ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      out.add(new Found(canonical.get(i), events.get(i).anchors(), events.get(i).snippet()));
    }
    return new ArticleFindings(articleId, out, registry.canonicalQuotes(quotes));
  }

  /** The same article with only some of its event mentions (for merging one block at a time). */
  public ArticleFindings withEvents(List<Found> kept) {
    return new ArticleFindings(articleId, kept, quotes);
  }
}
