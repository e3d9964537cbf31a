package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.dictionary.VerbPattern.Noun;
import org.dyad.dictionary.VerbPattern.NounTerm;
import org.dyad.dictionary.VerbPattern.PrepTerm;

/**
 * Reads the pattern lines of a verb dictionary (see {@link VerbDictionary}) against the synonym
 * sets defined before them.
 */
final class PatternReader {

  /** A pattern token: markers or underscores before it, its words, markers or underscores after. */
  private static final Pattern MARKED = Pattern.compile("([_$+%^*]*)(.*?)([_$+%^*]*)");

  /** The marks of actors' places in a pattern. */
  private static final Set<String> MARKERS = Set.of("$", "+", "^", "%");

  private final Map<String, List<Noun>> sets;

  /**
   * @param sets the synonym sets read so far, by name ({@code &CURRENCY}); read, not copied
   */
  PatternReader(Map<String, List<Noun>> sets) {
    this.sets = sets;
  }

  /** A pattern line without its leading '-', or null when it cannot be used. */
  VerbPattern pattern(String text) {
    Matcher c = VerbDictionary.CODE.matcher(text);
    if (!c.find()) {
      return null;
    }
    String[] codes = VerbDictionary.codes(c.group(1));
    String body = text.substring(0, c.start());
    int star = body.indexOf('*');
    if (star < 0) {
      return null;
    }
    List<NounTerm> before = new ArrayList<>();
    List<PrepTerm> beforePreps = new ArrayList<>();
    List<NounTerm> after = new ArrayList<>();
    List<PrepTerm> afterPreps = new ArrayList<>();
    List<VerbPattern.Slot> slots = new ArrayList<>();
    if (!terms(body.substring(0, star), before, beforePreps, slots, true)
        || !terms(body.substring(star + 1), after, afterPreps, slots, false)) {
      return null;
    }
    return new VerbPattern(
        before, beforePreps, after, afterPreps, codes[0], codes[1], text.strip(), slots);
  }

  /** The tokens of one side: brackets, words, and the markers $ + ^ % apart. */
  private static List<String> sideTokens(String side) {
    String spaced = side.replaceAll("([{}()])", " $1 ");
    List<String> tokens = new ArrayList<>();
    for (String t : spaced.strip().split("\\s+")) {
      Matcher m = MARKED.matcher(t);
      if (!m.matches()) {
        continue;
      }
      m.group(1).chars().filter(c -> c != '_').forEach(c -> tokens.add(Character.toString(c)));
      if (!m.group(2).isEmpty()) {
        tokens.add(m.group(2));
      }
      m.group(3).chars().filter(c -> c != '_').forEach(c -> tokens.add(Character.toString(c)));
    }
    return tokens;
  }

  /**
   * Reads one side of a pattern, with the places of the actors it names ({@code $}, {@code +}, past
   * {@code ^} noun phrases; {@code %} is not used); false when it names an undefined set. After the
   * verb an actor follows the term before it; before the verb it precedes the term after it.
   */
  private boolean terms(
      String side,
      List<NounTerm> nouns,
      List<PrepTerm> preps,
      List<VerbPattern.Slot> slots,
      boolean beforeVerb) {
    List<String> tokens = sideTokens(side);
    List<int[]> pending = new ArrayList<>();
    int skips = 0;
    int lastTerm = -1;
    boolean lastIsPrep = false;
    int k = 0;
    while (k < tokens.size()) {
      String t = tokens.get(k);
      int nounCount = nouns.size();
      int prepCount = preps.size();
      if (t.equals("^")) {
        skips++;
        k++;
      } else if (t.equals("$") || t.equals("+")) {
        int source = t.equals("$") ? 1 : 0;
        if (beforeVerb) {
          pending.add(new int[] {source, 0});
        } else {
          slots.add(new VerbPattern.Slot(source == 1, false, lastTerm, lastIsPrep, skips));
        }
        skips = 0;
        k++;
      } else if (t.equals("%")) {
        k++;
      } else if (t.equals("(")) {
        int end = indexFrom(tokens, ")", k);
        end = end < 0 ? tokens.size() : end;
        List<String> inside = tokens.subList(k + 1, end);
        k = end + 1;
        if (inside.isEmpty()) {
          continue;
        }
        Set<String> prepositions = new LinkedHashSet<>();
        String p = inside.get(0);
        if (p.startsWith("&")) {
          List<Noun> members = sets.get(p);
          if (members == null) {
            return false;
          }
          members.forEach(n -> prepositions.add(n.head()));
        } else {
          prepositions.addAll(Words.of(p));
        }
        List<NounTerm> objects = new ArrayList<>();
        List<String> rest = new ArrayList<>(inside.subList(1, inside.size()));
        rest.removeIf(w -> MARKERS.contains(w));
        if (!nounTerms(rest, objects)) {
          return false;
        }
        preps.add(new PrepTerm(prepositions, objects));
      } else {
        int end = k + 1;
        if (t.equals("{")) {
          end = indexFrom(tokens, "}", k);
          end = end < 0 ? tokens.size() : end + 1;
        }
        List<String> words = new ArrayList<>(tokens.subList(k, end));
        words.removeIf(w -> MARKERS.contains(w));
        if (!nounTerms(words, nouns)) {
          return false;
        }
        k = end;
      }
      boolean prepAdded = preps.size() > prepCount;
      if (prepAdded || nouns.size() > nounCount) {
        lastIsPrep = prepAdded;
        lastTerm = prepAdded ? preps.size() - 1 : nouns.size() - 1;
        skips = 0;
        for (int[] slot : pending) {
          slots.add(new VerbPattern.Slot(slot[0] == 1, true, lastTerm, lastIsPrep, slot[1]));
        }
        pending.clear();
      } else if (t.equals("^")) {
        pending.forEach(slot -> slot[1]++);
      }
    }
    for (int[] slot : pending) {
      slots.add(new VerbPattern.Slot(slot[0] == 1, true, -1, false, slot[1]));
    }
    return true;
  }

