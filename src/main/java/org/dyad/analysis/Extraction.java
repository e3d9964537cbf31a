package org.dyad.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.compare.CorpusPairs;
import org.dyad.compare.EventAnchors;
import org.dyad.compare.EventMerger;
import org.dyad.compare.PairComparison;
import org.dyad.compare.PerspectiveClassifier;
import org.dyad.dictionary.Dictionaries;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorCoder;
import org.dyad.extract.actor.ActorRegistry;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.PeopleDirectory;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.extract.actor.Places;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.extract.event.EventExtractor;
import org.dyad.extract.event.EventLexicon;
import org.dyad.extract.quote.QuoteExtractor;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.PartialDate;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TensionPoint;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.ParseScope;

/** Runs every extractor over a corpus of annotated articles and merges what they find. */
public final class Extraction {

  /**
   * The versions of the stages whose findings an {@link IncrementalAnalysis} keeps: findings kept
   * under another version are extracted again.
   */
  public static final String VERSION =
      "extract.event@" + EventExtractor.VERSION + ",extract.quote@" + QuoteExtractor.VERSION;

  private final Gazetteer gazetteer;
  private final Places places;
  private final EventExtractor events;
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final EventMerger merger;
  private final CameoCodebook codebook;
  private final ActorCoder coder;
  private final EventLexicon lexicon;
  private final List<List<String>> chosenPairs;
  private final PerspectiveClassifier classifier;
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

  /**
   * Extraction with the shipped dictionaries and the gazetteer's pairs ({@code pair:} in its YAML),
   * else the corpus's own.
   */
  public Extraction(Gazetteer gazetteer) {
    this(gazetteer, Dictionaries.standard(), gazetteer.pairs());
  }

  /** Extraction whose actors are coded with these actor and agent dictionaries. */
  public Extraction(Gazetteer gazetteer, Dictionaries dictionaries) {
    this(gazetteer, dictionaries, gazetteer.pairs());
  }

  /** Extraction that studies {@code pairs} with the shipped dictionaries. */
  public Extraction(Gazetteer gazetteer, List<List<String>> pairs) {
    this(gazetteer, Dictionaries.standard(), pairs);
  }

  /** Extraction with the gazetteer's pairs whose steps {@code steps} hears as they start. */
  public Extraction(Gazetteer gazetteer, StepListener steps) {
    this(gazetteer, gazetteer.pairs(), steps);
  }

  /**
   * Extraction whose actors and events are coded with {@code dictionaries} and that studies {@code
   * pairs}, the first being the default, whatever the corpus covers; with no pairs, those of the
   * corpus ({@link CorpusPairs}).
   */
  public Extraction(Gazetteer gazetteer, Dictionaries dictionaries, List<List<String>> pairs) {
    this(gazetteer, dictionaries, pairs, (stage, subject) -> {});
  }

  /** Extraction of {@code pairs} with the shipped dictionaries whose steps {@code steps} hears. */
  public Extraction(Gazetteer gazetteer, List<List<String>> pairs, StepListener steps) {
    this(gazetteer, Dictionaries.standard(), pairs, steps);
  }

  /**
   * Extraction coded with {@code dictionaries} that studies {@code pairs} and whose steps {@code
   * steps} hears as they start.
   */
  public Extraction(
      Gazetteer gazetteer,
      Dictionaries dictionaries,
      List<List<String>> pairs,
      StepListener steps) {
    if (steps == null) {
      throw new IllegalArgumentException("steps must not be null");
    }
    this.steps = steps;
    this.gazetteer = gazetteer;
    this.places = Places.load();
    this.lexicon = EventLexicon.load(dictionaries.verbs());
    this.events = new EventExtractor(lexicon, gazetteer, places);
    this.codebook = CameoCodebook.load();
    this.merger = new EventMerger(codebook);
    this.coder =
        gazetteer == Gazetteer.load() && dictionaries == Dictionaries.standard()
            ? ActorCoder.standard()
            : new ActorCoder(dictionaries, gazetteer);
    List<List<String>> chosen = new ArrayList<>();
    for (List<String> p : pairs) {
      if (p.size() != 2) {
        throw new IllegalArgumentException("a pair has two countries: " + p);
      }
      List<String> pair = CorpusPairs.sorted(p.get(0), p.get(1));
      if (!chosen.contains(pair)) {
        chosen.add(pair);
      }
    }
    this.chosenPairs = List.copyOf(chosen);
    this.classifier = new PerspectiveClassifier(codebook::goldstein, gazetteer);
  }

