package org.dyad.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dyad.dictionary.Verb;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.dictionary.VerbPattern;
import org.dyad.dictionary.VerbPattern.Noun;
import org.dyad.dictionary.VerbPattern.NounTerm;
import org.dyad.dictionary.VerbPattern.PrepTerm;
import org.dyad.dictionary.Words;
import org.dyad.extract.SentenceGraph;

/**
 * The verbs and patterns of a PETRARCH verb dictionary as event triggers on the dependency parse: a
 * pattern's nouns after the verb are heads in the verb's clause after it (with their modifier words
 * in their phrase), its prepositional phrases are prepositions there (with their nouns in the
 * phrase they introduce), its nouns before the verb are words before it.
 */
public final class VerbPatterns {

  /** Relations that lead out of the verb's own clause. */
  private static final Set<String> OTHER_CLAUSES =
      Set.of(
          "nsubj",
          "nsubj:pass",
          "csubj",
          "conj",
          "cc",
          "parataxis",
          "punct",
          "advcl",
          "mark",
          "ccomp",
          "acl:relcl");

  private final Map<String, List<Verb>> byLemma = new HashMap<>();
  private final Map<String, List<Verb>> byForm = new HashMap<>();
  private final Predicate<String> validCode;
  private final Set<String> ignoredDefaults;
  private final boolean headsOnly;

  /**
   * @param validCode which codes may be used (the CAMEO codebook's, or any for a test dictionary)
   * @param ignoredDefaults verbs whose code on their own is not used (their patterns are), and
   *     {@code root:NN} for every verb whose own code has that root
   */
  public VerbPatterns(
      VerbDictionary verbs, Predicate<String> validCode, Set<String> ignoredDefaults) {
    this(verbs, validCode, ignoredDefaults, true);
  }

  /**
   * @param headsOnly true for PETRARCH 2's patterns, whose last noun after the verb is the head of
   *     one of its phrases; false for TABARI-style patterns (PETRARCH's validation dictionary),
   *     whose words may stand anywhere in the verb's clause after it
   */
  public VerbPatterns(
      VerbDictionary verbs,
      Predicate<String> validCode,
      Set<String> ignoredDefaults,
      boolean headsOnly) {
    this.headsOnly = headsOnly;
    this.validCode = validCode;
    this.ignoredDefaults = Set.copyOf(ignoredDefaults);
    for (Verb v : verbs.verbs()) {
      byLemma.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(v);
      for (String f : v.forms()) {
        if (!f.equals(v.lemma())) {
          byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(v);
        }
      }
    }
  }

  /** No verbs at all. */
  public static VerbPatterns none() {
    return new VerbPatterns(VerbDictionary.empty(), c -> true, Set.of());
  }

  /**
   * Where a pattern places an actor in the sentence: the source or the target is the nearest actor
   * after (or before) token {@code anchor}, past {@code skips} noun phrases.
   */
  public record Role(boolean source, boolean beforeVerb, int anchor, int skips) {}

  /**
   * A trigger found by the dictionary: the verb, the pattern (null: the verb alone), its codes and
   * the tokens its words matched.
   */
  public record Match(
      Verb verb,
      VerbPattern pattern,
      String code,
      String reverseCode,
      String head,
      Set<Integer> words,
      List<Role> roles) {

    public Match {
      words = Set.copyOf(words);
      roles = List.copyOf(roles);
    }

    /** As a lexicon row: particle and object from the verb and the pattern's first noun. */
    public LexiconEntry entry(String lemma) {
      String particle = verb.after().isEmpty() ? "-" : verb.after().get(0).toLowerCase(Locale.ROOT);
      return new LexiconEntry("V", lemma, particle, head == null ? "-" : head, code, "-", "-");
    }
  }

