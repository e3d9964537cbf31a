package org.dyad.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.compare.EventAnchors;
import org.dyad.compare.PerspectiveClassifier;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorCoder;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.PeopleDirectory;
import org.dyad.extract.actor.Places;
import org.dyad.extract.event.EventExtractor;
import org.dyad.extract.quote.QuoteExtractor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * The steps of an extraction that read one article: its event mentions and quotes, each mention
 * with the snippet and anchors that link it to the text, and its perspectives on pairs.
 */
final class ArticleExtraction {

  private final Gazetteer gazetteer;
  private final Places places;
  private final ActorCoder coder;
  private final EventExtractor events;
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final PerspectiveClassifier classifier;
  private final ArticleOrigin origin;
  private final SpeakerCountries countries;

  ArticleExtraction(
      Gazetteer gazetteer,
      Places places,
      ActorCoder coder,
      EventExtractor events,
      PerspectiveClassifier classifier) {
    this.gazetteer = gazetteer;
    this.places = places;
    this.coder = coder;
    this.events = events;
    this.classifier = classifier;
    this.origin = new ArticleOrigin(gazetteer);
    this.countries = new SpeakerCountries(gazetteer, origin);
  }

  /** One article's parse graphs and actor resolver, shared by the steps that need them. */
  static final class Work {
    final ArticleContext ctx;
    final ActorResolver actors;

    private Work(ArticleContext ctx, ActorResolver actors) {
      this.ctx = ctx;
      this.actors = actors;
    }
  }

  /** The parse graphs and actor resolver of {@code article} analysed against {@code pair}. */
  Work work(AnnotatedArticle article, List<String> pair) {
    ArticleContext ctx = new ArticleContext(article, pair);
    return new Work(ctx, new ActorResolver(ctx, gazetteer, places, coder));
  }

  /** The event mentions and quotes of one article, its people completed from the directory. */
  ArticleFindings find(Work w, PeopleDirectory directory) {
    w.actors.useDirectory(directory);
    List<Quote> articleQuotes = countries.of(w.ctx, quotes.extract(w.ctx, w.actors));
    List<EventMention> mentions = new ArrayList<>(events.extract(w.ctx, w.actors));
    mentions.addAll(events.statements(w.ctx, w.actors, articleQuotes, mentions));
    mentions = EventExtractor.onePerHappening(mentions).stream().map(w.actors::dated).toList();
    List<ArticleFindings.Found> found = new ArrayList<>();
    for (EventMention m : mentions) {
      String s = m.span().of(w.ctx.text()).strip();
      found.add(
          new ArticleFindings.Found(
              m, anchors(m, w.ctx), s.length() > 160 ? s.substring(0, 157) + "..." : s));
    }
    return new ArticleFindings(w.ctx.articleId(), found, articleQuotes);
  }

  /** The anchors of a mention: its trigger's stem and, unless it is a country, its patient. */
  private Set<String> anchors(EventMention m, ArticleContext ctx) {
    String patient = null;
    Span t = m.target().span();
    if (!t.overlaps(m.trigger()) && ctx.sentenceAt(t.start()) >= 0) {
      SentenceGraph g = ctx.graph(ctx.sentenceAt(t.start()));
      int tok = -1;
      for (int k = 0; k < g.size() && tok < 0; k++) {
        int up = g.head(k);
        boolean inside = t.contains(g.token(k).span());
        if (inside && (up < 0 || !t.contains(g.token(up).span()))) {
          tok = k;
        }
      }
      for (int hops = 0; tok >= 0 && hops < 4; hops++) {
        String rel = g.relationToParent(tok);
        int up = g.head(tok);
        if (up < 0
            || !g.pos(up).startsWith("NN")
            || !(rel.equals("compound") || rel.equals("amod") || rel.equals("flat"))) {
          break;
        }
        tok = up;
      }
      String head = tok >= 0 ? g.word(tok) : t.of(ctx.text());
      if (gazetteer.countryCode(head).isEmpty()) {
        patient = head;
      }
    }
    return EventAnchors.of(m.trigger().of(ctx.text()), patient);
  }

  /**
   * The perspectives of one article on each of {@code pairs}, in that order, from its findings with
   * canonical actors.
   */
  List<Perspective> perspectives(Work w, ArticleFindings canonical, List<List<String>> pairs) {
    List<EventMention> mentions =
        canonical.mentions().stream()
            .filter(m -> !m.provenance().equals(EventExtractor.INCIDENT))
            .toList();
    ActorResolver actors = w.actors;
    String dateline = origin.datelineCountry(w.ctx.annotated());
    List<Perspective> out = new ArrayList<>();
    for (List<String> pair : pairs) {
      out.add(
          classifier.classify(
              w.ctx, pair, canonical.quotes(), mentions, actors::personCountry, dateline));
    }
    return out;
  }
}
