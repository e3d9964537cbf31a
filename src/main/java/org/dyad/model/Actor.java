package org.dyad.model;

/**
 * A canonical actor: a person, group or institution, with the country it belongs to, its CAMEO role
 * and its CAMEO actor code.
 *
 * @param country ISO 3166-1 alpha-3 code ({@code EU} for the European Union, {@code IGO} for other
 *     intergovernmental organisations), or null when unknown
 * @param role CAMEO actor role code such as {@code GOV}, {@code MIL}, {@code MED}, or null
 * @param code the CAMEO actor code: country or international prefix then sectors ({@code RUSGOV},
 *     {@code IGOUNO}, {@code PSEREBHMS}, {@code COP} for police of no known country), or null when
 *     nothing is known
 */
public record Actor(String name, String country, String role, String code) {

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
    if (code != null && !code.matches("[A-Z0-9]{2,30}")) {
      throw new IllegalArgumentException(
          "code must be a CAMEO actor code of capitals and digits: '" + code + "'");
    }
  }

  /** An actor whose code is its country and role ({@link #codeOf}). */
  public Actor(String name, String country, String role) {
    this(name, country, role, codeOf(country, role));
  }

  /**
   * The CAMEO code of a country and role: {@code RUS} + {@code GOV} is {@code RUSGOV}, the EU is
   * {@code IGOEUREEC}, a role alone is itself; null when both are null.
   */
  public static String codeOf(String country, String role) {
    if (country == null) {
      return role;
    }
    String prefix = country.equals("EU") ? "IGOEUREEC" : country;
    return role == null || prefix.endsWith(role) || prefix.equals("IGOEUREEC") && role.equals("IGO")
        ? prefix
        : prefix + role;
  }

  /** True when the code is just the country and role's ({@link #codeOf}). */
  public boolean plainCode() {
    return java.util.Objects.equals(code, codeOf(country, role));
  }

  /** This actor with another country and role, its code following them unless it was richer. */
  public Actor with(String newCountry, String newRole) {
    String newCode =
        plainCode() || !java.util.Objects.equals(country, newCountry)
            ? codeOf(newCountry, newRole)
            : code;
    return new Actor(name, newCountry, newRole, newCode);
  }
}
