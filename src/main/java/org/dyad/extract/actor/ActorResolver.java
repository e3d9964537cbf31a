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
  private PeopleDirectory directory = PeopleDirectory.EMPTY;
  private final Map<Integer, ActorMention> subjectBySentence = new java.util.HashMap<>();
  private final ArticleAliases aliases;
  private boolean resolvingAlias;

  public ActorResolver(ArticleContext ctx, Gazetteer gazetteer, Places places) {
    this.ctx = ctx;
    this.gazetteer = gazetteer;
    this.places = places;
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
    return p == null ? null : p.country();
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
    String key = Names.surnameKey(name);
    PersonProfile best = null;
    int bestCount = -1;
    for (PersonProfile p : people.values()) {
      boolean match =
          folded.contains(" ") ? Names.samePerson(p.name(), name) : Names.sameWord(p.key(), key);
      int count = mentions.getOrDefault(p.name(), 0);
      if (match && count > bestCount) {
        best = p;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
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
    if (e != null && e.type() != EntityType.TITLE) {
      ActorMention m = fromEntity(s, head, e);
      if (m != null) {
        return m;
      }
    }
    ActorMention anaphor = demonstrative(s, head);
    return anaphor != null ? anaphor : fromPhrase(s, head);
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
          && e.normalized() != null) {
        return e.normalized();
      }
      if (e.type() == EntityType.LOCATION && byPlace == null && roleFromPhrase(s, head) != null) {
        byPlace = places.countryOf(e.text()).orElse(null);
      }
      if (e.type() == EntityType.PERSON && byPlace == null) {
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
    for (EntityMention e : ctx.annotated().entities()) {
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
    for (EntityMention e : ctx.annotated().entities()) {
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
    EntityMention last = null;
    for (EntityMention e : ctx.annotated().entities()) {
      if (e.span().end() > offset) {
        break;
      }
      if (e.type() == type) {
        last = e;
      }
    }
    return last;
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
    String name = clean(e.text());
    if (title == null && first > 0 && gazetteer.roleOf(g.lemma(first - 1)).isPresent()) {
      title = g.word(first - 1);
    }
    PersonProfile p = new PersonProfile(name, Names.surnameKey(name), country, role, title);
    PersonProfile known = person(name).orElse(null);
    if (known != null) {
      PersonProfile merged = known.merge(p);
      people.remove(known.name());
      people.put(merged.name(), merged);
      mentions.merge(merged.name(), mentions.getOrDefault(known.name(), 0) + 1, (a, b) -> b);
    } else {
      people.put(p.name(), p);
      mentions.put(p.name(), 1);
    }
  }
}
