package org.dyad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.dyad.model.Actor;
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
  private final StepListener steps;

  /**
   * Hears each per-article and per-event step of {@link #analyze(List, Consumer)} as it starts;
   * what it throws fails that step for that subject only (tests inject failures this way).
   */
  public interface StepListener {
    /**
     * @param stage the step's name, as in {@link StepFailure#stage()}
     * @param subject the article's or event's id
     */
    void entering(String stage, String subject);
  }

  public Extraction(Gazetteer gazetteer) {
    this(gazetteer, (stage, subject) -> {});
  }

  /** An extraction whose steps {@code steps} hears as they start. */
  public Extraction(Gazetteer gazetteer, StepListener steps) {
    if (steps == null) {
      throw new IllegalArgumentException("steps must not be null");
    }
    this.steps = steps;
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
   * events. The steps are the public methods below, which a cluster runs article by article
   * (people, find, perspective) or block by block (merge).
   */
  public CorpusAnalysis analyze(List<AnnotatedArticle> articles) {
    return analyze(articles, f -> {});
  }

  /**
   * As {@link #analyze(List)}, each step isolated: an article or event whose step fails is left out
   * of that step and what follows it, reported to {@code failures}, and the rest goes on.
   */
  public CorpusAnalysis analyze(List<AnnotatedArticle> articles, Consumer<StepFailure> failures) {
    StepGuard guard = new StepGuard(failures, steps);
    List<Work> work = new ArrayList<>();
    List<PersonProfile> directory = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      Work w =
          guard.article(
              "actors",
              a,
              () -> {
                Work made = new Work(a);
                made.actors.people();
                return made;
              });
      if (w != null) {
        work.add(w);
        directory.addAll(w.actors.people());
      }
    }
    Map<String, Work> byId = new HashMap<>();
    List<ArticleFindings> found = new ArrayList<>();
    for (Work w : work) {
      ArticleFindings f =
          guard.article("events and quotes", w.ctx.annotated(), () -> find(w, directory));
      if (f != null) {
        byId.put(f.articleId(), w);
        found.add(f);
      }
    }
    Function<ArticleFindings, StepGuard.Failed> article =
        f ->
            new StepGuard.Failed(
                byId.get(f.articleId()).ctx.annotated().article().source(),
                "article " + f.articleId());
    StepGuard.Kept<ArticleFindings, ActorRegistry> registry =
        guard.corpus(
            "actors",
            found,
            fs -> {
              fs.forEach(f -> guard.entering("actors", f.articleId()));
              return actors(fs);
            },
            article,
            actors(List.of()));
    List<ArticleFindings> canonical = new ArrayList<>();
    for (ArticleFindings f : registry.items()) {
      ArticleFindings c =
          guard.article(
              "actors",
              byId.get(f.articleId()).ctx.annotated(),
              () -> f.canonical(registry.result()));
      if (c != null) {
        canonical.add(c);
      }
    }
    StepGuard.Kept<ArticleFindings, List<Event>> merged =
        guard.corpus(
            "merge",
            canonical,
            fs -> {
              fs.forEach(f -> guard.entering("merge", f.articleId()));
              return merge(fs);
            },
            article,
            List.of());
    Map<String, Perspective> perspectives = new HashMap<>();
    for (ArticleFindings c : merged.items()) {
      Work w = byId.get(c.articleId());
      Perspective p = guard.article("perspective", w.ctx.annotated(), () -> perspective(w, c));
      if (p != null) {
        perspectives.put(w.ctx.articleId(), p);
      }
    }
    return compare(articles, merged.result(), merged.items(), perspectives, guard);
  }

  /** One article's parse graphs and actor resolver, shared by the steps that need them. */
  private final class Work {
    final ArticleContext ctx;
    final ActorResolver actors;

    Work(AnnotatedArticle a) {
      this.ctx = new ArticleContext(a);
      this.actors = new ActorResolver(ctx, gazetteer, places);
    }
  }

  /** The people an article introduces; every article's, in corpus order, form the directory. */
  public List<PersonProfile> people(AnnotatedArticle article) {
    return List.copyOf(new Work(article).actors.people());
  }

  /**
   * The event mentions and quotes of one article, its people completed from the corpus directory
   * (every article's {@link #people}, in corpus order).
   */
  public ArticleFindings find(AnnotatedArticle article, List<PersonProfile> directory) {
    return find(new Work(article), directory);
  }

  private ArticleFindings find(Work w, List<PersonProfile> directory) {
    w.actors.useDirectory(directory);
    List<Quote> articleQuotes = speakerCountries(w.ctx, quotes.extract(w.ctx, w.actors));
    List<EventMention> mentions = new ArrayList<>(events.extract(w.ctx, w.actors));
    mentions.addAll(events.statements(w.ctx, w.actors, articleQuotes));
    List<ArticleFindings.Found> found = new ArrayList<>();
    for (EventMention m : mentions) {
      String s = m.span().of(w.ctx.text()).strip();
      found.add(
          new ArticleFindings.Found(
              m, anchors(m, w.ctx), s.length() > 160 ? s.substring(0, 157) + "..." : s));
    }
    return new ArticleFindings(w.ctx.articleId(), found, articleQuotes);
  }

  /** The corpus-wide actors (spelling variants merged) of every article's findings, in order. */
  public static ActorRegistry actors(List<ArticleFindings> findings) {
    List<EventMention> mentions = new ArrayList<>();
    List<Quote> found = new ArrayList<>();
    for (ArticleFindings f : findings) {
      mentions.addAll(f.mentions());
      found.addAll(f.quotes());
    }
    return ActorRegistry.of(mentions, found);
  }

  /**
   * Merges the event mentions of the findings (with canonical actors, in corpus order) into events
   * with ids {@code e1, e2, ...} in chronological order; incidents join the events they report.
   */
  public List<Event> merge(List<ArticleFindings> canonical) {
    List<EventMention> mentions = new ArrayList<>();
    Map<MentionKey, ArticleFindings.Found> byKey = new HashMap<>();
    for (ArticleFindings f : canonical) {
      for (ArticleFindings.Found found : f.events()) {
        mentions.add(found.mention());
        byKey.putIfAbsent(MentionKey.of(found.mention()), found);
      }
    }
    return merger.merge(mentions, m -> lookUp(byKey, m).snippet(), m -> lookUp(byKey, m).anchors());
  }

  /** What identifies a mention's snippet and anchors, kept when an incident is recoded. */
  private record MentionKey(String articleId, Span span, Span trigger, Span target) {
    static MentionKey of(EventMention m) {
      return new MentionKey(m.articleId(), m.span(), m.trigger(), m.target().span());
    }
  }

  private static ArticleFindings.Found lookUp(
      Map<MentionKey, ArticleFindings.Found> byKey, EventMention m) {
    ArticleFindings.Found f = byKey.get(MentionKey.of(m));
    if (f == null) {
      throw new IllegalArgumentException("mention is not among the findings: " + m);
    }
    return f;
  }

  /**
   * The perspective of one article from its findings with canonical actors, its people completed
   * from the corpus directory.
   */
  public Perspective perspective(
      AnnotatedArticle article, List<PersonProfile> directory, ArticleFindings canonical) {
    Work w = new Work(article);
    w.actors.useDirectory(directory);
    return perspective(w, canonical);
  }

  private Perspective perspective(Work w, ArticleFindings canonical) {
    List<EventMention> mentions =
        canonical.mentions().stream()
            .filter(m -> !m.provenance().equals(EventExtractor.INCIDENT))
            .toList();
    Map<String, Double> goldstein = new HashMap<>();
    for (EventMention m : mentions) {
      goldstein.put(m.cameo(), codebook.goldstein(m.cameo()));
    }
    ActorResolver actors = w.actors;
    return new PerspectiveClassifier(goldstein)
        .classify(
            w.ctx,
            canonical.quotes(),
            mentions,
            name -> actors.personCountry(name),
            this::outletCountry);
  }

  /**
   * The corpus analysis of merged events: divergences between the sides' versions and the tension
   * index. Articles need only their sentence spans, not tokens.
   */
  public CorpusAnalysis compare(
      List<AnnotatedArticle> articles,
      List<Event> merged,
      List<ArticleFindings> canonical,
      Map<String, Perspective> perspectives) {
    return compare(articles, merged, canonical, perspectives, new StepGuard(f -> {}, steps));
  }

  private CorpusAnalysis compare(
      List<AnnotatedArticle> articles,
      List<Event> merged,
      List<ArticleFindings> canonical,
      Map<String, Perspective> perspectives,
      StepGuard guard) {
    List<Quote> found = new ArrayList<>();
    canonical.forEach(f -> found.addAll(f.quotes()));
    Map<String, String> texts = new HashMap<>();
    Map<String, String> sources = new HashMap<>();
    Map<String, List<Span>> sentences = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      texts.put(a.article().id(), a.article().text());
      sources.put(a.article().id(), a.article().source());
      sentences.put(
          a.article().id(), a.sentences().stream().map(org.dyad.model.Sentence::span).toList());
    }
    Function<Event, StepGuard.Failed> event =
        e ->
            new StepGuard.Failed(
                String.join(
                    ", ",
                    e.mentions().stream()
                        .map(m -> sources.getOrDefault(m.articleId(), m.articleId()))
                        .distinct()
                        .toList()),
                "event " + e.id());
    List<Divergence> divergences =
        guard
            .corpus(
                "divergences",
                merged,
                es -> {
                  es.forEach(e -> guard.entering("divergences", e.id()));
                  return new DivergenceFinder().find(es, texts, perspectives, sentences, found);
                },
                event,
                List.<Divergence>of())
            .result();
    List<TensionPoint> tension =
        guard
            .corpus(
                "tension",
                merged,
                es -> {
                  es.forEach(e -> guard.entering("tension", e.id()));
                  return TensionIndex.series(
                      es, TensionIndex.mainPair(es), perspectives, TensionIndex.Period.MONTH);
                },
                event,
                List.<TensionPoint>of())
            .result();
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
   * An article's quotes with the countries their speakers can be given from outlets or dateline.
   */
  private List<Quote> speakerCountries(ArticleContext ctx, List<Quote> found) {
    return withHomeCountries(withOutletCountries(found), List.of(ctx));
  }

  /**
   * Quotes whose speaker the text gives no country: an outlet speaking ("Kommersant claims") takes
   * its own country, a person the country of the outlet they spoke to ("in an interview with
   * Report.az"), in every quote of theirs in the article.
   */
  private List<Quote> withOutletCountries(List<Quote> quotes) {
    Map<String, String> learned = new HashMap<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      if (s == null || s.country() != null) {
        continue;
      }
      String c = gazetteer.knownOutletCountry(s.name()).orElse(null);
      if (c == null && q.via() != null) {
        c = gazetteer.knownOutletCountry(q.via()).orElse(null);
      }
      if (c != null) {
        learned.putIfAbsent(s.name(), c);
      }
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      String c = s == null || s.country() != null ? null : learned.get(s.name());
      out.add(c == null ? q : withSpeakerCountry(q, c));
    }
    return out;
  }

  /** Roles of officials, who speak for the state they serve. */
  private static final Set<String> OFFICIAL_ROLES =
      Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

  /** A wire dateline opening a paragraph: "MANILA, Philippines (AP) —". */
  private static final java.util.regex.Pattern WIRE_DATELINE =
      java.util.regex.Pattern.compile(
          "(?m)^\\s*(\\p{Lu}[\\p{Lu} .'-]{2,30})(?:,\\s*[\\p{L} .]{2,30})?"
              + "\\s*(?:\\([^)]{1,30}\\))?\\s*[\u2014\u2013-]");

  /**
   * Officials quoted without a country ("National Security Adviser X said") serve the state the
   * article is reported from: its dateline's capital, else its outlet's country, when that is one
   * of the two countries the article is about.
   */
  private List<Quote> withHomeCountries(List<Quote> quotes, List<ArticleContext> contexts) {
    Map<String, String> home = new HashMap<>();
    for (ArticleContext ctx : contexts) {
      String c = datelineCountry(ctx.annotated());
      if (c == null) {
        c = outletCountry(ctx.annotated().article().outlet());
      }
      if (c != null && ctx.mainPair().contains(c)) {
        home.put(ctx.articleId(), c);
      }
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      String c = home.get(q.articleId());
      boolean official =
          s != null && s.country() == null && s.role() != null && OFFICIAL_ROLES.contains(s.role());
      out.add(official && c != null ? withSpeakerCountry(q, c) : q);
    }
    return out;
  }

  /**
   * The country of an article's dateline: a capital opening a short dated line near the top
   * ("August 2, 2025 \u2014 Baku") or a wire dateline ("MANILA, Philippines (AP) \u2014"); else
   * null.
   */
  String datelineCountry(AnnotatedArticle a) {
    String text = a.article().text();
    String top = text.substring(0, Math.min(text.length(), 400));
    java.util.regex.Matcher wire = WIRE_DATELINE.matcher(top);
    while (wire.find()) {
      String place = wire.group(1).strip();
      if (gazetteer.isCapital(place)) {
        return gazetteer.countryCode(place).orElse(null);
      }
    }
    int firstLineEnd = text.indexOf('\n');
    for (org.dyad.model.EntityMention e : a.entities()) {
      if (e.span().start() >= top.length()) {
        break;
      }
      if (e.type() != org.dyad.model.EntityType.COUNTRY
          || e.normalized() == null
          || e.span().start() < firstLineEnd
          || !gazetteer.isCapital(e.text())) {
        continue;
      }
      int from = text.lastIndexOf('\n', Math.max(0, e.span().start() - 1)) + 1;
      int to = text.indexOf('\n', e.span().end());
      String line = text.substring(from, to < 0 ? text.length() : to);
      if (line.strip().split("\\s+").length <= 8 && line.matches(".*\\d.*[\u2014\u2013|-].*")) {
        return e.normalized();
      }
    }
    return null;
  }

  private static Quote withSpeakerCountry(Quote q, String country) {
    Actor s = q.speaker();
    return new Quote(
        q.articleId(),
        q.span(),
        q.text(),
        new Actor(s.name(), country, s.role()),
        q.speakerSpan(),
        q.cue(),
        q.via(),
        q.direct(),
        q.provenance());
  }

  /** The country an outlet is based in, or null when Dyad cannot tell. */
  String outletCountry(String outlet) {
    return gazetteer.outletCountry(outlet).orElse(null);
  }
}
