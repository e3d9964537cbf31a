package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.Places;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.Gazetteer;

/**
 * Finds event mentions in an annotated article: a verbal or nominal trigger from the CAMEO lexicon,
 * its source and target actors from the dependency parse, its date from the time expression
 * governing its clause, and its modality.
 */
public final class EventExtractor {

  public static final String VERSION = "1";
  private static final Provenance PROVENANCE = new Provenance("extract.event", VERSION);

  /** Provenance of agentless happenings that count only as reports of an attributed event. */
  public static final Provenance INCIDENT = new Provenance("extract.incident", VERSION);

  /** Places where someone is held: a death there implicates whoever holds them. */
  private static final Set<String> CUSTODY = Set.of("custody", "detention", "prison", "jail");

  /**
   * Roots of acts done in words (requests, offers, demands, accusations, threats): one that is
   * rejected was still made.
   */
  private static final Set<String> SPOKEN_ROOTS = Set.of("02", "03", "10", "11", "12", "13");

  /** Roots whose agent, when a passive leaves it out, is the authority of the place it happened. */
  static final Set<String> AUTHORITY_ROOTS = Set.of("16", "17");

  private static final java.util.regex.Pattern TIME_SHIFT =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(later|afterwards|subsequently|then|since then|eventually|previously|earlier)\\b");

  private final EventLexicon lexicon;
  private final Gazetteer gazetteer;
  private final Places places;
  private final ModalityDetector modality = new ModalityDetector();
  private final StatementCoder statements;
  private final IntentCodes intents = IntentCodes.load();
  private final EventArguments arguments;
  private final EventTriggers triggers;
  private final Gatherings gatherings;
  private final Mediations mediations;
  private final boolean petrarchReading;

  public EventExtractor(EventLexicon lexicon, Gazetteer gazetteer, Places places) {
    this(lexicon, gazetteer, places, false);
  }

