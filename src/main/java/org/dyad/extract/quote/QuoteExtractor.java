package org.dyad.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.quote.CueFinder.Attribution;
import org.dyad.extract.quote.SpeakerState.Current;
import org.dyad.model.ActorMention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * Extracts quotations and attributed statements with their speakers: direct quotes in any quote
 * style (also across sentences and paragraphs), fragments inside reported speech, and "X said that
 * ..." / "according to X" statements. Scare quotes, names in quote marks, headers and idioms are
 * left out ({@link QuotedWords}). The speaker is the subject of the cue that governs the quote
 * ({@link CueFinder}, {@link CueSpeakers}), resolved by {@link SpeakerResolver}; quotes without a
 * cue of their own continue the current speaker ({@link SpeakerState}), and words going on after a
 * split attribution join their utterance.
 */
public final class QuoteExtractor {

  public static final String VERSION = "2";
  private static final Provenance PROVENANCE = new Provenance("extract.quote", VERSION);

  /**
   * The lemmas that can cue a quote or a reported statement; a sentence without one needs no parse.
   */
  public static Set<String> cueLemmas() {
    Set<String> out = SpeechCues.all();
    out.add("according");
    out.add("via");
    return out;
  }

  private static final Pattern END_THEN_SPACE = Pattern.compile("[.!?]\\s+$");

  private final Gazetteer gazetteer;

  /** An extractor with the built-in gazetteer. */
  public QuoteExtractor() {
    this(Gazetteer.load());
  }

  /** An extractor whose role nouns and institutions come from {@code gazetteer}. */
  public QuoteExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** One article being read: its speaker state and the finders of cues and their speakers. */
  private static final class Reading {
    final ArticleContext ctx;
    final SpeakerState state;
    final CueSpeakers speakers;
    final CueFinder cues;

    Reading(ArticleContext ctx, ActorResolver actors, Gazetteer gazetteer) {
      this.ctx = ctx;
      this.state = new SpeakerState(ctx, actors, new SpeakerResolver(ctx, actors, gazetteer));
      this.speakers = new CueSpeakers(ctx, actors, state);
      this.cues = new CueFinder(ctx, state, speakers);
    }
  }

  /** The quotes and attributed statements of one article, in text order. */
  public List<Quote> extract(ArticleContext ctx, ActorResolver actors) {
    String text = ctx.text();
    List<QuoteSpans.Passage> passages = QuoteSpans.find(text);
    List<Quote> out = new ArrayList<>();
    Reading r = new Reading(ctx, actors, gazetteer);
    int p = 0;
    for (int s = 0; s < ctx.sentenceCount(); s++) {
      SentenceGraph g = ctx.graph(s);
      Sentence sentence = g.sentence();
      int paragraph = ctx.paragraphOf(sentence.span().start());
      r.state.read(s, paragraph);
      while (p < passages.size() && passages.get(p).outer().start() < sentence.span().end()) {
        QuoteSpans.Passage q = passages.get(p++);
        if (q.outer().start() < sentence.span().start()) {
          continue;
        }
        Quote quote = direct(r, s, q, paragraph);
        if (quote != null && !out.isEmpty() && continues(ctx, out.get(out.size() - 1), quote)) {
          out.set(out.size() - 1, joined(out.get(out.size() - 1), quote));
        } else if (quote != null) {
          out.add(quote);
          if (quote.speaker() != null && quote.speakerSpan() != null) {
            r.state.speaking(
                new Current(
                    new ActorMention(quote.speaker(), quote.speakerSpan()),
                    quote.via(),
                    paragraph,
                    false),
                s);
          }
        }
      }
      for (Quote indirect : indirect(r, s, paragraph)) {
        boolean overlapsDirect =
            out.stream().anyMatch(q -> q.direct() && q.span().overlaps(indirect.span()));
        if (!overlapsDirect) {
          out.add(indirect);
        }
      }
    }
    return out;
  }