  /**
   * The sentences the extractors need parsed: those with an event trigger (and the words its row
   * requires) or a quote cue (for {@code CoreNlpAnnotator.parsingOnly}).
   */
  public static ParseScope parseScope() {
    return scopeOf(EventLexicon.load(Dictionaries.standard().verbs()));
  }

  private static ParseScope scopeOf(EventLexicon lexicon) {
    Map<String, List<Set<String>>> cues = new HashMap<>(lexicon.cues());
    for (String cue : QuoteExtractor.cueLemmas()) {
      cues.put(cue, List.of(Set.of()));
    }
    return new ParseScope(cues, null);
  }

  /** The sentences this extraction needs parsed (see {@link #parseScope()}). */
  public ParseScope scope() {
    return scopeOf(lexicon);
  }

  /**
   * Extracts events and quotes from every article, resolves actors across the corpus, merges
   * events, then compares the sides of each of the corpus's pairs. The steps are the public methods
   * below, which a cluster runs article by article (people, find, perspectives) or block by block
   * (merge).
   */
  public CorpusAnalysis analyze(List<AnnotatedArticle> articles) {
    return analyze(articles, f -> {});
  }

  /**
   * As {@link #analyze(List)}, each step isolated: an article or event whose step fails is left out
   * of that step and what follows it, reported to {@code failures} (once per step and subject), and
   * the rest goes on.
   */
  public CorpusAnalysis analyze(List<AnnotatedArticle> articles, Consumer<StepFailure> failures) {
    StepGuard guard = guard(failures);
    List<AnnotatedArticle> counted = new ArrayList<>();
    List<Map<String, Integer>> countries = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      Map<String, Integer> c = guard.article("actors", a, () -> CorpusPairs.countries(a));
      if (c != null) {
        counted.add(a);
        countries.add(c);
      }
    }
    List<List<String>> candidates = candidates(countries);
    List<Work> work = new ArrayList<>();
    List<PersonProfile> directory = new ArrayList<>();
    for (int i = 0; i < counted.size(); i++) {
      AnnotatedArticle a = counted.get(i);
      Map<String, Integer> c = countries.get(i);
      Work w =
          guard.article(
              "actors",
              a,
              () -> {
                Work made = new Work(a, CorpusPairs.pairOf(c, candidates));
                made.actors.people();
                return made;
              });
      if (w != null) {
        work.add(w);
        directory.addAll(w.actors.people());
      }
    }
    PeopleDirectory people = PeopleDirectory.of(directory);
    Map<String, Work> byId = new HashMap<>();
    List<ArticleFindings> found = new ArrayList<>();
    for (Work w : work) {
      ArticleFindings f =
          guard.article("events and quotes", w.ctx.annotated(), () -> find(w, people));
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
    List<List<String>> pairs =
        guard
            .corpus(
                "pairs",
                merged.result(),
                es -> pairs(candidates, es),
                event(articles),
                chosenPairs.isEmpty() ? candidates : chosenPairs)
            .result();
    Map<List<String>, Map<String, Perspective>> byPair = new LinkedHashMap<>();
    pairs.forEach(p -> byPair.put(p, new HashMap<>()));
    for (ArticleFindings c : merged.items()) {
      Work w = byId.get(c.articleId());
      List<Perspective> ps =
          guard.article("perspective", w.ctx.annotated(), () -> perspectives(w, c, pairs));
      if (ps != null) {
        for (int k = 0; k < pairs.size(); k++) {
          byPair.get(pairs.get(k)).put(w.ctx.articleId(), ps.get(k));
        }
      }
    }
    return compare(articles, merged.result(), merged.items(), byPair, guard);
  }

