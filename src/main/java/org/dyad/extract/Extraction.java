package org.dyad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.compare.DivergenceFinder;
import org.dyad.compare.EventAnchors;
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
import org.dyad.model.Span;
import org.dyad.model.TensionPoint;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.ParseScope;

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
   * The sentences the extractors need parsed: those with an event trigger (and the words its row
   * requires), a quote cue or an evaluative phrase (for {@code CoreNlpAnnotator.parsingOnly}).
   */
  public static ParseScope parseScope() {
    Map<String, List<Set<String>>> cues = new HashMap<>(EventLexicon.load().cues());
    for (String cue : QuoteExtractor.cueLemmas()) {
      cues.put(cue, List.of(Set.of()));
    }
    return new ParseScope(cues, PerspectiveClassifier.evaluativePhrases());
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
    Map<String, ArticleContext> byId = new HashMap<>();
    contexts.forEach(c -> byId.put(c.articleId(), c));
    ActorRegistry registry = ActorRegistry.of(mentions, found);
    mentions = registry.canonicalMentions(mentions);
    found = registry.canonicalQuotes(found);
    List<Event> merged =
        merger.merge(
            mentions,
            m -> {
              String s = m.span().of(texts.get(m.articleId())).strip();
              return s.length() > 160 ? s.substring(0, 157) + "..." : s;
            },
            m -> anchors(m, byId.get(m.articleId())));
    mentions =
        mentions.stream().filter(m -> !m.provenance().equals(EventExtractor.INCIDENT)).toList();
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
    Map<String, List<Span>> sentences = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      sentences.put(
          a.article().id(), a.sentences().stream().map(org.dyad.model.Sentence::span).toList());
    }
    List<Divergence> divergences =
        new DivergenceFinder().find(merged, texts, perspectives, sentences);
    List<TensionPoint> tension =
        TensionIndex.series(merged, corpusPair(merged), perspectives, TensionIndex.Period.MONTH);
    return new CorpusAnalysis(articles, merged, found, perspectives, divergences, tension);
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
  public static List<String> corpusPair(List<Event> events) {
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
