package org.dyad.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * Resolves the phrase that names a speaker to the person or institution it stands for, reading an
 * article in order: "he" and "she" go to the last person of that gender who was a subject or spoke,
 * "it" to the last institution, a bare surname to the person the article named in full, "the
 * ministry" or "the force" to the last institution so named, "the ambassador" to the person the
 * article gave that title, and a document ("the statement read") to whoever issued it.
 */
final class SpeakerResolver {

  /** How far back (in sentences) an anaphor looks for its antecedent. */
  private static final int REACH = 8;

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> GROUP = Set.of("it", "its");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

  /** A person or institution the article put forward as a subject or a speaker. */
  private record Entry(Actor actor, boolean person, int sentence, int token, boolean subject) {}

  private final ArticleContext ctx;
  private final ActorResolver actors;
  private final Gazetteer gazetteer;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Boolean> male = new HashMap<>();
  private final Map<Long, ActorMention> cache = new HashMap<>();
  private final List<Span> quoted = new ArrayList<>();
  private final Map<String, String> acronyms = new HashMap<>();
  private Entry issuer;
  private Entry current;

  SpeakerResolver(ArticleContext ctx, ActorResolver actors, Gazetteer gazetteer) {
    this.ctx = ctx;
    this.actors = actors;
    this.gazetteer = gazetteer;
    for (QuoteSpans.Passage p : QuoteSpans.find(ctx.text())) {
      quoted.add(p.inner());
    }
    Matcher m = DEFINED_ACRONYM.matcher(ctx.text());
    while (m.find()) {
      String longName = expansion(m.group(1), m.group(2));
      if (longName != null) {
        acronyms.putIfAbsent(m.group(2), longName);
      }
    }
  }

