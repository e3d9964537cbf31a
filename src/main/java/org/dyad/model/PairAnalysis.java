package org.dyad.model;

import java.util.List;
import java.util.Map;

/**
 * What Dyad finds about one country pair of a corpus: each article's perspective on it, the
 * divergences between its sides' versions of its events and its tension series (by month).
 *
 * @param pair the two country codes, in alphabetical order
 * @param perspectives each article's perspective on this pair, by article id
 * @param divergences events involving the pair told by several articles, side by side
 * @param tension the monthly tension series of the pair's events
 */
public record PairAnalysis(
    List<String> pair,
    Map<String, Perspective> perspectives,
    List<Divergence> divergences,
    List<TensionPoint> tension) {

  public PairAnalysis {
    if (pair == null || pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
      throw new IllegalArgumentException("pair must be two different country codes: " + pair);
    }
    pair = List.copyOf(pair);
    perspectives = Map.copyOf(perspectives);
    divergences = List.copyOf(divergences);
    tension = List.copyOf(tension);
  }

  /** The pair as a label, {@code AZE-RUS}. */
  public String label() {
    return pair.get(0) + "-" + pair.get(1);
  }

  /**
   * A pair from two country codes, in alphabetical order.
   *
   * @throws IllegalArgumentException when a code is not 2 or 3 capital letters or both are equal
   */
  public static List<String> pair(String a, String b) {
    for (String c : new String[] {a, b}) {
      if (c == null || !c.matches("[A-Z]{2,3}")) {
        throw new IllegalArgumentException("a pair's country codes are 2 or 3 capitals: " + c);
      }
    }
    if (a.equals(b)) {
      throw new IllegalArgumentException("a pair needs two different countries: " + a);
    }
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }

  /**
   * A pair written {@code AZE,RUS} or {@code AZE-RUS} (case-insensitive), in alphabetical order.
   *
   * @throws IllegalArgumentException when it is not two different country codes
   */
  public static List<String> parse(String text) {
    String[] parts =
        text == null
            ? new String[0]
            : text.strip().toUpperCase(java.util.Locale.ROOT).split("\\s*[,-]\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("a pair is two country codes such as AZE,RUS: " + text);
    }
    return pair(parts[0], parts[1]);
  }
}
