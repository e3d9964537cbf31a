package org.dyad.extract.quote;

import java.util.HashSet;
import java.util.Set;
import org.dyad.nlp.Resources;

/** The words that attribute speech, by kind, from {@code dyad/speech-cues.tsv}. */
final class SpeechCues {

  static final Set<String> VERBS;
  static final Set<String> INDIRECT;
  static final Set<String> NOUNS;
  static final Set<String> DOCUMENTS;
  static final Set<String> ISSUING;

  static {
    Set<String> verbs = new HashSet<>();
    Set<String> indirect = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Set<String> documents = new HashSet<>();
    Set<String> issuing = new HashSet<>();
    for (String[] f : Resources.tsv("/dyad/speech-cues.tsv", 2)) {
      for (String kind : f[1].split(",")) {
        switch (kind.strip()) {
          case "verb" -> verbs.add(f[0]);
          case "indirect" -> indirect.add(f[0]);
          case "noun" -> nouns.add(f[0]);
          case "document" -> documents.add(f[0]);
          case "issue" -> issuing.add(f[0]);
          default ->
              throw new IllegalStateException(
                  "speech-cues.tsv: unknown kind '" + kind + "' for " + f[0]);
        }
      }
    }
    VERBS = Set.copyOf(verbs);
    INDIRECT = Set.copyOf(indirect);
    NOUNS = Set.copyOf(nouns);
    DOCUMENTS = Set.copyOf(documents);
    ISSUING = Set.copyOf(issuing);
  }

  private SpeechCues() {}

  /** Every lemma that can attribute speech (issuing verbs need no parse of their own). */
  static Set<String> all() {
    Set<String> out = new HashSet<>(VERBS);
    out.addAll(INDIRECT);
    out.addAll(NOUNS);
    out.addAll(DOCUMENTS);
    return out;
  }
}