  /**
   * @param petrarchReading true to code as PETRARCH does (for {@code dyad code}, see {@link
   *     PetrarchRoles#target}): negation is left to the verb dictionary's patterns, a target may
   *     stand in any prepositional phrase of the verb or its object, and actors of one country with
   *     different codes make an event
   */
  public EventExtractor(
      EventLexicon lexicon, Gazetteer gazetteer, Places places, boolean petrarchReading) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.places = places;
    this.arguments = new EventArguments(gazetteer, places);
    this.triggers = new EventTriggers(lexicon);
    this.gatherings = new Gatherings(lexicon);
    this.mediations = new Mediations(lexicon);
    this.statements = new StatementCoder(lexicon, triggers::at);
    this.petrarchReading = petrarchReading;
  }

  /** The event mentions of one article, in text order. */
  public List<EventMention> extract(ArticleContext ctx, ActorResolver actors) {
    List<String> pair = ctx.mainPair();
    Map<TimeExpression, PartialDate> dates = EventDates.resolveDates(ctx);
    List<EventMention> out = new ArrayList<>();
    for (int s = 0; s < ctx.sentenceCount(); s++) {
      SentenceGraph g = ctx.graph(s);
      Map<Integer, LexiconEntry> found = new LinkedHashMap<>();
      for (int i = 0; i < g.size(); i++) {
        LexiconEntry e = triggers.at(g, i);
        LexiconEntry mediation = petrarchReading ? null : mediations.at(g, i);
        if (mediation != null) {
          e = mediation;
        }
        if (e != null) {
          found.put(i, e);
        }
      }
      found.keySet().removeIf(n -> TriggerReadings.objectOfItsHead(g, n, found));
      for (var t : found.entrySet()) {
        EventMention m = mention(ctx, actors, pair, dates, s, t.getKey(), t.getValue(), found, out);
        if (m != null) {
          out.add(m);
          out.addAll(otherSides(ctx, actors, pair, s, t.getKey(), m));
          out.addAll(
              CoordinatedTargets.of(
                  ctx,
                  actors,
                  dates,
                  s,
                  t.getKey(),
                  m,
                  gatherings.guests(ctx, actors, s, t.getKey(), m.source()),
                  PROVENANCE));
        }
      }
    }
    return out;
  }

  /** The mediation a mention is with the further sides of the truce it is about, if it is one. */
  private List<EventMention> otherSides(
      ArticleContext ctx, ActorResolver actors, List<String> pair, int s, int i, EventMention m) {
    List<EventMention> more = new ArrayList<>();
    if (petrarchReading
        || !m.cameo().equals(Mediations.MEDIATE)
        || mediations.truceCode(ctx.graph(s), i) == null) {
      return more;
    }
    for (ActorMention side : mediations.sides(ctx, actors, arguments, pair, s, i, m.source())) {
      if (!side.actor().country().equals(m.target().actor().country())) {
        more.add(
            new EventMention(
                m.articleId(),
                m.cameo(),
                m.source(),
                side,
                m.date(),
                m.dateSpan(),
                m.dateText(),
                m.modality(),
                m.location(),
                m.span(),
                m.trigger(),
                PROVENANCE));
      }
    }
    return more;
  }

  /**
   * One mention per happening and sentence: of mentions of one sentence with the same CAMEO family
   * and the same two countries, the dated one with the most specific code is kept, in text order.
   */
  public static List<EventMention> onePerHappening(List<EventMention> mentions) {
    Map<String, EventMention> best = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      String key =
          m.articleId()
              + "|"
              + m.span()
              + "|"
              + family(m.cameo())
              + "|"
              + m.source().actor().country()
              + "|"
              + m.target().actor().country();
      EventMention before = best.get(key);
      if (before == null || better(m, before)) {
        best.put(key, m);
      }
    }
    return List.copyOf(best.values());
  }

  private static boolean better(EventMention a, EventMention b) {
    if ((a.date() == null) != (b.date() == null)) {
      return a.date() != null;
    }
    return a.cameo().length() > b.cameo().length();
  }

  /** A CAMEO code's family: violence (roots 18 to 20) by root, else its first three digits. */
  static String family(String code) {
    String root = code.substring(0, 2);
    return Set.of("18", "19", "20").contains(root) || code.length() < 3
        ? root
        : code.substring(0, 3);
  }

  private EventMention mention(
      ArticleContext ctx,
      ActorResolver actors,
      List<String> pair,
      Map<TimeExpression, PartialDate> dates,
      int s,
      int i,
      LexiconEntry entry,
      Map<Integer, LexiconEntry> triggers,
      List<EventMention> earlier) {
    SentenceGraph g = ctx.graph(s);
    boolean happening = !entry.frame().equals("-");
    boolean incident = entry.frame().equals("incident");
    boolean verb = g.pos(i).startsWith("VB");
    boolean reduced = verb && TriggerReadings.reducedPassive(g, i);
    boolean passive =
        verb && (g.child(i, "nsubj:pass") >= 0 || g.child(i, "aux:pass") >= 0 || reduced);
    String code = entry.code();
    if (g.negated(i) && !petrarchReading) {
      code = negatedCode(code);
      if (code == null) {
        return null;
      }
    }
    if (verb && TriggerReadings.opinion(g, i, code)) {
      code = SpeechActs.STATEMENT;
    }
    String root = code.substring(0, 2);

    ActorMention source;
    ActorMention target;
    if (verb && happening) {
      source = null;
      target = arguments.first(ctx, actors, s, g.children(i, "nsubj"));
      if (target == null && SentenceGraph.is(g.relationToParent(i), "acl") && g.head(i) >= 0) {
        target = arguments.first(ctx, actors, s, List.of(g.head(i)));
      }
    } else if (verb && arguments.headlinePassive(ctx, actors, s, i, root) != null) {
      ActorMention[] roles = arguments.headlinePassive(ctx, actors, s, i, root);
      source = roles[0];
      target = roles[1];
    } else if (verb) {
      source =
          passive
              ? arguments.first(ctx, actors, s, g.children(i, "obl:agent"))
              : arguments.subject(ctx, actors, s, i);
      if (passive && source == null) {
        source = arguments.first(ctx, actors, s, g.children(i, "obl:by"));
      }
      target =
          passive
              ? arguments.first(ctx, actors, s, g.children(i, "nsubj:pass"))
              : arguments.first(ctx, actors, s, g.children(i, "obj"));
      if (target == null && !passive && Integer.parseInt(root) <= 13) {
        // verbal acts answer someone's words or work: they are aimed at its author
        target = arguments.objectAuthor(ctx, actors, s, i, source);
      }
      if (reduced && g.pos(g.head(i)).startsWith("NNP")) {
        // "Lima, criticised by the bloc": what it acts on is the name it modifies; a common noun
        // ("the truce announced by the mediator") is a thing and no target
        target = arguments.first(ctx, actors, s, List.of(g.head(i)));
      }
      if (target == null) {
        target = arguments.first(ctx, actors, s, g.children(i, "iobj"));
      }
      if (target == null) {
        target = arguments.prepositional(ctx, actors, s, i, "obl", root);
      }
      for (int c : g.children(i, "ccomp")) {
        if (target == null) {
          target = arguments.first(ctx, actors, s, EventArguments.actingSubjects(g, c));
        }
      }
      for (int c : g.children(i, "xcomp")) {
        if (target == null && !passive) {
          target = arguments.first(ctx, actors, s, g.children(c, "obj"));
        }
      }
      ActorMention[] met =
          source == null && !passive ? gatherings.participants(ctx, actors, s, i) : null;
      if (met != null) {
        source = met[0];
        if (target == null || target.actor().country() == null) {
          target = met[1];
        }
      }
      List<ActorMention> guests =
          passive ? List.of() : gatherings.guests(ctx, actors, s, i, source);
      target = guests.isEmpty() ? target : guests.get(0);
    } else {
      source = null;
      target = null;
      List<Integer> possessors = g.children(i, "nmod:poss");
      if (EventArguments.undergoerPossessor(g, i, root, possessors)) {
        target = arguments.first(ctx, actors, s, possessors);
      } else {
        source = arguments.first(ctx, actors, s, possessors);
      }
      if (source == null) {
        source = arguments.first(ctx, actors, s, g.children(i, "nmod:agent"));
      }
      if (source == null) {
        source = arguments.first(ctx, actors, s, g.children(i, "nmod:by"));
      }
      if (source == null) {
        source = arguments.nationalityModifier(ctx, actors, s, i);
      }
      if (target == null) {
        target = arguments.first(ctx, actors, s, g.children(i, "nmod:of"));
      }
      for (int adv : g.children(i, "advmod")) {
        if (target == null) {
          target = arguments.first(ctx, actors, s, g.children(adv, "obl:of"));
        }
      }
      if (target == null) {
        target = arguments.prepositional(ctx, actors, s, i, "nmod", root);
      }
      if (TriggerReadings.deniedCharge(g, i, root)) {
        // "Peru rejected the accusations": Peru is the one accused, not the accuser
        if (target == null) {
          target = arguments.governingSubject(ctx, actors, s, i);
        }
      } else if (TriggerReadings.undergone(g, i)) {
        // "the minister faced criticism": the one criticised, by someone unnamed
        if (target == null) {
          target = arguments.governingSubject(ctx, actors, s, i);
        }
      } else if (source == null) {
        source = arguments.governingSubject(ctx, actors, s, i);
      }
      if (incident) {
        source = null;
      }
    }
    if (!petrarchReading
        && verb
        && code.equals(Mediations.MEDIATE)
        && mediations.truceCode(g, i) != null) {
      // a third party announcing or brokering a truce mediates between its sides
      List<ActorMention> sides = mediations.sides(ctx, actors, arguments, pair, s, i, source);
      if (sides.isEmpty()) {
        code = mediations.truceCode(g, i);
        root = code.substring(0, 2);
      } else {
        target = sides.get(0);
      }
    }
    if (!petrarchReading && verb) {
      String lawsuit = LegalForums.code(g, i, code);
      if (!lawsuit.equals(code)) {
        code = lawsuit;
        root = code.substring(0, 2);
        if (target != null && TriggerReadings.forumNamed(g, target.span())) {
          target = null;
        }
      }
    }
    int[] antecedent = null;
    if (target == null || target.actor().country() == null) {
      antecedent =
          EventArguments.antecedent(
              ctx, actors, s, EventArguments.patient(g, i, verb, passive, happening));
      if (antecedent != null) {
        ActorMention a = actors.resolve(antecedent[0], antecedent[1]);
        int p = EventArguments.patient(g, i, verb, passive, happening);
        target = new ActorMention(a.actor(), g.token(p).span());
      }
    }
    boolean custodial = entry.frame().equals("patient") || CUSTODY.contains(entry.object());
    if (custodial && root.equals("18") && source == null) {
      EventMention holding = EventArguments.holding(ctx, s, earlier, target);
      if (holding != null) {
        source = holding.source();
        if (target == null || target.actor().country() == null) {
          int p = EventArguments.patient(g, i, verb, passive, happening);
          if (p < 0 && verb && SentenceGraph.is(g.relationToParent(i), "acl")) {
            p = g.head(i);
          }
          target =
              p < 0
                  ? holding.target()
                  : new ActorMention(holding.target().actor(), g.token(p).span());
        }
      }
    }
    Span triggerSpan = g.token(i).span();
    if (incident) {
      if (target == null || target.actor().country() == null) {
        return null;
      }
      TimeExpression when = EventDates.dateFor(g, ctx, s, i, triggers, dates);
      if (when == null) {
        when = EventDates.onlyDate(ctx, g.sentence().span(), dates);
      }
      PartialDate date = when == null ? null : dates.get(when);
      return new EventMention(
          ctx.articleId(),
          code,
          new ActorMention(new Actor("unattributed", null, null), triggerSpan),
          target,
          date,
          when == null ? null : when.span(),
          when == null ? null : when.text(),
          this.modality.detect(g, i),
          arguments.location(ctx, s, i),
          g.sentence().span(),
          triggerSpan,
          INCIDENT);
    }
    if (!entry.allowsSourceRole(source == null ? null : source.actor().role())) {
      return null;
    }
    boolean agentless = passive || !verb;
    if ((source == null || source.actor().country() == null)
        && agentless
        && AUTHORITY_ROOTS.contains(root)) {
      ActorMention place = arguments.placeAuthority(ctx, actors, s, i);
      if (place != null) {
        source = place;
      }
    }
    if (AUTHORITY_ROOTS.contains(root)
        && (passive || !verb)
        && (target == null || target.actor().country() == null)) {
      EventMention before = EventArguments.recentCoercion(ctx, s, earlier);
      int p = EventArguments.patient(g, i, verb, passive, happening);
      boolean sameSide =
          before != null
              && (source == null
                  || Objects.equals(source.actor().country(), before.source().actor().country()));
      if (sameSide && p >= 0 && g.pos(p).matches("NNS?")) {
        target =
            new ActorMention(
                new Actor(
                    EventArguments.nounWithCompounds(g, p),
                    before.target().actor().country(),
                    null),
                g.token(p).span());
        if (source == null) {
          source = before.source();
        }
      }
    }
    String srcCountry = source == null ? null : source.actor().country();
    String tgtCountry = target == null ? null : target.actor().country();
    if (srcCountry != null
        && tgtCountry == null
        && !reduced
        && pair.contains(srcCountry)
        && pair.size() == 2
        && Integer.parseInt(root) <= 17
        && !EventArguments.namedStatelessPartner(ctx, actors, s, i, code, pair)) {
      String other = pair.get(0).equals(srcCountry) ? pair.get(1) : pair.get(0);
      target = new ActorMention(new Actor(actors.countryName(other), other, null), triggerSpan);
      tgtCountry = other;
    } else if (srcCountry != null
        && tgtCountry == null
        && !reduced
        && pair.contains(srcCountry)
        && pair.size() == 2
        && Integer.parseInt(root) >= 18
        && (source.actor().role() != null
            || source.actor().name().equals(actors.countryName(srcCountry)))
        && EventArguments.patient(g, i, verb, passive, happening) >= 0
        && g.pos(EventArguments.patient(g, i, verb, passive, happening)).matches("NNS?")) {
      int p = EventArguments.patient(g, i, verb, passive, happening);
      String other = pair.get(0).equals(srcCountry) ? pair.get(1) : pair.get(0);
      target =
          new ActorMention(
              new Actor(EventArguments.nounWithCompounds(g, p), other, null), g.token(p).span());
      tgtCountry = other;
    } else if (srcCountry == null
        && tgtCountry != null
        && agentless
        && !(!verb && TriggerReadings.undergone(g, i))
        && pair.contains(tgtCountry)
        && pair.size() == 2
        && Integer.parseInt(root) >= 10) {
      String other = pair.get(0).equals(tgtCountry) ? pair.get(1) : pair.get(0);
      source = new ActorMention(new Actor(actors.countryName(other), other, "GOV"), triggerSpan);
      srcCountry = other;
    }
    if (petrarchReading && verb) {
      ActorMention[] placed =
          PetrarchRoles.apply(ctx, actors, s, lexicon.patterns().match(g, i), source, target);
      source = placed[0];
      target = placed[1];
    }
    if (petrarchReading) {
      target = PetrarchRoles.target(ctx, actors, s, i, source, target);
    }
    if (!codedDyad(source, target)) {
      return null;
    }
    if (!petrarchReading) {
      code =
          SpeechActs.fromContent(
              ctx, actors, s, i, code, target.actor().country(), this.triggers::at);
    }
    TimeExpression when = EventDates.dateFor(g, ctx, s, i, triggers, dates);
    if (when == null) {
      when = EventDates.onlyDate(ctx, g.sentence().span(), dates);
    }
    if (when != null && EventDates.embeddedElsewhere(ctx, s, when, i)) {
      when = null;
    }
    if (when == null && antecedent != null) {
      when = EventDates.onlyDate(ctx, ctx.graph(antecedent[0]).sentence().span(), dates);
    }
    if (when == null && !TIME_SHIFT.matcher(ctx.textOf(g.sentence().span())).find()) {
      when = EventDates.paragraphDate(ctx, s, dates);
    }
    boolean background = Background.context(g, i);
    if (background) {
      when = Background.ownDate(ctx, s, i, dates);
    }
    PartialDate date = when == null ? null : dates.get(when);
    if (date == null && when == null && !background) {
      date = EventDates.newsDate(ctx, s, i, dates);
    }
    Modality modality = this.modality.detect(g, i);
    if (g.negated(i) && !code.equals(entry.code())
        || petrarchReading && PetrarchRoles.namesNegation(g, i, lexicon.patterns())) {
      modality = Modality.ASSERTED;
    } else if (modality == Modality.DENIED && (verb || !SPOKEN_ROOTS.contains(root))
        || modality == Modality.HYPOTHETICAL
        || this.modality.demanded(g, i)) {
      return null;
    } else if (modality == Modality.PLANNED) {
      // PETRARCH codes the act a sentence announces with the act's own code
      code = petrarchReading ? code : intents.intent(code);
      PartialDate now = ReportTime.date(ctx, dates);
      if (date == null || now != null && date.firstDay().isAfter(now.lastDay())) {
        date = now;
        when = null;
      }
    }
    return new EventMention(
        ctx.articleId(),
        code,
        source,
        target,
        date,
        when == null ? null : when.span(),
        when == null ? null : when.text(),
        modality,
        arguments.location(ctx, s, i),
        g.sentence().span(),
        triggerSpan,
        PROVENANCE);
  }

  /**
   * True when an event between these actors is kept: both have a country, the article's pair or any
   * other (GDELT codes every dyad; {@code IGO} and {@code EU} count), and the countries differ.
   * Events within one country (a government and its opposition) are left out: coding them added no
   * gold event and cost precision on the dev sets.
   */
  private boolean codedDyad(ActorMention source, ActorMention target) {
    if (petrarchReading && source != null && target == null) {
      return source.actor().code() != null;
    }
    if (source == null || target == null) {
      return false;
    }
    String s = source.actor().country();
    String t = target.actor().country();
    if (petrarchReading && (s == null || t == null || s.equals(t))) {
      String sc = source.actor().code();
      String tc = target.actor().code();
      return sc != null && tc != null && !sc.equals(tc);
    }
    return s != null && t != null && !s.equals(t);
  }

  /**
   * Public statements as events (see {@link StatementCoder}), leaving out those whose cue is
   * already the trigger of one of the article's events.
   */
  public List<EventMention> statements(
      ArticleContext ctx,
      ActorResolver actors,
      List<org.dyad.model.Quote> quotes,
      List<EventMention> events) {
    return statements.code(ctx, actors, quotes, EventDates.resolveDates(ctx), events);
  }

  /**
   * The code of a negated trigger: not cooperating (a visit, attendance) is a rejection, not
   * opposing is yielding; other negated events did not happen and are dropped.
   */
  static String negatedCode(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (root == 4 || root == 3 || root == 5) {
      return "12";
    }
    if (root == 12) {
      return "08";
    }
    return null;
  }
}
