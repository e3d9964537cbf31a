package org.dyad.spark;

import java.io.Serializable;
import java.util.Set;
import org.dyad.extract.event.EventExtractor;
import org.dyad.model.EventMention;

/**
 * The block an event mention merges within; mentions of different blocks never merge, so each block
 * can be merged on its own. It mirrors the conditions of {@code EventMerger}: mentions merge only
 * with the same CAMEO family and the same source and target countries, except that violence (roots
 * 18 to 20) against one country forms one block whatever its source, because an agentless incident
 * ("the plane crashed") joins the violent event against its target that it reports.
 *
 * <p>No time window is part of the key: dated mentions only merge within one calendar year, but an
 * undated mention joins the largest matching event of any date, so splitting by time would change
 * the result.
 *
 * @param kind a CAMEO family ({@code 173}; a root's family for bare roots) or {@link #VIOLENCE}
 * @param source the source country, or null for violence and for unknown countries
 * @param target the target country, or null when unknown
 */
public record MergeBlock(String kind, String source, String target) implements Serializable {

  /** The kind of the blocks that hold violence against one country. */
  public static final String VIOLENCE = "violence";

  private static final Set<String> VIOLENT = Set.of("18", "19", "20");

  public MergeBlock {
    if (kind == null || !(kind.equals(VIOLENCE) || kind.matches("\\d{3}"))) {
      throw new IllegalArgumentException("kind must be a CAMEO family or violence: '" + kind + "'");
    }
    if (kind.equals(VIOLENCE) && source != null) {
      throw new IllegalArgumentException("violence blocks have no source: '" + source + "'");
    }
  }

  /** The block of a mention. */
  public static MergeBlock of(EventMention m) {
    if (m == null) {
      throw new IllegalArgumentException("mention must not be null");
    }
    String target = m.target().actor().country();
    if (m.provenance().equals(EventExtractor.INCIDENT) || VIOLENT.contains(m.root())) {
      return new MergeBlock(VIOLENCE, null, target);
    }
    return new MergeBlock(family(m.cameo()), m.source().actor().country(), target);
  }

  /**
   * The group a mention is clustered in (family, source and target country), which orders events of
   * the same date and code.
   */
  static String group(EventMention m) {
    return family(m.cameo())
        + "|"
        + m.source().actor().country()
        + "|"
        + m.target().actor().country();
  }

  /** A code's CAMEO family as the merger counts it: three digits, one per root for violence. */
  static String family(String code) {
    String root = code.substring(0, 2);
    return VIOLENT.contains(root) || code.length() < 3 ? root + "0" : code.substring(0, 3);
  }

  @Override
  public String toString() {
    return kind + ":" + (source == null ? "*" : source) + "->" + target;
  }
}