  /**
   * The dictionary's trigger at verb token {@code i}: its most specific pattern that matches (the
   * first in the file among equals), else the verb's own code; null when it has neither. A pattern
   * coded {@code [---]} matches too and says the verb is no event there (its code is null).
   */
  public Match match(SentenceGraph g, int i) {
    if (!g.pos(i).startsWith("VB")) {
      return null;
    }
    List<Verb> candidates = verbsAt(g, i);
    if (candidates.isEmpty()) {
      return null;
    }
    Match best = null;
    int bestScore = -1;
    Match plain = null;
    Set<Integer> clause = null;
    for (Verb v : candidates) {
      if (!compoundFits(g, i, v)) {
        continue;
      }
      int verbWords = v.before().size() + v.after().size();
      for (VerbPattern p : v.patterns()) {
        if (p.code() == null && p.reverseCode() == null && !p.line().contains("[---]")) {
          continue;
        }
        if (p.code() != null && !validCode.test(p.code())) {
          continue;
        }
        if (clause == null) {
          clause = clause(g, i);
        }
        Set<Integer> used = new HashSet<>();
        Found found = new Found(p);
        String head = matches(g, i, p, clause, headsOnly, used, found);
        if (head == null) {
          continue;
        }
        int score = 10 * p.specificity() + verbWords;
        if (score > bestScore) {
          List<Role> roles = new ArrayList<>();
          for (VerbPattern.Slot slot : p.slots()) {
            roles.add(
                new Role(slot.source(), slot.beforeVerb(), found.token(slot, i), slot.skips()));
          }
          best =
              new Match(v, p, p.code(), p.reverseCode(), head.isEmpty() ? null : head, used, roles);
          bestScore = score;
        }
      }
      if (plain == null && ownCodeCounts(v)) {
        plain = new Match(v, null, v.code(), v.reverseCode(), null, Set.of(), List.of());
      }
    }
    return best != null ? best : plain;
  }

  /** True when a verb's code on its own is used (not ignored by verb or by root). */
  private boolean ownCodeCounts(Verb v) {
    return v.code() != null
        && validCode.test(v.code())
        && !ignoredDefaults.contains(v.lemma())
        && !ignoredDefaults.contains("root:" + v.code().substring(0, 2));
  }

