package org.dyad.extract.event;

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
import org.dyad.nlp.Valence;

/**
 * Codes public statements as events: a quote or reported statement whose speaker has a country
 * becomes an act of that country towards the country the statement is about, coded by its cue verb
 * ("accused" 112, "warned" 130, "said" 010) and dated by the time expression of its attribution,
 * else by the publication date of the report it appears in.
 */
final class StatementCoder {

  static final Provenance PROVENANCE = new Provenance("extract.statement", "1");

  private static final ModalityDetector MODALITY = new ModalityDetector();

  /** Roles whose statements speak for their state, whichever country they address. */
  private static final Set<String> OFFICIAL_ROLES =
      Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY", "IGO");

  /** Words in a quote that stand for its speaker. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "our", "my", "me");

  /** An appeal to someone to act ("calls on them to withdraw"). */
  private static final String APPEAL = "020";

  /** Modal verbs that make a statement about the addressee's conduct an appeal or a demand. */
  private static final Map<String, String> OBLIGATION =
      Map.of("should", "020", "ought", "020", "must", "100", "have", "100");

  private final EventLexicon lexicon;
  private final java.util.function.BiFunction<SentenceGraph, Integer, LexiconEntry> trigger;

  /**
   * @param trigger the lexicon entry a token triggers in its sentence, or null
   */
  StatementCoder(
      EventLexicon lexicon,
      java.util.function.BiFunction<SentenceGraph, Integer, LexiconEntry> trigger) {
    this.lexicon = lexicon;
    this.trigger = trigger;
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
    PartialDate published = ReportTime.date(ctx, dates);
    Map<String, EventMention> out = new java.util.LinkedHashMap<>();
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
      Set<String> own = speakerCountries(ctx, g, q, sp.country());
      String target = StatementAddressee.addressee(ctx, actors, sentence, q.span(), own);
      if (target == null) {
        target = StatementAddressee.addressedBody(ctx, actors, q, sentence, own, pair);
      }
      if (target == null && StatementAddressee.thirdParty(ctx, actors, q, sentence, own, pair)) {
        continue;
      }
      if (target == null && pair.size() == 2 && pair.contains(sp.country())) {
        target = pair.get(0).equals(sp.country()) ? pair.get(1) : pair.get(0);
      }
      if (target == null) {
        continue;
      }
      String code = code(g, cue);
      EventMention same = null;
      if (code.equals("010")) {
        Coding c = contentCode(ctx, actors, q, s, cue, own, target, events);
        same = c.act() == null ? null : triggeredAt(events, c.act());
        if (same != null && same.date() != null) {
          // the act the statement words ("we reaffirm our commitment") is already a dated event
          continue;
        }
        code = c.code();
        target = c.target();
      }
      if (!(OFFICIAL_ROLES.contains(String.valueOf(sp.role()))
          || pair.contains(sp.country()) && pair.contains(target))) {
        continue;
      }
      TimeExpression when =
          StatementTimes.attributionDate(ctx, g, cue, q.span(), q.direct(), dates);
      PartialDate date = when == null ? null : dates.get(when);
      if (date == null
          && when == null
          && published != null
          && StatementTimes.reportedNow(ctx, g, cue, q)) {
        date = published;
      }
      if (date == null) {
        continue;
      }
      Span cover =
          new Span(
              Math.min(sentence.start(), q.span().start()),
              Math.max(sentence.end(), q.span().end()));
      if (!cover.contains(cueSpan)) {
        cueSpan = q.speakerSpan();
      }
      if (same != null) {
        // one happening: told on the act's own sentence, so that the dated telling replaces it
        cover = same.span();
      }
      EventMention m =
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
              PROVENANCE);
      String key = sp.name() + "|" + s;
      EventMention before = out.get(key);
      if (before == null || before.cameo().equals("010") && !code.equals("010")) {
        out.put(key, m);
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The verbs of the clause a cue verb reports ("said that the army is massing troops"), which
   * carry what was said even when only a few of its words are quoted ("constitute 'theft'"); nouns
   * in it are left out, as they name acts the statement speaks about, not the act it reports.
   */
  private static Set<Integer> reportedClause(SentenceGraph g, int cue) {
    Set<Integer> out = new HashSet<>();
    if (cue < 0 || !g.pos(cue).startsWith("VB")) {
      return out;
    }
    Set<Integer> clause = new HashSet<>();
    for (int c : g.children(cue, "ccomp")) {
      clause.addAll(g.subtree(c, r -> true));
    }
    if (SentenceGraph.is(g.relationToParent(cue), "parataxis")) {
      // "What they did amounts to theft, the minister said": the cue hangs off what it reports
      Set<Integer> attribution = g.subtree(cue, r -> true);
      for (int t = 0; t < g.size(); t++) {
        if (!attribution.contains(t)) {
          clause.add(t);
        }
      }
    }
    for (int t : clause) {
      if (g.pos(t).startsWith("VB")) {
        out.add(t);
      }
    }
    return out;
  }

  /** The event mention an article's events have at a trigger, or null. */
  private static EventMention triggeredAt(List<EventMention> events, Span trigger) {
    for (EventMention m : events) {
      if (m.trigger().equals(trigger)) {
        return m;
      }
    }
    return null;
  }

  /** A statement's code and the country it addresses. */
  private record Coding(String code, String target, Span act) {
    Coding(String code, String target) {
      this(code, target, null);
    }
  }

  /** The speaker's own country and those named in the phrase that names the speaker. */
  private static Set<String> speakerCountries(
      ArticleContext ctx, SentenceGraph g, Quote q, String country) {
    Set<String> own = new HashSet<>();
    own.add(country);
    int head = g.tokenAt(q.speakerSpan().start());
    if (head >= 0) {
      Span phrase = g.span(g.phrase(head));
      for (EntityMention e : ctx.entitiesWithin(phrase)) {
        if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
            && e.normalized() != null
            && phrase.contains(e.span())) {
          own.add(e.normalized());
        }
      }
    }
    return own;
  }

