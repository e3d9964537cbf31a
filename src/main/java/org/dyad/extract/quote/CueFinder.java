package org.dyad.extract.quote;

import java.util.List;
import java.util.TreeSet;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.ActorMention;
import org.dyad.model.Span;

/**
 * Finds the cue of speech that governs a direct quote in one sentence (the verb or noun of saying,
 * or "according to", nearest to the quoted words in the parse, an attribution after the quote
 * preferred) and the speaker it names.
 */
final class CueFinder {

  /** A resolved speaker (or null) and the word that attributes the speech (or null). */
  record Attribution(ActorMention speaker, String cue) {}

  /** How much nearer a postposed attribution ("..., X said") counts than its path length. */
  private static final int POSTPOSED_BONUS = 4;

  /** The fewest words a quote needs for that (a scare-quoted term is no utterance). */
  private static final int POSTPOSED_MIN_WORDS = 4;

  /** The longest path from a cue to the quoted words for the cue to govern them. */
  private static final int MAX_DISTANCE = 8;

  private final ArticleContext ctx;
  private final SpeakerState state;
  private final CueSpeakers speakers;

  CueFinder(ArticleContext ctx, SpeakerState state, CueSpeakers speakers) {
    this.ctx = ctx;
    this.state = state;
    this.speakers = speakers;
  }

  /**
   * The attribution of the quoted words {@code inner} in sentence {@code s}: a speaker and cue, a
   * cue without a speaker, or null when the sentence attributes them to no one.
   */
  Attribution attribute(int s, Span inner) {
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> insideTokens = new TreeSet<>();
    for (int t = 0; t < g.size(); t++) {
      if (inner.contains(g.token(t).span())) {
        insideTokens.add(t);
      }
    }
    int bestCue = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int t = 0; t < g.size(); t++) {
      if (insideTokens.contains(t) || state.resolver.isQuoted(s, t)) {
        continue;
      }
      boolean verbCue = g.pos(t).startsWith("VB") && SpeechCues.VERBS.contains(g.lemma(t));
      boolean nounCue = g.pos(t).startsWith("NN") && SpeechCues.NOUNS.contains(g.lemma(t));
      boolean according =
          g.word(t).equalsIgnoreCase("according")
              && t + 1 < g.size()
              && g.word(t + 1).equalsIgnoreCase("to");
      if (!verbCue && !nounCue && !according) {
        continue;
      }
      int distance = Integer.MAX_VALUE;
      for (int in : insideTokens) {
        List<Integer> path = g.pathBetween(t, in);
        if (path != null) {
          distance = Math.min(distance, path.size());
        }
      }
      if (insideTokens.isEmpty()) {
        distance = 3;
      }
      distance += nounCue ? 1 : 0;
      if (verbCue && insideTokens.size() >= POSTPOSED_MIN_WORDS && postposed(g, t, inner)) {
        // "..., the ministry said in a statement.": the attribution that follows the quote
        distance -= POSTPOSED_BONUS;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        bestCue = t;
      }
    }
    ActorMention speaker = null;
    if (bestCue >= 0 && bestDistance <= MAX_DISTANCE) {
      if (insideSubject(g, bestCue, insideTokens)) {
        return null;
      }
      speaker = speakers.speakerOf(s, bestCue);
      if (speaker == null && g.pos(bestCue).startsWith("VB")) {
        speaker = invertedSubject(s, bestCue, inner);
      }
      if (speaker != null && speaker.span().overlaps(inner)) {
        speaker = null;
      }
      if (speaker != null) {
        return new Attribution(speaker, g.word(bestCue));
      }
    }
    boolean noCue = bestCue < 0 || bestDistance > MAX_DISTANCE;
    if (noCue && !insideTokens.isEmpty() && g.pos(insideTokens.first()).startsWith("VB")) {
      for (int subj : g.children(insideTokens.first(), "nsubj")) {
        if (!insideTokens.contains(subj)) {
          ActorMention m = speakers.resolveSpeaker(s, subj);
          if (m != null) {
            return new Attribution(m, null);
          }
        }
      }
    }
    if (bestCue < 0
        || bestDistance > MAX_DISTANCE
        || g.word(bestCue).equalsIgnoreCase("according")
        || inner.contains(g.token(bestCue).span())) {
      return null;
    }
    return new Attribution(null, g.word(bestCue));
  }

  /**
   * True when cue verb {@code t} follows the quote and so does its own subject, with a comma
   * between the quote and the subject ("'...' and more, the prosecutor general said").
   */
  private static boolean postposed(SentenceGraph g, int t, Span inner) {
    if (g.token(t).span().start() < inner.end()) {
      return false;
    }
    for (int subject : g.children(t, "nsubj")) {
      int first = g.phrase(subject).first();
      if (g.token(first).span().start() < inner.end()) {
        continue;
      }
      for (int k = first - 1; k >= 0 && g.token(k).span().start() >= inner.end(); k--) {
        if (g.word(k).equals(",")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The speaker named right after a cue that follows the quote ("..., added the statement issued on
   * Monday", "..., said Foreign Minister X, who"), when the parse missed the inversion.
   */
  private ActorMention invertedSubject(int s, int cue, Span inner) {
    SentenceGraph g = ctx.graph(s);
    int before = cue - 1;
    while (before >= 0
        && g.word(before).matches("[\\p{Punct}\u201c\u201d\u00ab\u00bb\u2018\u2019]+")) {
      before--;
    }
    if (before < 0 || before == cue - 1 || !inner.contains(g.token(before).span())) {
      return null;
    }
    int head = -1;
    for (int j = cue + 1; j < g.size(); j++) {
      String pos = g.pos(j);
      if (pos.startsWith("NN") || pos.equals("PRP")) {
        head = j;
      } else if (!(pos.equals("DT")
          || pos.startsWith("JJ")
          || pos.equals("PRP$")
          || pos.equals("POS")
          || pos.equals("CD")
          || pos.equals("HYPH"))) {
        break;
      }
    }
    return head < 0 ? null : speakers.resolveSpeaker(s, head);
  }

  /** True when the quoted words sit inside the subject of the cue: a name, not speech. */
  private static boolean insideSubject(SentenceGraph g, int cue, TreeSet<Integer> inside) {
    if (inside.isEmpty()) {
      return false;
    }
    for (int subj : g.children(cue, "nsubj")) {
      TreeSet<Integer> phrase = g.subtree(subj, r -> !r.equals("punct"));
      if (phrase.containsAll(inside)) {
        return true;
      }
    }
    return false;
  }
}