  /** A name followed by its acronym in parentheses: "the Armed Forces of the Philippines (AFP)". */
  private static final Pattern DEFINED_ACRONYM =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|and|for|on)"
              + "(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|and|for|on)){1,9})\\s*\\((\\p{Lu}{2,6})\\)");

  /** The shortest tail of {@code phrase} whose capitalised words spell {@code acronym}, or null. */
  static String expansion(String phrase, String acronym) {
    String[] words = phrase.trim().split("\\s+");
    for (int from = words.length - 1; from >= 0; from--) {
      StringBuilder initials = new StringBuilder();
      for (int i = from; i < words.length; i++) {
        if (Character.isUpperCase(words[i].codePointAt(0))) {
          initials.append(words[i].charAt(0));
        }
      }
      if (!Character.isUpperCase(words[from].codePointAt(0))) {
        continue;
      }
      if (initials.toString().equals(acronym)) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
      }
    }
    return null;
  }

  /** The speaker under the full name the article spelled out for its acronym. */
  private ActorMention expanded(ActorMention m) {
    if (m == null) {
      return null;
    }
    String longName = acronyms.get(m.actor().name());
    if (longName == null) {
      return m;
    }
    Actor a = m.actor();
    return new ActorMention(new Actor(longName, a.country(), a.role()), m.span());
  }

  /** True when the token is inside quoted words, whose subjects are the speaker's, not ours. */
  boolean isQuoted(int s, int t) {
    Span at = ctx.graph(s).token(t).span();
    for (Span q : quoted) {
      if (q.contains(at)) {
        return true;
      }
      if (q.start() > at.end()) {
        break;
      }
    }
    return false;
  }

  /** Records that {@code m}, named in sentence {@code s}, is now speaking. */
  void spoke(ActorMention m, int s) {
    int t = Math.max(0, ctx.graph(s).tokenAt(m.span().start()));
    Entry e = new Entry(m.actor(), isPerson(m.actor()), s, t, false);
    entries.add(e);
    current = e;
  }

  /** Reads the subjects and the documents' issuers of sentence {@code s}, in order. */
  void observe(int s) {
    SentenceGraph g = ctx.graph(s);
    if (g.sentence().dependencies().isEmpty()) {
      observeNames(s);
      return;
    }
    for (int t = 0; t < g.size(); t++) {
      String rel = g.relationToParent(t);
      if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && !isQuoted(s, t)) {
        int verb = g.head(t);
        boolean says =
            verb >= 0
                && (SpeechCues.VERBS.contains(g.lemma(verb))
                    || SpeechCues.INDIRECT.contains(g.lemma(verb)));
        ActorMention m = resolve(s, t, says);
        if (m != null && !isDocument(g, t)) {
          boolean person = isPerson(m.actor());
          entries.add(new Entry(m.actor(), person, s, t, true));
          String w = g.word(t).toLowerCase(Locale.ROOT);
          if (person && (MALE.contains(w) || FEMALE.contains(w))) {
            male.putIfAbsent(m.actor().name(), MALE.contains(w));
          }
        }
      }
      if (g.pos(t).startsWith("NNP") && t > 0) {
        String before = g.word(t - 1).replace(".", "");
        EntityMention e = ctx.entity(s, t);
        if (e != null && e.type() == EntityType.PERSON && before.matches("Mr|Mrs|Ms|Miss")) {
          male.putIfAbsent(clean(e.text()), before.equals("Mr"));
        }
      }
      if (g.pos(t).startsWith("NN") && SpeechCues.DOCUMENTS.contains(g.lemma(t))) {
        ActorMention by = issuedBy(s, t);
        if (by != null) {
          issuer = new Entry(by.actor(), isPerson(by.actor()), s, t, false);
        }
      }
    }
  }

  /** In a sentence left unparsed, the person named before its first verb, or null. */
  ActorMention personBeforeVerb(int s) {
    SentenceGraph g = ctx.graph(s);
    for (int t = 0; t < g.size() && !g.pos(t).startsWith("VB"); t++) {
      if (!isQuoted(s, t) && isPersonToken(s, t)) {
        return personAt(s, t);
      }
    }
    return null;
  }

  /**
   * A sentence left unparsed: the people it names, and the institution it opens with, stand in for
   * its subjects.
   */
  private void observeNames(int s) {
    SentenceGraph g = ctx.graph(s);
    Entry opening = openingInstitution(s);
    if (opening != null) {
      entries.add(opening);
    }
    EntityMention last = null;
    for (int t = 0; t < g.size(); t++) {
      EntityMention e = ctx.entity(s, t);
      if (isQuoted(s, t) || e != null && e == last) {
        continue;
      }
      last = e;
      if (isPersonToken(s, t)) {
        ActorMention m = personAt(s, t);
        if (m != null) {
          entries.add(new Entry(m.actor(), true, s, t, true));
        }
      }
    }
  }

  /** The institution named before the first verb of an unparsed sentence, or null. */
  private Entry openingInstitution(int s) {
    SentenceGraph g = ctx.graph(s);
    int first = -1;
    int end = -1;
    boolean institution = false;
    for (int t = 0; t < g.size() && !g.pos(t).startsWith("VB"); t++) {
      EntityMention e = ctx.entity(s, t);
      boolean nameWord =
          g.pos(t).startsWith("NNP")
              || e != null && e.type() != EntityType.PERSON && e.type() != EntityType.MISC;
      if (nameWord && !isQuoted(s, t)) {
        first = first < 0 ? t : first;
        end = t;
        institution |=
            e != null
                && (e.type() == EntityType.ORGANIZATION
                    || e.type() == EntityType.COUNTRY
                    || e.type() == EntityType.TITLE && gazetteer.isAgentNoun(e.text()));
      } else if (first >= 0) {
        break;
      }
    }
    if (!institution) {
      return null;
    }
    TreeSet<Integer> run = new TreeSet<>();
    for (int t = first; t <= end; t++) {
      run.add(t);
    }
    String country = null;
    String role = null;
    for (int t : run) {
      EntityMention e = ctx.entity(s, t);
      if (e != null
          && (e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && country == null) {
        country = e.normalized();
      } else if (e != null && e.type() == EntityType.TITLE) {
        role = e.normalized();
      }
    }
    String name = clean(ctx.textOf(g.span(run)));
    return new Entry(new Actor(name, country, role), false, s, end, true);
  }

  /**
   * The actor the phrase headed by token {@code head} of sentence {@code s} stands for, or null.
   */
  ActorMention resolve(int s, int head) {
    return resolve(s, head, false);
  }

  /**
   * The actor that the subject of a verb of saying stands for: as {@link #resolve}, and a definite
   * noun ("the alliance", "the office") stands for the institution speaking when no institution of
   * that name came before.
   */
  ActorMention resolveSpeaker(int s, int head) {
    return resolve(s, head, true);
  }

  private ActorMention resolve(int s, int head, boolean speaking) {
    long key = ((long) s << 20) | ((long) head << 1) | (speaking ? 1 : 0);
    if (cache.containsKey(key)) {
      return cache.get(key);
    }
    cache.put(key, null);
    ActorMention m = expanded(compute(s, head, speaking));
    cache.put(key, m);
    return m;
  }

  private ActorMention compute(int s, int head, boolean speaking) {
    SentenceGraph g = ctx.graph(s);
    Span at = g.token(head).span();
    String w = g.word(head).toLowerCase(Locale.ROOT);
    String pos = g.pos(head);
    if (pos.startsWith("PRP")) {
      if (MALE.contains(w) || FEMALE.contains(w)) {
        Entry e = lastPerson(s, head, MALE.contains(w));
        if (e != null) {
          return new ActorMention(e.actor(), at);
        }
        return actors.resolve(s, head);
      }
      if (GROUP.contains(w)) {
        Entry e = lastGroup(s, head);
        return e == null ? null : new ActorMention(e.actor(), at);
      }
      return null;
    }
    if ((pos.equals("WP") || pos.equals("WDT")) && RELATIVE.contains(w)) {
      for (Dependency d : g.parents(head)) {
        if (d.relation().equals("ref") && d.governor() >= 0) {
          return resolve(s, d.governor(), speaking);
        }
      }
      return null;
    }
    EntityMention e = ctx.entity(s, head);
    if (pos.startsWith("NNP") && (e == null || e.type() == EntityType.MISC)) {
      ActorMention byName = knownPerson(s, head);
      if (byName != null) {
        return byName;
      }
    }
    if (isDocument(g, head)) {
      return issuerOf(s, head);
    }
    if (pos.startsWith("NN") && (e == null || e.type() == EntityType.TITLE)) {
      for (Dependency d : g.children(head)) {
        String r = d.relation();
        if ((r.equals("dep") || r.equals("appos") || r.equals("flat") || r.equals("compound"))
            && d.dependent() > head
            && isPersonToken(s, d.dependent())) {
          ActorMention p = personAt(s, d.dependent());
          if (p != null) {
            return p;
          }
        }
      }
    }
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    boolean titled = e != null && e.type() == EntityType.TITLE;
    boolean noun = pos.startsWith("NN") && (!pos.startsWith("NNP") || titled);
    boolean definite = noun && isDefinite(g, head) && phraseHasNoEntity(s, head);
    boolean group = noun && isGroupNoun(g, head);
    boolean title = noun && !group && (actors.isRoleNoun(lemma) || titled);
    if (definite && !title && (group || speaking)) {
      Entry named = lastGroupNamed(s, head, group);
      if (named != null) {
        return new ActorMention(named.actor(), at);
      }
    }
    if (definite && title) {
      ActorMention p = personTitled(s, head, true);
      if (p != null) {
        return p;
      }
    }
    ActorMention m = actors.resolve(s, head);
    if (title && (m == null || !isPerson(m.actor()))) {
      ActorMention p = personTitled(s, head, false);
      if (p != null) {
        return p;
      }
    }
    if (m == null && group) {
      m = nominal(s, head);
    }
    return m;
  }

  /** "the ministry", "the force", "the military": a definite noun naming an institution. */
  private boolean isGroupNoun(SentenceGraph g, int head) {
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    if (gazetteer.isAgentNoun(lemma) || gazetteer.isAgentNoun(g.word(head))) {
      return true;
    }
    int compound = g.child(head, "compound");
    if (compound >= 0 && gazetteer.isAgentNoun(g.word(compound) + " " + g.word(head))) {
      return true;
    }
    return !actors.isRoleNoun(lemma) && recentGroupNamed(lemma);
  }

  private boolean recentGroupNamed(String lemma) {
    for (int i = entries.size() - 1; i >= 0 && i >= entries.size() - 20; i--) {
      Entry e = entries.get(i);
      if (!e.person() && nameHas(e.actor(), lemma)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameHas(Actor a, String lemma) {
    for (String part : a.name().toLowerCase(Locale.ROOT).split("[\\s'\u2019-]+")) {
      if (part.equals(lemma) || part.equals(lemma + "s") || part.equals(lemma + "es")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The institution a definite noun stands for ("the ministry", "the alliance"): the last one whose
   * name holds that noun, else the institution speaking, else, for a noun of a role ("the
   * military"), the last named institution of that role.
   */
  private Entry lastGroupNamed(int s, int head, boolean group) {
    SentenceGraph g = ctx.graph(s);
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 3 * REACH) {
        break;
      }
      if (before(e, s, head) && !e.person() && nameHas(e.actor(), lemma)) {
        return e;
      }
    }
    if (current != null && !current.person() && s - current.sentence() <= REACH) {
      return current;
    }
    String role = actors.roleOf(lemma);
    if (!group || role == null) {
      return null;
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 3 * REACH) {
        break;
      }
      if (before(e, s, head)
          && !e.person()
          && role.equals(e.actor().role())
          && Character.isUpperCase(e.actor().name().codePointAt(0))) {
        return e;
      }
    }
    return null;
  }

  private static boolean before(Entry e, int s, int t) {
    return e.sentence() < s || e.sentence() == s && e.token() < t;
  }

  private Entry lastPerson(int s, int head, boolean isMale) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (!before(e, s, head) || !e.person()) {
        continue;
      }
      if (s - e.sentence() > REACH) {
        break;
      }
      Boolean known = male.get(e.actor().name());
      if (known == null || known == isMale) {
        return e;
      }
    }
    return null;
  }

  /**
   * The institution "it" stands for: the last one that was the subject of this or the previous
   * sentence, else the current speaker when an institution, else the last one put forward.
   */
  private Entry lastGroup(int s, int head) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 1) {
        break;
      }
      if (before(e, s, head) && !e.person() && e.subject()) {
        return e;
      }
    }
    if (current != null && !current.person() && s - current.sentence() <= 3) {
      return current;
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (!before(e, s, head) || e.person()) {
        continue;
      }
      if (s - e.sentence() > REACH) {
        break;
      }
      return e;
    }
    return null;
  }

  /**
   * "The ambassador", "the former president": the person the article gave that title, nearest
   * before (or, for an undetermined phrase, after) it; else the current speaker when a person.
   */
  private ActorMention personTitled(int s, int head, boolean definite) {
    SentenceGraph g = ctx.graph(s);
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    String country = countryIn(s, head);
    Span at = g.token(head).span();
    for (int k = s; k >= 0 && s - k <= 3 * REACH; k--) {
      ActorMention p = titledIn(k, lemma, country, k == s ? head : Integer.MAX_VALUE, false);
      if (p != null) {
        return new ActorMention(p.actor(), at);
      }
    }
    if (definite
        && current != null
        && current.person()
        && s - current.sentence() <= REACH
        && compatible(country, current.actor())) {
      return new ActorMention(current.actor(), at);
    }
    for (int i = entries.size() - 1; definite && i >= 0; i--) {
      Entry e = entries.get(i);
      if (s - e.sentence() > 2) {
        break;
      }
      if (before(e, s, head) && e.person() && compatible(country, e.actor())) {
        return new ActorMention(e.actor(), at);
      }
    }
    if (definite) {
      ActorMention named = lastPersonNamed(s, head, country);
      if (named != null) {
        return new ActorMention(named.actor(), at);
      }
    }
    for (int k = s; k < ctx.sentenceCount() && k - s <= REACH; k++) {
      ActorMention p = titledIn(k, lemma, country, k == s ? head : -1, true);
      if (p != null) {
        return new ActorMention(p.actor(), at);
      }
    }
    return null;
  }

  /**
   * The last person named before token {@code head} of sentence {@code s} or in the sentence before
   * it, when compatible with {@code country}: "Vice President X spoke on Monday. The former head of
   * state said ..." (a definite title that no earlier title matches).
   */
  private ActorMention lastPersonNamed(int s, int head, String country) {
    for (int k = s; k >= Math.max(0, s - 1); k--) {
      int end = k == s ? head : ctx.graph(k).size();
      for (int t = end - 1; t >= 0; t--) {
        if (isPersonToken(k, t)) {
          ActorMention p = personAt(k, t);
          if (p != null && isPerson(p.actor()) && compatible(country, p.actor())) {
            return p;
          }
          if (p != null) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private boolean compatible(String country, Actor a) {
    String c = a.country() != null ? a.country() : actors.personCountry(a.name());
    return country == null || c == null || country.equals(c);
  }

  /**
   * A person in sentence {@code k} written within a few words of the title {@code lemma} ("Vice
   * President X", "X, the ambassador"), before token {@code limit} (or after it when {@code
   * after}), the last such before or the first such after.
   */
  private ActorMention titledIn(int k, String lemma, String country, int limit, boolean after) {
    SentenceGraph g = ctx.graph(k);
    ActorMention found = null;
    for (int t = 0; t < g.size(); t++) {
      if (after ? t <= limit : t >= limit) {
        continue;
      }
      if (!g.lemma(t).toLowerCase(Locale.ROOT).equals(lemma)) {
        continue;
      }
      ActorMention p = personNear(k, t);
      if (p != null && compatible(country, p.actor())) {
        found = p;
        if (after) {
          return found;
        }
      }
    }
    return found;
  }

  /** The person named right after a title word, or in the apposition around it. */
  private ActorMention personNear(int k, int t) {
    SentenceGraph g = ctx.graph(k);
    for (int j = t + 1; j < g.size() && j <= t + 8; j++) {
      if (isPersonToken(k, j)) {
        return personAt(k, j);
      }
      if (g.pos(j).startsWith("VB") || g.word(j).equals(";")) {
        break;
      }
    }
    for (int j = t - 1; j >= 0 && j >= t - 4; j--) {
      if (isPersonToken(k, j) && g.word(j + 1).equals(",")) {
        return personAt(k, j);
      }
      if (g.pos(j).startsWith("VB")) {
        break;
      }
    }
    return null;
  }

  private boolean isPersonToken(int k, int t) {
    EntityMention e = ctx.entity(k, t);
    if (e != null && e.type() == EntityType.PERSON) {
      return true;
    }
    return ctx.graph(k).pos(t).startsWith("NNP")
        && e == null
        && actors.person(ctx.graph(k).word(t)).isPresent();
  }

  private ActorMention personAt(int k, int t) {
    EntityMention e = ctx.entity(k, t);
    if (e != null && e.type() == EntityType.PERSON) {
      return actors.resolve(k, t);
    }
    return knownPerson(k, t);
  }

  /** A country the phrase names ("Iran's ambassador", "the Russian president"), or null. */
  private String countryIn(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    for (int t : g.phrase(head)) {
      EntityMention e = ctx.entity(s, t);
      if (e != null
          && (e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && e.normalized() != null) {
        return e.normalized();
      }
    }
    return null;
  }

  /** A proper noun the NER missed that names a person of the article ("Araghchi stated"). */
  private ActorMention knownPerson(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> name = new TreeSet<>();
    name.add(head);
    for (Dependency d : g.children(head)) {
      if ((d.relation().equals("compound") || d.relation().equals("flat"))
          && g.pos(d.dependent()).startsWith("NNP")) {
        name.add(d.dependent());
      }
    }
    String written = ctx.textOf(g.span(name));
    PersonProfile p = actors.person(written).orElse(null);
    if (p == null && name.size() > 1) {
      p = actors.person(g.word(head)).orElse(null);
    }
    if (p == null) {
      return null;
    }
    String country = p.country() != null ? p.country() : actors.personCountry(p.name());
    return new ActorMention(new Actor(p.name(), country, p.role()), g.span(name));
  }

  private static boolean isDefinite(SentenceGraph g, int head) {
    int det = g.child(head, "det");
    if (det >= 0) {
      return g.lemma(det).equals("the") || g.lemma(det).equals("this");
    }
    int poss = g.child(head, "nmod:poss");
    return poss >= 0 && g.pos(poss).equals("PRP$");
  }

  /** True when the phrase names no one: entities inside a title ("Head of State") do not count. */
  private boolean phraseHasNoEntity(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    var phrase = g.phrase(head);
    List<EntityMention> titles = ctx.entitiesIn(g.span(phrase), EntityType.TITLE);
    for (int t : phrase) {
      EntityMention e = ctx.entity(s, t);
      if (e != null
          && e.type() != EntityType.TITLE
          && titles.stream().noneMatch(title -> title.span().contains(e.span()))) {
        return false;
      }
    }
    return true;
  }

  /** A document noun, or a part of one ("the English version of the statement"). */
  private static boolean isDocument(SentenceGraph g, int t) {
    if (!g.pos(t).startsWith("NN") || g.pos(t).startsWith("NNP")) {
      return false;
    }
    if (SpeechCues.DOCUMENTS.contains(g.lemma(t).toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int o : g.children(t, "nmod:of")) {
      if (g.pos(o).startsWith("NN")
          && SpeechCues.DOCUMENTS.contains(g.lemma(o).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whoever issued the document headed by {@code head}: named in its phrase, else remembered. */
  private ActorMention issuerOf(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    Span at = g.token(head).span();
    ActorMention owner = owner(s, head);
    if (owner != null) {
      return new ActorMention(owner.actor(), at);
    }
    Entry best = issuer != null && s - issuer.sentence() <= 2 * REACH ? issuer : null;
    if (current != null
        && !current.person()
        && s - current.sentence() <= REACH
        && (best == null || current.sentence() > best.sentence())) {
      best = current;
    }
    if (best == null) {
      best = lastGroup(s, head);
    }
    return best == null ? null : new ActorMention(best.actor(), at);
  }

  /** The owner a document's phrase names: "the ministry's statement", "a CARICOM statement". */
  private ActorMention owner(int s, int head) {
    return owner(s, head, 0);
  }

  private ActorMention owner(int s, int head, int depth) {
    SentenceGraph g = ctx.graph(s);
    for (String rel : List.of("nmod:poss", "compound", "nmod:of", "nmod:from", "nmod:by")) {
      for (int o : g.children(head, rel)) {
        if (isDocument(g, o)) {
          ActorMention inner = depth < 2 ? owner(s, o, depth + 1) : null;
          if (inner != null) {
            return inner;
          }
          continue;
        }
        EntityMention e = ctx.entity(s, o);
        boolean named =
            e != null && e.type() != EntityType.TITLE && e.type() != EntityType.LOCATION;
        if (named || g.pos(o).startsWith("PRP") || gazetteer.isAgentNoun(g.lemma(o))) {
          ActorMention m = resolve(s, o);
          if (m != null) {
            return m;
          }
        }
      }
    }
    for (int acl : g.children(head, "acl")) {
      for (int by : g.children(acl, "obl:agent")) {
        ActorMention m = resolve(s, by);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Who issues the document at token {@code doc}: its owner, or the subject of the verb that
   * releases it ("the ministry released a statement") or of which it is the frame ("in a statement,
   * the force confirmed").
   */
  private ActorMention issuedBy(int s, int doc) {
    SentenceGraph g = ctx.graph(s);
    ActorMention owner = owner(s, doc);
    if (owner != null) {
      return owner;
    }
    int verb = g.head(doc);
    String rel = g.relationToParent(doc);
    if (verb < 0 || !g.pos(verb).startsWith("VB")) {
      return null;
    }
    boolean issues = rel.equals("obj") && SpeechCues.ISSUING.contains(g.lemma(verb));
    boolean frames = rel.equals("obl:in");
    if (!issues && !frames) {
      return null;
    }
    for (int subj : g.children(verb, "nsubj")) {
      ActorMention m = resolve(s, subj);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** An unnamed institution as written ("the air defense force"). */
  private ActorMention nominal(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    TreeSet<Integer> phrase = g.phrase(head);
    while (phrase.size() > 1 && Set.of("DT", "PRP$", "CD").contains(g.pos(phrase.first()))) {
      phrase.pollFirst();
    }
    String name = clean(ctx.textOf(g.span(phrase)));
    if (name.isEmpty() || name.length() > 60) {
      return null;
    }
    return new ActorMention(
        new Actor(name, countryIn(s, head), actors.roleOf(g.lemma(head))), g.span(phrase));
  }

  private boolean isPerson(Actor a) {
    return actors.person(a.name()).isPresent();
  }

  private static String clean(String s) {
    return s.replaceAll("['\u2019]s$", "").replaceAll("\\s+", " ").strip();
  }
}
