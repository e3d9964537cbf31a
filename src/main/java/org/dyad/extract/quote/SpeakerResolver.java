package org.dyad.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.quote.Antecedents.Entry;
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
 * "it" to the last institution ({@link Antecedents}), a bare surname to the person the article
 * named in full, "the ambassador" to the person the article gave that title ({@link PersonFinder}),
 * "the ministry" or "the force" to the last institution so named, and a document ("the statement
 * read") to whoever issued it ({@link Issuers}).
 */
final class SpeakerResolver {

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> GROUP = Set.of("it", "its");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

  private final ArticleContext ctx;
  private final ActorResolver actors;
  private final Gazetteer gazetteer;
  private final Antecedents antecedents = new Antecedents();
  private final PersonFinder people;
  private final Issuers issuers;
  private final Acronyms acronyms;
  private final Map<Long, ActorMention> cache = new HashMap<>();
  private final List<Span> quoted = new ArrayList<>();

  SpeakerResolver(ArticleContext ctx, ActorResolver actors, Gazetteer gazetteer) {
    this.ctx = ctx;
    this.actors = actors;
    this.gazetteer = gazetteer;
    this.people = new PersonFinder(ctx, actors, antecedents);
    this.issuers = new Issuers(ctx, gazetteer, this, antecedents);
    for (QuoteSpans.Passage p : QuoteSpans.find(ctx.text())) {
      quoted.add(p.inner());
    }
    this.acronyms = new Acronyms(ctx.text());
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
    antecedents.speaking(new Entry(m.actor(), people.isPerson(m.actor()), s, t, false));
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
        if (m != null && !Issuers.isDocument(g, t)) {
          boolean person = people.isPerson(m.actor());
          antecedents.add(new Entry(m.actor(), person, s, t, true));
          String w = g.word(t).toLowerCase(Locale.ROOT);
          if (person && (MALE.contains(w) || FEMALE.contains(w))) {
            antecedents.gender(m.actor().name(), MALE.contains(w));
          }
        }
      }
      if (g.pos(t).startsWith("NNP") && t > 0) {
        String before = g.word(t - 1).replace(".", "");
        EntityMention e = ctx.entity(s, t);
        if (e != null && e.type() == EntityType.PERSON && before.matches("Mr|Mrs|Ms|Miss")) {
          antecedents.gender(clean(e.text()), before.equals("Mr"));
        }
      }
      if (g.pos(t).startsWith("NN") && SpeechCues.DOCUMENTS.contains(g.lemma(t))) {
        ActorMention by = issuers.issuedBy(s, t);
        if (by != null) {
          antecedents.issued(new Entry(by.actor(), people.isPerson(by.actor()), s, t, false));
        }
      }
    }
  }

  /** In a sentence left unparsed, the person named before its first verb, or null. */
  ActorMention personBeforeVerb(int s) {
    SentenceGraph g = ctx.graph(s);
    for (int t = 0; t < g.size() && !g.pos(t).startsWith("VB"); t++) {
      if (!isQuoted(s, t) && people.isPersonToken(s, t)) {
        return people.personAt(s, t);
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
      antecedents.add(opening);
    }
    EntityMention last = null;
    for (int t = 0; t < g.size(); t++) {
      EntityMention e = ctx.entity(s, t);
      if (isQuoted(s, t) || e != null && e == last) {
        continue;
      }
      last = e;
      if (people.isPersonToken(s, t)) {
        ActorMention m = people.personAt(s, t);
        if (m != null) {
          antecedents.add(new Entry(m.actor(), true, s, t, true));
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
    ActorMention m = acronyms.expanded(compute(s, head, speaking));
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
        Entry e = antecedents.lastPerson(s, head, MALE.contains(w));
        if (e != null) {
          return new ActorMention(e.actor(), at);
        }
        return actors.resolve(s, head);
      }
      if (GROUP.contains(w)) {
        Entry e = antecedents.lastGroup(s, head);
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
    ActorMention outlet = outletNamed(s, head);
    if (outlet != null) {
      return outlet;
    }
    EntityMention e = ctx.entity(s, head);
    if (pos.startsWith("NNP") && (e == null || e.type() == EntityType.MISC)) {
      ActorMention byName = people.knownPerson(s, head);
      if (byName != null) {
        return byName;
      }
    }
    if (Issuers.isDocument(g, head)) {
      return issuers.issuerOf(s, head);
    }
    if (pos.startsWith("NN") && (e == null || e.type() == EntityType.TITLE)) {
      for (Dependency d : g.children(head)) {
        String r = d.relation();
        if ((r.equals("dep") || r.equals("appos") || r.equals("flat") || r.equals("compound"))
            && d.dependent() > head
            && people.isPersonToken(s, d.dependent())) {
          ActorMention p = people.personAt(s, d.dependent());
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
      Entry named = antecedents.lastGroupNamed(s, head, lemma, group, actors.roleOf(lemma));
      if (named != null) {
        return new ActorMention(named.actor(), at);
      }
    }
    if (definite && title) {
      ActorMention p = people.personTitled(s, head, true);
      if (p != null) {
        return p;
      }
    }
    ActorMention m = actors.resolve(s, head);
    if (title && (m == null || !people.isPerson(m.actor()))) {
      ActorMention p = people.personTitled(s, head, false);
      if (p != null) {
        return p;
      }
    }
    if (m == null && group) {
      m = nominal(s, head);
    }
    return m;
  }

  /**
   * A news outlet the directory knows by a name of two words or more ("Israel's Channel 12",
   * "Channel One"), as the media of its country; null for any other phrase.
   */
  private ActorMention outletNamed(int s, int head) {
    SentenceGraph g = ctx.graph(s);
    if (!g.pos(head).startsWith("NNP")) {
      return null;
    }
    TreeSet<Integer> name = new TreeSet<>();
    name.add(head);
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("compound")
          || d.relation().equals("flat")
          || d.relation().equals("nummod")) {
        name.add(d.dependent());
      }
    }
    if (name.size() < 2 || name.last() - name.first() + 1 != name.size()) {
      return null; // one word may be an acronym the article spells out otherwise ("AFP")
    }
    Span span = g.span(name);
    String written = ctx.textOf(span);
    return gazetteer
        .namedOutletCountry(written)
        .map(c -> new ActorMention(new Actor(written, c, "MED"), span))
        .orElse(null);
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
    return !actors.isRoleNoun(lemma) && antecedents.recentGroupNamed(lemma);
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
        new Actor(name, people.countryIn(s, head), actors.roleOf(g.lemma(head))), g.span(phrase));
  }

  private static String clean(String s) {
    return s.replaceAll("['\u2019]s$", "").replaceAll("\\s+", " ").strip();
  }
}
