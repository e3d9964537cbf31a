package org.dyad.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.analysis.ArticleExtraction.Work;
import org.dyad.compare.CorpusPairs;
import org.dyad.compare.EventMerger;
import org.dyad.compare.PerspectiveClassifier;
import org.dyad.dictionary.Dictionaries;
import org.dyad.extract.actor.ActorCoder;
import org.dyad.extract.actor.ActorRegistry;
import org.dyad.extract.actor.PeopleDirectory;
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
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.ParseScope;

/**
 * Runs every extractor over a corpus of annotated articles and merges what they find: the steps one
 * by one, as a cluster runs them, or all in order ({@link #analyze}, through {@link CorpusRun}).
 */
public final class Extraction {

  /**
   * The versions of the stages whose findings an {@link IncrementalAnalysis} keeps: findings kept
   * under another version are extracted again.
   */
  public static final String VERSION =
      "extract.event@" + EventExtractor.VERSION + ",extract.quote@" + QuoteExtractor.VERSION;

  private final EventMerger merger;
  private final EventLexicon lexicon;
  private final List<List<String>> chosenPairs;
  private final StepListener steps;
  private final ArticleExtraction perArticle;

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
    Places places = Places.load();
    this.lexicon = EventLexicon.load(dictionaries.verbs());
    EventExtractor events = new EventExtractor(lexicon, gazetteer, places);
    CameoCodebook codebook = CameoCodebook.load();
    this.merger = new EventMerger(codebook);
    ActorCoder coder =
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
    this.perArticle =
        new ArticleExtraction(
            gazetteer,
            places,
            coder,
            events,
            new PerspectiveClassifier(codebook::goldstein, gazetteer));
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
    return new CorpusRun(this, perArticle).analyze(articles, guard(failures));
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
    Work w = perArticle.work(article, pair);
    ArticleFindings found = perArticle.find(w, directory);
    return new Extracted(found, byPair(pairs, perArticle.perspectives(w, found, pairs)));
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
    Work w = guard.article("events and quotes", article, () -> perArticle.work(article, pair));
    ArticleFindings found =
        w == null
            ? null
            : guard.article("events and quotes", article, () -> perArticle.find(w, directory));
    if (found == null) {
      return null;
    }
    List<Perspective> ps =
        guard.article("perspective", article, () -> perArticle.perspectives(w, found, pairs));
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
    Work w = perArticle.work(article, pair);
    w.actors.useDirectory(directory);
    return byPair(pairs, perArticle.perspectives(w, canonical, pairs));
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
    return List.copyOf(perArticle.work(article, List.of()).actors.people());
  }

  /**
   * The event mentions and quotes of one article, its people completed from the corpus directory
   * (every article's {@link #people}, in corpus order), the article analysed against the pair of
   * {@code candidates} it is about.
   */
  public ArticleFindings find(
      AnnotatedArticle article, PeopleDirectory directory, List<List<String>> candidates) {
    return perArticle.find(
        perArticle.work(article, CorpusPairs.pairOf(CorpusPairs.countries(article), candidates)),
        directory);
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
   * The corpus's actors merged over {@code found}, each article's findings given those canonical
   * actors, then its events merged; each step guarded, an article that breaks one left out.
   *
   * @param articleOf the article of a finding's id, to name it when a step fails on it
   * @param failed how a step failing on a finding names its article
   */
  StepGuard.Kept<ArticleFindings, List<Event>> canonicalMerged(
      StepGuard guard,
      List<ArticleFindings> found,
      java.util.function.Function<String, AnnotatedArticle> articleOf,
      java.util.function.Function<ArticleFindings, StepGuard.Failed> failed) {
    StepGuard.Kept<ArticleFindings, ActorRegistry> registry =
        guard.corpus(
            "actors",
            found,
            fs -> {
              fs.forEach(f -> guard.entering("actors", f.articleId()));
              return actors(fs);
            },
            failed,
            actors(List.of()));
    List<ArticleFindings> canonical = new ArrayList<>();
    for (ArticleFindings f : registry.items()) {
      ArticleFindings c =
          guard.article(
              "actors", articleOf.apply(f.articleId()), () -> f.canonical(registry.result()));
      if (c != null) {
        canonical.add(c);
      }
    }
    return guard.corpus(
        "merge",
        canonical,
        fs -> {
          fs.forEach(f -> guard.entering("merge", f.articleId()));
          return merge(fs);
        },
        failed,
        List.of());
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
    Work w = perArticle.work(article, CorpusPairs.pairOf(CorpusPairs.countries(article), pairs));
    w.actors.useDirectory(directory);
    return perArticle.perspectives(w, canonical, pairs);
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
    return CorpusComparison.of(articles, merged, canonical, perspectives, guard);
  }
}