  /**
   * A guard over this extraction's steps that reports each failure to {@code failures} once per
   * step, subject and error.
   */
  StepGuard guard(Consumer<StepFailure> failures) {
    Set<List<String>> told = new HashSet<>();
    return new StepGuard(
        f -> {
          if (told.add(List.of(f.stage(), String.valueOf(f.subject()), f.error()))) {
            failures.accept(f);
          }
        },
        steps);
  }

  /**
   * The pairs the extraction uses before merging, from each article's {@link
   * CorpusPairs#countries}: the chosen pairs if any, else the corpus's candidates.
   */
  public List<List<String>> candidates(List<Map<String, Integer>> countries) {
    return chosenPairs.isEmpty() ? CorpusPairs.candidates(countries) : chosenPairs;
  }

  /**
   * The pairs of the analysis, the default first: the chosen pairs in their order, else the
   * candidates ranked by their merged events ({@link CorpusPairs#rank}).
   */
  public List<List<String>> pairs(List<List<String>> candidates, List<Event> merged) {
    return chosenPairs.isEmpty() ? CorpusPairs.rank(candidates, merged) : chosenPairs;
  }

  /** One article's parse graphs and actor resolver, shared by the steps that need them. */
  private final class Work {
    final ArticleContext ctx;
    final ActorResolver actors;

    Work(AnnotatedArticle a, List<String> pair) {
      this.ctx = new ArticleContext(a, pair);
      this.actors = new ActorResolver(ctx, gazetteer, places, coder);
    }
  }

  /**
   * What one article's extraction found from a corpus directory, with its perspectives on pairs
   * from its findings as they are, before actors are merged across the corpus.
   */
  record Extracted(ArticleFindings findings, Map<List<String>, Perspective> perspectives) {}

  /**
   * The findings of one article analysed against {@code pair} and the perspectives on each of
   * {@code pairs} they give before actors are merged across the corpus, in one pass over its parse
   * (each is the one {@link #perspectives} gives as long as merging leaves the countries it reads
   * alone: see {@link #perspectiveInputs}).
   */
  Extracted findWithPerspectives(
      AnnotatedArticle article,
      List<String> pair,
      PeopleDirectory directory,
      List<List<String>> pairs) {
    Work w = new Work(article, pair);
    ArticleFindings found = find(w, directory);
    return new Extracted(found, byPair(pairs, perspectives(w, found, pairs)));
  }

  /**
   * As {@link #findWithPerspectives(AnnotatedArticle, List, PeopleDirectory, List)}, each step
   * guarded: null when finding fails, no perspectives (null) when they fail (both reported).
   */
  Extracted findWithPerspectives(
      AnnotatedArticle article,
      List<String> pair,
      PeopleDirectory directory,
      List<List<String>> pairs,
      StepGuard guard) {
    Work w = guard.article("events and quotes", article, () -> new Work(article, pair));
    ArticleFindings found =
        w == null ? null : guard.article("events and quotes", article, () -> find(w, directory));
    if (found == null) {
      return null;
    }
    List<Perspective> ps =
        guard.article("perspective", article, () -> perspectives(w, found, pairs));
    return new Extracted(found, ps == null ? null : byPair(pairs, ps));
  }

  /**
   * The perspectives on each of {@code pairs} of one article analysed against {@code pair}, from
   * its findings with canonical actors.
   */
  Map<List<String>, Perspective> perspectives(
      AnnotatedArticle article,
      List<String> pair,
      PeopleDirectory directory,
      ArticleFindings canonical,
      List<List<String>> pairs) {
    Work w = new Work(article, pair);
    w.actors.useDirectory(directory);
    return byPair(pairs, perspectives(w, canonical, pairs));
  }

  /**
   * As {@link #perspectives(AnnotatedArticle, List, PeopleDirectory, ArticleFindings, List)},
   * guarded: null when they fail (reported).
   */
  Map<List<String>, Perspective> perspectives(
      AnnotatedArticle article,
      List<String> pair,
      PeopleDirectory directory,
      ArticleFindings canonical,
      List<List<String>> pairs,
      StepGuard guard) {
    return guard.article(
        "perspective", article, () -> perspectives(article, pair, directory, canonical, pairs));
  }

