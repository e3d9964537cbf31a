package org.dyad.extract.event;

/**
 * One event trigger: a verb ({@code V}) or noun ({@code N}) lemma, an optional phrasal particle and
 * required object lemma ({@code -} when none), the CAMEO code it signals, the role its source must
 * have ({@code -} for any, {@code !MIL} for any but that one), and its frame: {@code -} for an
 * agent acting on a target, {@code patient} when the subject is the one it happens to ("died in
 * custody"), {@code incident} for a happening with no agent ("the plane crashed") that only counts
 * when it is another report of an attributed event.
 */
public record LexiconEntry(
    String pos,
    String lemma,
    String particle,
    String object,
    String code,
    String sourceRole,
    String frame) {

  /** Frames of the lexicon's seventh column. */
  public static final java.util.Set<String> FRAMES = java.util.Set.of("-", "patient", "incident");

  public LexiconEntry {
    if (!"V".equals(pos) && !"N".equals(pos)) {
      throw new IllegalArgumentException("pos must be V or N: '" + pos + "'");
    }
    if (lemma == null || lemma.isBlank()) {
      throw new IllegalArgumentException("lemma must not be blank");
    }
    if (code == null || !code.matches("\\d{2,4}[A-Z]?")) {
      throw new IllegalArgumentException(
          "code must have 2 to 4 digits (and an optional letter) for "
              + lemma
              + ": '"
              + code
              + "'");
    }
    if (sourceRole == null || !sourceRole.matches("-|!?[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "sourceRole must be -, a CAMEO role or !role for " + lemma + ": '" + sourceRole + "'");
    }
    if (!FRAMES.contains(frame)) {
      throw new IllegalArgumentException("frame must be one of " + FRAMES + ": '" + frame + "'");
    }
  }

  /** True when a source with this CAMEO role (null when unknown) may do this event. */
  public boolean allowsSourceRole(String role) {
    if (sourceRole.equals("-")) {
      return true;
    }
    if (sourceRole.startsWith("!")) {
      return !sourceRole.substring(1).equals(role);
    }
    return sourceRole.equals(role);
  }
}
