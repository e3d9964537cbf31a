package org.dyad.dictionary;

/**
 * One agent of an agent dictionary: a sector word and its code.
 *
 * @param code the agent code without its tilde ("COP", "GOVFRM")
 * @param before true for codes written {@code CODE~}, which go before the actor's code ({@code
 *     NGO~}: "MSF Arnor" is NGOARN); false for {@code ~CODE}, which go after it ("Arnor police" is
 *     ARNCOP)
 */
public record AgentEntry(String phrase, String code, boolean before) {

  public AgentEntry {
    if (phrase == null || phrase.isBlank()) {
      throw new IllegalArgumentException("phrase must not be blank");
    }
    if (code == null || !code.matches("[A-Z0-9]{3,30}")) {
      throw new IllegalArgumentException("agent code must be upper-case letters: '" + code + "'");
    }
  }

  /** The code as written in the dictionary, with its tilde. */
  public String written() {
    return before ? code + "~" : "~" + code;
  }
}
