package org.dyad.extract.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Codes public statements as events: a quote or reported statement whose speaker has a country
 * becomes an act of that country towards the country the statement is about, coded by its cue verb
 * ("accused" 112, "warned" 130, "said" 010) and dated by the time expression of its attribution,
 * else by the publication date of the report it appears in.
 */
final class StatementCoder {

  static final Provenance PROVENANCE = new Provenance("extract.statement", "1");

  /** Words that move a statement away from the time of the report ("earlier", "last year"). */
  private static final java.util.regex.Pattern TIME_SHIFT =
      java.util.regex.Pattern.compile(
          "(?i)\\b(earlier|previously|in the past|once|long|repeatedly|had (?:said|told|stated))\\b");

  /** Roles whose statements speak for their state, whichever country they address. */
  private static final Set<String> OFFICIAL_ROLES =
      Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY", "IGO");

  private final EventLexicon lexicon;

  StatementCoder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The statement events of one article's quotes, except those whose cue already triggered an event
   * of the same source (the trigger's own coding is the more specific one).
   */
  List<EventMention> code(
      ArticleContext ctx,
      ActorResolver actors,
      List<Quote> quotes,
      Map<TimeExpression, PartialDate> dates,
      List<EventMention> events) {
    List<String> pair = ctx.mainPair();
    Set<Span> triggered = new HashSet<>();
    for (EventMention m : events) {
      triggered.add(m.trigger());
    }
    PartialDate published = ctx.annotated().article().published();
    List<EventMention> out = new java.util.ArrayList<>();
    for (Quote q : quotes) {
      Actor sp = q.speaker();
      if (sp == null || sp.country() == null || q.speakerSpan() == null) {
        continue;
      }
      int s = ctx.sentenceAt(q.speakerSpan().start());
      if (s < 0) {
        continue;
      }
      SentenceGraph g = ctx.graph(s);
      int cue = cueToken(g, q);
      Span cueSpan = cue >= 0 ? g.token(cue).span() : q.speakerSpan();
      if (triggered.contains(cueSpan)) {
        continue;
      }
      Span sentence = g.sentence().span();
      String target = addressee(ctx, actors, sentence, q.span(), sp.country());
      if (target == null && pair.size() == 2 && pair.contains(sp.country())) {
        target = pair.get(0).equals(sp.country()) ? pair.get(1) : pair.get(0);
      }
      if (target == null
          || !(OFFICIAL_ROLES.contains(String.valueOf(sp.role()))
              || pair.contains(sp.country()) && pair.contains(target))) {
        continue;
      }
      TimeExpression when = attributionDate(ctx, sentence, q.span(), dates);
      PartialDate date = when == null ? null : dates.get(when);
      if (date == null && when == null && published != null && reportedNow(ctx, g, cue, q)) {
        date = published;
      }
      if (date == null) {
        continue;
      }
      String code = code(g, cue);
      Span cover =
          new Span(
              Math.min(sentence.start(), q.span().start()),
              Math.max(sentence.end(), q.span().end()));
      if (!cover.contains(cueSpan)) {
        cueSpan = q.speakerSpan();
      }
      out.add(
          new EventMention(
              ctx.articleId(),
              code,
              new ActorMention(sp, q.speakerSpan()),
              new ActorMention(new Actor(actors.countryName(target), target, null), q.span()),
              date,
              when == null ? null : when.span(),
              when == null ? null : when.text(),
              Modality.ASSERTED,
              null,
              cover,
              cueSpan,
              PROVENANCE));
    }
    return out;
  }

  /** The CAMEO code of a statement by its cue verb: the verb's lexicon row, else 010. */
  private String code(SentenceGraph g, int cue) {
    if (cue < 0 || !g.pos(cue).startsWith("VB")) {
      return "010";
    }
    for (LexiconEntry e : lexicon.verb(g.lemma(cue))) {
      if (e.object().equals("-") && e.particle().equals("-") && e.frame().equals("-")) {
        return e.code();
      }
    }
    return "010";
  }

  /** The token of the quote's cue word nearest its speaker, or -1. */
  private static int cueToken(SentenceGraph g, Quote q) {
    if (q.cue() == null) {
      return -1;
    }
    String first = q.cue().split("\\s+")[0].toLowerCase(Locale.ROOT);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < g.size(); i++) {
      if (g.word(i).toLowerCase(Locale.ROOT).equals(first)) {
        int d = Math.abs(g.token(i).span().start() - q.speakerSpan().start());
        if (d < bestDistance) {
          best = i;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /**
   * The country a statement addresses: the one it names most (outside the speaker's own), in the
   * quoted words first, then in the rest of the attributing sentence.
   */
  private static String addressee(
      ArticleContext ctx, ActorResolver actors, Span sentence, Span quote, String speaker) {
    String inQuote = mostNamed(ctx, quote, speaker, null);
    return inQuote != null ? inQuote : mostNamed(ctx, sentence, speaker, quote);
  }

  private static String mostNamed(ArticleContext ctx, Span span, String except, Span skip) {
    Map<String, Integer> counts = new HashMap<>();
    String first = null;
    for (EntityMention e : ctx.annotated().entities()) {
      if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && e.normalized() != null
          && !e.normalized().equals(except)
          && span.contains(e.span())
          && (skip == null || !skip.contains(e.span()))) {
        counts.merge(e.normalized(), 1, Integer::sum);
        if (first == null) {
          first = e.normalized();
        }
      }
    }
    String best = first;
    for (var c : counts.entrySet()) {
      if (c.getValue() > counts.getOrDefault(best, 0)) {
        best = c.getKey();
      }
    }
    return best;
  }

  /**
   * The time expression of the attribution: a month- or day-precise date in the attributing
   * sentence outside the quoted words ("said on Tuesday").
   */
  private static TimeExpression attributionDate(
      ArticleContext ctx, Span sentence, Span quote, Map<TimeExpression, PartialDate> dates) {
    for (TimeExpression t : ctx.annotated().timexes()) {
      PartialDate d = dates.get(t);
      if (sentence.contains(t.span())
          && !quote.contains(t.span())
          && d != null
          && d.precision() != PartialDate.Precision.YEAR) {
        return t;
      }
    }
    return null;
  }

  /**
   * True when a statement is told as news of the day: no time expression outside the quoted words
   * in its sentence, no word moving it into the past, and its cue not in the past perfect.
   */
  private static boolean reportedNow(ArticleContext ctx, SentenceGraph g, int cue, Quote q) {
    Span sentence = g.sentence().span();
    for (TimeExpression t : ctx.annotated().timexes()) {
      if (sentence.contains(t.span()) && !q.span().contains(t.span())) {
        return false;
      }
    }
    String outside =
        ctx.text()
                .substring(
                    sentence.start(),
                    Math.max(sentence.start(), Math.min(sentence.end(), q.span().start())))
            + " "
            + ctx.text()
                .substring(
                    Math.min(sentence.end(), Math.max(sentence.start(), q.span().end())),
                    sentence.end());
    if (TIME_SHIFT.matcher(outside).find()) {
      return false;
    }
    if (cue >= 0) {
      for (int a : g.children(cue, "aux")) {
        if (g.lemma(a).equals("have") && g.pos(a).equals("VBD")) {
          return false;
        }
      }
    }
    return true;
  }
}
