package org.dyad.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.ActorEntry;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.AgentEntry;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.Words;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.nlp.Gazetteer;

/**
 * CAMEO actor codes of noun phrases from the actor and agent dictionaries: finds their phrases in a
 * sentence (longest first, left to right, an actor before an agent at the same word, as PETRARCH
 * does) and composes an actor's code with its agent's ("Gondor police" is GON + ~COP = GONCOP, "MSF
 * Arnor" NGO~ + ARN = NGOARN). Immutable and thread-safe.
 */
public final class ActorCoder {

  private final ActorDictionary actors;
  private final AgentDictionary agents;
  private final ActorCodes codes;
  private final boolean dictionaryFirst;

  public ActorCoder(Dictionaries dictionaries, Gazetteer gazetteer) {
    this(dictionaries, gazetteer, false);
  }

  /**
   * @param dictionaryFirst true for PETRARCH's reading, to code with a dictionary's own country
   *     codes as PETRARCH's validation files do: the dictionaries' country wins over the
   *     gazetteer's for a phrase of the same length, and a phrase whose head names no actor takes
   *     the code of its prepositional phrase ("ties with Gondor" is GON); by default the
   *     gazetteer's metonyms win and such a phrase is no actor ("a failure for the government")
   */
  public ActorCoder(Dictionaries dictionaries, Gazetteer gazetteer, boolean dictionaryFirst) {
    this.dictionaryFirst = dictionaryFirst;
    this.actors = dictionaries.actors();
    this.agents = dictionaries.agents();
    Set<String> countries = new HashSet<>(gazetteer.countryCodes());
    countries.addAll(dictionaries.actors().countryCodes());
    this.codes = new ActorCodes(countries);
  }

  private static final class Standard {
    static final ActorCoder INSTANCE = new ActorCoder(Dictionaries.standard(), Gazetteer.load());
  }

  /** The coder of the shipped dictionaries and the built-in gazetteer (one shared instance). */
  public static ActorCoder standard() {
    return Standard.INSTANCE;
  }

  /** A coder with no dictionaries: it finds nothing. */
  public static ActorCoder none(Gazetteer gazetteer) {
    return new ActorCoder(Dictionaries.none(), gazetteer);
  }

  public ActorCodes codes() {
    return codes;
  }

  /** True for PETRARCH's reading (see the constructor). */
  public boolean dictionaryFirst() {
    return dictionaryFirst;
  }

  /** The code the actor dictionary gives a whole name on {@code date}, or null. */
  public String codeOfName(String name, LocalDate date) {
    ActorEntry e = actors.get(name);
    return e == null ? null : e.codeOn(date);
  }

  /** An actor phrase found in a sentence: tokens {@code [first, end)} and its entry. */
  public record ActorMatch(int first, int end, ActorEntry entry) {
    boolean contains(int token) {
      return token >= first && token < end;
    }
  }

  /** An agent phrase found in a sentence: tokens {@code [first, end)} and its agent. */
  public record AgentMatch(int first, int end, AgentEntry agent) {
    boolean contains(int token) {
      return token >= first && token < end;
    }
  }

  /** The actor and agent phrases of one sentence, in text order. */
  public record Matches(List<ActorMatch> actors, List<AgentMatch> agents) {

