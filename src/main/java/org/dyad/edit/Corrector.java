package org.dyad.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.analysis.ArticleFindings;
import org.dyad.analysis.Extraction;
import org.dyad.extract.event.CameoCodebook;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Corrections;
import org.dyad.model.Edit;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PairAnalysis;
import org.dyad.model.Perspective;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;

/**
 * Applies analysts' stored edits to an analysis as Dyad found it, after every (re-)analysis, so
 * that they hold over new articles and new extractor versions: the edits in force (not retracted by
 * an undo in force) are applied oldest first, each to the facts its target names now, then the
 * pairs' divergences and tension are compared again from the corrected events and perspectives. An
 * edit whose target is gone is kept and marked {@link Corrections.Status#STALE}.
 */
public final class Corrector {

  private final Extraction extraction;
  private final CameoCodebook codebook;

  public Corrector(Extraction extraction) {
    if (extraction == null) {
      throw new IllegalArgumentException("extraction must not be null");
    }
    this.extraction = extraction;
    this.codebook = CameoCodebook.load();
  }

  /** The edits retracted by an undo in force (an undo retracted in turn retracts nothing). */
  public static Set<Long> undone(List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort((a, b) -> Long.compare(b.id(), a.id()));
    Set<Long> undone = new HashSet<>();
    for (Edit e : sorted) {
      if (e.kind() == Edit.Kind.UNDO && !undone.contains(e.id())) {
        undone.add(e.undoes());
      }
    }
    return undone;
  }

  /**
   * The analysis with the edits applied; {@code found} itself (with the history) when none apply.
   */
  public CorpusAnalysis apply(CorpusAnalysis found, List<Edit> edits) {
    if (found == null || edits == null) {
      throw new IllegalArgumentException("found and edits are required");
    }
    if (edits.isEmpty()) {
      return withCorrections(found, Corrections.NONE);
    }
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort((a, b) -> Long.compare(a.id(), b.id()));
    Set<Long> undone = undone(sorted);
    Work w = new Work(found);
    Map<Long, Corrections.Status> status = new LinkedHashMap<>();
    boolean compareAgain = false;
    for (Edit e : sorted) {
      if (undone.contains(e.id())) {
        status.put(e.id(), Corrections.Status.UNDONE);
      } else if (e.kind() == Edit.Kind.UNDO) {
        status.put(e.id(), Corrections.Status.UNDO);
      } else {
        boolean applied = w.apply(e);
        status.put(e.id(), applied ? Corrections.Status.APPLIED : Corrections.Status.STALE);
        compareAgain |= applied && e.kind() != Edit.Kind.SET_SPEAKER;
      }
    }
    Set<String> ids = new HashSet<>();
    w.events.forEach(ev -> ids.add(Corrections.eventFact(ev.id())));
    w.facts.keySet().removeIf(f -> f.startsWith("event:") && !ids.contains(f));
    Corrections corrections = new Corrections(sorted, status, w.facts);
    if (!status.containsValue(Corrections.Status.APPLIED)) {
      return withCorrections(found, corrections);
    }
    if (!compareAgain) {
      return new CorpusAnalysis(
          found.articles(), found.events(), w.quotes, found.pairs(), corrections);
    }
    Map<String, List<Quote>> quotesByArticle = new LinkedHashMap<>();
    for (Quote q : w.quotes) {
      quotesByArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
    }
    List<ArticleFindings> findings = new ArrayList<>();
    quotesByArticle.forEach((id, qs) -> findings.add(new ArticleFindings(id, List.of(), qs)));
    Map<List<String>, Map<String, Perspective>> perspectives = new LinkedHashMap<>();
    for (PairAnalysis p : found.pairs()) {
      perspectives.put(p.pair(), w.perspectives.get(p.pair()));
    }
    CorpusAnalysis compared =
        extraction.compare(found.articles(), w.events, findings, perspectives);
    return withCorrections(compared, corrections);
  }

  private static CorpusAnalysis withCorrections(CorpusAnalysis a, Corrections c) {
    return new CorpusAnalysis(a.articles(), a.events(), a.quotes(), a.pairs(), c);
  }

  /** The facts being corrected. */
  private final class Work {
    final List<Event> events;
    final List<Quote> quotes;
    final Map<List<String>, Map<String, Perspective>> perspectives = new LinkedHashMap<>();
    final Map<String, List<Long>> facts = new LinkedHashMap<>();
    final Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();

    Work(CorpusAnalysis found) {
      events = new ArrayList<>(found.events());
      quotes = new ArrayList<>(found.quotes());
      for (PairAnalysis p : found.pairs()) {
        perspectives.put(p.pair(), new LinkedHashMap<>(p.perspectives()));
      }
      for (AnnotatedArticle a : found.articles()) {
        articles.putIfAbsent(a.article().id(), a);
      }
    }

    /** Applies one edit; false when its target is not in the analysis. */
    boolean apply(Edit e) {
      return switch (e.kind()) {
        case HIDE_EVENT -> hide(e);
        case MERGE_EVENTS -> merge(e);
        case SPLIT_MENTION -> split(e);
        case SET_ACTOR -> setActor(e);
        case SET_SPEAKER -> setSpeaker(e);
        case SET_PERSPECTIVE -> setPerspective(e);
        case UNDO -> throw new IllegalStateException("an undo is not applied to facts");
      };
    }

    private void note(String fact, Edit e) {
      facts.computeIfAbsent(fact, k -> new ArrayList<>()).add(e.id());
    }