  /**
   * The verbs the token can be: by lemma (in American spelling when the dictionary has only that:
   * "finalise" is FINALIZE, "analyse" ANALYZE), else by written form.
   */
  private List<Verb> verbsAt(SentenceGraph g, int i) {
    List<Verb> out = new ArrayList<>();
    String lemma = g.lemma(i).toUpperCase(Locale.ROOT);
    out.addAll(byLemma.getOrDefault(lemma, byLemma.getOrDefault(american(lemma), List.of())));
    String word = g.word(i).toUpperCase(Locale.ROOT);
    for (Verb v : byForm.getOrDefault(word, byLemma.getOrDefault(word, List.of()))) {
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    out.sort(
        (a, b) -> (b.before().size() + b.after().size()) - (a.before().size() + a.after().size()));
    return out;
  }

  /** A verb lemma in American spelling: British "-ise" and "-yse" endings as "-ize" and "-yze". */
  static String american(String lemma) {
    if (lemma.length() > 4 && (lemma.endsWith("ISE") || lemma.endsWith("YSE"))) {
      return lemma.substring(0, lemma.length() - 2) + "ZE";
    }
    return lemma;
  }

  /** A multi-word verb needs its words: particles after the verb, words right before it. */
  private static boolean compoundFits(SentenceGraph g, int i, Verb v) {
    for (int k = 0; k < v.before().size(); k++) {
      int t = i - v.before().size() + k;
      if (t < 0 || !is(g, t, v.before().get(k))) {
        return false;
      }
    }
    int next = i + 1;
    for (String particle : v.after()) {
      boolean found = false;
      for (int c : g.children(i, "compound:prt")) {
        found |= is(g, c, particle);
      }
      if (!found && next < g.size() && is(g, next, particle)) {
        found = true;
        next++;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean is(SentenceGraph g, int t, String word) {
    String w = Words.key(g.word(t));
    return w.equals(word) || Words.key(g.lemma(t)).equals(word);
  }

  /**
   * The tokens of the verb's own clause after it; for TABARI-style patterns also its clausal
   * complement ("allowed that Mordor isn't a really pleasant place").
   */
  private Set<Integer> clause(SentenceGraph g, int i) {
    Set<Integer> out = new HashSet<>();
    for (int t : g.subtree(i, r -> !OTHER_CLAUSES.contains(r) || !headsOnly && r.equals("ccomp"))) {
      if (t > i) {
        out.add(t);
      }
    }
    return out;
  }

  /** The tokens a pattern's terms matched, by side and kind, in the pattern's order. */
  private record Found(int[] beforeNouns, int[] beforePreps, int[] afterNouns, int[] afterPreps) {
    Found(VerbPattern p) {
      this(
          new int[p.before().size()],
          new int[p.beforePreps().size()],
          new int[p.after().size()],
          new int[p.afterPreps().size()]);
    }

    int token(VerbPattern.Slot slot, int verb) {
      if (slot.anchor() < 0) {
        return verb;
      }
      int[] tokens =
          slot.beforeVerb()
              ? (slot.anchorIsPrep() ? beforePreps : beforeNouns)
              : (slot.anchorIsPrep() ? afterPreps : afterNouns);
      return slot.anchor() < tokens.length ? tokens[slot.anchor()] : verb;
    }
  }

  /**
   * The head word a pattern matched at verb {@code i} ("" when it has no noun after the verb), or
   * null when it does not match; the tokens its words matched are added to {@code used}, its terms'
   * tokens set in {@code found}.
   */
  private static String matches(
      SentenceGraph g,
      int i,
      VerbPattern p,
      Set<Integer> clause,
      boolean headsOnly,
      Set<Integer> used,
      Found found) {
    String firstHead = "";
    List<NounTerm> after = p.after();
    if (!after.isEmpty()) {
      int lastIndex = after.size() - 1;
      int t =
          noun(
              g, after.get(lastIndex), headsOnly ? objects(g, i, clause) : clause, used, headsOnly);
      if (t < 0) {
        return null;
      }
      found.afterNouns()[lastIndex] = t;
      firstHead = g.lemma(t);
      for (int k = 0; k < lastIndex; k++) {
        found.afterNouns()[k] = noun(g, after.get(k), clause, used, headsOnly);
        if (found.afterNouns()[k] < 0) {
          return null;
        }
      }
    }
    for (int k = 0; k < p.afterPreps().size(); k++) {
      found.afterPreps()[k] = prep(g, p.afterPreps().get(k), clause, used, headsOnly);
      if (found.afterPreps()[k] < 0) {
        return null;
      }
    }
    if (!p.before().isEmpty() || !p.beforePreps().isEmpty()) {
      Set<Integer> before = new HashSet<>();
      for (int t = 0; t < i; t++) {
        before.add(t);
      }
      for (int k = 0; k < p.before().size(); k++) {
        found.beforeNouns()[k] = noun(g, p.before().get(k), before, used, headsOnly);
        if (found.beforeNouns()[k] < 0) {
          return null;
        }
      }
      for (int k = 0; k < p.beforePreps().size(); k++) {
        found.beforePreps()[k] = prep(g, p.beforePreps().get(k), before, used, headsOnly);
        if (found.beforePreps()[k] < 0) {
          return null;
        }
      }
    }
    return firstHead;
  }

  /**
   * The heads a pattern's first noun after the verb may be: the verb's own dependents in its
   * clause, the head of its object and of its prepositional phrases ("froze the bank accounts":
   * ACCOUNT, not BANK).
   */
  private static Set<Integer> objects(SentenceGraph g, int i, Set<Integer> clause) {
    Set<Integer> out = new HashSet<>();
    for (var d : g.children(i)) {
      if (clause.contains(d.dependent())) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * A token among {@code region} that one alternative of the term heads (a common noun, or any word
   * but a proper noun when not {@code nounsOnly}); -1 if none. When not {@code nounsOnly} (TABARI
   * patterns) the words of a consecutive term must stand right before its head, and are used too.
   */
  private static int noun(
      SentenceGraph g, NounTerm term, Set<Integer> region, Set<Integer> used, boolean nounsOnly) {
    boolean consecutive = term.consecutive() && !nounsOnly;
    for (int t : new TreeSet<>(region)) {
      if (used.contains(t) || nounsOnly && !g.pos(t).matches("NNS?")) {
        continue;
      }
      for (Noun n : term.alternatives()) {
        if (!is(g, t, n.head())) {
          continue;
        }
        if (consecutive
            ? runBefore(g, t, n.modifiers(), used)
            : modifiersPresent(g, t, n.modifiers())) {
          used.add(t);
          if (consecutive) {
            for (int k = 1; k <= n.modifiers().size(); k++) {
              used.add(t - k);
            }
          }
          return t;
        }
      }
    }
    return -1;
  }

  /** True when the words stand right before token {@code head}, in order, none of them used. */
  private static boolean runBefore(
      SentenceGraph g, int head, List<String> words, Set<Integer> used) {
    int first = head - words.size();
    if (first < 0) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (used.contains(first + k) || !is(g, first + k, words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean modifiersPresent(SentenceGraph g, int head, List<String> modifiers) {
    if (modifiers.isEmpty()) {
      return true;
    }
    TreeSet<Integer> phrase = g.phrase(head);
    for (int t = Math.max(0, head - modifiers.size() - 3); t < head; t++) {
      phrase.add(t);
    }
    for (String m : modifiers) {
      boolean found = false;
      for (int t : phrase) {
        found |= t != head && is(g, t, m);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** The token of a preposition among {@code region} with the term's nouns after it, or -1. */
  private static int prep(
      SentenceGraph g, PrepTerm prep, Set<Integer> region, Set<Integer> used, boolean nounsOnly) {
    for (int t : new TreeSet<>(region)) {
      if (used.contains(t)) {
        continue;
      }
      boolean isPrep = false;
      for (String p : prep.prepositions()) {
        isPrep |= is(g, t, p);
      }
      if (!isPrep) {
        continue;
      }
      if (prep.nouns().isEmpty()) {
        used.add(t);
        return t;
      }
      int object = g.head(t);
      Set<Integer> inside = new HashSet<>();
      if (object >= 0 && object != t) {
        inside.addAll(g.subtree(object, r -> !OTHER_CLAUSES.contains(r)));
      }
      for (int k = t + 1; k < g.size() && k <= t + 4; k++) {
        inside.add(k);
      }
      Set<Integer> tried = new HashSet<>(used);
      boolean all = true;
      for (NounTerm n : prep.nouns()) {
        if (noun(g, n, inside, tried, nounsOnly) < 0) {
          all = false;
          break;
        }
      }
      if (all) {
        used.addAll(tried);
        used.add(t);
        return t;
      }
    }
    return -1;
  }

  /**
   * Parse cues for the dictionary's verbs: {@code V:lemma} with, for each pattern, the word it
   * needs after the verb (any of its first noun's heads, or its preposition); none for a verb whose
   * own code counts.
   */
  public Map<String, List<Set<String>>> cues() {
    Map<String, List<Set<String>>> out = new HashMap<>();
    for (var e : byLemma.entrySet()) {
      String key = "V:" + e.getKey().toLowerCase(Locale.ROOT);
      List<Set<String>> alternatives = out.computeIfAbsent(key, k -> new ArrayList<>());
      for (Verb v : e.getValue()) {
        if (ownCodeCounts(v)) {
          alternatives.add(Set.of());
          continue;
        }
        for (VerbPattern p : v.patterns()) {
          if (p.code() == null || !validCode.test(p.code())) {
            continue;
          }
          if (!p.after().isEmpty()) {
            for (Noun n : p.after().get(0).alternatives()) {
              alternatives.add(Set.of(n.head().toLowerCase(Locale.ROOT)));
            }
          } else if (!p.afterPreps().isEmpty()) {
            for (String prep : p.afterPreps().get(0).prepositions()) {
              alternatives.add(Set.of(prep.toLowerCase(Locale.ROOT)));
            }
          } else {
            alternatives.add(Set.of());
          }
        }
      }
      if (alternatives.isEmpty()) {
        out.remove(key);
      } else {
        out.put(key, new ArrayList<>(new java.util.LinkedHashSet<>(alternatives)));
      }
    }
    return out;
  }
}
