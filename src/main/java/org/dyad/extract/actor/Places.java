package org.dyad.extract.actor;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.nlp.Resources;

/** Cities and regions with the country they belong to, from {@code dyad/places.tsv}. */
public final class Places {

  private final Map<String, String> country = new HashMap<>();

  private Places() {}

  public static Places load() {
    Places p = new Places();
    for (String[] f : Resources.tsv("/dyad/places.tsv", 3)) {
      if (!f[1].matches("[A-Z]{3}")) {
        throw new IllegalStateException("places.tsv: bad country code for " + f[0] + ": " + f[1]);
      }
      p.country.put(key(f[0]), f[1]);
    }
    return p;
  }

  /** The country of a place name as written (capitalised), ignoring diacritics. */
  public Optional<String> countryOf(String place) {
    if (place == null || place.isBlank() || !Character.isUpperCase(place.strip().codePointAt(0))) {
      return Optional.empty();
    }
    return Optional.ofNullable(country.get(key(place)));
  }

  private static String key(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.replaceFirst("^(?i)the ", "").toLowerCase(Locale.ROOT);
  }
}