  private static Map<List<String>, Perspective> byPair(
      List<List<String>> pairs, List<Perspective> perspectives) {
    Map<List<String>, Perspective> out = new HashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      out.put(pairs.get(k), perspectives.get(k));
    }
    return out;
  }

  /**
   * All that {@link #perspectives} reads of an article's findings besides texts, spans and codes,
   * which merging actors leaves alone: the country of each quote's speaker and of each event's
   * source and target.
   */
  static List<String> perspectiveInputs(ArticleFindings findings) {
    List<String> out = new ArrayList<>();
    for (Quote q : findings.quotes()) {
      out.add(q.speaker() == null ? "-" : "q:" + q.speaker().country());
    }
    for (EventMention m : findings.mentions()) {
      out.add(
          "m:"
              + (m.source() == null ? "-" : m.source().actor().country())
              + ">"
              + (m.target() == null ? "-" : m.target().actor().country()));
    }
    return out;
  }

  /** The people an article introduces; every article's, in corpus order, form the directory. */
  public List<PersonProfile> people(AnnotatedArticle article) {
    return List.copyOf(new Work(article, List.of()).actors.people());
  }

  /**
   * The event mentions and quotes of one article, its people completed from the corpus directory
   * (every article's {@link #people}, in corpus order), the article analysed against the pair of
   * {@code candidates} it is about.
   */
  public ArticleFindings find(
      AnnotatedArticle article, PeopleDirectory directory, List<List<String>> candidates) {
    return find(
        new Work(article, CorpusPairs.pairOf(CorpusPairs.countries(article), candidates)),
        directory);
  }

  private ArticleFindings find(Work w, PeopleDirectory directory) {
    w.actors.useDirectory(directory);
    List<Quote> articleQuotes = speakerCountries(w.ctx, quotes.extract(w.ctx, w.actors));
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
   * The perspectives of one article on each of {@code pairs}, in that order, from its findings with
   * canonical actors, its people completed from the corpus directory.
   */
  public List<Perspective> perspectives(
      AnnotatedArticle article,
      PeopleDirectory directory,
      ArticleFindings canonical,
      List<List<String>> pairs) {
    Work w = new Work(article, CorpusPairs.pairOf(CorpusPairs.countries(article), pairs));
    w.actors.useDirectory(directory);
    return perspectives(w, canonical, pairs);
  }

  private List<Perspective> perspectives(
      Work w, ArticleFindings canonical, List<List<String>> pairs) {
    List<EventMention> mentions =
        canonical.mentions().stream()
            .filter(m -> !m.provenance().equals(EventExtractor.INCIDENT))
            .toList();
    ActorResolver actors = w.actors;
    String dateline = datelineCountry(w.ctx.annotated());
    List<Perspective> out = new ArrayList<>();
    for (List<String> pair : pairs) {
      out.add(
          classifier.classify(
              w.ctx, pair, canonical.quotes(), mentions, actors::personCountry, dateline));
    }
    return out;
  }

  /**
   * The corpus analysis of merged events: for each pair (the default first), its divergences
   * between the sides' versions and its tension index. Articles need only their sentence spans, not
   * tokens.
   *
   * @param perspectives each pair's perspectives by article id, in the order of the pairs
   */
  public CorpusAnalysis compare(
      List<AnnotatedArticle> articles,
      List<Event> merged,
      List<ArticleFindings> canonical,
      Map<List<String>, Map<String, Perspective>> perspectives) {
    return compare(articles, merged, canonical, perspectives, new StepGuard(f -> {}, steps));
  }

  /** As {@link #compare(List, List, List, Map)}, each event's steps guarded. */
  CorpusAnalysis compare(
      List<AnnotatedArticle> articles,
      List<Event> merged,
      List<ArticleFindings> canonical,
      Map<List<String>, Map<String, Perspective>> perspectives,
      StepGuard guard) {
    List<Quote> found = new ArrayList<>();
    canonical.forEach(f -> found.addAll(f.quotes()));
    Map<String, String> texts = new HashMap<>();
    Map<String, List<Span>> sentences = new HashMap<>();
    Map<String, PartialDate> published = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      texts.put(a.article().id(), a.article().text());
      if (a.article().published() != null) {
        published.put(a.article().id(), a.article().published());
      }
      sentences.put(
          a.article().id(), a.sentences().stream().map(org.dyad.model.Sentence::span).toList());
    }
    Function<Event, StepGuard.Failed> event = event(articles);
    Map<String, LocalDate> standIns = PairComparison.standIns(texts, sentences, published);
    PairComparison comparison = new PairComparison(merged, texts, sentences, found, standIns);
    List<PairAnalysis> pairs = new ArrayList<>();
    for (var p : perspectives.entrySet()) {
      List<String> pair = p.getKey();
      Map<String, Perspective> sides = p.getValue();
      List<Event> compared =
          guard
              .corpus(
                  "divergences",
                  merged,
                  es -> new PairComparison(es, texts, sentences, found, standIns).compared(pair),
                  event,
                  List.<Event>of())
              .result();
      List<Divergence> divergences =
          guard
              .corpus(
                  "divergences",
                  compared,
                  es -> {
                    es.forEach(e -> guard.entering("divergences", e.id()));
                    return comparison.divergences(pair, sides, es);
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
                    return new PairComparison(es, texts, sentences, found).tension(pair, sides);
                  },
                  event,
                  List.<TensionPoint>of())
              .result();
      pairs.add(new PairAnalysis(pair, sides, divergences, tension));
    }
    return new CorpusAnalysis(articles, merged, found, pairs);
  }

  /** How a failed event is named: the sources of the articles that tell it, and its id. */
  static Function<Event, StepGuard.Failed> event(List<AnnotatedArticle> articles) {
    Map<String, String> sources = new HashMap<>();
    articles.forEach(a -> sources.put(a.article().id(), a.article().source()));
    return e ->
        new StepGuard.Failed(
            String.join(
                ", ",
                e.mentions().stream()
                    .map(m -> sources.getOrDefault(m.articleId(), m.articleId()))
                    .distinct()
                    .toList()),
            "event " + e.id());
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
    return withHomeCountries(withActingCountries(ctx, withOutletCountries(found)), List.of(ctx));
  }

  /**
   * Officials quoted without a country in a sentence where one country of the pair, and only one,
   * is the subject of a verb speak for that country: "Azerbaijan has detained X, the prosecutor
   * general said".
   */
  private static List<Quote> withActingCountries(ArticleContext ctx, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      boolean official =
          s != null && s.country() == null && s.role() != null && OFFICIAL_ROLES.contains(s.role());
      String c = official ? actingCountry(ctx, q.span().start()) : null;
      out.add(c == null ? q : withSpeakerCountry(q, c));
    }
    return out;
  }

  /** The one pair country that is the subject of a verb in the sentence at {@code offset}. */
  private static String actingCountry(ArticleContext ctx, int offset) {
    int s = ctx.sentenceAt(offset);
    SentenceGraph g = ctx.graph(s);
    Set<String> acting = new HashSet<>();
    for (int t = 0; t < g.size(); t++) {
      if (!g.pos(t).startsWith("VB")) {
        continue;
      }
      for (int subject : g.children(t, "nsubj")) {
        org.dyad.model.EntityMention e = ctx.entity(s, subject);
        if (e != null
            && e.type() == org.dyad.model.EntityType.COUNTRY
            && ctx.mainPair().contains(e.normalized())) {
          acting.add(e.normalized());
        }
      }
    }
    return acting.size() == 1 ? acting.iterator().next() : null;
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
        c = outletCountry(ctx.annotated().article());
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

  /** The country whose media an article is, or null when Dyad cannot tell. */
  String outletCountry(Article article) {
    return gazetteer.articleCountry(article).orElse(null);
  }
}
