package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.Places;
import org.dyad.extract.time.EventDater;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.Resources;

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

  /** Verbs whose object is blamed for the event named after "for" or "of" ("accuse X of Y"). */
  private static final Set<String> BLAME_VERBS =
      Set.of("accuse", "blame", "sue", "take", "hold", "punish", "condemn", "charge", "fault");

  /**
   * Verbs that judge or report an act named by their object ("called his expulsion a mistake"):
   * their subject is not the act's agent.
   */
  private static final Set<String> JUDGING_VERBS =
      Set.of(
          "call",
          "describe",
          "label",
          "term",
          "dub",
          "brand",
          "criticize",
          "criticise",
          "denounce",
          "decry",
          "deplore",
          "slam",
          "welcome",
          "praise",
          "hail",
          "question",
          "regret",
          "mention",
          "recall",
          "discuss",
          "report",
          "protest",
          "oppose",
          "lament",
          "mourn");

  /** Places where someone is held: a death there implicates whoever holds them. */
  private static final Set<String> CUSTODY = Set.of("custody", "detention", "prison", "jail");

  /**
   * Roots of acts done in words (requests, offers, demands, accusations, threats): one that is
   * rejected was still made.
   */
  private static final Set<String> SPOKEN_ROOTS = Set.of("02", "03", "10", "11", "12", "13");

  /** Roots whose agent, when a passive leaves it out, is the authority of the place it happened. */
  private static final Set<String> AUTHORITY_ROOTS = Set.of("16", "17");

  private static final java.util.regex.Pattern MONTH_NAME =
      java.util.regex.Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
  private static final java.util.regex.Pattern VAGUE =
      java.util.regex.Pattern.compile(
          "(?i)^(?:some |many |several |a few )?(years|months|weeks|decades|days|centuries)\\b");
  private static final java.util.regex.Pattern TIME_SHIFT =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(later|afterwards|subsequently|then|since then|eventually|previously|earlier)\\b");
  private static final java.util.regex.Pattern RELATIVE =
      java.util.regex.Pattern.compile("(?i)\\b(last|next|this|ago|coming|past|previous)\\b");

  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("against", "on", "to", "with", "at", "toward", "towards", "from", "upon", "over");

  private final EventLexicon lexicon;
  private final Gazetteer gazetteer;
  private final Places places;
  private final ModalityDetector modality = new ModalityDetector();
  private final StatementCoder statements;
  private final IntentCodes intents = IntentCodes.load();

  public EventExtractor(EventLexicon lexicon, Gazetteer gazetteer, Places places) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.places = places;
    this.statements = new StatementCoder(lexicon, this::trigger);
  }

  /** The event mentions of one article, in text order. */
  public List<EventMention> extract(ArticleContext ctx, ActorResolver actors) {
    List<String> pair = ctx.mainPair();
    Map<TimeExpression, PartialDate> dates = resolveDates(ctx);
    List<EventMention> out = new ArrayList<>();
    for (int s = 0; s < ctx.sentenceCount(); s++) {
      SentenceGraph g = ctx.graph(s);
      Map<Integer, LexiconEntry> triggers = new LinkedHashMap<>();
      for (int i = 0; i < g.size(); i++) {
        LexiconEntry e = trigger(g, i);
        if (e != null) {
          triggers.put(i, e);
        }
      }
      for (var t : triggers.entrySet()) {
        EventMention m =
            mention(ctx, actors, pair, dates, s, t.getKey(), t.getValue(), triggers, out);
        if (m != null) {
          out.add(m);
          out.addAll(coordinatedTargets(ctx, actors, dates, s, t.getKey(), m));
        }
      }
    }
    return out;
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

  private LexiconEntry trigger(SentenceGraph g, int i) {
    String pos = g.pos(i);
    List<LexiconEntry> entries;
    boolean verb = pos.startsWith("VB");
    if (verb) {
      entries = lexicon.verb(g.lemma(i));
    } else if (pos.startsWith("NN")) {
      entries = lexicon.noun(g.lemma(i));
    } else {
      return null;
    }
    if (entries.isEmpty()) {
      return null;
    }
    if (!verb && figurative(g, i)) {
      return null;
    }
    Set<String> particles = new HashSet<>();
    for (int p : g.children(i, "compound:prt")) {
      particles.add(g.lemma(p));
    }
    Set<String> objects = new HashSet<>();
    for (String rel :
        verb
            ? List.of("obj", "nsubj:pass", "xcomp", "obl:in", "obl:agent", "obl:after")
            : List.of("nmod:of", "nmod:on", "nmod:in", "nmod:after", "compound", "amod")) {
      for (int o : g.children(i, rel)) {
        objects.add(g.lemma(o));
      }
    }
    LexiconEntry best = null;
    int bestScore = -1;
    for (LexiconEntry e : entries) {
      boolean needsParticle = !e.particle().equals("-");
      boolean needsObject = !e.object().equals("-");
      if (needsParticle && !particles.contains(e.particle())) {
        continue;
      }
      if (needsObject && !objects.contains(e.object())) {
        continue;
      }
      if (!needsParticle && !particles.isEmpty() && hasParticleEntry(entries)) {
        continue;
      }
      int score = (needsParticle ? 2 : 0) + (needsObject ? 1 : 0);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** Modifiers that make a word for force figurative ("diplomatic manoeuvres", "trade war"). */
  private static final Set<String> FIGURATIVE =
      Resources.tsv("/dyad/figurative-modifiers.tsv", 1).stream()
          .map(r -> r[0].toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** True when a noun's adjective or compound modifier makes it figurative. */
  private static boolean figurative(SentenceGraph g, int noun) {
    for (String rel : List.of("amod", "compound")) {
      for (int m : g.children(noun, rel)) {
        if (FIGURATIVE.contains(g.lemma(m).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasParticleEntry(List<LexiconEntry> entries) {
    return entries.stream().anyMatch(e -> !e.particle().equals("-"));
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
    boolean passive = verb && (g.child(i, "nsubj:pass") >= 0 || g.child(i, "aux:pass") >= 0);
    String code = entry.code();
    if (g.negated(i)) {
      code = negatedCode(code);
      if (code == null) {
        return null;
      }
    }
    String root = code.substring(0, 2);

    ActorMention source;
    ActorMention target;
    if (verb && happening) {
      source = null;
      target = first(ctx, actors, s, g.children(i, "nsubj"));
      if (target == null && SentenceGraph.is(g.relationToParent(i), "acl") && g.head(i) >= 0) {
        target = first(ctx, actors, s, List.of(g.head(i)));
      }
    } else if (verb && headlinePassive(ctx, actors, s, i, root) != null) {
      ActorMention[] roles = headlinePassive(ctx, actors, s, i, root);
      source = roles[0];
      target = roles[1];
    } else if (verb) {
      source =
          passive ? first(ctx, actors, s, g.children(i, "obl:agent")) : subject(ctx, actors, s, i);
      if (passive && source == null) {
        source = first(ctx, actors, s, g.children(i, "obl:by"));
      }
      target =
          passive
              ? first(ctx, actors, s, g.children(i, "nsubj:pass"))
              : first(ctx, actors, s, g.children(i, "obj"));
      if (target == null) {
        target = first(ctx, actors, s, g.children(i, "iobj"));
      }
      if (target == null) {
        target = prepositional(ctx, actors, s, i, "obl", root);
      }
      for (int c : g.children(i, "ccomp")) {
        if (target == null) {
          target = first(ctx, actors, s, g.children(c, "nsubj"));
        }
      }
      for (int c : g.children(i, "xcomp")) {
        if (target == null && !passive) {
          target = first(ctx, actors, s, g.children(c, "obj"));
        }
      }
    } else {
      source = null;
      target = null;
      List<Integer> possessors = g.children(i, "nmod:poss");
      if (undergoerPossessor(g, i, root, possessors)) {
        target = first(ctx, actors, s, possessors);
      } else {
        source = first(ctx, actors, s, possessors);
      }
      if (source == null) {
        source = first(ctx, actors, s, g.children(i, "nmod:agent"));
      }
      if (source == null) {
        source = first(ctx, actors, s, g.children(i, "nmod:by"));
      }
      if (source == null) {
        source = nationalityModifier(ctx, actors, s, i);
      }
      if (target == null) {
        target = first(ctx, actors, s, g.children(i, "nmod:of"));
      }
      for (int adv : g.children(i, "advmod")) {
        if (target == null) {
          target = first(ctx, actors, s, g.children(adv, "obl:of"));
        }
      }
      if (target == null) {
        target = prepositional(ctx, actors, s, i, "nmod", root);
      }
      if (source == null) {
        source = governingSubject(ctx, actors, s, i);
      }
      if (incident) {
        source = null;
      }
    }
    int[] antecedent = null;
    if (target == null || target.actor().country() == null) {
      antecedent = antecedent(ctx, actors, s, patient(g, i, verb, passive, happening));
      if (antecedent != null) {
        ActorMention a = actors.resolve(antecedent[0], antecedent[1]);
        int p = patient(g, i, verb, passive, happening);
        target = new ActorMention(a.actor(), g.token(p).span());
      }
    }
    boolean custodial = entry.frame().equals("patient") || CUSTODY.contains(entry.object());
    if (custodial && root.equals("18") && source == null) {
      EventMention holding = holding(ctx, s, earlier, target);
      if (holding != null) {
        source = holding.source();
        if (target == null || target.actor().country() == null) {
          int p = patient(g, i, verb, passive, happening);
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
      TimeExpression when = dateFor(g, ctx, s, i, triggers, dates);
      if (when == null) {
        when = onlyDate(ctx, g.sentence().span(), dates);
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
          location(ctx, s, i),
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
      ActorMention place = placeAuthority(ctx, actors, s, i);
      if (place != null) {
        source = place;
      }
    }
    if (AUTHORITY_ROOTS.contains(root)
        && (passive || !verb)
        && (target == null || target.actor().country() == null)) {
      EventMention before = recentCoercion(ctx, s, earlier);
      int p = patient(g, i, verb, passive, happening);
      boolean sameSide =
          before != null
              && (source == null
                  || Objects.equals(source.actor().country(), before.source().actor().country()));
      if (sameSide && p >= 0 && g.pos(p).matches("NNS?")) {
        target =
            new ActorMention(
                new Actor(nounWithCompounds(g, p), before.target().actor().country(), null),
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
        && pair.contains(srcCountry)
        && pair.size() == 2
        && Integer.parseInt(root) <= 17) {
      String other = pair.get(0).equals(srcCountry) ? pair.get(1) : pair.get(0);
      target = new ActorMention(new Actor(actors.countryName(other), other, null), triggerSpan);
      tgtCountry = other;
    } else if (srcCountry != null
        && tgtCountry == null
        && pair.contains(srcCountry)
        && pair.size() == 2
        && Integer.parseInt(root) >= 18
        && (source.actor().role() != null
            || source.actor().name().equals(actors.countryName(srcCountry)))
        && patient(g, i, verb, passive, happening) >= 0
        && g.pos(patient(g, i, verb, passive, happening)).matches("NNS?")) {
      int p = patient(g, i, verb, passive, happening);
      String other = pair.get(0).equals(srcCountry) ? pair.get(1) : pair.get(0);
      target = new ActorMention(new Actor(nounWithCompounds(g, p), other, null), g.token(p).span());
      tgtCountry = other;
    } else if (srcCountry == null
        && tgtCountry != null
        && agentless
        && pair.contains(tgtCountry)
        && pair.size() == 2
        && Integer.parseInt(root) >= 10) {
      String other = pair.get(0).equals(tgtCountry) ? pair.get(1) : pair.get(0);
      source = new ActorMention(new Actor(actors.countryName(other), other, "GOV"), triggerSpan);
      srcCountry = other;
    }
    if (srcCountry == null || tgtCountry == null || srcCountry.equals(tgtCountry)) {
      return null;
    }
    TimeExpression when = dateFor(g, ctx, s, i, triggers, dates);
    if (when == null) {
      when = onlyDate(ctx, g.sentence().span(), dates);
    }
    if (when != null && embeddedElsewhere(ctx, s, when, i)) {
      when = null;
    }
    if (when == null && antecedent != null) {
      when = onlyDate(ctx, ctx.graph(antecedent[0]).sentence().span(), dates);
    }
    if (when == null && !TIME_SHIFT.matcher(ctx.textOf(g.sentence().span())).find()) {
      when = paragraphDate(ctx, s, dates);
    }
    boolean reference = !verb && referencePoint(g, i);
    if (reference) {
      when = null;
    }
    PartialDate date = when == null ? null : dates.get(when);
    if (date == null && !reference) {
      date = newsDate(ctx, s, i, dates);
    }
    Modality modality = this.modality.detect(g, i);
    if (g.negated(i) && !code.equals(entry.code())) {
      modality = Modality.ASSERTED;
    } else if (modality == Modality.DENIED && (verb || !SPOKEN_ROOTS.contains(root))
        || modality == Modality.HYPOTHETICAL
        || this.modality.demanded(g, i)) {
      return null;
    } else if (modality == Modality.PLANNED) {
      code = intents.intent(code);
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
        location(ctx, s, i),
        g.sentence().span(),
        triggerSpan,
        PROVENANCE);
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
    return statements.code(ctx, actors, quotes, resolveDates(ctx), events);
  }

  /**
   * "Troops left Lithuania in August 1993, Estonia a year later and Germany in September 1994": one
   * event per coordinated object, each with the date attached to it.
   */
  private List<EventMention> coordinatedTargets(
      ArticleContext ctx,
      ActorResolver actors,
      Map<TimeExpression, PartialDate> dates,
      int s,
      int trigger,
      EventMention first) {
    SentenceGraph g = ctx.graph(s);
    List<EventMention> out = new ArrayList<>();
    List<Integer> objects = g.children(trigger, "obj");
    if (objects.isEmpty()) {
      return out;
    }
    java.util.LinkedHashSet<Integer> candidates =
        new java.util.LinkedHashSet<>(objects.subList(1, objects.size()));
    for (int o : objects) {
      candidates.addAll(g.children(o, "conj"));
      candidates.addAll(g.children(o, "appos"));
    }
    for (int o : List.copyOf(candidates)) {
      candidates.addAll(g.children(o, "appos"));
    }
    for (int d : g.children(trigger, "dep")) {
      for (int n : g.children(d, "dep")) {
        if (g.pos(n).startsWith("NN")) {
          candidates.add(n);
        }
      }
    }
    candidates.remove(objects.get(0));
    for (int c : candidates) {
      ActorMention target = actors.resolve(s, c);
      if (target == null
          || target.actor().country() == null
          || target.actor().country().equals(first.source().actor().country())) {
        continue;
      }
      TimeExpression when = segmentDate(ctx, g, s, c, dates);
      out.add(
          new EventMention(
              first.articleId(),
              first.cameo(),
              first.source(),
              target,
              when == null ? null : dates.get(when),
              when == null ? null : when.span(),
              when == null ? null : when.text(),
              first.modality(),
              null,
              first.span(),
              first.trigger(),
              PROVENANCE));
    }
    return out;
  }

  /**
   * In a gapped list ("Estonia a year later, Germany in September 1994"), the date that follows a
   * coordinated object before the next comma.
   */
  private static TimeExpression segmentDate(
      ArticleContext ctx,
      SentenceGraph g,
      int s,
      int token,
      Map<TimeExpression, PartialDate> dates) {
    int from = g.token(token).span().start();
    int to = g.sentence().span().end();
    for (int t = token + 1; t < g.size(); t++) {
      if (g.word(t).equals(",") || g.word(t).equals(";")) {
        to = g.token(t).span().start();
        break;
      }
    }
    for (TimeExpression x : ctx.annotated().timexes()) {
      if (x.span().start() > from && x.span().end() <= to && dates.containsKey(x)) {
        return x;
      }
    }
    return null;
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

  private ActorMention first(ArticleContext ctx, ActorResolver actors, int s, List<Integer> heads) {
    for (int h : heads) {
      ActorMention m = actors.resolve(s, h);
      if (m == null) {
        for (int c : ctx.graph(s).children(h, "conj")) {
          m = actors.resolve(s, c);
          if (m != null) {
            break;
          }
        }
      }
      if (m == null) {
        for (int c : ctx.graph(s).children(h, "appos")) {
          m = actors.resolve(s, c);
          if (m != null) {
            break;
          }
        }
      }
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** The subject of a verb, or of the verb that governs it (controlled and adverbial clauses). */
  private ActorMention subject(ArticleContext ctx, ActorResolver actors, int s, int verb) {
    SentenceGraph g = ctx.graph(s);
    int node = verb;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      ActorMention m = first(ctx, actors, s, g.children(node, "nsubj"));
      if (m != null) {
        return m;
      }
      if (!g.children(node, "nsubj").isEmpty()) {
        return null;
      }
      String rel = g.relationToParent(node);
      if (!(SentenceGraph.is(rel, "xcomp")
          || SentenceGraph.is(rel, "advcl")
          || SentenceGraph.is(rel, "conj")
          || SentenceGraph.is(rel, "acl")
          || rel.equals("dep"))) {
        return null;
      }
      int up = g.head(node);
      if (up >= 0 && SentenceGraph.is(rel, "acl") && g.pos(up).startsWith("NN") && up < verb) {
        if (!afterComma(g, node) || g.head(up) < 0 || !g.pos(g.head(up)).startsWith("VB")) {
          return first(ctx, actors, s, List.of(up));
        }
        up = g.head(up);
      }
      node = up;
    }
    return null;
  }

  /**
   * True when a participle follows a comma ("fired at the ships, damaging one"): an adverbial of
   * the clause before it, whose subject is its agent, rather than a modifier of the noun before.
   */
  private static boolean afterComma(SentenceGraph g, int participle) {
    return g.pos(participle).equals("VBG") && participle > 0 && g.word(participle - 1).equals(",");
  }

  /**
   * True when a personal possessive of a coercive act is the one it is done to ("his arrest",
   * "their expulsion"), not its agent: no of/on phrase names another patient.
   */
  private static boolean undergoerPossessor(
      SentenceGraph g, int noun, String root, List<Integer> possessors) {
    if (possessors.isEmpty() || !Set.of("16", "17", "18").contains(root)) {
      return false;
    }
    String word = g.word(possessors.get(0)).toLowerCase(java.util.Locale.ROOT);
    return Set.of("his", "her", "their").contains(word)
        && g.children(noun, "nmod:of").isEmpty()
        && g.children(noun, "nmod:on").isEmpty()
        && g.children(noun, "nmod:against").isEmpty();
  }

  private ActorMention governingSubject(ArticleContext ctx, ActorResolver actors, int s, int noun) {
    SentenceGraph g = ctx.graph(s);
    String rel = g.relationToParent(noun);
    int verb = g.head(noun);
    if (verb >= 0
        && (rel.equals("obl:for") || rel.equals("obl:of"))
        && BLAME_VERBS.contains(g.lemma(verb))) {
      return first(ctx, actors, s, g.children(verb, "obj"));
    }
    if (!SentenceGraph.is(rel, "obj") || verb < 0 || JUDGING_VERBS.contains(g.lemma(verb))) {
      return null;
    }
    return subject(ctx, actors, s, verb);
  }

  /** A common noun with its compound modifiers: "passenger plane". */
  private static String nounWithCompounds(SentenceGraph g, int noun) {
    StringBuilder out = new StringBuilder();
    for (int c : g.children(noun, "compound")) {
      if (c < noun) {
        out.append(g.word(c)).append(' ');
      }
    }
    return out.append(g.word(noun)).toString();
  }

  /** The token naming who or what the event happens to, or -1. */
  private static int patient(
      SentenceGraph g, int i, boolean verb, boolean passive, boolean happening) {
    List<Integer> c =
        !verb
            ? g.children(i, "nmod:of")
            : happening ? g.children(i, "nsubj") : g.children(i, passive ? "nsubj:pass" : "obj");
    if (c.isEmpty() && !verb) {
      for (int adv : g.children(i, "advmod")) {
        if (c.isEmpty()) {
          c = g.children(adv, "obl:of");
        }
      }
    }
    return c.isEmpty() ? -1 : c.get(0);
  }

  /**
   * For a definite noun ("the plane") that names no country, the closest earlier mention of the
   * same noun in the paragraph (at most three sentences back) that does: {sentence, token}, or
   * null.
   */
  private static int[] antecedent(ArticleContext ctx, ActorResolver actors, int s, int noun) {
    SentenceGraph g = ctx.graph(s);
    if (noun < 0 || !g.pos(noun).startsWith("NN") || g.pos(noun).startsWith("NNP")) {
      return null;
    }
    boolean definite = false;
    for (int d : g.children(noun, "det")) {
      definite |= Set.of("the", "this", "that").contains(g.lemma(d));
    }
    if (!definite) {
      return null;
    }
    int paragraph = ctx.paragraphOf(g.sentence().span().start());
    for (int k = s - 1; k >= 0 && k >= s - 3; k--) {
      SentenceGraph h = ctx.graph(k);
      if (ctx.paragraphOf(h.sentence().span().start()) != paragraph) {
        return null;
      }
      for (int t = h.size() - 1; t >= 0; t--) {
        if (h.lemma(t).equals(g.lemma(noun))) {
          ActorMention m = actors.resolve(k, t);
          if (m != null && m.actor().country() != null) {
            return new int[] {k, t};
          }
        }
      }
    }
    return null;
  }

  /**
   * A coercive event told at most two sentences earlier in the paragraph: "The office was raided.
   * Seven journalists were arrested." continues one story, on the same side.
   */
  private static EventMention recentCoercion(
      ArticleContext ctx, int s, List<EventMention> earlier) {
    if (earlier.isEmpty()) {
      return null;
    }
    EventMention last = earlier.get(earlier.size() - 1);
    int at = ctx.sentenceAt(last.span().start());
    int paragraph = ctx.paragraphOf(ctx.graph(s).sentence().span().start());
    boolean near = at >= s - 2 && ctx.paragraphOf(last.span().start()) == paragraph;
    return near && AUTHORITY_ROOTS.contains(last.root()) ? last : null;
  }

  /**
   * The latest coercive event of the paragraph (arrest, detention) whose target fits: whoever holds
   * people answers for what happens to them in custody.
   */
  private static EventMention holding(
      ArticleContext ctx, int s, List<EventMention> earlier, ActorMention target) {
    int paragraph = ctx.paragraphOf(ctx.graph(s).sentence().span().start());
    for (int k = earlier.size() - 1; k >= 0; k--) {
      EventMention m = earlier.get(k);
      if (ctx.paragraphOf(m.span().start()) != paragraph) {
        break;
      }
      boolean fits =
          target == null
              || target.actor().country() == null
              || target.actor().country().equals(m.target().actor().country());
      if (m.root().equals("17") && fits) {
        return m;
      }
    }
    return null;
  }

  private ActorMention prepositional(
      ArticleContext ctx, ActorResolver actors, int s, int head, String rel, String root) {
    SentenceGraph g = ctx.graph(s);
    for (var d : g.children(head)) {
      String r = d.relation();
      if (!SentenceGraph.is(r, rel) || !r.contains(":")) {
        continue;
      }
      String prep = r.substring(r.indexOf(':') + 1).toLowerCase(Locale.ROOT);
      boolean destination = root.equals("04") && (prep.equals("in") || prep.equals("at"));
      if (TARGET_PREPOSITIONS.contains(prep) || destination) {
        ActorMention m = first(ctx, actors, s, List.of(d.dependent()));
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private ActorMention nationalityModifier(
      ArticleContext ctx, ActorResolver actors, int s, int noun) {
    SentenceGraph g = ctx.graph(s);
    for (int a : g.children(noun, "amod")) {
      EntityMention e = ctx.entity(s, a);
      if (e != null && e.type() == EntityType.NATIONALITY && e.normalized() != null) {
        return new ActorMention(
            new Actor(actors.countryName(e.normalized()), e.normalized(), "GOV"), e.span());
      }
    }
    for (int a : g.children(noun, "compound")) {
      EntityMention e = ctx.entity(s, a);
      if (e != null && e.type() == EntityType.COUNTRY && e.normalized() != null) {
        return new ActorMention(
            new Actor(actors.countryName(e.normalized()), e.normalized(), "GOV"), e.span());
      }
    }
    return null;
  }

  /** For agentless coercion: the authorities of the country where it happened. */
  private ActorMention placeAuthority(ArticleContext ctx, ActorResolver actors, int s, int i) {
    SentenceGraph g = ctx.graph(s);
    for (String rel : List.of("obl:in", "nmod:in", "obl:at")) {
      for (int p : g.children(i, rel)) {
        ActorMention m = actors.resolve(s, p);
        if (m != null && m.actor().country() != null) {
          String iso = m.actor().country();
          return new ActorMention(
              new Actor("authorities in " + m.actor().name(), iso, "GOV"), m.span());
        }
      }
    }
    return null;
  }

  private String location(ArticleContext ctx, int s, int i) {
    SentenceGraph g = ctx.graph(s);
    for (String rel : List.of("obl:in", "nmod:in", "obl:near", "obl:at")) {
      for (int p : g.children(i, rel)) {
        EntityMention e = ctx.entity(s, p);
        if (e != null
            && (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)
            && !e.text().isBlank()) {
          return e.text();
        }
      }
    }
    return null;
  }

  /**
   * The time expression that dates a trigger: the closest in the parse without another event
   * between.
   */
  private TimeExpression dateFor(
      SentenceGraph g,
      ArticleContext ctx,
      int s,
      int trigger,
      Map<Integer, LexiconEntry> triggers,
      Map<TimeExpression, PartialDate> dates) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    Set<TimeExpression> seen = new HashSet<>();
    for (int t = 0; t < g.size(); t++) {
      TimeExpression x = ctx.timex(s, t);
      if (x == null || !dates.containsKey(x) || !seen.add(x)) {
        continue;
      }
      int head = timexHead(g, ctx, s, x);
      List<Integer> path = g.pathBetween(head, trigger);
      if (path == null) {
        continue;
      }
      boolean blocked = false;
      for (int p : path) {
        if (triggers.containsKey(p) && p != trigger) {
          blocked = true;
        }
      }
      int distance = path.size() + (blocked ? 100 : 0);
      if (distance < bestDistance) {
        best = x;
        bestDistance = distance;
      }
    }
    return bestDistance <= 6 ? best : null;
  }

  /**
   * The report's date for an act told as its news: any act of a headline, or a verb in the past,
   * present or present perfect (or a noun that is the subject or object of such a verb: "a string
   * of attacks has raised tensions") in a sentence with no time expression of its own and nothing
   * that moves it back; else null.
   */
  private static PartialDate newsDate(
      ArticleContext ctx, int s, int trigger, Map<TimeExpression, PartialDate> dates) {
    if (ReportTime.headline(ctx, s)) {
      return ReportTime.date(ctx, dates);
    }
    SentenceGraph g = ctx.graph(s);
    int clause = trigger;
    if (!g.pos(trigger).startsWith("VB")) {
      String rel = g.relationToParent(trigger);
      clause =
          SentenceGraph.is(rel, "nsubj") || SentenceGraph.is(rel, "obj") ? g.head(trigger) : -1;
    }
    if (clause < 0
        || !ReportTime.toldAsNews(g, clause)
        || ReportTime.shifted(ctx.textOf(g.sentence().span()))) {
      return null;
    }
    for (TimeExpression t : ctx.annotated().timexes()) {
      if (g.sentence().span().contains(t.span()) && !embeddedElsewhere(ctx, s, t, trigger)) {
        return null;
      }
    }
    return ReportTime.date(ctx, dates);
  }

  /**
   * A headline's passive without its auxiliary ("Armenian MP denied entry to Russia", "Journalists
   * detained in Baku"): a coercive verb in the past with no auxiliary, whose subject is a person or
   * group rather than a state, and a country it happened to, in or from. Returns {source, target}
   * for the passive reading (the authorities of that country act on the subject), or null.
   */
  private ActorMention[] headlinePassive(
      ArticleContext ctx, ActorResolver actors, int s, int i, String root) {
    SentenceGraph g = ctx.graph(s);
    if (!AUTHORITY_ROOTS.contains(root)
        || !(g.pos(i).equals("VBD") || g.pos(i).equals("VBN"))
        || !g.children(i, "aux").isEmpty()
        || !ReportTime.headline(ctx, s)) {
      return null;
    }
    ActorMention subject = first(ctx, actors, s, g.children(i, "nsubj"));
    if (subject == null
        || subject.actor().country() == null
        || "GOV".equals(subject.actor().role())
        || subject.actor().name().equals(actors.countryName(subject.actor().country()))) {
      return null;
    }
    List<Integer> heads = new java.util.ArrayList<>(List.of(i));
    heads.addAll(g.children(i, "obj"));
    for (String rel : List.of("to", "in", "from", "by")) {
      List<Integer> places = new java.util.ArrayList<>(g.children(i, "obl:" + rel));
      for (int h : heads) {
        places.addAll(g.children(h, "nmod:" + rel));
      }
      for (int p : places) {
        ActorMention place = actors.resolve(s, p);
        if (place != null
            && place.actor().country() != null
            && !place.actor().country().equals(subject.actor().country())) {
          Actor authority =
              new Actor(
                  rel.equals("obl:by")
                      ? place.actor().name()
                      : "authorities in " + place.actor().name(),
                  place.actor().country(),
                  rel.equals("obl:by") ? place.actor().role() : "GOV");
          return new ActorMention[] {new ActorMention(authority, place.span()), subject};
        }
      }
    }
    return null;
  }

  /** A nominal event used as a reference point ("after Russia's invasion") is background. */
  private static boolean referencePoint(SentenceGraph g, int noun) {
    for (int c : g.children(noun, "case")) {
      if (Set.of("after", "before", "since", "until", "following").contains(g.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a time expression of the trigger's sentence sits in a clause that does not hold the
   * trigger (a relative or adverbial clause about something else: "condemned the law, which was
   * approved in the December 3 referendum").
   */
  private static boolean embeddedElsewhere(
      ArticleContext ctx, int s, TimeExpression t, int trigger) {
    SentenceGraph g = ctx.graph(s);
    if (!g.sentence().span().contains(t.span())) {
      return false;
    }
    int head = timexHead(g, ctx, s, t);
    if (head < 0) {
      return false;
    }
    Set<Integer> above = new HashSet<>(g.ancestors(trigger));
    above.add(trigger);
    for (int node = head, hops = 0; node >= 0 && hops < 20; node = g.head(node), hops++) {
      if (above.contains(node)) {
        return false;
      }
      String rel = g.relationToParent(node);
      if (SentenceGraph.is(rel, "acl") || SentenceGraph.is(rel, "advcl")) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's date when it states exactly one month- or day-precise date. */
  private static TimeExpression onlyDate(
      ArticleContext ctx, Span sentence, Map<TimeExpression, PartialDate> dates) {
    TimeExpression only = null;
    for (TimeExpression t : ctx.annotated().timexes()) {
      PartialDate d = dates.get(t);
      if (sentence.contains(t.span()) && d != null && d.precision() != PartialDate.Precision.YEAR) {
        if (only != null) {
          PartialDate o = dates.get(only);
          if (o.year() != d.year() || !o.month().equals(d.month())) {
            return null;
          }
          continue;
        }
        only = t;
      }
    }
    return only;
  }

  /**
   * The date of the closest earlier sentence of the same paragraph (at most two back) that states
   * exactly one month- or day-precise date: news paragraphs keep to one time.
   */
  private static TimeExpression paragraphDate(
      ArticleContext ctx, int s, Map<TimeExpression, PartialDate> dates) {
    int paragraph = ctx.paragraphOf(ctx.graph(s).sentence().span().start());
    for (int k = s - 1; k >= 0 && k >= s - 2; k--) {
      Span span = ctx.graph(k).sentence().span();
      if (ctx.paragraphOf(span.start()) != paragraph) {
        return null;
      }
      TimeExpression only = null;
      int count = 0;
      for (TimeExpression t : ctx.annotated().timexes()) {
        PartialDate d = dates.get(t);
        if (span.contains(t.span()) && d != null && d.precision() != PartialDate.Precision.YEAR) {
          only = t;
          count++;
        }
      }
      if (count == 1) {
        return only;
      }
      if (count > 1) {
        return null;
      }
    }
    return null;
  }

  private static int timexHead(SentenceGraph g, ArticleContext ctx, int s, TimeExpression x) {
    int first = -1;
    for (int t = 0; t < g.size(); t++) {
      if (ctx.timex(s, t) == x) {
        if (first < 0) {
          first = t;
        }
        int h = g.head(t);
        if (h < 0 || ctx.timex(s, h) != x) {
          return t;
        }
      }
    }
    return first;
  }

  /** Dates of all time expressions in text order, year-less and relative ones resolved. */
  private static Map<TimeExpression, PartialDate> resolveDates(ArticleContext ctx) {
    Map<TimeExpression, PartialDate> out = new HashMap<>();
    PartialDate published = ctx.annotated().article().published();
    PartialDate anchor = null;
    String text = ctx.text();
    for (TimeExpression t : ctx.annotated().timexes()) {
      String following =
          text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 20));
      if (VAGUE.matcher(t.text()).find()) {
        continue;
      }
      PartialDate d = EventDater.resolve(t, following, anchor, published);
      if (d == null) {
        continue;
      }
      boolean statesYear = t.text().matches("(?s).*\\d{4}.*");
      if (!statesYear
          && anchor != null
          && d.month() != null
          && MONTH_NAME.matcher(t.text()).find()
          && !RELATIVE.matcher(t.text()).find()) {
        PartialDate closest = EventDater.closestYear(d.month(), d.day(), anchor);
        d = closest != null ? closest : d;
      }
      if (published != null
          && !statesYear
          && d.firstDay().isAfter(published.lastDay())
          && d.precision() != PartialDate.Precision.YEAR
          && MONTH_NAME.matcher(t.text()).find()
          && !RELATIVE.matcher(t.text()).find()) {
        d = EventDater.withYear(d, d.year() - 1);
        if (d == null) {
          continue;
        }
      }
      out.put(t, d);
      if (d.precision() != PartialDate.Precision.YEAR) {
        anchor = d;
      }
    }
    return out;
  }
}