  /**
   * True when {@code next} goes on with the words of {@code prev} after the attribution that splits
   * them ("“A,” she said. “B.”"): one utterance, as quotation-attribution corpora count it.
   */
  private static boolean continues(ArticleContext ctx, Quote prev, Quote next) {
    if (!prev.direct()
        || !next.direct()
        || next.cue() != null
        || prev.speaker() == null
        || next.speaker() == null
        || !prev.speaker().name().equals(next.speaker().name())
        || next.span().start() - prev.span().end() > 160
        || ctx.paragraphOf(prev.span().start()) != ctx.paragraphOf(next.span().start())) {
      return false;
    }
    String between = ctx.text().substring(prev.span().end(), next.span().start());
    return between.chars().filter(c -> c == '\n').count() == 0
        && between.length() - between.replaceAll("[\"\u201c\u201d\u00ab\u00bb]", "").length() <= 2;
  }

  /** One quote of two parts of an utterance; its span runs from the first part to the second. */
  private static Quote joined(Quote prev, Quote next) {
    return new Quote(
        prev.articleId(),
        new Span(prev.span().start(), next.span().end()),
        prev.text() + " " + next.text(),
        prev.speaker(),
        prev.speakerSpan(),
        prev.cue(),
        prev.via(),
        true,
        prev.provenance());
  }

  /**
   * The direct quote of passage {@code q}, which opens in sentence {@code s}, with its speaker: the
   * one its cue names, else the current speaker when the quote stands where a bare quote goes on
   * with them; null when the words are no speech or no one says them.
   */
  private Quote direct(Reading r, int s, QuoteSpans.Passage q, int paragraph) {
    ArticleContext ctx = r.ctx;
    String text = ctx.text();
    String inner = QuotedWords.joinParts(text, q);
    if (inner.isBlank()) {
      return null;
    }
    if (QuotedWords.afterIdiom(text, q.outer()) || QuotedWords.isHeader(text, q.outer())) {
      return null;
    }
    boolean sentenceLike =
        inner.trim().split("\\s+").length >= 6 || inner.strip().matches("(?s).*[.!?]$");
    if (!sentenceLike && QuotedWords.looksLikeName(inner)) {
      return null;
    }
    if (!sentenceLike && QuotedWords.modifiesNoun(ctx.graph(s), q.inner())) {
      return null;
    }
    int sEnd = ctx.sentenceAt(Math.max(q.inner().start(), q.outer().end() - 1));
    Attribution a = r.cues.attribute(s, q.inner());
    String via = SpokenVia.of(ctx.textOf(ctx.graph(s).sentence().span()));
    if (a == null && sEnd != s) {
      a = r.cues.attribute(sEnd, q.inner());
      via = via != null ? via : SpokenVia.of(ctx.textOf(ctx.graph(sEnd).sentence().span()));
    }
    Current current = r.state.speaker;
    if (a == null) {
      boolean wholeParagraph = QuotedWords.coversParagraph(text, q.outer());
      boolean afterColon = QuotedWords.previousParagraphEndsWithColon(text, q.outer().start());
      String lead = text.substring(ctx.graph(s).sentence().span().start(), q.outer().start());
      // the quote opens a sentence, or follows a full stop the sentence splitter did not split at
      boolean opensSentence = lead.isBlank() || END_THEN_SPACE.matcher(lead).find();
      if (current != null
          && (wholeParagraph && sentenceLike
              || current.framing() && current.paragraph() == paragraph
              || opensSentence && sentenceLike && paragraph - current.paragraph() <= 1)) {
        a = new Attribution(current.speaker(), null);
      } else if (wholeParagraph && sentenceLike && (afterColon || current == null)) {
        a = new Attribution(current == null ? null : current.speaker(), null);
      } else {
        return null;
      }
    }
    if (a.speaker() != null && a.speaker().span().overlaps(q.outer())) {
      a = new Attribution(null, a.cue());
    }
    if (a.speaker() == null && !sentenceLike) {
      return null;
    }
    if (a.speaker() != null
        && current != null
        && via == null
        && a.speaker().actor().name().equals(current.speaker().actor().name())) {
      via = current.via();
    }
    ActorMention sp = a.speaker();
    return new Quote(
        ctx.articleId(),
        q.inner(),
        inner,
        sp == null ? null : sp.actor(),
        sp == null ? null : sp.span(),
        a.cue(),
        via,
        true,
        PROVENANCE);
  }