    /** The index of the event with a mention at the key, or -1. */
    private int eventAt(Edit.Key key) {
      for (int i = 0; i < events.size(); i++) {
        for (EventMention m : events.get(i).mentions()) {
          if (matches(key, m)) {
            return i;
          }
        }
      }
      return -1;
    }

    private boolean hide(Edit e) {
      int i = eventAt(e.key());
      if (i < 0) {
        return false;
      }
      events.remove(i);
      return true;
    }

    private boolean merge(Edit e) {
      int into = eventAt(e.key());
      int from = eventAt(Edit.Key.parse(e.value()));
      if (into < 0 || from < 0 || into == from) {
        return false;
      }
      Event a = events.get(into);
      Event b = events.get(from);
      List<EventMention> mentions = new ArrayList<>(a.mentions());
      mentions.addAll(b.mentions());
      events.set(into, with(a, a.source(), a.target(), mentions));
      events.remove(from);
      note(Corrections.eventFact(a.id()), e);
      facts.getOrDefault(Corrections.eventFact(b.id()), List.of()).stream()
          .filter(id -> !facts.get(Corrections.eventFact(a.id())).contains(id))
          .forEach(id -> facts.get(Corrections.eventFact(a.id())).add(id));
      return true;
    }

    private boolean split(Edit e) {
      int i = eventAt(e.key());
      if (i < 0 || events.get(i).mentions().size() < 2) {
        return false;
      }
      Event rest = events.get(i);
      EventMention m =
          rest.mentions().stream().filter(x -> matches(e.key(), x)).findFirst().orElseThrow();
      List<EventMention> kept = new ArrayList<>(rest.mentions());
      kept.remove(m);
      events.set(i, with(rest, rest.source(), rest.target(), kept));
      String text = m.span().of(articles.get(m.articleId()).article().text()).strip();
      Actor source = m.source() == null ? rest.source() : m.source().actor();
      Actor target = m.target() == null ? rest.target() : m.target().actor();
      Event alone =
          new Event(
              rest.id() + "s" + e.id(),
              m.cameo(),
              codebook.goldstein(m.cameo()),
              source,
              target,
              m.date(),
              source.name()
                  + " \u2192 "
                  + (target == null ? "?" : target.name())
                  + ": "
                  + codebook.name(m.cameo()).toLowerCase(Locale.ROOT)
                  + " (\u201c"
                  + (text.length() > 160 ? text.substring(0, 157) + "\u2026" : text)
                  + "\u201d)",
              List.of(m));
      events.add(i + 1, alone);
      note(Corrections.eventFact(rest.id()), e);
      note(Corrections.eventFact(alone.id()), e);
      return true;
    }

    private boolean setActor(Edit e) {
      int i = eventAt(e.key());
      if (i < 0) {
        return false;
      }
      Event ev = events.get(i);
      Actor actor = keepRole(e.actor(), e.role().equals("source") ? ev.source() : ev.target());
      events.set(
          i,
          e.role().equals("source")
              ? with(ev, actor, ev.target(), ev.mentions())
              : with(ev, ev.source(), actor, ev.mentions()));
      note(Corrections.eventFact(ev.id()), e);
      return true;
    }

    private boolean setSpeaker(Edit e) {
      Edit.Key key = e.key();
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        if (q.articleId().equals(key.articleId())
            && q.span().start() == key.start()
            && q.span().end() == key.end()) {
          Quote fixed =
              new Quote(
                  q.articleId(),
                  q.span(),
                  q.text(),
                  keepRole(e.actor(), q.speaker()),
                  q.speakerSpan(),
                  q.cue(),
                  q.via(),
                  q.direct(),
                  new Provenance(Corrections.PROVENANCE, Long.toString(e.id())));
          quotes.set(i, fixed);
          note(Corrections.quoteFact(fixed), e);
          return true;
        }
      }
      return false;
    }

    private boolean setPerspective(Edit e) {
      if (!articles.containsKey(e.target())) {
        return false;
      }
      boolean applied = false;
      for (var p : perspectives.entrySet()) {
        List<String> pair = p.getKey();
        String label = e.value();
        if (!pair.contains(label) && !label.equals("both") && !label.equals("neutral")) {
          continue;
        }
        Perspective was = p.getValue().get(e.target());
        double score = label.equals(pair.get(0)) ? 1 : label.equals(pair.get(1)) ? -1 : 0;
        p.getValue()
            .put(
                e.target(),
                new Perspective(
                    e.target(),
                    label,
                    pair,
                    score,
                    List.of("set by analyst " + e.author() + " (edit " + e.id() + ")"),
                    was == null ? List.of() : was.evidence(),
                    was == null ? Map.of() : was.features()));
        applied = true;
      }
      if (applied) {
        note(Corrections.perspectiveFact(e.target()), e);
      }
      return applied;
    }
  }

  /** The analyst's actor, with the role the one it replaces had when it is the same one. */
  private static Actor keepRole(Actor given, Actor was) {
    if (was != null
        && was.name().equalsIgnoreCase(given.name())
        && java.util.Objects.equals(was.country(), given.country())) {
      return was;
    }
    return given;
  }

  private static boolean matches(Edit.Key key, EventMention m) {
    return m.articleId().equals(key.articleId())
        && m.span().start() == key.start()
        && m.span().end() == key.end();
  }

  private static Event with(Event e, Actor source, Actor target, List<EventMention> mentions) {
    return new Event(
        e.id(), e.cameo(), e.goldstein(), source, target, e.date(), e.summary(), mentions);
  }
}
