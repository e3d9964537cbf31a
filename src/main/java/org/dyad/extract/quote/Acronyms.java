package org.dyad.extract.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * The acronyms an article spells out ("the Armed Forces of the Philippines (AFP)"), so that a
 * speaker named by acronym goes under the full name.
 */
final class Acronyms {

  /** A name followed by its acronym in parentheses: "the Armed Forces of the Philippines (AFP)". */
  private static final Pattern DEFINED_ACRONYM =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|and|for|on)"
              + "(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|of|the|and|for|on)){1,9})\\s*\\((\\p{Lu}{2,6})\\)");

  private final Map<String, String> longNames = new HashMap<>();

  /** The acronyms {@code text} defines, each with the first full name given for it. */
  Acronyms(String text) {
    Matcher m = DEFINED_ACRONYM.matcher(text);
    while (m.find()) {
      String longName = expansion(m.group(1), m.group(2));
      if (longName != null) {
        longNames.putIfAbsent(m.group(2), longName);
      }
    }
  }

  /** The shortest tail of {@code phrase} whose capitalised words spell {@code acronym}, or null. */
  static String expansion(String phrase, String acronym) {
    String[] words = phrase.trim().split("\\s+");
    for (int from = words.length - 1; from >= 0; from--) {
      StringBuilder initials = new StringBuilder();
      for (int i = from; i < words.length; i++) {
        if (Character.isUpperCase(words[i].codePointAt(0))) {
          initials.append(words[i].charAt(0));
        }
      }
      if (!Character.isUpperCase(words[from].codePointAt(0))) {
        continue;
      }
      if (initials.toString().equals(acronym)) {
        return String.join(" ", Arrays.copyOfRange(words, from, words.length));
      }
    }
    return null;
  }

  /** The speaker under the full name the article spelled out for its acronym. */
  ActorMention expanded(ActorMention m) {
    if (m == null) {
      return null;
    }
    String longName = longNames.get(m.actor().name());
    if (longName == null) {
      return m;
    }
    Actor a = m.actor();
    return new ActorMention(new Actor(longName, a.country(), a.role()), m.span());
  }
}
