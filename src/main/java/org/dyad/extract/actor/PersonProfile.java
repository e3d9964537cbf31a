package org.dyad.extract.actor;

/**
 * What an article tells about one person: the fullest form of the name, and the country and role
 * its text gives them ("Russian political scientist Vadim Siprov").
 */
public record PersonProfile(String name, String key, String country, String role, String title) {

  public PersonProfile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: '" + name + "'");
    }
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank for " + name);
    }
  }

  /** This profile completed with what {@code other} knows and this one does not. */
  public PersonProfile merge(PersonProfile other) {
    String longer = other.name.length() > name.length() ? other.name : name;
    return new PersonProfile(
        longer,
        key,
        country != null ? country : other.country,
        role != null ? role : other.role,
        title != null ? title : other.title);
  }
}
