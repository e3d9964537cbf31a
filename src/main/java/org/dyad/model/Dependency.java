package org.dyad.model;

/**
 * A typed dependency between two tokens of one sentence, by token index within the sentence.
 *
 * @param governor index of the head token, or -1 for the root
 */
public record Dependency(String relation, int governor, int dependent) {

  public Dependency {
    if (relation == null || relation.isBlank()) {
      throw new IllegalArgumentException("relation must not be blank: '" + relation + "'");
    }
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException(
          "bad token indices: governor=" + governor + ", dependent=" + dependent);
    }
  }
}
