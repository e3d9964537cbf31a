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

  public EventExtractor(EventLexicon lexicon, Gazetteer gazetteer, Places places) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.places = places;
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
    if (when == null && antecedent != null) {
      when = onlyDate(ctx, ctx.graph(antecedent[0]).sentence().span(), dates);
    }
    if (when == null && !TIME_SHIFT.matcher(ctx.textOf(g.sentence().span())).find()) {
      when = paragraphDate(ctx, s, dates);
    }
    if (!verb && referencePoint(g, i)) {
      when = null;
    }
    PartialDate date = when == null ? null : dates.get(when);
    Modality modality = this.modality.detect(g, i);
    if (g.negated(i) && !code.equals(entry.code())) {
      modality = Modality.ASSERTED;
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
   * Public statements by officials, from the quotes and attributed statements of an article: the
   * speaker's country addresses the other country of the article's pair, or the country the
   * statement names most; only dated statements count as events.
   */
  public List<EventMention> statements(
      ArticleContext ctx, ActorResolver actors, List<org.dyad.model.Quote> quotes) {
    List<String> pair = ctx.mainPair();
    Map<TimeExpression, PartialDate> dates = resolveDates(ctx);
    List<EventMention> out = new ArrayList<>();
    for (org.dyad.model.Quote q : quotes) {
      org.dyad.model.Actor sp = q.speaker();
      if (sp == null
          || sp.country() == null
          || q.speakerSpan() == null
          || sp.role() == null
          || !Set.of("GOV", "LEG", "MIL", "JUD").contains(sp.role())) {
        continue;
      }
      String target = mostNamedCountry(ctx, q.span(), sp.country());
      if (target == null && pair.size() == 2 && pair.contains(sp.country())) {
        target = pair.get(0).equals(sp.country()) ? pair.get(1) : pair.get(0);
      }
      if (target == null) {
        continue;
      }
      int s = ctx.sentenceAt(q.speakerSpan().start());
      SentenceGraph g = ctx.graph(s);
      TimeExpression when = null;
      for (TimeExpression t : ctx.annotated().timexes()) {
        PartialDate d = dates.get(t);
        if (g.sentence().span().contains(t.span())
            && d != null
            && !q.span().contains(t.span())
            && d.precision() != PartialDate.Precision.YEAR) {
          when = t;
          break;
        }
      }
      if (when == null && !TIME_SHIFT.matcher(ctx.textOf(g.sentence().span())).find()) {
        when = paragraphDate(ctx, s, dates);
      }
      if (when == null) {
        continue;
      }
      Span sentence = g.sentence().span();
      Span cover =
          new Span(
              Math.min(sentence.start(), q.span().start()),
              Math.max(sentence.end(), q.span().end()));
      out.add(
          new EventMention(
              ctx.articleId(),
              "010",
              new ActorMention(sp, q.speakerSpan()),
              new ActorMention(new Actor(actors.countryName(target), target, null), q.span()),
              dates.get(when),
              when.span(),
              when.text(),
              Modality.ASSERTED,
              null,
              cover,
              q.speakerSpan(),
              PROVENANCE));
    }
    return out;
  }

  private static String mostNamedCountry(ArticleContext ctx, Span span, String except) {
    Map<String, Integer> counts = new HashMap<>();
    for (EntityMention e : ctx.annotated().entities()) {
      if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && e.normalized() != null
          && !e.normalized().equals(except)
          && span.contains(e.span())) {
        counts.merge(e.normalized(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
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

  /** A nominal event used as a reference point ("after Russia's invasion") is background. */
  private static boolean referencePoint(SentenceGraph g, int noun) {
    for (int c : g.children(noun, "case")) {
      if (Set.of("after", "before", "since", "until", "following").contains(g.lemma(c))) {
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
