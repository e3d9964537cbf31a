package org.dyad.extract.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * Resolves noun phrases of one article to actors: countries and their metonyms, people with the
 * country and role the article gives them, and groups named by a role noun with a nationality or
 * place ("Azerbaijani police", "police in Yekaterinburg").
 */
public final class ActorResolver {

  private static final Set<String> MALE_FEMALE =
      Set.of("he", "she", "him", "his", "her", "hers", "himself", "herself");
  private static final Set<String> GROUP = Set.of("it", "its");

  private final ArticleContext ctx;
  private final Gazetteer gazetteer;
  private final Places places;
  private final Map<String, PersonProfile> people = new LinkedHashMap<>();
  private final Map<String, Integer> mentions = new java.util.HashMap<>();

  /**
   * The people by their place in {@link #people}'s order (null once removed), their folded name
   * words, and indexes of them by the last word of the name and by their key, so that {@link
   * #person} reads only the profiles whose surname is at most one edit from the name's.
   */
  private final List<PersonProfile> peopleInOrder = new ArrayList<>();

  private final List<String[]> foldedNames = new ArrayList<>();
  private final Map<String, Integer> placeOf = new java.util.HashMap<>();
  private final SurnameIndex byNameSurname = new SurnameIndex();
  private final SurnameIndex byKey = new SurnameIndex();
  private PeopleDirectory directory = PeopleDirectory.EMPTY;
  private final Map<Integer, ActorMention> subjectBySentence = new java.util.HashMap<>();
  private final ArticleAliases aliases;
  private boolean resolvingAlias;

  private final ActorCoder coder;
  private final ActorCoder.Matches[] matches;
  private final java.time.LocalDate articleDate;
  private final Map<Span, Coded> coded = new java.util.HashMap<>();

  /** What the dictionaries gave an actor mention, to code it again at another date. */
  private record Coded(
      org.dyad.dictionary.ActorEntry entry, org.dyad.dictionary.AgentEntry agent, Actor actor) {}

  /** A resolver with the shipped dictionaries. */
  public ActorResolver(ArticleContext ctx, Gazetteer gazetteer, Places places) {
    this(
        ctx,
        gazetteer,
        places,
        gazetteer == Gazetteer.load()
            ? ActorCoder.standard()
            : new ActorCoder(org.dyad.dictionary.Dictionaries.standard(), gazetteer));
  }

  /**
   * A resolver whose actor and agent dictionaries code actors as of the article's publication date
   * (see {@link #dated} for events of other dates).
   */
  public ActorResolver(ArticleContext ctx, Gazetteer gazetteer, Places places, ActorCoder coder) {
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.places = places;
    this.coder = coder;
    this.matches = new ActorCoder.Matches[ctx.sentenceCount()];
    var published = ctx.annotated().article().published();
    this.articleDate = published == null ? null : published.firstDay();
    this.aliases = new ArticleAliases(ctx.text());
    learnPeople();
  }

  /**
   * Lets this article's people borrow the country and role other articles of the corpus give them
   * (an analysis piece may name "Ilham Aliyev" without saying he is Azerbaijan's president).
   */
  public void useDirectory(PeopleDirectory corpusPeople) {
    this.directory = corpusPeople;
    subjectBySentence.clear();
  }

  private PersonProfile complete(PersonProfile p) {
    return directory.complete(p);
  }

  /** The country of a person named in this article (or elsewhere in the corpus), or null. */
  public String personCountry(String name) {
    PersonProfile p = complete(person(name).orElse(null));
    if (p != null && p.country() != null) {
      return p.country();
    }
    return coder.codes().country(coder.codeOfName(name, articleDate));
  }

  /** The people this article introduces, with what it says about them. */
  public Collection<PersonProfile> people() {
    return people.values();
  }

