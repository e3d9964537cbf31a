package org.dyad.extract.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the outlet or channel a sentence says words were given to ("told Reuters", "wrote in"). */
final class SpokenVia {

  private static final String NAME =
      "((?:[\"\u201c\u00ab*][^\"\u201d\u00bb*]{2,40}[\"\u201d\u00bb*])"
          + "|(?:[A-Z][\\w.&'\u2019-]*(?:\\s+[A-Z][\\w.&'\u2019-]*){0,4}))";
  private static final Pattern VIA_INTERVIEW =
      Pattern.compile("(?i)\\binterview (?:with|to|for|given to)\\s+(?:the\\s+)?" + NAME);
  private static final Pattern VIA_TOLD =
      Pattern.compile("\\b(?:told|tells|telling)\\s+(?:the\\s+)?" + NAME);
  private static final Pattern VIA_IN =
      Pattern.compile(
          "(?i)\\b(?:writes|wrote|written|said|says|posted|published|stated|reported)\\s+(?:in|on)"
              + "\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+)?"
              + NAME);
  private static final Pattern VIA_SHOW =
      Pattern.compile(
          "(?i)\\b(?:on|in an episode of) (?:his|her|their|the) (?:show|programme|program|podcast|"
              + "channel|blog)\\s+([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}(?:\\s+on\\s+[A-Z][\\w-]*"
              + "(?:\\s+[\\w-]+){0,2})?)");

  private SpokenVia() {}

  /** The outlet or channel a sentence says the words were given to, or null. */
  static String of(String sentence) {
    for (Pattern p : List.of(VIA_INTERVIEW, VIA_TOLD, VIA_SHOW, VIA_IN)) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        String v =
            m.group(1)
                .replaceAll("[.,;:]+$", "")
                .replaceAll("^[\"\u201c\u00ab*]+|[\"\u201d\u00bb*]+$", "")
                .strip();
        v = v.replaceAll("\\s+(?:magazine|newspaper|outlet|channel|agency)$", "");
        if (!v.isEmpty() && !v.matches("(?i)(a|an|the|his|her|its|their|statement)")) {
          return v;
        }
      }
    }
    return null;
  }
}
