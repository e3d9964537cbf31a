package org.dyad.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.PersonProfile;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * Extracts quotations and attributed statements with their speakers: direct quotes in any quote
 * style (also across sentences and paragraphs), fragments inside reported speech, and "X said that
 * ..." / "according to X" statements. Scare quotes, names in quote marks, headers and idioms are
 * left out. The speaker is the subject of the cue that governs the quote, resolved by {@link
 * SpeakerResolver}; quotes without a cue of their own continue the current speaker, and words going
 * on after a split attribution join their utterance.
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

  private static final Pattern IDIOM_BEFORE =
      Pattern.compile(
          "(?i)(as (?:they|people|the saying) (?:say|says|goes|put it)|so to speak|so-called|"
              + "the (?:notorious|infamous|proverbial))\\W*$");
  private static final String NAME =
      "((?:[\"\u201c\u00ab*][^\"\u201d\u00bb*]{2,40}[\"\u201d\u00bb*])"
          + "|(?:[A-Z][\\w.&'\u2019-]*(?:\\s+[A-Z][\\w.&'\u2019-]*){0,4}))";
  private static final Pattern VIA_INTERVIEW =
      Pattern.compile("(?i)\\binterview (?:with|to|for|given to)\\s+(?:the\\s+)?" + NAME);
  private static final Pattern VIA_TOLD =
      Pattern.compile("\\b(?:told|tells|telling)\\s+(?:the\\s+)?" + NAME);
  private static final Pattern VIA_IN =
      Pattern.compile(
          "(?i)\\b(?:writes|wrote|written|said|says|posted|published|stated|reported)\\s+(?:in|on)"
              + "\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+)?"
              + NAME);
  private static final Pattern VIA_SHOW =
      Pattern.compile(
          "(?i)\\b(?:on|in an episode of) (?:his|her|their|the) (?:show|programme|program|podcast|"
              + "channel|blog)\\s+([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}(?:\\s+on\\s+[A-Z][\\w-]*"
              + "(?:\\s+[\\w-]+){0,2})?)");

  private final Gazetteer gazetteer;

  /** An extractor with the built-in gazetteer. */
  public QuoteExtractor() {
    this(Gazetteer.load());
  }

  /** An extractor whose role nouns and institutions come from {@code gazetteer}. */
  public QuoteExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A speaker the narrative has established.
   *
   * @param framing true when the attribution frames what follows ("According to X, ..."; "X
   *     stated:")
   */
  private record Current(ActorMention speaker, String via, int paragraph, boolean framing) {}

  /** Mutable state while reading one article. */
  private static final class State {
    final SpeakerResolver resolver;
    Current speaker;
    ActorMention lastSubject;

    State(SpeakerResolver resolver) {
      this.resolver = resolver;
    }

    void speaking(Current c, int s) {
      speaker = c;
      resolver.spoke(c.speaker(), s);
    }
  }

  /** The quotes and attributed statements of one article, in text order. */
  public List<Quote> extract(ArticleContext ctx, ActorResolver actors) {
    String text = ctx.text();
    List<QuoteSpans.Passage> passages = QuoteSpans.find(text);
    List<Quote> out = new ArrayList<>();
    State state = new State(new SpeakerResolver(ctx, actors, gazetteer));
    int p = 0;
    for (int s = 0; s < ctx.sentenceCount(); s++) {
      SentenceGraph g = ctx.graph(s);
      Sentence sentence = g.sentence();
      int paragraph = ctx.paragraphOf(sentence.span().start());
      if (state.speaker != null && paragraph - state.speaker.paragraph() > 2) {
        state.speaker = null;
      }
      state.resolver.observe(s);
      updateSubjects(ctx, actors, s, state, paragraph);
      while (p < passages.size() && passages.get(p).outer().start() < sentence.span().end()) {
        QuoteSpans.Passage q = passages.get(p++);
        if (q.outer().start() < sentence.span().start()) {
          continue;
        }
        Quote quote = direct(ctx, actors, s, q, state, paragraph);
        if (quote != null && !out.isEmpty() && continues(ctx, out.get(out.size() - 1), quote)) {
          out.set(out.size() - 1, joined(out.get(out.size() - 1), quote));
        } else if (quote != null) {
          out.add(quote);
          if (quote.speaker() != null && quote.speakerSpan() != null) {
            state.speaking(
                new Current(
                    new ActorMention(quote.speaker(), quote.speakerSpan()),
                    quote.via(),
                    paragraph,
                    false),
                s);
          }
        }
      }
      for (Quote indirect : indirect(ctx, actors, s, state, paragraph)) {
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

  private Quote direct(
      ArticleContext ctx,
      ActorResolver actors,
      int s,
      QuoteSpans.Passage q,
      State state,
      int paragraph) {
    String text = ctx.text();
    String inner = joinParts(text, q);
    if (inner.isBlank()) {
      return null;
    }
    String before = text.substring(Math.max(0, q.outer().start() - 40), q.outer().start());
    if (IDIOM_BEFORE.matcher(before).find() || isHeader(text, q.outer())) {
      return null;
    }
    boolean sentenceLike =
        inner.trim().split("\\s+").length >= 6 || inner.strip().matches("(?s).*[.!?]$");
    if (!sentenceLike && looksLikeName(inner)) {
      return null;
    }
    if (!sentenceLike && modifiesNoun(ctx.graph(s), q.inner())) {
      return null;
    }
    int sEnd = ctx.sentenceAt(Math.max(q.inner().start(), q.outer().end() - 1));
    Attribution a = attribute(ctx, actors, s, q.inner(), state);
    String via = via(ctx.textOf(ctx.graph(s).sentence().span()));
    if (a == null && sEnd != s) {
      a = attribute(ctx, actors, sEnd, q.inner(), state);
      via = via != null ? via : via(ctx.textOf(ctx.graph(sEnd).sentence().span()));
    }
    Current current = state.speaker;
    if (a == null) {
      boolean wholeParagraph = coversParagraph(text, q.outer());
      boolean afterColon = previousParagraphEndsWithColon(text, q.outer().start());
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
   * True when the quoted words only modify a noun outside them (its "grounded" warship): a term
   * held at a distance, not speech.
   */
  private static boolean modifiesNoun(SentenceGraph g, Span inner) {
    int top = -1;
    for (int t = 0; t < g.size(); t++) {
      if (!inner.contains(g.token(t).span())) {
        continue;
      }
      int up = g.head(t);
      if (up < 0 || !inner.contains(g.token(up).span())) {
        if (top >= 0) {
          return false;
        }
        top = t;
      }
    }
    if (top < 0) {
      return false;
    }
    String rel = g.relationToParent(top);
    int up = g.head(top);
    return up > top && g.pos(up).startsWith("NN") && (rel.equals("amod") || rel.equals("compound"));
  }

  private static final Pattern END_THEN_SPACE = Pattern.compile("[.!?]\\s+$");

  /** How much nearer a postposed attribution ("..., X said") counts than its path length. */
  private static final int POSTPOSED_BONUS = 4;

  /** The fewest words a quote needs for that (a scare-quoted term is no utterance). */
  private static final int POSTPOSED_MIN_WORDS = 4;

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

  /** A resolved speaker and the word that attributes the speech. */
  private record Attribution(ActorMention speaker, String cue) {}

  private Attribution attribute(
      ArticleContext ctx, ActorResolver actors, int s, Span inner, State state) {
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
    if (bestCue >= 0 && bestDistance <= 8) {
      if (insideSubject(g, bestCue, insideTokens)) {
        return null;
      }
      speaker = speakerOf(ctx, actors, s, bestCue, state, 0);
      if (speaker == null && g.pos(bestCue).startsWith("VB")) {
        speaker = invertedSubject(ctx, actors, s, bestCue, inner, state);
      }
      if (speaker != null && speaker.span().overlaps(inner)) {
        speaker = null;
      }
      if (speaker != null) {
        return new Attribution(speaker, g.word(bestCue));
      }
    }
    boolean noCue = bestCue < 0 || bestDistance > 8;
    if (noCue && !insideTokens.isEmpty() && g.pos(insideTokens.first()).startsWith("VB")) {
      for (int subj : g.children(insideTokens.first(), "nsubj")) {
        if (!insideTokens.contains(subj)) {
          ActorMention m = resolveSpeaker(ctx, actors, s, subj, state);
          if (m != null) {
            return new Attribution(m, null);
          }
        }
      }
    }
    if (bestCue < 0
        || bestDistance > 8
        || g.word(bestCue).equalsIgnoreCase("according")
        || inner.contains(g.token(bestCue).span())) {
      return null;
    }
    return new Attribution(null, g.word(bestCue));
  }

  /**
   * The speaker named right after a cue that follows the quote ("..., added the statement issued on
   * Monday", "..., said Foreign Minister X, who"), when the parse missed the inversion.
   */
  private ActorMention invertedSubject(
      ArticleContext ctx, ActorResolver actors, int s, int cue, Span inner, State state) {
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
    return head < 0 ? null : resolveSpeaker(ctx, actors, s, head, state);
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

  private ActorMention speakerOf(
      ArticleContext ctx, ActorResolver actors, int s, int cue, State state, int depth) {
    SentenceGraph g = ctx.graph(s);
    if (g.word(cue).equalsIgnoreCase("according")) {
      int head = g.head(cue);
      if (head < 0 || !canSpeak(ctx, actors, g, s, head)) {
        return null;
      }
      ActorMention m = resolveSpeaker(ctx, actors, s, head, state);
      return m != null && isNamed(m) ? m : null;
    }
    if (g.pos(cue).startsWith("NN")) {
      for (String rel : List.of("nmod:poss", "nmod:of", "nmod:by", "nmod:from")) {
        for (int o : g.children(cue, rel)) {
          if (depth < 2 && SpeechCues.NOUNS.contains(g.lemma(o))) {
            ActorMention m = speakerOf(ctx, actors, s, o, state, depth + 1);
            if (m != null) {
              return m;
            }
            continue;
          }
          ActorMention m = resolveSpeaker(ctx, actors, s, o, state);
          if (m != null) {
            return m;
          }
        }
      }
      int governor = g.head(cue);
      if (governor >= 0 && g.pos(governor).startsWith("VB")) {
        return subjectOf(ctx, actors, s, governor, state);
      }
      return null;
    }
    return subjectOf(ctx, actors, s, cue, state);
  }

  private ActorMention subjectOf(
      ArticleContext ctx, ActorResolver actors, int s, int verb, State state) {
    SentenceGraph g = ctx.graph(s);
    int node = verb;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      boolean hasSubject = false;
      boolean onlyPronouns = true;
      for (var d : g.children(node)) {
        if ((d.relation().equals("nsubj") || d.relation().equals("obl:agent"))
            && !state.resolver.isQuoted(s, d.dependent())) {
          hasSubject = true;
          onlyPronouns &= g.pos(d.dependent()).equals("PRP");
          ActorMention m = resolveSpeaker(ctx, actors, s, d.dependent(), state);
          if (m != null) {
            return m;
          }
        }
      }
      if (hasSubject
          && onlyPronouns
          && SentenceGraph.is(g.relationToParent(node), "ccomp")
          && g.head(node) >= 0) {
        // "the ministry said it 'condemned' X, adding ...": a pronoun subject of what a speaker
        // said is that speaker
        node = g.head(node);
        continue;
      }
      if (hasSubject) {
        return null;
      }
      if (!g.children(node, "nsubj:pass").isEmpty()) {
        return null;
      }
      if (hops == 0) {
        for (var d : g.children(node)) {
          if ((d.relation().equals("obj") || d.relation().equals("dep"))
              && d.dependent() > node
              && (isPersonOrOrg(ctx, s, d.dependent()) || isRoleNoun(actors, g, d.dependent()))) {
            return resolveSpeaker(ctx, actors, s, d.dependent(), state);
          }
        }
      }
      String rel = g.relationToParent(node);
      int up = g.head(node);
      if (rel.equals("acl") && up >= 0 && g.pos(up).startsWith("NN")) {
        // "a statement saying ...", "a spokesman saying ...": the noun speaks
        return resolveSpeaker(ctx, actors, s, up, state);
      }
      boolean participle =
          rel.equals("dep")
              && g.pos(node).equals("VBG")
              && node > 0
              && g.word(node - 1).equals(",");
      if (!(SentenceGraph.is(rel, "conj")
          || SentenceGraph.is(rel, "xcomp")
          || SentenceGraph.is(rel, "advcl")
          || participle)) {
        // (a participle after a comma the parser left as "dep": ", adding that ..." is an
        // adverbial clause)
        return null;
      }
      int controller = objectController(g, node, rel);
      if (controller >= 0) {
        return resolveSpeaker(ctx, actors, s, controller, state);
      }
      node = g.head(node);
    }
    return null;
  }

  /**
   * The object that controls a subjectless clause ("accuse Russia of calling it X", "urged Baku to
   * say Y"): the object of its head when the clause is an xcomp or an of/for adverbial; else -1.
   */
  private static int objectController(SentenceGraph g, int clause, String rel) {
    int head = g.head(clause);
    if (head < 0 || !g.pos(head).startsWith("VB")) {
      return -1;
    }
    boolean controlled = SentenceGraph.is(rel, "xcomp");
    for (int m : g.children(clause, "mark")) {
      controlled |= g.lemma(m).equals("of") || g.lemma(m).equals("for");
    }
    List<Integer> objects = g.children(head, "obj");
    return controlled && !objects.isEmpty() ? objects.get(0) : -1;
  }

  /** Resolves a speaker phrase, following pronouns and descriptions back through the narrative. */
  private ActorMention resolveSpeaker(
      ArticleContext ctx, ActorResolver actors, int s, int head, State state) {
    ActorMention m = state.resolver.resolveSpeaker(s, head);
    if (m == null) {
      return null;
    }
    EntityMention e = ctx.entity(s, head);
    boolean institution =
        e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
    if (institution && isSpokesperson(state.lastSubject, m, actors)) {
      return new ActorMention(state.lastSubject.actor(), m.span());
    }
    return m;
  }

  /** A phrase head that can be a source: a named entity, a role noun or a personal pronoun. */
  private static boolean canSpeak(
      ArticleContext ctx, ActorResolver actors, SentenceGraph g, int s, int t) {
    EntityMention e = ctx.entity(s, t);
    if (e != null && e.type() != EntityType.LOCATION && e.type() != EntityType.MISC) {
      return true;
    }
    return isRoleNoun(actors, g, t) || g.pos(t).startsWith("PRP");
  }

  private static boolean isPersonOrOrg(ArticleContext ctx, int s, int t) {
    EntityMention e = ctx.entity(s, t);
    return e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
  }

  private static boolean isRoleNoun(ActorResolver actors, SentenceGraph g, int t) {
    return g.pos(t).startsWith("NN") && actors.isRoleNoun(g.lemma(t));
  }

  private static boolean isNamed(ActorMention m) {
    Actor a = m.actor();
    return a.country() != null
        || a.role() != null
        || Character.isUpperCase(a.name().codePointAt(0));
  }

  private static boolean isPerson(ActorResolver actors, Actor a) {
    return actors.person(a.name()).isPresent();
  }

  private static boolean isSpokesperson(
      ActorMention candidate, ActorMention institution, ActorResolver actors) {
    if (candidate == null) {
      return false;
    }
    Actor person = candidate.actor();
    PersonProfile p = actors.person(person.name()).orElse(null);
    if (p == null || p.title() == null) {
      return false;
    }
    String title = p.title().toLowerCase(Locale.ROOT);
    boolean spokes = title.contains("spokes") || title.contains("press secretary");
    return spokes
        && (person.country() == null
            || institution.actor().country() == null
            || person.country().equals(institution.actor().country()));
  }

  /** Remembers the last person who was a grammatical subject, for "he" and "she" later on. */
  private void updateSubjects(
      ArticleContext ctx, ActorResolver actors, int s, State state, int paragraph) {
    SentenceGraph g = ctx.graph(s);
    ActorMention last = null;
    for (int t = 0; t < g.size(); t++) {
      String rel = g.relationToParent(t);
      if (!(rel.equals("nsubj") || rel.equals("nsubj:pass")) || state.resolver.isQuoted(s, t)) {
        continue;
      }
      ActorMention m = state.resolver.resolve(s, t);
      if (m != null && isPerson(actors, m.actor())) {
        last = m;
      }
    }
    if (g.sentence().dependencies().isEmpty()) {
      last = state.resolver.personBeforeVerb(s);
    }
    if (last != null) {
      state.lastSubject = last;
      String via = via(ctx.textOf(g.sentence().span()));
      if (state.speaker == null || !state.speaker.speaker().actor().equals(last.actor())) {
        state.speaker = new Current(last, via, paragraph, false);
      } else if (state.speaker.paragraph() != paragraph) {
        // the same person again, a paragraph later: still the one a bare quote goes on with
        Current c = state.speaker;
        state.speaker =
            new Current(c.speaker(), via != null ? via : c.via(), paragraph, c.framing());
      }
    }
  }

  private List<Quote> indirect(
      ArticleContext ctx, ActorResolver actors, int s, State state, int paragraph) {
    SentenceGraph g = ctx.graph(s);
    List<Quote> out = new ArrayList<>();
    for (int t = 0; t + 1 < g.size(); t++) {
      if (g.word(t).equalsIgnoreCase("according") && g.word(t + 1).equalsIgnoreCase("to")) {
        int head = g.head(t);
        ActorMention speaker =
            head < 0 || !canSpeak(ctx, actors, g, s, head)
                ? null
                : resolveSpeaker(ctx, actors, s, head, state);
        if (speaker == null || !isNamed(speaker)) {
          continue;
        }
        int clause = g.head(head);
        if (clause < 0) {
          continue;
        }
        TreeSet<Integer> tokens = g.subtree(clause, r -> !r.equals("punct"));
        tokens.removeAll(g.subtree(head, r -> true));
        tokens.remove(t);
        tokens.remove(t + 1);
        Quote q = statement(ctx, g, tokens, speaker, "according to", state);
        if (q != null) {
          state.speaking(new Current(speaker, q.via(), paragraph, true), s);
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
      ActorMention speaker = subjectOf(ctx, actors, s, t, state);
      if (speaker == null) {
        speaker = nominalSubject(ctx, s, t);
      }
      if (speaker == null) {
        continue;
      }
      TreeSet<Integer> tokens = g.subtree(comp, r -> true);
      int mark = g.child(comp, "mark");
      if (mark >= 0 && g.lemma(mark).equals("that")) {
        tokens.remove(mark);
      }
      Quote q = statement(ctx, g, tokens, speaker, g.word(t), state);
      if (q != null) {
        if (isNamed(speaker)) {
          boolean colon = ctx.textOf(g.sentence().span()).stripTrailing().endsWith(":");
          state.speaking(new Current(speaker, q.via(), paragraph, colon), s);
        }
        out.add(q);
      }
    }
    return out;
  }

  /** An unnamed source ("sources said", "a senior official told"): its phrase as written. */
  private static ActorMention nominalSubject(ArticleContext ctx, int s, int verb) {
    SentenceGraph g = ctx.graph(s);
    for (int subj : g.children(verb, "nsubj")) {
      if (!g.pos(subj).startsWith("NN")) {
        continue;
      }
      TreeSet<Integer> phrase = g.phrase(subj);
      Span span = g.span(phrase);
      String name = ctx.textOf(span).strip();
      if (!name.isEmpty() && name.length() <= 80) {
        return new ActorMention(new Actor(name, null, null), span);
      }
    }
    return null;
  }

  private Quote statement(
      ArticleContext ctx,
      SentenceGraph g,
      TreeSet<Integer> tokens,
      ActorMention speaker,
      String cue,
      State state) {
    if (tokens.size() < 3) {
      return null;
    }
    Span span = g.span(tokens);
    String text = ctx.textOf(span).strip();
    if (text.isEmpty()) {
      return null;
    }
    String via = via(ctx.textOf(g.sentence().span()));
    Current current = state.speaker;
    if (via == null
        && current != null
        && current.speaker().actor().name().equals(speaker.actor().name())) {
      via = current.via();
    }
    return new Quote(
        ctx.articleId(), span, text, speaker.actor(), speaker.span(), cue, via, false, PROVENANCE);
  }

  /** The outlet or channel a sentence says the words were given to, or null. */
  static String via(String sentence) {
    for (Pattern p : List.of(VIA_INTERVIEW, VIA_TOLD, VIA_SHOW, VIA_IN)) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        String v =
            m.group(1)
                .replaceAll("[.,;:]+$", "")
                .replaceAll("^[\"\u201c\u00ab*]+|[\"\u201d\u00bb*]+$", "")
                .strip();
        v = v.replaceAll("\\s+(?:magazine|newspaper|outlet|channel|agency)$", "");
        if (!v.isEmpty() && !v.matches("(?i)(a|an|the|his|her|its|their|statement)")) {
          return v;
        }
      }
    }
    return null;
  }

  private static String joinParts(String text, QuoteSpans.Passage q) {
    StringBuilder b = new StringBuilder();
    for (Span part : q.parts()) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(part.of(text));
    }
    return b.toString().strip();
  }

  /** Quoted words that are a name: every word capitalised, or a domain. */
  static boolean looksLikeName(String inner) {
    String s = inner.strip().replaceAll("[,.;:]$", "");
    if (s.matches("(?i)[\\w-]+\\.(az|ru|com|org|net|ua|uk|us|tr|am|ge|kz|info|news|io|in|pk)")) {
      return true;
    }
    String[] words = s.split("\\s+");
    if (words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (w.matches("(?i)of|the|and|for|de|al|el|la|&|-")) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** True when the quote sits in a heading: a short line without closing punctuation. */
  static boolean isHeader(String text, Span outer) {
    int start = text.lastIndexOf('\n', outer.start() - 1) + 1;
    int end = text.indexOf('\n', outer.end());
    String line = text.substring(start, end < 0 ? text.length() : end).strip();
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    boolean closed =
        ".!:;".indexOf(last) >= 0
            || (last == '\u201d' || last == '"' || last == '\u00bb')
                && line.length() > 1
                && ".!?,".indexOf(line.charAt(line.length() - 2)) >= 0;
    return !closed && line.split("\\s+").length <= 30 && !PROSE.matcher(line).find();
  }

  /**
   * A full stop after a lower-case word, then more: a line of sentences (cut short), not a title.
   */
  private static final Pattern PROSE = Pattern.compile("\\p{Ll}{2}[.!?][\u201d\"]?\\s+\\S");

  private static boolean coversParagraph(String text, Span outer) {
    int start = text.lastIndexOf('\n', outer.start() - 1) + 1;
    int end = text.indexOf('\n', outer.end());
    String line = text.substring(start, end < 0 ? text.length() : end);
    String rest = line.replace(text.substring(outer.start(), outer.end()), "");
    return rest.replaceAll("[\\s.,;:!?\u2014-]", "").length() <= 2;
  }

  private static boolean previousParagraphEndsWithColon(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1);
    if (lineStart <= 0) {
      return false;
    }
    return text.substring(0, lineStart).stripTrailing().endsWith(":");
  }
}
