package org.dyad.model;

/**
 * A canonical actor: a person, group or institution, with the country it belongs to and its CAMEO
 * role.
 *
 * @param country ISO 3166-1 alpha-3 code ({@code EU} for the European Union), or null when unknown
 * @param role CAMEO actor role code such as {@code GOV}, {@code MIL}, {@code MED}, or null
 */
public record Actor(String name, String country, String role) {

  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: '" + name + "'");
    }
    if (country != null && !country.matches("[A-Z]{2,3}")) {
      throw new IllegalArgumentException(
          "country must be an ISO alpha-3 or EU code: '" + country + "'");
    }
    if (role != null && !role.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("role must be a 3-letter CAMEO role: '" + role + "'");
    }
  }
}
