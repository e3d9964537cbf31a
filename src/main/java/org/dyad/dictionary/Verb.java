package org.dyad.dictionary;

import java.util.List;
import java.util.Set;

/**
 * One verb of a verb dictionary, with the block it belongs to.
 *
 * @param lemma the base form, upper-case ("FREEZE", "TAP" for "WIRE_+TAP")
 * @param forms every written form the dictionary gives or implies (regular forms are generated:
 *     -S/-ES/-IES, -ED/-D, -ING), upper-case
 * @param before words that come right before the verb ("WIRE" in "WIRE_+TAP")
 * @param after words that come right after it, particles ("OFF" in "+CORDON_OFF")
 * @param code the event code of the verb on its own, or null ({@code [---]})
 * @param reverseCode the code from target to source ({@code [032:033]} gives 033), or null
 * @param block the name of its synonym block ("ACCELERATE")
 * @param patterns the patterns of its block
 */
public record Verb(
    String lemma,
    Set<String> forms,
    List<String> before,
    List<String> after,
    String code,
    String reverseCode,
    String block,
    List<VerbPattern> patterns) {

  public Verb {
    if (lemma == null || !lemma.matches("[A-Z0-9'-]+")) {
      throw new IllegalArgumentException("verb must be one upper-case word: '" + lemma + "'");
    }
    forms = Set.copyOf(forms);
    before = List.copyOf(before);
    after = List.copyOf(after);
    patterns = List.copyOf(patterns);
  }
}
