package org.dyad.compare;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.Resources;

/**
 * The words that tie two reports of one event together: the stem of the word that names the event
 * ({@code t:die} for "died", "dying", "death") and the class of the thing it happens to ({@code
 * o:aircraft} for "the plane", "an airliner").
 */
public final class EventAnchors {

  private static final Map<String, String> CLASSES = new HashMap<>();
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("died", "die"),
          Map.entry("dying", "die"),
          Map.entry("death", "die"),
          Map.entry("deaths", "die"),
          Map.entry("dead", "die"),
          Map.entry("shot", "shoot"),
          Map.entry("shootdown", "shoot"),
          Map.entry("detention", "detain"),
          Map.entry("detentions", "detain"),
          Map.entry("closure", "close"),
          Map.entry("seizure", "seize"),
          Map.entry("expulsion", "expel"),
          Map.entry("invasion", "invade"),
          Map.entry("went", "go"),
          Map.entry("gone", "go"));

  static {
    for (String[] f : Resources.tsv("/dyad/noun-classes.tsv", 2)) {
      for (String member : f[1].split(",")) {
        CLASSES.put(member.strip(), f[0]);
      }
    }
  }

  private EventAnchors() {}

  /**
   * Anchors of one mention.
   *
   * @param trigger the words that name the event
   * @param patient the words naming who or what it happens to, or null to leave them out
   */
  public static Set<String> of(String trigger, String patient) {
    Set<String> out = new LinkedHashSet<>();
    String[] words = trigger.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length > 0 && !words[0].isEmpty()) {
      out.add("t:" + stem(words[0]));
    }
    if (patient != null) {
      String[] p = patient.strip().split("[^\\p{L}]+");
      if (p.length > 0 && !p[p.length - 1].isEmpty()) {
        out.add("o:" + nounClass(p[p.length - 1]));
      }
    }
    return out;
  }

  /** The class of a noun ("airliner" → "aircraft"), or its singular form. */
  public static String nounClass(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    String cls = CLASSES.get(n);
    if (cls == null && n.endsWith("s") && n.length() > 3) {
      cls = CLASSES.get(n.substring(0, n.length() - 1));
      n = n.substring(0, n.length() - 1);
    }
    return cls != null ? cls : n;
  }

  /** A light stem that lets a verb meet its nominalisation: "detained", "detaining" → "detain". */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      w = irregular;
    } else {
      w = stripSuffix(w);
    }
    return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  private static String stripSuffix(String word) {
    String w = word;
    for (String suffix : new String[] {"ings", "ing", "ed", "es", "s"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