  /** The CAMEO code of a statement by its cue verb: the verb's lexicon row, else 010. */
  private String code(SentenceGraph g, int cue) {
    if (cue < 0 || !g.pos(cue).startsWith("VB")) {
      return "010";
    }
    if (SpeechActs.appealed(g, cue) >= 0) {
      return APPEAL;
    }
    for (LexiconEntry e : lexicon.verb(g.lemma(cue))) {
      if (e.object().equals("-") && e.particle().equals("-") && e.frame().equals("-")) {
        return e.code();
      }
    }
    return "010";
  }

  /**
   * The code a statement's content gives it, with the country it addresses: an act the speaker's
   * side performs in its own words ("we condemn", "we will respond": a threat when hostile and
   * future), a hostile act it charges someone with (an accusation, 112, of the act's agent, or of
   * the agent of the article's last hostile act when the words leave it out: "this attack"), a call
   * on someone to act (an appeal), what the addressee should or must do (an appeal or a demand), or
   * a word charging someone other than the speaker's side with a breach of law ("illegally
   * anchored": an accusation, however mild its tone); else 010.
   */
  private Coding contentCode(
      ArticleContext ctx,
      ActorResolver actors,
      Quote q,
      int cueSentence,
      int cue,
      Set<String> own,
      String target,
      List<EventMention> events) {
    Coding accusation = null;
    Coding charge = null;
    String obligation = null;
    Set<Integer> reported = reportedClause(ctx.graph(cueSentence), cue);
    for (int k = ctx.sentenceAt(q.span().start());
        k >= 0
            && k < ctx.sentenceCount()
            && ctx.graph(k).sentence().span().start() < q.span().end();
        k++) {
      SentenceGraph g = ctx.graph(k);
      for (int i = 0; i < g.size(); i++) {
        if (!q.span().contains(g.token(i).span()) && !(k == cueSentence && reported.contains(i))) {
          continue;
        }
        String side = side(ctx, actors, k, agent(g, i), own);
        String modal = modal(g, i);
        if (obligation == null
            && target.equals(side)
            && g.pos(i).startsWith("VB")
            && modal != null
            && OBLIGATION.containsKey(modal)) {
          obligation = OBLIGATION.get(modal);
        }
        int appealed = SpeechActs.appealed(g, i);
        if (appealed >= 0 && !g.negated(i) && (side == null || SPEAKER.equals(side))) {
          String to = side(ctx, actors, k, appealed, own);
          return new Coding(APPEAL, to == null || SPEAKER.equals(to) ? target : to);
        }
        if (charge == null && SpeechActs.chargeWord(g.word(i)) && !g.negated(i)) {
          String charged = side(ctx, actors, k, agent(g, actingHead(g, i)), own);
          if (!SPEAKER.equals(charged)) {
            charge = new Coding(SpeechActs.ACCUSATION, charged != null ? charged : target);
          }
        }
        LexiconEntry e = trigger.apply(g, i);
        if (e == null
            || !e.frame().equals("-")
            || g.negated(i)
            || MODALITY.detect(g, i) == Modality.DENIED) {
          // "we have not received any attack" charges no one
          continue;
        }
        int root = Integer.parseInt(e.code().substring(0, 2));
        if (SPEAKER.equals(side)) {
          if (root >= 14 && ("will".equals(modal) || "shall".equals(modal))) {
            return new Coding("130", target);
          }
          if (root >= 2 && root <= 13) {
            String judged = root >= 11 ? judged(ctx, actors, k, i, own, events) : null;
            return new Coding(e.code(), judged != null ? judged : target, g.token(i).span());
          }
        } else if (accusation == null && SpeechActs.chargeable(e.code())) {
          String agent = side != null ? side : doer(ctx, actors, q, own);
          agent = agent != null ? agent : lastHostileAgent(events, g.token(i).span(), own);
          if (agent != null && !own.contains(agent)) {
            accusation = new Coding("112", agent);
          } else if (agent == null) {
            accusation = new Coding("112", target);
          }
        }
      }
    }
    if (accusation != null) {
      return accusation;
    }
    if (obligation != null) {
      return new Coding(obligation, target);
    }
    if (charge != null) {
      return charge;
    }
    return new Coding(negative(ctx, q) ? "111" : "010", target);
  }

