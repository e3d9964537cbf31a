package org.dyad.extract.quote;

import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.ActorMention;

/**
 * Who is speaking as an article is read: the speaker the narrative has established (and in which
 * paragraph), whom a quote without a cue of its own goes on with, and the last person who was a
 * grammatical subject.
 */
final class SpeakerState {

  /**
   * A speaker the narrative has established.
   *
   * @param framing true when the attribution frames what follows ("According to X, ..."; "X
   *     stated:")
   */
  record Current(ActorMention speaker, String via, int paragraph, boolean framing) {}

  /** How many paragraphs a speaker stays current without being named again. */
  private static final int PARAGRAPHS_KEPT = 2;

  private final ArticleContext ctx;
  private final ActorResolver actors;
  final SpeakerResolver resolver;
  Current speaker;
  ActorMention lastSubject;

  SpeakerState(ArticleContext ctx, ActorResolver actors, SpeakerResolver resolver) {
    this.ctx = ctx;
    this.actors = actors;
    this.resolver = resolver;
  }

  /** Records that {@code c}, named in sentence {@code s}, is now speaking. */
  void speaking(Current c, int s) {
    speaker = c;
    resolver.spoke(c.speaker(), s);
  }

  /**
   * Reads sentence {@code s}, in paragraph {@code paragraph}, before its quotes: a speaker not
   * named for more than {@link #PARAGRAPHS_KEPT} paragraphs is forgotten, and the subjects of the
   * sentence are remembered.
   */
  void read(int s, int paragraph) {
    if (speaker != null && paragraph - speaker.paragraph() > PARAGRAPHS_KEPT) {
      speaker = null;
    }
    resolver.observe(s);
    updateSubjects(s, paragraph);
  }

  /** Remembers the last person who was a grammatical subject, for "he" and "she" later on. */
  private void updateSubjects(int s, int paragraph) {
    SentenceGraph g = ctx.graph(s);
    ActorMention last = null;
    for (int t = 0; t < g.size(); t++) {
      String rel = g.relationToParent(t);
      if (!(rel.equals("nsubj") || rel.equals("nsubj:pass")) || resolver.isQuoted(s, t)) {
        continue;
      }
      ActorMention m = resolver.resolve(s, t);
      if (m != null && actors.person(m.actor().name()).isPresent()) {
        last = m;
      }
    }
    if (g.sentence().dependencies().isEmpty()) {
      last = resolver.personBeforeVerb(s);
    }
    if (last != null) {
      lastSubject = last;
      String via = SpokenVia.of(ctx.textOf(g.sentence().span()));
      if (speaker == null || !speaker.speaker().actor().equals(last.actor())) {
        speaker = new Current(last, via, paragraph, false);
      } else if (speaker.paragraph() != paragraph) {
        // the same person again, a paragraph later: still the one a bare quote goes on with
        Current c = speaker;
        speaker = new Current(c.speaker(), via != null ? via : c.via(), paragraph, c.framing());
      }
    }
  }
}
