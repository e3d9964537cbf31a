package org.dyad.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sentences need a dependency parse: those holding a cue word (a lemma, or {@code V:lemma} /
 * {@code N:lemma} for a verb / common noun) together with every word its cue requires ("have"
 * counts only with "talks"), or a match of {@code phrases}.
 *
 * @param cues each cue key with its alternative sets of required lemmas (an empty set: none)
 * @param phrases matched against the sentence text, or null
 */
public record ParseScope(Map<String, List<Set<String>>> cues, Pattern phrases) {

  public ParseScope {
    if (cues == null || cues.isEmpty()) {
      throw new IllegalArgumentException("cues must not be empty: " + cues);
    }
    Map<String, List<Set<String>>> copy = new HashMap<>();
    cues.forEach((k, v) -> copy.put(k, v.stream().map(Set::copyOf).toList()));
    cues = Map.copyOf(copy);
  }

  /** A scope of plain cue words, each enough on its own. */
  public static ParseScope of(Set<String> lemmas, Pattern phrases) {
    Map<String, List<Set<String>>> cues = new HashMap<>();
    for (String l : lemmas) {
      cues.put(l, List.of(Set.of()));
    }
    return new ParseScope(cues, phrases);
  }

  /**
   * True when a sentence with these cue keys and these words (lemmas and lowercased forms) is in
   * scope.
   */
  public boolean covers(Iterable<String> keys, Set<String> words) {
    for (String key : keys) {
      List<Set<String>> alternatives = cues.get(key);
      if (alternatives != null) {
        for (Set<String> required : alternatives) {
          if (words.containsAll(required)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
