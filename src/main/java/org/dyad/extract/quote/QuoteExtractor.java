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

/**
 * Extracts quotations and attributed statements with their speakers: direct quotes in any quote
 * style, fragments inside reported speech, and "X said that ..." / "according to X" statements.
 * Scare quotes, names in quote marks, headers and idioms are left out.
 */
public final class QuoteExtractor {

  public static final String VERSION = "1";
  private static final Provenance PROVENANCE = new Provenance("extract.quote", VERSION);

  static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "tell",
          "add",
          "note",
          "stress",
          "emphasize",
          "emphasise",
          "explain",
          "argue",
          "claim",
          "state",
          "write",
          "conclude",
          "believe",
          "think",
          "suggest",
          "imply",
          "insist",
          "warn",
          "declare",
          "announce",
          "assert",
          "acknowledge",
          "admit",
          "recall",
          "remark",
          "comment",
          "observe",
          "reply",
          "respond",
          "answer",
          "ask",
          "call",
          "describe",
          "refer",
          "label",
          "dub",
          "term",
          "denounce",
          "condemn",
          "criticize",
          "criticise",
          "accuse",
          "blame",
          "tweet",
          "post",
          "echo",
          "urge",
          "predict",
          "promise",
          "vow",
          "deny",
          "confirm",
          "report",
          "mention",
          "complain",
          "maintain",
          "contend",
          "underline",
          "highlight",
          "continue",
          "quote",
          "recount",
          "reiterate",
          "specify",
          "clarify",
          "react",
          "concede",
          "allege",
          "testify",
          "announce",
          "proclaim",
          "exclaim",
          "shout",
          "lament",
          "joke");

  static final Set<String> SPEECH_NOUNS =
      Set.of(
          "speech",
          "statement",
          "word",
          "remark",
          "comment",
          "message",
          "maxim",
          "call",
          "appeal",
          "address",
          "post",
          "tweet",
          "interview",
          "letter",
          "article",
          "column",
          "view",
          "opinion",
          "claim",
          "accusation",
          "warning",
          "slogan",
          "phrase",
          "quote",
          "excerpt",
          "saying",
          "motto",
          "words");

  /** Opinion verbs that introduce indirect statements. */
  static final Set<String> INDIRECT_VERBS =
      Set.of(
          "say",
          "tell",
          "add",
          "note",
          "stress",
          "emphasize",
          "emphasise",
          "explain",
          "argue",
          "claim",
          "state",
          "write",
          "believe",
          "think",
          "suggest",
          "insist",
          "warn",
          "declare",
          "announce",
          "assert",
          "acknowledge",
          "admit",
          "report",
          "confirm",
          "deny",
          "allege",
          "conclude",
          "point",
          "maintain",
          "contend",
          "predict",
          "recall");

  private static final Pattern IDIOM_BEFORE =
      Pattern.compile(
          "(?i)(as (?:they|people|the saying) (?:say|says|goes|put it)|so to speak|so-called|"
              + "the (?:notorious|infamous|famous|proverbial))\\W*$");
  private static final Pattern VIA_INTERVIEW =
      Pattern.compile(
          "(?i)\\binterview (?:with|to|for|given to)\\s+(?:the\\s+)?((?:[\"\u201c\u00ab*][^\"\u201d\u00bb*]{2,40}[\"\u201d\u00bb*])|(?:[A-Z][\\w.&'\u2019-]*(?:\\s+[A-Z][\\w.&'\u2019-]*){0,4}))");
  private static final Pattern VIA_TOLD =
      Pattern.compile(
          "\\b(?:told|tells|telling)\\s+(?:the\\s+)?((?:[\"\u201c\u00ab*][^\"\u201d\u00bb*]{2,40}[\"\u201d\u00bb*])|(?:[A-Z][\\w.&'\u2019-]*(?:\\s+[A-Z][\\w.&'\u2019-]*){0,4}))");
  private static final Pattern VIA_IN =
      Pattern.compile(
          "(?i)\\b(?:writes|wrote|written|said|says|posted|published|stated|reported)\\s+(?:in|on)\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+)?((?:[\"\u201c\u00ab*][^\"\u201d\u00bb*]{2,40}[\"\u201d\u00bb*])|(?:[A-Z][\\w.&'\u2019-]*(?:\\s+[A-Z][\\w.&'\u2019-]*){0,4}))");
  private static final Pattern VIA_SHOW =
      Pattern.compile(
          "(?i)\\b(?:on|in an episode of) (?:his|her|their|the) (?:show|programme|program|podcast|channel|blog)\\s+([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}(?:\\s+on\\s+[A-Z][\\w-]*(?:\\s+[\\w-]+){0,2})?)");

  /** A speaker the narrative has established, with the outlet they spoke to. */
  private record Current(ActorMention speaker, String via, int paragraph) {}

  /** The quotes and attributed statements of one article, in text order. */
  public List<Quote> extract(ArticleContext ctx, ActorResolver actors) {
    String text = ctx.text();
    List<QuoteSpans.Passage> passages = QuoteSpans.find(text);
    List<Quote> out = new ArrayList<>();
    Current current = null;
    int p = 0;
    for (int s = 0; s < ctx.sentenceCount(); s++) {
      SentenceGraph g = ctx.graph(s);
      Sentence sentence = g.sentence();
      int paragraph = ctx.paragraphOf(sentence.span().start());
      if (current != null && paragraph - current.paragraph() > 2) {
        current = null;
      }
      Current introduced = introduction(ctx, actors, s, paragraph, current);
      if (introduced != null) {
        current = introduced;
      }
      boolean sentenceHasQuote = false;
      while (p < passages.size() && passages.get(p).outer().start() < sentence.span().end()) {
        QuoteSpans.Passage q = passages.get(p++);
        if (q.outer().start() < sentence.span().start()) {
          continue;
        }
        sentenceHasQuote = true;
        Quote quote = direct(ctx, actors, s, q, current, paragraph);
        if (quote != null) {
          out.add(quote);
          if (quote.speaker() != null && quote.speakerSpan() != null) {
            current =
                new Current(
                    new ActorMention(quote.speaker(), quote.speakerSpan()), quote.via(), paragraph);
          }
        }
      }
      if (!sentenceHasQuote) {
        Quote indirect = indirect(ctx, actors, s, current);
        if (indirect != null) {
          out.add(indirect);
        }
      }
    }
    return out;
  }

  private Quote direct(
      ArticleContext ctx,
      ActorResolver actors,
      int s,
      QuoteSpans.Passage q,
      Current current,
      int paragraph) {
    String text = ctx.text();
    SentenceGraph g = ctx.graph(s);
    String inner = joinParts(text, q);
    if (inner.isBlank()) {
      return null;
    }
    String before = text.substring(Math.max(0, q.outer().start() - 40), q.outer().start());
    if (IDIOM_BEFORE.matcher(before).find() || isHeader(text, q.outer())) {
      return null;
    }
    int words = inner.trim().split("\\s+").length;
    boolean sentenceLike = words >= 6 || inner.strip().matches("(?s).*[.!?]$");
    if (!sentenceLike && looksLikeName(inner)) {
      return null;
    }
    Attribution a = attribute(ctx, actors, s, q.inner(), current);
    String via = via(ctx.textOf(g.sentence().span()));
    if (a == null) {
      boolean wholeParagraph = coversParagraph(text, q.outer());
      if (current != null && (wholeParagraph || current.paragraph() == paragraph)) {
        a = new Attribution(current.speaker(), null);
        via = via != null ? via : current.via();
      } else if (wholeParagraph && previousParagraphEndsWithColon(text, q.outer().start())) {
        a =
            current == null
                ? new Attribution(null, null)
                : new Attribution(current.speaker(), null);
      } else if (sentenceLike && wholeParagraph) {
        a = new Attribution(null, null);
      } else {
        return null;
      }
    } else if (a.speaker() != null
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

  /** A resolved speaker and the word that attributes the speech. */
  private record Attribution(ActorMention speaker, String cue) {}

  private Attribution attribute(
      ArticleContext ctx, ActorResolver actors, int s, Span inner, Current current) {
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
      if (insideTokens.contains(t)) {
        continue;
      }
      boolean verbCue = g.pos(t).startsWith("VB") && SPEECH_VERBS.contains(g.lemma(t));
      boolean nounCue = g.pos(t).startsWith("NN") && SPEECH_NOUNS.contains(g.lemma(t));
      boolean according = g.word(t).equalsIgnoreCase("according");
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
        distance = Math.abs(t - g.tokenAt(inner.start()));
      }
      distance += nounCue ? 1 : 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        bestCue = t;
      }
    }
    if (bestCue >= 0 && bestDistance <= 8) {
      ActorMention speaker = speakerOf(ctx, actors, s, bestCue, current);
      if (speaker != null || !g.word(bestCue).equalsIgnoreCase("according")) {
        return new Attribution(speaker, g.word(bestCue));
      }
    }
    for (int in : insideTokens) {
      for (int subj : g.children(in, "nsubj")) {
        if (!insideTokens.contains(subj)) {
          ActorMention m = resolveSpeaker(ctx, actors, s, subj, current);
          if (m != null && m.actor().country() != null || m != null && isPerson(ctx, s, subj)) {
            return new Attribution(m, null);
          }
        }
      }
    }
    return null;
  }

  private ActorMention speakerOf(
      ArticleContext ctx, ActorResolver actors, int s, int cue, Current current) {
    SentenceGraph g = ctx.graph(s);
    if (g.word(cue).equalsIgnoreCase("according")) {
      int head = g.head(cue);
      return head < 0 ? null : resolveSpeaker(ctx, actors, s, head, current);
    }
    if (g.pos(cue).startsWith("NN")) {
      for (String rel : List.of("nmod:poss", "nmod:of", "nmod:by")) {
        for (int o : g.children(cue, rel)) {
          ActorMention m = resolveSpeaker(ctx, actors, s, o, current);
          if (m != null) {
            return m;
          }
        }
      }
      int governor = g.head(cue);
      if (governor >= 0 && g.pos(governor).startsWith("VB")) {
        return subjectOf(ctx, actors, s, governor, current);
      }
      return null;
    }
    return subjectOf(ctx, actors, s, cue, current);
  }

  private ActorMention subjectOf(
      ArticleContext ctx, ActorResolver actors, int s, int verb, Current current) {
    SentenceGraph g = ctx.graph(s);
    int node = verb;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      for (int subj : g.children(node, "nsubj")) {
        return resolveSpeaker(ctx, actors, s, subj, current);
      }
      for (int agent : g.children(node, "obl:agent")) {
        return resolveSpeaker(ctx, actors, s, agent, current);
      }
      String rel = g.relationToParent(node);
      if (!(SentenceGraph.is(rel, "conj")
          || SentenceGraph.is(rel, "xcomp")
          || SentenceGraph.is(rel, "advcl"))) {
        return null;
      }
      node = g.head(node);
    }
    return null;
  }

  /** Resolves a speaker phrase, following pronouns and role nouns back to the current speaker. */
  private ActorMention resolveSpeaker(
      ArticleContext ctx, ActorResolver actors, int s, int head, Current current) {
    SentenceGraph g = ctx.graph(s);
    Span at = g.token(head).span();
    boolean pronoun = g.pos(head).startsWith("PRP");
    boolean definiteRole =
        g.child(head, "det") >= 0
            && g.lemma(g.child(head, "det")).equals("the")
            && ctx.entity(s, head) == null
            && g.pos(head).startsWith("NN")
            && !g.pos(head).startsWith("NNP");
    if (current != null && (pronoun || definiteRole)) {
      String w = g.word(head).toLowerCase(Locale.ROOT);
      if (!pronoun || Set.of("he", "she", "him", "her").contains(w)) {
        if (definiteRole || isPersonActor(current.speaker().actor(), actors)) {
          return new ActorMention(current.speaker().actor(), at);
        }
      }
    }
    ActorMention m = actors.resolve(s, head);
    if (m == null) {
      return null;
    }
    EntityMention e = ctx.entity(s, head);
    boolean institution =
        e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
    if (institution && current != null && isSpokesperson(current, m, actors)) {
      return new ActorMention(current.speaker().actor(), at);
    }
    return m;
  }

  private static boolean isPersonActor(Actor a, ActorResolver actors) {
    return actors.person(a.name()).isPresent();
  }

  private static boolean isSpokesperson(
      Current current, ActorMention institution, ActorResolver actors) {
    Actor person = current.speaker().actor();
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

  private static boolean isPerson(ArticleContext ctx, int s, int token) {
    EntityMention e = ctx.entity(s, token);
    return e != null && e.type() == EntityType.PERSON;
  }

  /** A sentence whose main subject is a named person introduces them as the current speaker. */
  private Current introduction(
      ArticleContext ctx, ActorResolver actors, int s, int paragraph, Current current) {
    SentenceGraph g = ctx.graph(s);
    for (int t = 0; t < g.size(); t++) {
      if (!g.relationToParent(t).equals("root")) {
        continue;
      }
      for (int subj : g.children(t, "nsubj")) {
        EntityMention e = ctx.entity(s, subj);
        if (e != null && e.type() == EntityType.PERSON) {
          ActorMention m = actors.resolve(s, subj);
          if (m != null) {
            String via = via(ctx.textOf(g.sentence().span()));
            if (via == null
                && current != null
                && current.speaker().actor().name().equals(m.actor().name())) {
              via = current.via();
            }
            return new Current(m, via, paragraph);
          }
        }
      }
    }
    return null;
  }

  private Quote indirect(ArticleContext ctx, ActorResolver actors, int s, Current current) {
    SentenceGraph g = ctx.graph(s);
    for (int t = 0; t < g.size(); t++) {
      if (g.word(t).equalsIgnoreCase("according")
          && t + 1 < g.size()
          && g.word(t + 1).equalsIgnoreCase("to")) {
        int head = g.head(t);
        ActorMention speaker = head < 0 ? null : resolveSpeaker(ctx, actors, s, head, current);
        if (speaker == null) {
          return null;
        }
        int clause = head < 0 ? -1 : g.head(head);
        if (clause < 0) {
          return null;
        }
        TreeSet<Integer> tokens = g.subtree(clause, r -> !r.equals("punct"));
        tokens.removeAll(g.subtree(head, r -> true));
        tokens.remove(t);
        tokens.remove(t + 1);
        return statement(ctx, g, tokens, speaker, "according to", current);
      }
    }
    for (int t = 0; t < g.size(); t++) {
      if (!g.pos(t).startsWith("VB") || !INDIRECT_VERBS.contains(g.lemma(t))) {
        continue;
      }
      int comp = g.child(t, "ccomp");
      if (comp < 0) {
        continue;
      }
      ActorMention speaker = subjectOf(ctx, actors, s, t, current);
      if (speaker == null) {
        continue;
      }
      TreeSet<Integer> tokens = g.subtree(comp, r -> true);
      int mark = g.child(comp, "mark");
      if (mark >= 0 && g.lemma(mark).equals("that")) {
        tokens.remove(mark);
      }
      return statement(ctx, g, tokens, speaker, g.word(t), current);
    }
    return null;
  }

  private Quote statement(
      ArticleContext ctx,
      SentenceGraph g,
      TreeSet<Integer> tokens,
      ActorMention speaker,
      String cue,
      Current current) {
    if (tokens.size() < 3) {
      return null;
    }
    Span span = g.span(tokens);
    String text = ctx.textOf(span).strip();
    if (text.isEmpty()) {
      return null;
    }
    String via = via(ctx.textOf(g.sentence().span()));
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
        String v = m.group(1).replaceAll("^[\"\u201c\u00ab*]+|[\"\u201d\u00bb*]+$", "").strip();
        v = v.replaceAll("\\s+(?:magazine|newspaper|outlet|channel|agency)$", "");
        if (!v.isEmpty() && !v.matches("(?i)(a|an|the|his|her|its|their)")) {
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
    if (s.matches("(?i)[\\w-]+\\.(az|ru|com|org|net|ua|uk|us|tr|am|ge|kz|info|news|io)")) {
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
    return !closed && line.split("\\s+").length <= 30;
  }

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
    String before = text.substring(0, lineStart).stripTrailing();
    return before.endsWith(":");
  }
}
