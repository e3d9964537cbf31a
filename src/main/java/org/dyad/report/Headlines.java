package org.dyad.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.nlp.Resources;

/**
 * Events as one-line headlines in plain English, built from each event's best mention: the clause
 * of its text that states who did what to whom when it reads as a sentence on its own ("Russian
 * police in Yekaterinburg detained about 50 ethnic Azerbaijanis"), else the event's actors with a
 * plain verb phrase for its CAMEO code ({@code dyad/headline-verbs.tsv}) in the mood its modality
 * gives ("Azerbaijan imposed restrictions on the Russian TV channel", "Moscow could impose
 * sanctions on Azerbaijan").
 */
public final class Headlines {

  /** The verb phrases by CAMEO code: {past, base, patient}. */
  private static final Map<String, String[]> VERBS = loadVerbs();

  /** Words that stand for an actor named elsewhere; never a headline's subject or object. */
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its",
          "their", "our", "this", "that", "these", "those", "who", "which", "one", "whose", "my");

  /** Prepositions a source or target span may start with ("by Russian bloggers"). */
  private static final Set<String> LEADING =
      Set.of(
          "by",
          "of",
          "on",
          "to",
          "against",
          "from",
          "at",
          "with",
          "for",
          "in",
          "upon",
          "over",
          "according",
          "towards",
          "toward",
          "into");

  /** Days and months, which name no actor although written with a capital ("Sunday Aliyev"). */
  private static final String CALENDAR_WORDS =
      "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
          + "|August|September|October|November|December";

  /** The longest clause taken from the text, in words. */
  static final int MAX_WORDS = 16;

  /** The longest subject or object taken from the text, in words. */
  private static final int MAX_PHRASE_WORDS = 10;

  /** The longest statement quoted in a headline, in words. */
  private static final int MAX_SAID_WORDS = 14;

  /** Words that may open a noun phrase before a number ("about 50 ethnic Azerbaijanis"). */
  private static final Set<String> QUANTIFIERS =
      Set.of("about", "around", "some", "nearly", "almost", "approximately", "over", "roughly");

  private final Map<String, AnnotatedArticle> articles = new HashMap<>();
  private final Map<Event, String> made = new java.util.concurrent.ConcurrentHashMap<>();

  /** Headlines for the events of a corpus of these articles. */
  public Headlines(List<AnnotatedArticle> articles) {
    if (articles == null) {
      throw new IllegalArgumentException("articles must not be null");
    }
    for (AnnotatedArticle a : articles) {
      this.articles.putIfAbsent(a.article().id(), a);
    }
  }

  private static Map<String, String[]> loadVerbs() {
    Map<String, String[]> m = new HashMap<>();
    for (String[] f : Resources.tsv("/dyad/headline-verbs.tsv", 3)) {
      m.put(f[0], new String[] {f[1], f[2], f.length > 3 ? f[3] : ""});
    }
    return m;
  }

  /** The event as one line of plain English, starting with a capital and without a full stop. */
  public String of(Event e) {
    if (e == null) {
      throw new IllegalArgumentException("event must not be null");
    }
    return made.computeIfAbsent(e, this::make);
  }

  private String make(Event e) {
    List<EventMention> ranked = ranked(e);
    if (e.root().equals("01")) {
      for (EventMention m : ranked) {
        String said = statement(e, m);
        if (said != null) {
          return said;
        }
      }
    }
    for (EventMention m : ranked) {
      if (rank(m.modality()) > rank(Modality.REPORTED)) {
        break;
      }
      Clause clause = clauseOf(m);
      if (clause != null) {
        return m.modality() == Modality.REPORTED
            ? "Reportedly, " + clause.afterComma()
            : capitalise(clause.text());
      }
    }
    return template(e, ranked.get(0));
  }

  /** The mention a headline is made from: the most certain, coded as the event, told earliest. */
  static List<EventMention> ranked(Event e) {
    List<EventMention> ms = new ArrayList<>(e.mentions());
    ms.sort(
        Comparator.comparingInt((EventMention m) -> rank(m.modality()))
            .thenComparing(m -> m.cameo().equals(e.cameo()) ? 0 : 1)
            .thenComparingInt(m -> m.span().length()));
    return ms;
  }

  private static int rank(Modality m) {
    return switch (m) {
      case ASSERTED -> 0;
      case REPORTED -> 1;
      case ALLEGED -> 2;
      case PLANNED -> 3;
      case HYPOTHETICAL -> 4;
      case DENIED -> 5;
    };
  }

  /**
   * A clause of the text and whether its first word keeps its capital mid-sentence (a name or its
   * adjective, unlike "The" or "Four").
   */
  private record Clause(String text, boolean name) {

    /** The clause after "Reportedly, ": its first word lower-cased unless it keeps its capital. */
    String afterComma() {
      return name || text.isEmpty()
          ? text
          : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
  }

  /**
   * The clause of a mention that reads as a sentence: its subject, verb and object in one sentence
   * of the text, in active ("X detained Y") or passive ("Y was detained by X") order, with little
   * between them; null when there is no such clause.
   */
  String clause(EventMention m) {
    Clause c = clauseOf(m);
    return c == null ? null : capitalise(c.text());
  }

  private Clause clauseOf(EventMention m) {
    AnnotatedArticle a = articles.get(m.articleId());
    if (a == null || m.source() == null || m.target() == null) {
      return null;
    }
    String text = a.article().text();
    Sentence s = sentenceOf(a, m.trigger());
    Span src = m.source().span();
    Span tgt = m.target().span();
    Span trig = m.trigger();
    if (s == null
        || titleCase(s)
        || !names(src.of(text), m.source().actor())
        || !names(tgt.of(text), m.target().actor())
        || !s.span().contains(src)
        || !s.span().contains(tgt)
        || src.overlaps(trig)
        || tgt.overlaps(trig)
        || src.overlaps(tgt)) {
      return null;
    }
    List<Token> trigger = inside(s, trig);
    if (trigger.isEmpty() || !trigger.get(0).pos().startsWith("VB")) {
      return null;
    }
    boolean active = src.end() <= trig.start() && trig.end() <= tgt.start();
    boolean passive =
        tgt.end() <= trig.start()
            && trig.end() <= src.start()
            && (src.of(text).toLowerCase(Locale.ROOT).startsWith("by ")
                || precededBy(s, src, "by"));
    if (!active && !passive) {
      return null;
    }
    Span subject = active ? src : tgt;
    Span object = active ? tgt : src;
    String agent = phrase(s, src, text, active, trig);
    if (phrase(s, subject, text, true, trig) == null
        || phrase(s, object, text, false, trig) == null
        || agent == null
        || active && !HeadlineNouns.canAct(agent)) {
      return null;
    }
    int end = completedEnd(s, object.end());
    if (end < 0) {
      return null;
    }
    if (!quietBetween(s, subject.end(), trig.start(), 4, true)
        || !quietBetween(s, trig.end(), object.start(), 5, false)) {
      return null;
    }
    Span kept = firstKept(s, completed(s, subject, trig), text);
    int start = kept.start();
    String clause = new Span(start, end).of(text);
    if (clause.contains("\n")
        || clause.matches(".*[\"\u201c\u201d:;()\\[\\]].*")
        || clause.strip().split("\\s+").length > MAX_WORDS
        || shouting(clause)) {
      return null;
    }
    List<Token> first = inside(s, kept);
    boolean name =
        first.isEmpty()
            || first.get(0).pos() == null
            || !first.get(0).pos().matches("DT|PDT|CD|PRP\\$|RB|IN|EX");
    return new Clause(trimEnd(clause), name);
  }

  /**
   * A statement as "who said what" when the mention's target is the short clause that was said
   * ("Mammadov said Azerbaijan plays a crucial logistical role for Russia"); else null.
   */
  String statement(Event e, EventMention m) {
    AnnotatedArticle a = articles.get(m.articleId());
    if (a == null || m.target() == null || rank(m.modality()) > rank(Modality.ALLEGED)) {
      return null;
    }
    Sentence s = sentenceOf(a, m.target().span());
    if (s == null) {
      return null;
    }
    List<Token> tokens = inside(s, m.target().span());
    boolean finite =
        tokens.stream().anyMatch(t -> t.pos() != null && t.pos().matches("VBZ|VBD|VBP|MD"));
    String said = trimEnd(m.target().span().of(a.article().text()));
    if (!finite
        || tokens.size() < 4
        || said.split("\\s+").length > MAX_SAID_WORDS
        || said.matches("(?s).*[\"\u201c\u201d:;()\\[\\]\n].*")
        || said.matches("^\\p{L}+,.*")) {
      return null;
    }
    String first = tokens.get(0).pos() == null ? "" : tokens.get(0).pos();
    if (!first.matches("DT|NN.*|PRP\\$?|JJ.?|CD|EX")) {
      return null;
    }
    if (first.matches("DT|PRP\\$?|EX|CD") && Character.isUpperCase(said.charAt(0))) {
      said = Character.toLowerCase(said.charAt(0)) + said.substring(1);
    }
    String verb = m.modality() == Modality.ALLEGED ? "allegedly said" : "said";
    return capitalise(display(e, m, true, true) + " " + verb + " " + said);
  }

  /**
   * The event from its actors and the verb phrase of its code, in the mood of the mention's
   * modality.
   */
  String template(Event e, EventMention m) {
    String subject = display(e, m, true, true);
    String object =
        e.target() == null || sameActor(e.source(), e.target())
            ? null
            : display(e, m, false, false);
    String[] verb = verbs(e.cameo());
    if (object != null
        && verb[2].equals("people")
        && e.target().country() != null
        && bare(object).equalsIgnoreCase(CountryNames.name(e.target().country()))
        && !CountryNames.adjective(e.target().country()).equals(e.target().country())) {
      object = CountryNames.adjective(e.target().country()) + " nationals";
    }
    String phrase =
        switch (m.modality()) {
          case ASSERTED -> verb[0];
          case REPORTED -> "reportedly " + verb[0];
          case ALLEGED -> "allegedly " + verb[0];
          case DENIED -> "did not " + verb[1];
          case PLANNED -> "will " + verb[1];
          case HYPOTHETICAL -> "could " + verb[1];
        };
    return capitalise(subject + " " + withTarget(phrase, object));
  }

  private static boolean sameActor(Actor a, Actor b) {
    return a.name().equals(b.name());
  }

  /** The phrases for a code or its nearest listed parent. */
  static String[] verbs(String cameo) {
    for (String c = cameo; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      String[] v = VERBS.get(c);
      if (v != null) {
        return v;
      }
    }
    throw new IllegalArgumentException("no verb phrase for CAMEO code " + cameo);
  }

  /** A phrase with its target; without one, the target and its preposition are left out. */
  static String withTarget(String phrase, String target) {
    if (target != null) {
      return phrase.replace("{target}", target);
    }
    if (phrase.endsWith("{target}")) {
      return phrase
          .replaceFirst(
              "\\s*\\b(?:to|with|on|of|about|for|from|against|by|towards|in|concerning)?\\s*"
                  + "\\{target\\}$",
              "")
          .strip();
    }
    return phrase.replace("{target}", "others");
  }

  /**
   * How a headline names the event's source or target: the words of the mention when they form a
   * short noun phrase, else those of another of its mentions, else the actor's name when it reads
   * as one, else its country's name; with the article English needs.
   */
  private String display(Event e, EventMention m, boolean source, boolean subject) {
    Actor actor = source ? e.source() : e.target();
    Named n = null;
    List<EventMention> tried = new ArrayList<>(List.of(m));
    tried.addAll(ranked(e));
    for (EventMention other : tried) {
      n = fromText(actor, other, source ? other.source() : other.target(), subject);
      if (n != null) {
        break;
      }
    }
    if (n == null) {
      n = plainName(actor, m, source ? m.source() : m.target(), subject);
    }
    return HeadlineNouns.withArticle(n.text(), n.singular());
  }

  /**
   * How an actor is named, and whether that phrase's head is a singular common noun (null when not
   * known from the text's tags).
   */
  private record Named(String text, Boolean singular) {}

  /** The words of a mention for the actor when they read as its name; else null. */
  private Named fromText(Actor actor, EventMention m, ActorMention at, boolean subject) {
    AnnotatedArticle a = articles.get(m.articleId());
    if (a != null
        && at != null
        && at.actor().name().equals(actor.name())
        && !at.span().overlaps(m.trigger())
        && names(at.span().of(a.article().text()), actor)) {
      Sentence s = sentenceOf(a, at.span());
      if (s != null && !titleCase(s)) {
        String p = phrase(s, at.span(), a.article().text(), subject, m.trigger());
        boolean anaphoric =
            p != null
                && p.matches("[Tt](?:he|his|hat|hese|hose)\\s+[^\\p{Lu}]*")
                && actor.name().matches("(?s).*\\p{Lu}.*");
        if (p != null && !anaphoric && names(p, actor) && (!subject || HeadlineNouns.canAct(p))) {
          return new Named(p, "NN".equals(headPos(s, completed(s, at.span(), m.trigger()))));
        }
      }
    }
    return null;
  }

  /** The actor's name when it reads as one, else its country's. */
  private Named plainName(Actor actor, EventMention m, ActorMention at, boolean subject) {
    AnnotatedArticle a = articles.get(m.articleId());
    String name = actor.name().strip();
    boolean nameReads =
        !name.isEmpty()
            && name.split("\\s+").length <= MAX_PHRASE_WORDS
            && !PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
            && !name.matches(".*[\"\u201c\u201d\u2018:;(),].*")
            && !name.matches("(?i)(?:is|are|was|were|has|have|had|be|been)\\b.*")
            && !shouting(name)
            && (!subject || HeadlineNouns.canAct(name))
            && (Character.isUpperCase(name.charAt(0)) || !misread(a, at));
    if (nameReads) {
      return new Named(name, null);
    }
    return new Named(actor.country() != null ? CountryNames.name(actor.country()) : name, null);
  }

  /** The tag of the word that heads a span's first noun group (before a preposition or comma). */
  private static String headPos(Sentence s, Span span) {
    String pos = null;
    for (Token t : inside(s, span)) {
      String p = t.pos() == null ? "" : t.pos();
      boolean leading = pos == null && LEADING.contains(lower(t));
      if (!leading && pos != null && (p.matches("IN|TO|WDT|WP|CC|,") || t.word().equals(","))) {
        break;
      }
      if (!leading) {
        pos = p;
      }
    }
    return pos;
  }

  /** A phrase without a leading "the" ("the Philippines" is Philippines). */
  private static String bare(String phrase) {
    return phrase.replaceFirst("(?i)^the\\s+", "");
  }

  /** True when a word of seven letters or more is in capitals ("VENEZUELA SAYS"). */
  static boolean shouting(String words) {
    return words.matches("(?s).*\\b\\p{Lu}{7,}\\b.*");
  }

  /**
   * True when a sentence is written in title case, as a page's headline often is ("Guyana Rejects
   * Claims Over Border"): a verb, preposition or conjunction after its first word starts with a
   * capital (not at the start of a quotation).
   */
  static boolean titleCase(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String before = tokens.get(i - 1).word();
      if (t.pos() != null
          && t.pos().matches("VB.?|IN|TO|CC")
          && Character.isUpperCase(t.word().charAt(0))
          && t.word().chars().allMatch(Character::isLetter)
          && !before.matches("[:\"\u201c\u2018'`(\u2014-]+")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the words name the actor: they share a word (its first five letters) with its name or
   * its country's name or adjective, so that "he" or a statement is never taken for it.
   */
  static boolean names(String words, Actor actor) {
    Set<String> keys = new java.util.HashSet<>();
    String all =
        actor.name()
            + (actor.country() == null
                ? ""
                : " "
                    + CountryNames.name(actor.country())
                    + " "
                    + CountryNames.adjective(actor.country()));
    for (String w : all.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4) {
        keys.add(w.substring(0, Math.min(5, w.length())));
      }
    }
    for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4 && keys.contains(w.substring(0, Math.min(5, w.length())))) {
        return true;
      }
    }
    return false;
  }

  /** True when the mention's words are no noun phrase (so the actor's name from them is not). */
  private boolean misread(AnnotatedArticle a, ActorMention at) {
    if (a == null || at == null) {
      return false;
    }
    Sentence s = sentenceOf(a, at.span());
    return s != null && phrase(s, at.span(), a.article().text(), false, null) == null;
  }

  /**
   * A span's words as a short noun phrase (a leading preposition dropped), or null when they are
   * none: a pronoun, a verb or adverb first, quote marks, or too many words.
   *
   * @param capitalised whether a subject must start with a name or a determiner
   */
  private static String phrase(Sentence s, Span span, String text, boolean subject, Span avoid) {
    int comma = span.of(text).indexOf(',');
    if (comma > 0) {
      span = new Span(span.start(), span.start() + comma);
    }
    span = completed(s, span, avoid);
    List<Token> tokens = inside(s, span);
    int i = 0;
    while (i < tokens.size() && LEADING.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    tokens = tokens.subList(i, tokens.size());
    if (tokens.isEmpty() || tokens.size() > MAX_PHRASE_WORDS) {
      return null;
    }
    Token first = tokens.get(0);
    String pos = first.pos() == null ? "" : first.pos();
    boolean quantified =
        QUANTIFIERS.contains(first.word().toLowerCase(Locale.ROOT))
            && tokens.size() > 1
            && "CD".equals(tokens.get(1).pos());
    if (PRONOUNS.contains(first.word().toLowerCase(Locale.ROOT)) && tokens.size() == 1) {
      return null;
    }
    if (!quantified
        && (pos.startsWith("VB")
            || pos.startsWith("RB")
            || pos.equals("MD")
            || pos.equals("CC")
            || pos.equals("WDT")
            || pos.equals("WP")
            || pos.equals("PRP")
            || pos.equals("IN")
            || pos.equals("NN") && Character.isLowerCase(first.word().charAt(0)))) {
      return null;
    }
    boolean noun =
        !tokens.isEmpty()
            && tokens.stream()
                .anyMatch(
                    t -> t.pos() != null && (t.pos().startsWith("NN") || t.pos().equals("CD")));
    boolean clause =
        tokens.stream()
            .anyMatch(t -> t.pos() != null && t.pos().matches("WP\\$?|WDT|VBZ|VBD|VBP|MD"));
    if (!noun || clause) {
      return null;
    }
    int last = tokens.size();
    while (last > 1
        && tokens.get(last - 1).pos() != null
        && tokens.get(last - 1).pos().matches("VBG|VBN|DT|CC|TO|POS")) {
      last--;
    }
    int start = first.span().start();
    String words =
        new Span(start, Math.min(span.end(), tokens.get(last - 1).span().end())).of(text);
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    if (shouting(words)
        || words.matches("(?s).*[\"\u201c\u201d:;(),\\[\\]\n].*")
        || before == '"'
        || before == '\u201c') {
      return null;
    }
    String p = trimEnd(words);
    boolean sentenceStart = first.span().start() == s.span().start();
    if (!subject && sentenceStart && pos.matches("DT|PRP\\$?|CD") && !p.isEmpty()) {
      p = Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }
    return p;
  }

  /**
   * A span grown to the whole noun group it is part of, so that a name is not cut ("House" of "the
   * Russian House") nor a noun left without its determiner and modifiers ("plane" of "an
   * Azerbaijani passenger plane"): leftwards over adjectives, nouns and numbers, then one
   * determiner; rightwards over the rest of a name. Never into {@code avoid} (the trigger).
   */
  static Span completed(Sentence s, Span span, Span avoid) {
    List<Token> tokens = s.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (span.contains(tokens.get(i).span())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return span;
    }
    String firstPos = tokens.get(first).pos() == null ? "" : tokens.get(first).pos();
    if (firstPos.matches("DT|PRP\\$|CD|IN|TO") || LEADING.contains(lower(tokens.get(first)))) {
      return span;
    }
    boolean name = firstPos.startsWith("NNP");
    int from = first;
    for (int i = first - 1; i >= 0 && first - i <= 4; i--) {
      Token t = tokens.get(i);
      String pos = t.pos() == null ? "" : t.pos();
      boolean capital = Character.isUpperCase(t.word().charAt(0));
      boolean modifier =
          (name
                  ? capital && pos.matches("NNPS?|JJ") && !t.word().matches("A|An|The")
                  : pos.matches("JJ.?|NNS?|NNPS?|CD|HYPH"))
              && (t.ner() == null || !t.ner().matches("DATE|TIME|DURATION|SET|NUMBER|ORDINAL"))
              && !t.word().matches(CALENDAR_WORDS);
      if (!modifier || avoid != null && t.span().overlaps(avoid)) {
        break;
      }
      from = i;
    }
    int to = last;
    if (name) {
      to = extendRight(tokens, to, "NNPS?", avoid);
      // A name that modifies a noun ("an Azerbaijan Airlines plane") takes that noun as its head.
      to = extendRight(tokens, to, "NNS?", avoid);
    }
    boolean common =
        tokens.get(to).pos() != null
            && tokens.get(to).pos().matches("NNS?")
            && Character.isLowerCase(tokens.get(to).word().charAt(0));
    if (from > 0) {
      Token d = tokens.get(from - 1);
      if ("DT".equals(d.pos())
          && (d.word().matches("(?i)the") || common && d.word().matches("(?i)an?"))
          && (avoid == null || !d.span().overlaps(avoid))) {
        from--;
      }
    }
    return new Span(
        Math.min(span.start(), tokens.get(from).span().start()),
        Math.max(span.end(), tokens.get(to).span().end()));
  }

  private static int extendRight(List<Token> tokens, int to, String pos, Span avoid) {
    int end = to;
    while (end + 1 < tokens.size()
        && end - to < 4
        && tokens.get(end + 1).pos() != null
        && tokens.get(end + 1).pos().matches(pos)
        && (avoid == null || !tokens.get(end + 1).span().overlaps(avoid))) {
      end++;
    }
    return end;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /**
   * Where a clause whose object ends at {@code end} ends: after a complement it needs ("provided
   * Ukraine with $40 million in aid", "sentenced him to ten years"), else at {@code end} when what
   * follows starts a new phrase (punctuation, a conjunction, a preposition, a participle); -1 when
   * the object is cut off ("declared Valuev persona non grata").
   */
  private static int completedEnd(Sentence s, int end) {
    List<Token> after = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.span().start() >= end) {
        after.add(t);
      }
    }
    if (after.isEmpty()) {
      return end;
    }
    Token next = after.get(0);
    String w = next.word().toLowerCase(Locale.ROOT);
    String pos = next.pos() == null ? "" : next.pos();
    if (w.equals("with") || w.equals("to") || w.equals("of")) {
      int last = -1;
      for (int i = 1; i < after.size() && i <= 7; i++) {
        Token t = after.get(i);
        String p = t.pos() == null ? "" : t.pos();
        if (!p.matches("DT|JJ.?|NN.*|CD|\\$|IN|PRP\\$|POS")
            || t.word().matches("[,;:.]")
            || p.equals("IN") && i == 1) {
          break;
        }
        if (p.startsWith("NN") || p.equals("CD")) {
          last = t.span().end();
        }
      }
      return last;
    }
    boolean boundary =
        w.matches("[,;:.!?\u2014\u2013-]")
            || pos.equals("CC")
            || pos.equals("IN")
            || pos.equals("TO")
            || pos.equals("VBN")
            || pos.equals("VBG")
            || pos.equals("WDT")
            || pos.equals("WP")
            || pos.equals("RB");
    return boundary ? end : -1;
  }

  /** The span without a leading preposition. */
  private static Span firstKept(Sentence s, Span span, String text) {
    for (Token t : inside(s, span)) {
      if (!LEADING.contains(t.word().toLowerCase(Locale.ROOT))) {
        return new Span(t.span().start(), span.end());
      }
    }
    return span;
  }

  /**
   * True when at most {@code max} tokens lie between two offsets, none of them a comma, a noun or a
   * verb's subject; between subject and verb only auxiliaries, adverbs and negation.
   */
  private static boolean quietBetween(Sentence s, int from, int to, int max, boolean beforeVerb) {
    int n = 0;
    for (Token t : s.tokens()) {
      if (t.span().start() < from || t.span().end() > to) {
        continue;
      }
      n++;
      String pos = t.pos() == null ? "" : t.pos();
      if (t.word().matches("[,;:\u2014\u2013-]") || n > max) {
        return false;
      }
      if (beforeVerb && !(pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean precededBy(Sentence s, Span span, String word) {
    Token before = null;
    for (Token t : s.tokens()) {
      if (t.span().end() <= span.start()) {
        before = t;
      }
    }
    return before != null && before.word().equalsIgnoreCase(word);
  }

  private static List<Token> inside(Sentence s, Span span) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (span.contains(t.span())) {
        out.add(t);
      }
    }
    return out;
  }

  private static Sentence sentenceOf(AnnotatedArticle a, Span span) {
    for (Sentence s : a.sentences()) {
      if (s.span().contains(span)) {
        return s;
      }
    }
    return null;
  }

  private static String trimEnd(String s) {
    return s.strip().replaceAll("[\\s,.;:!?\u2014\u2013-]+$", "");
  }

  private static String capitalise(String s) {
    String t = s.strip();
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