  /**
   * The reported statements of sentence {@code s}: what follows "according to X", and the clause of
   * a verb of indirect speech ("X said that ...") with its subject as the speaker.
   */
  private List<Quote> indirect(Reading r, int s, int paragraph) {
    ArticleContext ctx = r.ctx;
    SentenceGraph g = ctx.graph(s);
    List<Quote> out = new ArrayList<>();
    for (int t = 0; t + 1 < g.size(); t++) {
      if (g.word(t).equalsIgnoreCase("according") && g.word(t + 1).equalsIgnoreCase("to")) {
        int head = g.head(t);
        ActorMention speaker =
            head < 0 || !r.speakers.canSpeak(g, s, head)
                ? null
                : r.speakers.resolveSpeaker(s, head);
        if (speaker == null || !CueSpeakers.isNamed(speaker)) {
          continue;
        }
        int clause = g.head(head);
        if (clause < 0) {
          continue;
        }
        TreeSet<Integer> tokens = g.subtree(clause, rel -> !rel.equals("punct"));
        tokens.removeAll(g.subtree(head, rel -> true));
        tokens.remove(t);
        tokens.remove(t + 1);
        Quote q = statement(r, g, tokens, speaker, "according to");
        if (q != null) {
          r.state.speaking(new Current(speaker, q.via(), paragraph, true), s);
          out.add(q);
        }
      }
    }
    for (int t = 0; t < g.size(); t++) {
      if (!g.pos(t).startsWith("VB") || !SpeechCues.INDIRECT.contains(g.lemma(t))) {
        continue;
      }
      int comp = g.child(t, "ccomp");
      if (comp < 0) {
        continue;
      }
      ActorMention speaker = r.speakers.subjectOf(s, t);
      if (speaker == null) {
        speaker = r.speakers.nominalSubject(s, t);
      }
      if (speaker == null) {
        continue;
      }
      TreeSet<Integer> tokens = g.subtree(comp, rel -> true);
      int mark = g.child(comp, "mark");
      if (mark >= 0 && g.lemma(mark).equals("that")) {
        tokens.remove(mark);
      }
      Quote q = statement(r, g, tokens, speaker, g.word(t));
      if (q != null) {
        if (CueSpeakers.isNamed(speaker)) {
          boolean colon = ctx.textOf(g.sentence().span()).stripTrailing().endsWith(":");
          r.state.speaking(new Current(speaker, q.via(), paragraph, colon), s);
        }
        out.add(q);
      }
    }
    return out;
  }

  private static Quote statement(
      Reading r, SentenceGraph g, TreeSet<Integer> tokens, ActorMention speaker, String cue) {
    if (tokens.size() < 3) {
      return null;
    }
    Span span = g.span(tokens);
    String text = r.ctx.textOf(span).strip();
    if (text.isEmpty()) {
      return null;
    }
    String via = SpokenVia.of(r.ctx.textOf(g.sentence().span()));
    Current current = r.state.speaker;
    if (via == null
        && current != null
        && current.speaker().actor().name().equals(speaker.actor().name())) {
      via = current.via();
    }
    return new Quote(
        r.ctx.articleId(),
        span,
        text,
        speaker.actor(),
        speaker.span(),
        cue,
        via,
        false,
        PROVENANCE);
  }
}