  /**
   * The profile for a person name as written in this article: a full name matches its spelling
   * variants; a bare surname matches the most mentioned person with that surname.
   */
  public Optional<PersonProfile> person(String name) {
    String folded = Names.fold(name);
    boolean full = folded.contains(" ");
    String[] words = full ? folded.split(" ") : new String[] {folded};
    int[] candidates = (full ? byNameSurname : byKey).candidates(words);
    java.util.Arrays.sort(candidates);
    PersonProfile best = null;
    int bestCount = -1;
    int previous = -1;
    for (int place : candidates) {
      PersonProfile p = peopleInOrder.get(place);
      if (place == previous || p == null) {
        continue;
      }
      previous = place;
      boolean match =
          full ? Names.samePerson(foldedNames.get(place), words) : Names.sameWord(p.key(), folded);
      int count = mentions.getOrDefault(p.name(), 0);
      if (match && count > bestCount) {
        best = p;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Puts a profile into {@link #people} and its indexes, in place when its name is there. */
  private void putPerson(PersonProfile p) {
    people.put(p.name(), p);
    Integer place = placeOf.get(p.name());
    if (place == null) {
      place = peopleInOrder.size();
      placeOf.put(p.name(), place);
      peopleInOrder.add(p);
      foldedNames.add(Names.foldedWords(p.name()));
      byNameSurname.add(foldedNames.get(place), place);
    } else {
      peopleInOrder.set(place, p);
    }
    byKey.add(new String[] {p.key()}, place);
  }

  private void removePerson(String name) {
    people.remove(name);
    Integer place = placeOf.remove(name);
    if (place != null) {
      peopleInOrder.set(place, null);
    }
  }

  /** The CAMEO role a noun names, or null. */
  public String roleOf(String lemma) {
    return gazetteer.roleOf(lemma).orElse(null);
  }

  /** True for a noun that names a role ("politician" is not listed, "deputy" is). */
  public boolean isRoleNoun(String lemma) {
    return gazetteer.roleOf(lemma).isPresent()
        || lemma.equals("politician")
        || lemma.equals("leader");
  }

  /** The person most recently named before {@code offset}, as an actor, or null. */
  public ActorMention lastPersonBefore(int offset) {
    EntityMention last = lastBefore(offset, EntityType.PERSON);
    if (last == null) {
      return null;
    }
    PersonProfile p = complete(person(last.text()).orElse(null));
    String name = p != null ? p.name() : clean(last.text());
    return new ActorMention(
        new Actor(name, p == null ? null : p.country(), p == null ? null : p.role()), last.span());
  }

  /** The country's canonical name, e.g. "Russia" for RUS. */
  public String countryName(String iso3) {
    Set<String> names = gazetteer.names(iso3);
    return names.isEmpty() ? iso3 : names.iterator().next();
  }

  /**
   * The actor a noun phrase headed by token {@code head} of sentence {@code s} denotes, or null.
   */
  public ActorMention resolve(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    String word = g.word(head).toLowerCase(Locale.ROOT);
    if (g.pos(head).startsWith("PRP")) {
      return pronoun(s, head, word);
    }
    ActorMention alias = alias(s, head);
    if (alias != null) {
      return alias;
    }
    EntityMention e = ctx.entity(s, head);
    ActorMention found = null;
    if (e != null && e.type() != EntityType.TITLE) {
      found = fromEntity(s, head, e);
    }
    if (found == null) {
      ActorMention anaphor = demonstrative(s, head);
      if (anaphor != null) {
        return anaphor;
      }
      found = fromPhrase(s, head);
    }
    return coded(s, head, found);
  }

  private ActorCoder.Matches matches(int s) {
    if (matches[s] == null) {
      matches[s] = coder.match(ctx, s);
    }
    return matches[s];
  }

  /**
   * The actor with what the actor and agent dictionaries say of its phrase: they fill in a country
   * or role the text does not give, and give the CAMEO code; where Dyad's gazetteer already names
   * another country, the longer of the two phrases wins ("the Kremlin" stays Russia's government).
   * In PETRARCH's reading roles come from the dictionaries only.
   */
  private ActorMention coded(int s, int head, ActorMention found) {
    if (coder.dictionaryFirst() && found != null) {
      Actor fa = found.actor();
      found = new ActorMention(new Actor(fa.name(), fa.country(), null), found.span());
    }
    ActorCoder.Matches ms = matches(s);
    if (ms.actors().isEmpty() && ms.agents().isEmpty()) {
      return found;
    }
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> phrase = g.phrase(head);
    ActorCoder.ActorMatch am = ms.actorFor(head, phrase);
    ActorCoder.AgentMatch ag = ms.agentFor(head, phrase);
    if (am != null && am.entry().codeOn(articleDate) == null) {
      am = null;
    }
    if (ag != null && !ag.contains(head) && !modifies(g, ag.first(), ag.end(), head)) {
      ag = null;
    }
    boolean headIsActor =
        ag != null && ag.contains(head) || isRoleNoun(g.lemma(head)) || ctx.entity(s, head) != null;
    if (am != null
        && !am.contains(head)
        && !headIsActor
        && !modifies(g, am.first(), am.end(), head)) {
      if (coder.dictionaryFirst()) {
        int inner = innerHead(g, am.end() - 1, head);
        if (inner >= 0) {
          return resolve(s, inner);
        }
      }
      am = null;
    }
    if (am == null && ag == null) {
      return found;
    }
    var entry = am == null ? null : am.entry();
    var agent = ag == null ? null : ag.agent();
    ActorCodes codes = coder.codes();
    if (found == null) {
      String code = ActorCoder.compose(entry, agent, articleDate);
      String country = codes.country(code);
      String role = codes.role(code);
      if (country == null && role == null && entry == null) {
        return null;
      }
      Actor a = new Actor(phraseName(s, head), country, role, code);
      Span span = g.span(phrase);
      if (entry != null) {
        coded.put(span, new Coded(entry, agent, a));
      }
      return new ActorMention(a, span);
    }
    Actor fa = found.actor();
    if (entry == null) {
      String code =
          fa.country() == null
              ? (fa.role() != null && !coder.dictionaryFirst() ? fa.role() : agent.code())
              : withAgent(Actor.codeOf(fa.country(), null), agent);
      String role =
          fa.role() != null && !coder.dictionaryFirst()
              ? fa.role()
              : codes.role(code) != null ? codes.role(code) : fa.role();
      return new ActorMention(new Actor(fa.name(), fa.country(), role, code), found.span());
    }
    String code = ActorCoder.compose(entry, agent, articleDate);
    String dictCountry = codes.country(code);
    boolean dictionary =
        (dictCountry != null || coder.dictionaryFirst())
            && (fa.country() == null
                || fa.country().equals(dictCountry)
                || am.end() - am.first() > evidenceLength(s, head)
                || coder.dictionaryFirst() && am.end() - am.first() >= evidenceLength(s, head));
    if (!dictionary) {
      return found;
    }
    String role = fa.role() != null ? fa.role() : codes.role(code);
    Actor a = new Actor(fa.name(), dictCountry, role, withRole(code, role));
    coded.put(found.span(), new Coded(entry, agent, a));
    return new ActorMention(a, found.span());
  }

  /**
   * The actor of a mention and those coordinated with it ("Mordor, Rohan and Bree welcomed";
   * "lawmakers in Fornost and Gondor"), each with a code: the mention first, then every conjunct of
   * its head, then every conjunct of the name inside it, coded with the mention's agent.
   */
  public List<ActorMention> coordinated(ActorMention m) {
    List<ActorMention> out = new ArrayList<>();
    out.add(m);
    if (m == null || ctx.sentenceCount() == 0) {
      return out;
    }
    int s = ctx.sentenceAt(m.span().start());
    SentenceGraph g = ctx.graph(s);
    int head = headWithin(g, m.span());
    if (head < 0) {
      return out;
    }
    for (int c : conjuncts(g, head)) {
      ActorMention r = resolve(s, c);
      if (r != null && r.actor().code() != null) {
        out.add(r);
      }
    }
    Coded cd = coded.get(m.span());
    if (cd != null) {
      for (ActorCoder.ActorMatch am : matches(s).actors()) {
        if (am.entry() != cd.entry() || am.contains(head)) {
          continue;
        }
        for (int c : conjuncts(g, am.end() - 1)) {
          for (ActorCoder.ActorMatch other : matches(s).actors()) {
            if (!other.contains(c)) {
              continue;
            }
            String code = ActorCoder.compose(other.entry(), cd.agent(), articleDate);
            if (code != null) {
              Span span =
                  new Span(
                      g.token(other.first()).span().start(), g.token(other.end() - 1).span().end());
              out.add(
                  new ActorMention(
                      new Actor(
                          clean(ctx.textOf(span)),
                          coder.codes().country(code),
                          coder.codes().role(code),
                          code),
                      span));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The head of the phrase inside {@code outer}'s phrase that holds {@code token} ("soldiers" in
   * "an attack by Osgiliath soldiers"), or -1 when {@code token} is not below {@code outer}.
   */
  private static int innerHead(SentenceGraph g, int token, int outer) {
    int t = token;
    for (int hops = 0; hops < 8 && t >= 0; hops++) {
      int up = g.head(t);
      if (up == outer) {
        return t;
      }
      t = up;
    }
    return -1;
  }

  /** The token of a span whose head lies outside it, or -1. */
  private static int headWithin(SentenceGraph g, Span span) {
    int found = -1;
    for (int t = 0; t < g.size(); t++) {
      if (!span.contains(g.token(t).span())) {
        continue;
      }
      int h = g.head(t);
      if (h < 0 || !span.contains(g.token(h).span())) {
        found = t;
      }
    }
    return found;
  }

  /** The other members of a coordination a token belongs to. */
  private static List<Integer> conjuncts(SentenceGraph g, int t) {
    List<Integer> out = new ArrayList<>(g.children(t, "conj"));
    for (var d : g.parents(t)) {
      if (!SentenceGraph.is(d.relation(), "conj") || d.governor() < 0) {
        continue;
      }
      int first = d.governor();
      if (!out.contains(first)) {
        out.add(first);
      }
      for (int c : g.children(first, "conj")) {
        if (c != t && !out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** True when a token of {@code [first, end)} directly modifies {@code head} as a name part. */
  private static boolean modifies(SentenceGraph g, int first, int end, int head) {
    for (int t = first; t < end; t++) {
      String rel = g.relationToParent(t);
      if (g.head(t) == head
          && (SentenceGraph.is(rel, "compound")
              || SentenceGraph.is(rel, "amod")
              || SentenceGraph.is(rel, "flat")
              || rel.equals("nmod:poss"))) {
        return true;
      }
    }
    return false;
  }

  private static String withAgent(String code, org.dyad.dictionary.AgentEntry agent) {
    if (code == null || ActorCoder.holds(code, agent.code())) {
      return code;
    }
    return agent.before() ? agent.code() + code : code + agent.code();
  }

  /** The number of tokens of the named entity that gave a phrase its country (1 if none). */
  private int evidenceLength(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    int best = 1;
    for (int t : g.phrase(head)) {
      EntityMention e = ctx.entity(s, t);
      if (e != null
          && (e.type() == EntityType.COUNTRY
              || e.type() == EntityType.NATIONALITY
              || e.type() == EntityType.ORGANIZATION && e.normalized() != null)) {
        int n = 0;
        for (int k = 0; k < g.size(); k++) {
          if (e.span().contains(g.token(k).span())) {
            n++;
          }
        }
        best = Math.max(best, n);
      }
    }
    return best;
  }

  /**
   * The mention coded again as of {@code date}, when the dictionaries gave it a code that depends
   * on the date (an office holder's); else the mention itself.
   */
  public ActorMention dated(ActorMention m, org.dyad.model.PartialDate date) {
    if (m == null || date == null) {
      return m;
    }
    Coded c = coded.get(m.span());
    if (c == null || !c.entry().dated() || !c.actor().equals(m.actor())) {
      return m;
    }
    String code = ActorCoder.compose(c.entry(), c.agent(), date.firstDay());
    if (code == null || code.equals(m.actor().code())) {
      return m;
    }
    ActorCodes codes = coder.codes();
    String country = codes.country(code) != null ? codes.country(code) : m.actor().country();
    String role = codes.role(code) != null ? codes.role(code) : m.actor().role();
    return new ActorMention(
        new Actor(m.actor().name(), country, role, withRole(code, role)), m.span());
  }

  /** A dictionary code that names no role, with the role the text gives ("GEO" + MIL). */
  private String withRole(String code, String role) {
    ActorCodes codes = coder.codes();
    if (coder.dictionaryFirst()
        || code == null
        || role == null
        || codes.role(code) != null
        || codes.isType(code.substring(0, 3))) {
      return code;
    }
    return code + role;
  }

  /** The mention with its source and target coded as of its own date. */
  public org.dyad.model.EventMention dated(org.dyad.model.EventMention m) {
    ActorMention source = dated(m.source(), m.date());
    ActorMention target = dated(m.target(), m.date());
    if (source == m.source() && target == m.target()) {
      return m;
    }
    return new org.dyad.model.EventMention(
        m.articleId(),
        m.cameo(),
        source,
        target,
        m.date(),
        m.dateSpan(),
        m.dateText(),
        m.modality(),
        m.location(),
        m.span(),
        m.trigger(),
        m.provenance());
  }

  /**
   * An acronym the article defined ("the PCG" after "Philippine Coast Guard (PCG)") stands for the
   * actor it was defined for; a ship named with its navy's prefix acts for that country's forces.
   */
  private ActorMention alias(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    Span at = g.token(head).span();
    Span defined = aliases.definition(g.word(head), at.start());
    if (defined != null && !resolvingAlias) {
      int k = ctx.sentenceAt(defined.start());
      SentenceGraph d = k < 0 ? null : ctx.graph(k);
      int fullHead = -1;
      for (int t = 0; d != null && t < d.size(); t++) {
        int up = d.head(t);
        if (defined.contains(d.token(t).span())
            && (up < 0 || !defined.contains(d.token(up).span()))) {
          fullHead = t;
          break;
        }
      }
      if (fullHead >= 0) {
        resolvingAlias = true;
        try {
          ActorMention full = resolve(k, fullHead);
          if (full != null) {
            return new ActorMention(full.actor(), at);
          }
        } finally {
          resolvingAlias = false;
        }
      }
    }
    List<String> words = new ArrayList<>();
    TreeSet<Integer> phrase =
        g.subtree(head, r -> SentenceGraph.is(r, "compound") || SentenceGraph.is(r, "flat"));
    for (int t : phrase) {
      words.add(g.word(t));
    }
    String ship = ArticleAliases.shipCountry(words);
    if (ship != null) {
      return new ActorMention(new Actor(String.join(" ", words), ship, "MIL"), g.span(phrase));
    }
    return null;
  }

  private ActorMention fromEntity(int s, int head, EntityMention e) {
    switch (e.type()) {
      case PERSON -> {
        PersonProfile p = complete(person(e.text()).orElse(null));
        String name = p != null ? p.name() : clean(e.text());
        name = withRegnalNumber(name, e.span().end());
        return new ActorMention(
            new Actor(name, p == null ? null : p.country(), p == null ? null : p.role()), e.span());
      }
      case COUNTRY -> {
        String iso = e.normalized();
        if (iso == null) {
          return null;
        }
        boolean plainName =
            gazetteer.names(iso).stream().anyMatch(n -> n.equalsIgnoreCase(e.text()));
        String role = plainName ? null : "GOV";
        String qualifier = roleFromPhrase(s, head);
        return new ActorMention(
            new Actor(
                plainName ? countryName(iso) : clean(e.text()),
                iso,
                qualifier != null ? qualifier : role),
            e.span());
      }
      case NATIONALITY -> {
        if (e.normalized() == null) {
          return null;
        }
        String role = roleFromPhrase(s, head);
        return new ActorMention(
            new Actor(phraseName(s, head), e.normalized(), role != null ? role : "CVL"),
            ctx.graph(s).span(ctx.graph(s).phrase(head)));
      }
      case ORGANIZATION -> {
        String country = countryWithin(e.span());
        if (country == null) {
          country = countryFromPhrase(s, head);
        }
        String role = roleWithin(e.span());
        return new ActorMention(new Actor(clean(e.text()), country, role), e.span());
      }
      case LOCATION -> {
        Optional<String> iso = places.countryOf(e.text());
        return iso.map(c -> new ActorMention(new Actor(clean(e.text()), c, null), e.span()))
            .orElse(null);
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * "This politician", "the deputy": a role noun with a demonstrative stands for the last person
   * named.
   */
  private ActorMention demonstrative(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    int det = g.child(head, "det");
    if (det < 0 || !Set.of("this", "that").contains(g.lemma(det)) || !g.pos(head).equals("NN")) {
      return null;
    }
    if (gazetteer.roleOf(g.lemma(head)).isEmpty()) {
      return null;
    }
    ActorMention last = lastPersonBefore(g.token(head).span().start());
    if (last == null || g.token(head).span().start() - last.span().end() > 600) {
      return null;
    }
    return new ActorMention(last.actor(), g.token(head).span());
  }

  private ActorMention fromPhrase(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    for (int t :
        g.subtree(
            head,
            r ->
                SentenceGraph.is(r, "appos")
                    || SentenceGraph.is(r, "compound")
                    || SentenceGraph.is(r, "flat"))) {
      EntityMention e = ctx.entity(s, t);
      if (t != head
          && e != null
          && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        ActorMention named = fromEntity(s, t, e);
        if (named != null) {
          String role = roleFromPhrase(s, head);
          Actor a = named.actor();
          return new ActorMention(
              new Actor(
                  a.name(),
                  a.country() != null ? a.country() : countryFromPhrase(s, head),
                  a.role() != null ? a.role() : role),
              named.span());
        }
      }
    }
    String role = roleFromPhrase(s, head);
    String country = countryFromPhrase(s, head);
    if (country == null && role == null) {
      return null;
    }
    TreeSet<Integer> phrase = g.phrase(head);
    return new ActorMention(new Actor(phraseName(s, head), country, role), g.span(phrase));
  }

  /** Country named inside the phrase (nationality, country, metonym) or by a place in it. */
  private String countryFromPhrase(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    String byPlace = null;
    for (int t : g.phrase(head)) {
      EntityMention e = ctx.entity(s, t);
      if (e == null) {
        continue;
      }
      if ((e.type() == EntityType.NATIONALITY || e.type() == EntityType.COUNTRY)
          && e.normalized() != null
          && !pairedName(s, t, e.normalized())) {
        return e.normalized();
      }
      if (e.type() == EntityType.LOCATION
          && byPlace == null
          && !partOfName(s, t)
          && roleFromPhrase(s, head) != null) {
        byPlace = places.countryOf(e.text()).orElse(null);
      }
      if (e.type() == EntityType.PERSON
          && byPlace == null
          && (modifies(g, t, t + 1, head) || roleFromPhrase(s, head) != null)) {
        byPlace = person(e.text()).map(PersonProfile::country).orElse(null);
      }
    }
    if (byPlace == null) {
      TreeSet<Integer> all =
          g.subtree(head, r -> !SentenceGraph.is(r, "acl") && !SentenceGraph.is(r, "punct"));
      byPlace = countryByDomain(g.span(all));
    }
    return byPlace;
  }

  /**
   * True when a place's name is part of a proper name ("the OSCE Minsk Group", "the Paris Club"):
   * it says where the body first met, not whose it is.
   */
  private boolean partOfName(int s, int t) {
    SentenceGraph g = ctx.graph(s);
    int head = g.head(t);
    if (head < 0
        || !SentenceGraph.is(g.relationToParent(t), "compound")
        || !g.pos(head).equals("NNP")) {
      return false;
    }
    EntityMention place = ctx.entity(s, t);
    return place != null && !place.span().contains(g.token(head).span());
  }

  /**
   * True when a country's name is compounded with another country's ("the Peru-Chile border",
   * "Sino-Indian talks"): the phrase belongs to both, so to neither.
   */
  private boolean pairedName(int s, int t, String country) {
    SentenceGraph g = ctx.graph(s);
    List<Integer> near = new ArrayList<>(g.children(t, "compound"));
    if (SentenceGraph.is(g.relationToParent(t), "compound") && g.head(t) >= 0) {
      near.add(g.head(t));
      near.addAll(g.children(g.head(t), "compound"));
    }
    for (int n : near) {
      EntityMention o = n == t ? null : ctx.entity(s, n);
      if (o != null
          && (o.type() == EntityType.NATIONALITY || o.type() == EntityType.COUNTRY)
          && o.normalized() != null
          && !o.normalized().equals(country)) {
        return true;
      }
    }
    return false;
  }

  /** The country of an outlet named by its domain ("Haqqin.az" is Azerbaijani). */
  private String countryByDomain(Span phrase) {
    var m =
        java.util.regex.Pattern.compile("\\b[\\p{L}\\d-]+\\.([a-z]{2})\\b")
            .matcher(ctx.textOf(phrase));
    while (m.find()) {
      Optional<String> iso = gazetteer.countryOfDomain(m.group(1));
      if (iso.isPresent()) {
        return iso.get();
      }
    }
    return null;
  }

  private String roleFromPhrase(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    EntityMention e = ctx.entity(s, head);
    if (e != null && e.type() == EntityType.TITLE && e.normalized() != null) {
      return e.normalized();
    }
    Optional<String> byLemma = gazetteer.roleOf(g.lemma(head));
    if (byLemma.isPresent()) {
      return byLemma.get();
    }
    return gazetteer.roleOf(g.word(head).toLowerCase(Locale.ROOT)).orElse(null);
  }

  private String countryWithin(Span span) {
    for (EntityMention e : ctx.entitiesWithin(span)) {
      if ((e.type() == EntityType.NATIONALITY || e.type() == EntityType.COUNTRY)
          && span.contains(e.span())
          && e.normalized() != null) {
        return e.normalized();
      }
    }
    return null;
  }

  private String roleWithin(Span span) {
    String role = null;
    for (EntityMention e : ctx.entitiesWithin(span)) {
      if (e.type() == EntityType.TITLE && span.contains(e.span()) && e.normalized() != null) {
        role = e.normalized();
      }
    }
    return role;
  }

  private ActorMention pronoun(int s, int head, String word) {
    int offset = ctx.graph(s).token(head).span().start();
    if (MALE_FEMALE.contains(word)) {
      ActorMention subject = subjectBefore(s, head);
      if (subject != null) {
        return new ActorMention(subject.actor(), ctx.graph(s).token(head).span());
      }
    }
    if (GROUP.contains(word)) {
      EntityMention last = lastBefore(offset, EntityType.COUNTRY);
      if (last != null && last.normalized() != null && offset - last.span().end() < 400) {
        return new ActorMention(
            new Actor(countryName(last.normalized()), last.normalized(), null),
            ctx.graph(s).token(head).span());
      }
    }
    return null;
  }

  /**
   * The person who was last the grammatical subject before token {@code head} of sentence {@code s}
   * (in earlier sentences, or earlier in this one), else the last person named.
   */
  public ActorMention subjectBefore(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    for (int t = head - 1; t >= 0; t--) {
      if (isSubject(g, t)
          && ctx.entity(s, t) != null
          && ctx.entity(s, t).type() == EntityType.PERSON) {
        return fromEntity(s, t, ctx.entity(s, t));
      }
    }
    for (int k = s - 1; k >= 0 && k >= s - 6; k--) {
      ActorMention m = sentenceSubject(k);
      if (m != null) {
        return m;
      }
    }
    return lastPersonBefore(g.token(head).span().start());
  }

  private static boolean isSubject(SentenceGraph g, int t) {
    String rel = g.relationToParent(t);
    return rel.equals("nsubj") || rel.equals("nsubj:pass");
  }

  /** The last person subject of a sentence, following pronouns back. */
  private ActorMention sentenceSubject(int k) {
    if (subjectBySentence.containsKey(k)) {
      return subjectBySentence.get(k);
    }
    SentenceGraph g = ctx.graph(k);
    ActorMention found = null;
    for (int t = 0; t < g.size(); t++) {
      if (!isSubject(g, t)) {
        continue;
      }
      EntityMention e = ctx.entity(k, t);
      if (e != null && e.type() == EntityType.PERSON) {
        found = fromEntity(k, t, e);
      } else if (g.pos(t).equals("PRP")
          && MALE_FEMALE.contains(g.word(t).toLowerCase(Locale.ROOT))) {
        subjectBySentence.put(k, null);
        found = subjectBefore(k, t);
      }
    }
    subjectBySentence.put(k, found);
    return found;
  }

  private EntityMention lastBefore(int offset, EntityType type) {
    return ctx.lastEntityBefore(offset, type);
  }

  private String phraseName(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> phrase = g.phrase(head);
    // A date inside the phrase ("territory of Georgia in September 2007") is not part of the name.
    for (int t : List.copyOf(phrase)) {
      if (t > head && ctx.timex(s, t) != null) {
        phrase.tailSet(t, true).clear();
        break;
      }
    }
    while (phrase.size() > 1) {
      int first = phrase.first();
      String p = g.pos(first);
      String w = g.word(first).toLowerCase(Locale.ROOT);
      if (p.equals("DT")
          || p.equals("CD")
          || p.equals("PRP$")
          || p.equals("IN")
          || p.equals("RB")
          || p.equals("TO")
          || w.equals("according")) {
        phrase.pollFirst();
      } else {
        break;
      }
    }
    while (phrase.size() > 1
        && Set.of("IN", "TO", "DT", "CC", ",").contains(g.pos(phrase.last()))) {
      phrase.pollLast();
    }
    String name = clean(ctx.textOf(g.span(phrase)));
    return name.length() > 80 ? clean(g.word(head)) : name;
  }

  /** "Nicholas" followed by " I" in the text is "Nicholas I". */
  private String withRegnalNumber(String name, int end) {
    var m =
        java.util.regex.Pattern.compile("^ ([IVX]{1,4})\\b")
            .matcher(ctx.text().substring(end, Math.min(ctx.text().length(), end + 6)));
    return m.find() && !name.endsWith(" " + m.group(1)) ? name + " " + m.group(1) : name;
  }

  private static String clean(String s) {
    String c = s.replaceAll("['\u2019]s$", "").replaceAll("\\s+", " ").strip();
    c = c.replaceAll("^[\"\u201c\u201d\u00ab\u00bb*]+|[\"\u201c\u201d\u00ab\u00bb*]+$", "");
    return c.isBlank() ? s.strip() : c;
  }

  private void learnPeople() {
    for (int s = 0; s < ctx.sentenceCount(); s++) {
      SentenceGraph g = ctx.graph(s);
      int t = 0;
      while (t < g.size()) {
        EntityMention e = ctx.entity(s, t);
        if (e == null || e.type() != EntityType.PERSON) {
          t++;
          continue;
        }
        int first = t;
        while (t < g.size() && ctx.entity(s, t) == e) {
          t++;
        }
        learn(s, first, t, e);
      }
    }
  }

  private void learn(int s, int first, int end, EntityMention e) {
    SentenceGraph g = ctx.graph(s);
    String country = null;
    String role = null;
    String title = null;
    for (int j = first - 1; j >= 0 && j >= first - 8; j--) {
      EntityMention m = ctx.entity(s, j);
      String pos = g.pos(j);
      if (m != null && m != e) {
        if ((m.type() == EntityType.NATIONALITY || m.type() == EntityType.COUNTRY)
            && country == null) {
          country = m.normalized();
        } else if (m.type() == EntityType.TITLE && role == null) {
          role = m.normalized();
          title = m.text();
        } else if (m.type() == EntityType.PERSON) {
          break;
        }
        continue;
      }
      if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("HYPH"))) {
        break;
      }
      if (role == null) {
        role = gazetteer.roleOf(g.lemma(j)).orElse(null);
      }
    }
    if (end < g.size() && g.word(end).equals(",")) {
      List<Integer> window = new ArrayList<>();
      boolean closed = false;
      for (int j = end + 1; j < g.size() && j < end + 16; j++) {
        String w = g.word(j);
        String pos = g.pos(j);
        if (w.equals(",") || w.equals(";") || w.equals(".") || j == g.size() - 1) {
          closed = true;
          break;
        }
        if (pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")) {
          break;
        }
        window.add(j);
      }
      boolean appositive =
          closed
              && !window.isEmpty()
              && (g.pos(window.get(0)).equals("DT")
                  || g.pos(window.get(0)).startsWith("NN")
                  || g.pos(window.get(0)).startsWith("JJ")
                  || ctx.entity(s, window.get(0)) != null);
      if (appositive) {
        for (int j : window) {
          EntityMention m = ctx.entity(s, j);
          if (m == null) {
            if (role == null && g.pos(j).startsWith("NN")) {
              role = gazetteer.roleOf(g.lemma(j)).orElse(null);
            }
            continue;
          }
          if ((m.type() == EntityType.NATIONALITY || m.type() == EntityType.COUNTRY)
              && country == null) {
            country = m.normalized();
          } else if (m.type() == EntityType.TITLE && role == null) {
            role = m.normalized();
            title = m.text();
          } else if (m.type() == EntityType.LOCATION && country == null) {
            country = places.countryOf(m.text()).orElse(null);
          } else if (m.type() == EntityType.PERSON) {
            break;
          }
        }
      }
    }
    ActorCoder.ActorMatch listed = null;
    for (ActorCoder.ActorMatch m : matches(s).actors()) {
      if (m.first() <= first && m.end() >= end && m.entry().codeOn(articleDate) != null) {
        listed = m;
      }
    }
    if (listed != null) {
      String code = listed.entry().codeOn(articleDate);
      String dictCountry = coder.codes().country(code);
      boolean inOffice =
          end - first >= 2
              && articleDate != null
              && listed.entry().restrictions().stream()
                  .anyMatch(r -> !r.undated() && r.appliesOn(articleDate));
      if (country == null || inOffice && dictCountry != null) {
        country = dictCountry != null ? dictCountry : country;
      }
    }
    String name = clean(e.text());
    if (title == null && first > 0 && gazetteer.roleOf(g.lemma(first - 1)).isPresent()) {
      title = g.word(first - 1);
    }
    PersonProfile p = new PersonProfile(name, Names.surnameKey(name), country, role, title);
    PersonProfile known = person(name).orElse(null);
    if (known != null) {
      PersonProfile merged = known.merge(p);
      removePerson(known.name());
      putPerson(merged);
      mentions.merge(merged.name(), mentions.getOrDefault(known.name(), 0) + 1, (a, b) -> b);
    } else {
      putPerson(p);
      mentions.put(p.name(), 1);
    }
  }
}
