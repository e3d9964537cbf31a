package org.dyad.extract.event;

/**
 * One event trigger: a verb ({@code V}) or noun ({@code N}) lemma, an optional phrasal particle and
 * required object lemma ({@code -} when none), and the CAMEO code it signals.
 */
public record LexiconEntry(
    String pos, String lemma, String particle, String object, String code, String sourceRole) {

  public LexiconEntry {
    if (!"V".equals(pos) && !"N".equals(pos)) {
      throw new IllegalArgumentException("pos must be V or N: '" + pos + "'");
    }
    if (lemma == null || lemma.isBlank()) {
      throw new IllegalArgumentException("lemma must not be blank");
    }
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException(
          "code must have 2 to 4 digits for " + lemma + ": '" + code + "'");
    }
  }
}
