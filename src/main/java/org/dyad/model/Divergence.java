package org.dyad.model;

import java.util.List;

/**
 * How several articles tell one event, side by side; {@code conflicts} names the claims that
 * contradict each other ("number: 2 vs 7"), and {@code unmatched} those only one side makes.
 */
public record Divergence(
    String eventId,
    List<Claim> versions,
    boolean contradiction,
    List<String> conflicts,
    List<String> unmatched) {

  public Divergence {
    versions = List.copyOf(versions);
    conflicts = List.copyOf(conflicts);
    unmatched = List.copyOf(unmatched);
  }
}
