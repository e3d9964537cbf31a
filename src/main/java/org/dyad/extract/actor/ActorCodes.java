package org.dyad.extract.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.Resources;

/**
 * Reads CAMEO actor codes ({@code RUSGOV}, {@code IGOUNO}, {@code NGOHRIAMN}): the country and the
 * role they name, with the non-country parts listed in {@code dyad/cameo-actor-types.tsv}.
 */
public final class ActorCodes {

  private final Map<String, String> kinds = new HashMap<>();
  private final Set<String> countries;

  /**
   * @param countries every code that names a country (the gazetteer's and those an actor dictionary
   *     gives on their own)
   */
  public ActorCodes(Set<String> countries) {
    for (String[] f : Resources.tsv("/dyad/cameo-actor-types.tsv", 2)) {
      kinds.put(f[0], f[1]);
    }
    Set<String> c = new HashSet<>(countries);
    c.removeIf(k -> "role".equals(kinds.get(k)) || "international".equals(kinds.get(k)));
    c.removeIf(k -> "region".equals(kinds.get(k)));
    this.countries = Set.copyOf(c);
  }

  /** The country a code belongs to: ISO alpha-3, {@code EU}, {@code IGO}, or null. */
  public String country(String code) {
    if (code == null || code.length() < 3) {
      return null;
    }
    if (code.startsWith("IGOEUREEC")) {
      return "EU";
    }
    String first = code.substring(0, 3);
    if (first.equals("IGO")) {
      return "IGO";
    }
    if ("international".equals(kinds.get(first))) {
      String second = code.length() >= 6 ? code.substring(3, 6) : null;
      return second != null && countries.contains(second) && !kinds.containsKey(second)
          ? second
          : null;
    }
    return countries.contains(first) ? first : null;
  }

  /**
   * The role a code gives: an international prefix ({@code IGO}, {@code NGO}...), else the first
   * role after the country ({@code GOV} in {@code RUSGOVMIL}); a code that is a role alone is that
   * role; null when it names none.
   */
  public String role(String code) {
    if (code == null || code.length() < 3) {
      return null;
    }
    String first = code.substring(0, 3);
    String kind = kinds.get(first);
    if ("international".equals(kind) && !first.equals("INT")) {
      return first;
    }
    int from = country(code) != null || "international".equals(kind) ? 3 : 0;
    if (country(code) != null && "international".equals(kind)) {
      from = 6;
    }
    for (int k = from; k + 3 <= code.length(); k += 3) {
      String part = code.substring(k, k + 3);
      if ("role".equals(kinds.get(part))) {
        return part;
      }
    }
    return null;
  }

  /** True for a three-letter code that is a role or international type, not a country. */
  public boolean isType(String part) {
    String kind = kinds.get(part);
    return "role".equals(kind) || "international".equals(kind);
  }

  /** True when the code's first three letters name a country. */
  public boolean isCountry(String part) {
    return countries.contains(part);
  }
}
