package org.dyad.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.AgentEntry;
import org.dyad.dictionary.Dictionaries;
import org.dyad.nlp.Resources;

/**
 * How a headline's noun phrases read in English: which word heads a phrase, whether what it names
 * can do an act ("Russian troops" can, "Russia's influence" cannot), and whether it needs "the"
 * ("the Philippines", "the Iranian official"), from {@code dyad/headline-nouns.tsv}, the people and
 * group nouns of {@code dyad/person-patients.tsv} and the heads of PETRARCH's agent phrases.
 */
final class HeadlineNouns {

  /** Words after which a phrase's first noun group has ended. */
  private static final Set<String> ENDS_GROUP =
      Set.of(
          "of", "in", "on", "at", "from", "with", "for", "to", "against", "by", "about", "near",
          "over", "under", "into", "between", "during", "after", "before", "who", "which", "that",
          "whose", "whom", "where", "when", "and", "or", "headed", "led", "based");

  /** Words by kind ("agent", "institution", "name", "mass", "determiner"); after ENDS_GROUP. */
  private static final Map<String, Set<String>> WORDS = load();

  private HeadlineNouns() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> m = new HashMap<>();
    for (String[] f : Resources.tsv("/dyad/headline-nouns.tsv", 2)) {
      m.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1].toLowerCase(Locale.ROOT));
    }
    Set<String> agents = m.computeIfAbsent("agent", k -> new HashSet<>());
    for (String[] f : Resources.tsv("/dyad/person-patients.tsv", 2)) {
      if (f[0].equals("noun")) {
        agents.add(f[1].toLowerCase(Locale.ROOT));
      }
    }
    try {
      for (AgentEntry e : AgentDictionary.resource(Dictionaries.AGENT_RESOURCE).entries()) {
        // Only one-word agents: the last word of a longer one may be a place ("mortar position").
        String[] words = e.phrase().toLowerCase(Locale.ROOT).split("[_\\s]+");
        if (words.length == 1 && words[0].matches("\\p{L}{3,}")) {
          agents.add(singular(words[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Dictionaries.AGENT_RESOURCE, e);
    }
    return m;
  }

  private static boolean is(String kind, String word) {
    return WORDS.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  /** A phrase's words. */
  static List<String> words(String phrase) {
    return List.of(phrase.strip().split("\\s+"));
  }

  /**
   * The word that heads a phrase's first noun group: the last before a preposition, a conjunction,
   * a relative pronoun or a comma ("units" in "the last units of the army"); null for no words.
   */
  static String head(List<String> words) {
    String head = null;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (head != null && ENDS_GROUP.contains(lower)) {
        break;
      }
      head = w.replaceAll("[,;:.]+$", "");
      if (w.endsWith(",")) {
        break;
      }
    }
    return head == null || head.isEmpty() ? null : head;
  }

  /** A plural's singular by the regular rules ("analysts", "authorities"); else the word. */
  static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("men") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "man";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static boolean plural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return !singular(w).equals(w) || is("mass", w);
  }

  /**
   * True when the phrase can name the doer of an act: its head is a name (capitalised) or a noun
   * for people, a group or an institution, and no possessive or pronoun stands for it.
   */
  static boolean canAct(String phrase) {
    List<String> words = words(phrase);
    String head = head(words);
    if (head == null || head.matches(".*['\u2019]s?$")) {
      return false;
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    if (first.matches("what|which|who|whose|whom|where|when|how|why")) {
      return false;
    }
    if (Character.isUpperCase(head.charAt(0))) {
      return true;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    return is("agent", lower) || is("agent", singular(lower));
  }

  /**
   * The phrase with the article it needs to read in running text: "the" before a name whose head is
   * an institution or that is listed ("the Islamic Republic of Iran", "the Philippines") and before
   * a singular common noun with no determiner ("the Iranian official"); else as it is.
   */
  static String withArticle(String phrase) {
    return withArticle(phrase, null);
  }

  /**
   * As {@link #withArticle(String)}, told by the text's tags whether the head is a singular common
   * noun ({@code null}: guessed from the words).
   */
  static String withArticle(String phrase, Boolean singularCommon) {
    String p = phrase.strip();
    List<String> words = words(p);
    String first = words.get(0);
    String firstLower = first.toLowerCase(Locale.ROOT);
    if (p.isEmpty()
        || is("determiner", firstLower)
        || first.matches(".*['\u2019]s?$")
        || Character.isDigit(first.charAt(0))) {
      return p;
    }
    if (is("name", p)) {
      return "the " + p;
    }
    String head = head(words);
    if (head == null) {
      return p;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (Character.isUpperCase(head.charAt(0))) {
      boolean named = Character.isUpperCase(first.charAt(0));
      return named && !isAllCaps(head) && is("institution", lower) ? "the " + p : p;
    }
    if (Character.isUpperCase(first.charAt(0)) && words.size() == 1) {
      return p;
    }
    boolean singular =
        singularCommon != null ? singularCommon && !is("mass", lower) : !plural(lower);
    return singular ? "the " + p : p;
  }

  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }
}
