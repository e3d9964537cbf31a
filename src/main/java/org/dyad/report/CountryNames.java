package org.dyad.report;

import java.util.HashMap;
import java.util.Map;
import org.dyad.nlp.Resources;

/** Countries' common names and adjectives by code ("AZE": Azerbaijan, Azerbaijani). */
public final class CountryNames {

  private static final Map<String, String[]> BY_CODE = load();

  private CountryNames() {}

  private static Map<String, String[]> load() {
    Map<String, String[]> m = new HashMap<>();
    for (String[] f : Resources.tsv("/dyad/countries.tsv", 3)) {
      m.put(f[0], new String[] {f[1].split("\\|")[0], f[2].split("\\|")[0]});
    }
    m.put("IGO", new String[] {"international organisations", "international"});
    return m;
  }

  /** The country's common name, or the code itself when it is not a known country. */
  public static String name(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code must not be null");
    }
    String[] n = BY_CODE.get(code);
    return n == null ? code : n[0];
  }

  /** The country's adjective ("Azerbaijani"), or its code when it has none. */
  public static String adjective(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code must not be null");
    }
    String[] n = BY_CODE.get(code);
    return n == null || n[1].isBlank() ? code : n[1];
  }
}
