package org.dyad.extract.event;

import java.util.HashMap;
import java.util.Map;
import org.dyad.nlp.Resources;

/**
 * The CAMEO code of a declared intent to act: an announced cooperative act is an intent to
 * cooperate (03), an announced hostile act a threat (13), from {@code intent-codes.tsv}.
 */
final class IntentCodes {

  private final Map<String, String> byPrefix = new HashMap<>();

  private IntentCodes() {}

  /** The intent codes shipped with Dyad. */
  static IntentCodes load() {
    IntentCodes codes = new IntentCodes();
    for (String[] row : Resources.tsv("/dyad/intent-codes.tsv", 2)) {
      if (!row[0].matches("\\d{2,4}") || !row[1].matches("\\d{3,4}")) {
        throw new IllegalStateException("intent-codes.tsv: bad row " + String.join("\t", row));
      }
      codes.byPrefix.put(row[0], row[1]);
    }
    return codes;
  }

  /**
   * The code of announcing an act with code {@code act}; the act's own code when none is listed.
   */
  String intent(String act) {
    if (act == null || !act.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("act must be a CAMEO code: '" + act + "'");
    }
    for (int n = act.length(); n >= 2; n--) {
      String code = byPrefix.get(act.substring(0, n));
      if (code != null) {
        return code;
      }
    }
    return act;
  }
}