  /**
   * Whom a judging act ("we condemn this attack") is aimed at: its object when that is an actor,
   * else the agent of the hostile act its object names (or of the article's last hostile act).
   */
  private String judged(
      ArticleContext ctx,
      ActorResolver actors,
      int s,
      int verb,
      Set<String> own,
      List<EventMention> events) {
    SentenceGraph g = ctx.graph(s);
    for (int o : g.children(verb, "obj")) {
      ActorMention m = actors.resolve(s, o);
      if (m != null && m.actor().country() != null && !own.contains(m.actor().country())) {
        return m.actor().country();
      }
      LexiconEntry act = trigger.apply(g, o);
      if (act != null && Integer.parseInt(act.code().substring(0, 2)) >= 14) {
        String agent = side(ctx, actors, s, agent(g, o), own);
        if (agent != null && !agent.equals(SPEAKER)) {
          return agent;
        }
        return lastHostileAgent(events, g.token(o).span(), own);
      }
    }
    return null;
  }

  /**
   * True when a statement's words are on balance hostile: their VADER valences add up to at most -2
   * and one of them is strongly negative (-2 or lower), as in denunciations ("piracy", "a
   * resounding failure", "aggression"); such a statement disapproves of whom it addresses.
   */
  private static boolean negative(ArticleContext ctx, Quote q) {
    double sum = 0;
    boolean strong = false;
    int sinceNegation = Integer.MAX_VALUE;
    for (String w : ctx.text().substring(q.span().start(), q.span().end()).split("[^\\p{L}'-]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (NEGATORS.contains(lower) || lower.endsWith("n't")) {
        sinceNegation = 0;
        continue;
      }
      sinceNegation = sinceNegation == Integer.MAX_VALUE ? sinceNegation : sinceNegation + 1;
      double v = Valence.of(w);
      if (sinceNegation <= NEGATION_REACH) {
        // VADER's rule: a negation up to three words back turns a word's valence round
        v *= NEGATION_SCALAR;
      }
      sum += v;
      strong |= v <= -2;
    }
    return strong && sum <= -2;
  }

  /** Words that negate the valence of the words right after them (VADER's negation list, short). */
  private static final Set<String> NEGATORS =
      Set.of("not", "no", "never", "none", "nor", "neither", "without", "nothing", "nobody");

  /** How many words after a negation it reaches, and the factor it applies (VADER's values). */
  private static final int NEGATION_REACH = 3;

  private static final double NEGATION_SCALAR = -0.74;

  /** Marks an agent as the speaker's own side. */
  private static final String SPEAKER = "<speaker>";