    /** The actor phrase holding {@code head}, else the one closest to it within the phrase. */
    public ActorMatch actorFor(int head, TreeSet<Integer> phrase) {
      ActorMatch best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (ActorMatch m : actors) {
        if (m.contains(head)) {
          return m;
        }
        if (!phrase.contains(m.first()) || !phrase.contains(m.end() - 1)) {
          continue;
        }
        int d = m.end() <= head ? head - m.end() + 1 : m.first() - head + 1;
        if (d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
      return best;
    }

    /** The agent phrase holding {@code head}, else the closest one within the phrase. */
    public AgentMatch agentFor(int head, TreeSet<Integer> phrase) {
      AgentMatch best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (AgentMatch m : agents) {
        if (m.contains(head)) {
          return m;
        }
        if (!phrase.contains(m.first()) || !phrase.contains(m.end() - 1)) {
          continue;
        }
        int d = m.end() <= head ? head - m.end() + 1 : m.first() - head + 1;
        if (d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
      return best;
    }
  }

  /**
   * The actor and agent phrases of sentence {@code s}. An actor phrase must be written as a name:
   * its words of four letters or more capitalised, and not strictly inside a person's name ("Chad"
   * in "Chad Smith"); an agent phrase must end in a noun. In PETRARCH's reading an agent may end in
   * an adjective ("official") and a one-word actor also matches its plural ("the Rohans").
   */
  public Matches match(ArticleContext ctx, int s) {
    SentenceGraph g = ctx.graph(s);
    List<String> words = new ArrayList<>();
    List<Integer> tokenOf = new ArrayList<>();
    List<Boolean> startsToken = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      List<String> ws = Words.of(g.word(t));
      if (ws.isEmpty() && joinsWords(g, t)) {
        continue;
      }
      if (ws.isEmpty()) {
        ws = List.of("\u0000");
      }
      for (int k = 0; k < ws.size(); k++) {
        words.add(ws.get(k));
        tokenOf.add(t);
        startsToken.add(k == 0);
      }
    }
    List<ActorMatch> actorMatches = new ArrayList<>();
    List<AgentMatch> agentMatches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!startsToken.get(i)) {
        i++;
        continue;
      }
      ActorDictionary.Match a = actors.longest(words, i);
      if (a != null && endsToken(tokenOf, i + a.length())) {
        int first = tokenOf.get(i);
        int end = tokenOf.get(i + a.length() - 1) + 1;
        if (written(g, first, end) && !insidePerson(ctx, s, first, end)) {
          actorMatches.add(new ActorMatch(first, end, a.entry()));
          i += a.length();
          continue;
        }
      }
      if (a == null && dictionaryFirst && words.get(i).length() > 3 && words.get(i).endsWith("S")) {
        List<String> singular = new ArrayList<>(words);
        singular.set(i, words.get(i).substring(0, words.get(i).length() - 1));
        ActorDictionary.Match one = actors.longest(singular, i);
        int t = tokenOf.get(i);
        if (one != null && one.length() == 1 && endsToken(tokenOf, i + 1) && written(g, t, t + 1)) {
          actorMatches.add(new ActorMatch(t, t + 1, one.entry()));
          i++;
          continue;
        }
      }
      AgentDictionary.Match ag = agents.longest(words, i);
      if (ag != null && endsToken(tokenOf, i + ag.length())) {
        int first = tokenOf.get(i);
        int end = tokenOf.get(i + ag.length() - 1) + 1;
        if (g.pos(end - 1).startsWith("NN") || dictionaryFirst && g.pos(end - 1).startsWith("JJ")) {
          agentMatches.add(new AgentMatch(first, end, ag.agent()));
          i += ag.length();
          continue;
        }
      }
      i++;
    }
    return new Matches(List.copyOf(actorMatches), List.copyOf(agentMatches));
  }

  /**
   * True when token {@code t} is a hyphen written between two words without spaces, splitting a
   * name the dictionary writes whole ("Kel-dur" as "Kel", "-", "dur").
   */
  private static boolean joinsWords(SentenceGraph g, int t) {
    return t > 0
        && t + 1 < g.size()
        && g.word(t).matches("[-\u2010\u2011]")
        && g.token(t - 1).span().end() == g.token(t).span().start()
        && g.token(t).span().end() == g.token(t + 1).span().start();
  }

  private static boolean endsToken(List<Integer> tokenOf, int nextWord) {
    return nextWord >= tokenOf.size() || !tokenOf.get(nextWord).equals(tokenOf.get(nextWord - 1));
  }

  /** Names are capitalised: every word of four letters or more, and at least one word. */
  private static boolean written(SentenceGraph g, int first, int end) {
    boolean capital = false;
    for (int t = first; t < end; t++) {
      String w = g.word(t);
      long letters = w.chars().filter(Character::isLetter).count();
      boolean upper = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
      if (letters >= 4 && !upper && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
      capital |= upper;
    }
    return capital;
  }

  private static boolean insidePerson(ArticleContext ctx, int s, int first, int end) {
    SentenceGraph g = ctx.graph(s);
    for (int t = first; t < end; t++) {
      EntityMention e = ctx.entity(s, t);
      if (e != null
          && e.type() == EntityType.PERSON
          && (e.span().start() < g.token(first).span().start()
              || e.span().end() > g.token(end - 1).span().end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code of an actor phrase with an agent on {@code date} (either may be null): the agent's
   * code after the actor's ({@code ~COP}) or before it ({@code NGO~}), unless the actor's code
   * already holds it; null when neither gives a code.
   */
  public static String compose(ActorEntry actor, AgentEntry agent, LocalDate date) {
    String a = actor == null ? null : actor.codeOn(date);
    if (agent == null) {
      return a;
    }
    if (a == null) {
      return agent.code();
    }
    if (holds(a, agent.code())) {
      return a;
    }
    return agent.before() ? agent.code() + a : a + agent.code();
  }

  /** True when {@code part} stands in {@code code} at a three-letter boundary. */
  static boolean holds(String code, String part) {
    for (int k = 0; k + part.length() <= code.length(); k += 3) {
      if (code.startsWith(part, k)) {
        return true;
      }
    }
    return false;
  }
}
