package org.dyad.ingest.outlet;

import java.util.List;
import java.util.Set;

/**
 * A news outlet or agency of the outlet directory.
 *
 * @param name the outlet's usual name, the first of its names
 * @param country ISO 3166-1 alpha-3 code of the country it is based in
 * @param kind agency, newspaper, broadcaster, magazine or online
 * @param domains its web domains, lower case, without "www."
 */
public record Outlet(String name, String country, String kind, List<String> domains) {

  /** The kinds of outlet the directory knows. */
  public static final Set<String> KINDS =
      Set.of("agency", "newspaper", "broadcaster", "magazine", "online");

  public Outlet {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: '" + name + "'");
    }
    if (country == null || !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country must be an ISO3 code: '" + country + "'");
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be one of " + KINDS + ": '" + kind + "'");
    }
    domains = List.copyOf(domains);
  }

  /** True for a news agency, whose copy other outlets carry. */
  public boolean isAgency() {
    return kind.equals("agency");
  }
}