  /** The source country of the article's last hostile act told before an offset, or null. */
  private static String lastHostileAgent(List<EventMention> events, Span before, Set<String> own) {
    String agent = null;
    for (EventMention m : events) {
      if (m.span().start() < before.start()
          && Integer.parseInt(m.root()) >= 18
          && m.source() != null
          && m.source().actor().country() != null
          && !own.contains(m.source().actor().country())) {
        agent = m.source().actor().country();
      }
    }
    return agent;
  }

  /**
   * The first country a quote names as doing something (the subject of one of its verbs, the agent
   * of a passive or of a nominalised act: "the adoption of the law by the government of X"), other
   * than the speaker's own, or null: whom a charge whose own words name no agent is aimed at.
   */
  private static String doer(ArticleContext ctx, ActorResolver actors, Quote q, Set<String> own) {
    for (int k = ctx.sentenceAt(q.span().start());
        k >= 0
            && k < ctx.sentenceCount()
            && ctx.graph(k).sentence().span().start() < q.span().end();
        k++) {
      SentenceGraph g = ctx.graph(k);
      for (int v = 0; v < g.size(); v++) {
        if (!q.span().contains(g.token(v).span()) || !g.pos(v).startsWith("VB")) {
          continue;
        }
        List<Integer> doers = new java.util.ArrayList<>(EventArguments.actingSubjects(g, v));
        for (String by : DOER_RELATIONS) {
          doers.addAll(g.children(v, by));
        }
        for (int d : doers) {
          String side = side(ctx, actors, k, d, own);
          if (side != null && !side.equals(SPEAKER)) {
            return side;
          }
        }
      }
    }
    return null;
  }

  private static final Set<String> DOER_RELATIONS = EventArguments.DOER_RELATIONS;

  /**
   * The token acting in a trigger's clause: its subject (or, for a nominalised act as subject, that
   * act's agent: "the adoption of the law by X has threatened peace"), or a noun's possessor, or
   * -1.
   */
  private static int agent(SentenceGraph g, int i) {
    for (String rel : List.of("nsubj", "nmod:poss", "nmod:by", "obl:agent")) {
      List<Integer> c = g.children(i, rel);
      if (!c.isEmpty()) {
        int a = c.get(0);
        if (rel.equals("nsubj") && g.pos(a).matches("NNS?")) {
          for (int owner : List.of(a, i)) {
            // the act's agent, attached to the act or (after commas) to the verb
            for (String by : DOER_RELATIONS) {
              if (!g.children(owner, by).isEmpty()) {
                return g.children(owner, by).get(0);
              }
            }
          }
        }
        return a;
      }
    }
    String rel = g.relationToParent(i);
    int head = g.head(i);
    if (head >= 0 && (SentenceGraph.is(rel, "xcomp") || SentenceGraph.is(rel, "conj"))) {
      return agent(g, head);
    }
    return -1;
  }

  /**
   * The country an agent token stands for, or {@link #SPEAKER} for first-person words and the
   * speaker's own countries.
   */
  private static String side(
      ArticleContext ctx, ActorResolver actors, int s, int token, Set<String> own) {
    if (token < 0) {
      return null;
    }
    SentenceGraph g = ctx.graph(s);
    if (FIRST_PERSON.contains(g.word(token).toLowerCase(Locale.ROOT))) {
      return SPEAKER;
    }
    ActorMention m = actors.resolve(s, token);
    String c = m == null ? null : m.actor().country();
    return c != null && own.contains(c) ? SPEAKER : c;
  }

  /**
   * The word whose agent a charge word speaks of: the word itself when a verb or noun ("violated",
   * "violations"), else the verb or noun it modifies ("illegally anchored", "illegal drilling").
   */
  private static int actingHead(SentenceGraph g, int i) {
    if (g.pos(i).startsWith("VB") || g.pos(i).startsWith("NN")) {
      return i;
    }
    int h = g.head(i);
    return h >= 0 ? h : i;
  }

  /** The modal auxiliary of a verb or of the verb governing it ("will respond", "must stop"). */
  private static String modal(SentenceGraph g, int i) {
    for (int node = i, hops = 0; node >= 0 && hops < 2; node = g.head(node), hops++) {
      for (int a : g.children(node, "aux")) {
        String w = g.word(a).toLowerCase(Locale.ROOT);
        if (w.equals("'ll")) {
          return "will";
        }
        if (!w.equals("to") && !w.equals("be") && !w.equals("do")) {
          return w;
        }
      }
      if (!SentenceGraph.is(g.relationToParent(node), "xcomp")) {
        break;
      }
    }
    return null;
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
}