  private static int indexFrom(List<String> tokens, String what, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k).equals(what)) {
        return k;
      }
    }
    return -1;
  }

  /** Noun terms from plain words, sets and braced phrases; false on an undefined set. */
  private boolean nounTerms(List<String> tokens, List<NounTerm> into) {
    int k = 0;
    while (k < tokens.size()) {
      String t = tokens.get(k);
      if (t.equals("{")) {
        int end = indexFrom(tokens, "}", k);
        end = end < 0 ? tokens.size() : end;
        List<List<Noun>> parts = new ArrayList<>();
        for (String w : tokens.subList(k + 1, end)) {
          List<Noun> alternatives = word(w);
          if (alternatives == null) {
            return false;
          }
          if (!alternatives.isEmpty()) {
            parts.add(alternatives);
          }
        }
        if (!parts.isEmpty()) {
          into.add(new NounTerm(phrase(parts)));
        }
        k = end + 1;
      } else if (t.equals("}") || t.equals(")") || t.equals("(")) {
        k++;
      } else {
        List<Noun> alternatives = word(t);
        if (alternatives == null) {
          return false;
        }
        if (!alternatives.isEmpty()) {
          into.add(new NounTerm(alternatives, t.startsWith("&") || t.contains("_")));
        }
        k++;
      }
    }
    return true;
  }

  /**
   * The alternatives of one pattern word: itself, a set's members, or the phrases of words and sets
   * joined by {@code _} ("NEW_&TIETYPES_RELATIONS"); null if a set is undefined.
   */
  private List<Noun> word(String w) {
    if (w.startsWith("&") && sets.containsKey(w.replaceAll("_+$", ""))) {
      return sets.get(w.replaceAll("_+$", ""));
    }
    if (w.contains("_") && w.contains("&")) {
      List<List<Noun>> parts = new ArrayList<>();
      for (String part : w.split("_+")) {
        List<Noun> alternatives = part.isEmpty() ? List.of() : word(part);
        if (alternatives == null) {
          return null;
        }
        if (!alternatives.isEmpty()) {
          parts.add(alternatives);
        }
      }
      return parts.isEmpty() ? List.of() : phrase(parts);
    }
    if (w.startsWith("&")) {
      return sets.get(w.replaceAll("_+$", ""));
    }
    List<String> words = wordKeys(w);
    List<Noun> out = new ArrayList<>();
    if (!words.isEmpty()) {
      out.add(new Noun(words.get(words.size() - 1), words.subList(0, words.size() - 1)));
    }
    return out;
  }

  /**
   * The words of a phrase, split at blanks and underscores, each in its matching form (so "N'T" is
   * one word, "N T", as the token "n't" gives).
   */
  static List<String> wordKeys(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.replace('_', ' ').strip().split("\\s+")) {
      String k = Words.key(w);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /** The alternatives of a braced phrase: every combination, the last part as head. */
  static List<Noun> phrase(List<List<Noun>> parts) {
    List<Noun> out = new ArrayList<>();
    out.add(new Noun("", List.of()));
    for (List<Noun> part : parts) {
      List<Noun> next = new ArrayList<>();
      for (Noun prefix : out) {
        for (Noun n : part) {
          List<String> modifiers = new ArrayList<>(prefix.modifiers());
          if (!prefix.head().isEmpty()) {
            modifiers.add(prefix.head());
          }
          modifiers.addAll(n.modifiers());
          next.add(new Noun(n.head(), modifiers));
        }
      }
      out = next.size() > 5000 ? next.subList(0, 5000) : next;
    }
    return new ArrayList<>(new LinkedHashSet<>(out));
  }
}
