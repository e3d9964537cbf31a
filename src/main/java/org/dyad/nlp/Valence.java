package org.dyad.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How positive or negative a word is: the VADER sentiment lexicon's mean valence, from -4 to +4
 * ({@code vader-lexicon.tsv}); 0 for words it does not list.
 */
public final class Valence {

  private static final Map<String, Double> VALENCE = read();

  private Valence() {}

  private static Map<String, Double> read() {
    Map<String, Double> out = new HashMap<>();
    for (String[] f : Resources.tsv("/dyad/vader-lexicon.tsv", 2)) {
      out.put(f[0], Double.parseDouble(f[1]));
    }
    return Map.copyOf(out);
  }

  /** The valence of a word, case-insensitively; 0 when the lexicon does not list it. */
  public static double of(String word) {
    if (word == null) {
      throw new IllegalArgumentException("word must not be null");
    }
    return VALENCE.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
  }

  /** True when the lexicon lists the word. */
  public static boolean listed(String word) {
    return word != null && VALENCE.containsKey(word.toLowerCase(Locale.ROOT));
  }
}
