package org.dyad.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Claim;
import org.dyad.model.Divergence;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;

/**
 * Lays side by side how the articles of a corpus tell each event reported by more than one of them,
 * and flags contradictions: different numbers for the same thing, a natural cause against violence,
 * an accident against intent, admission against denial.
 */
public final class DivergenceFinder {

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("dozen", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20));
  private static final Pattern COUNT =
      Pattern.compile(
          "(?i)\\b(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
              + "\\s+(?:[a-z-]+\\s+){0,2}?(people|persons|journalists|individuals|employees|staff|citizens|"
              + "soldiers|servicemen|troops|civilians|migrants|detainees|men|women|children|tourists|"
              + "passengers|dead|killed|injured|wounded|russians|[a-z]+is|[a-z]+ians|[a-z]+ese)\\b");

  /**
   * Claim kinds in opposition: a claim of one class contradicts a claim of another in its
   * dimension.
   */
  private static final Map<String, Map<String, Pattern>> DIMENSIONS =
      Map.of(
          "cause",
          Map.of(
              "natural",
                  Pattern.compile("(?i)heart (attack|failure)|natural causes|illness|suicide"),
              "violence",
                  Pattern.compile("(?i)injur(y|ies)|beat(en|ing)|tortur|violent|killed|shot")),
          "intent",
          Map.of(
              "accident",
                  Pattern.compile(
                      "(?i)\\b(accident\\w*|tragic incident|mistaken\\w*|unintentional\\w*|by mistake)\\b"),
              "deliberate",
                  Pattern.compile(
                      "(?i)\\b(deliberate\\w*|intentional\\w*|on purpose|premeditated)\\b")),
          "responsibility",
          Map.of(
              "admitted",
                  Pattern.compile(
                      "(?i)\\b(apologi[sz]\\w*|admitted|acknowledged|took responsibility)\\b"),
              "denied",
                  Pattern.compile(
                      "(?i)\\b(denied|denial|deflection|cover(ed)?[ -]up|refrains from accepting)\\b")));

  /** Divergences for every event told by at least two articles. */
  public List<Divergence> find(
      List<Event> events, Map<String, String> texts, Map<String, Perspective> perspectives) {
    List<Divergence> out = new ArrayList<>();
    for (Event e : events) {
      Map<String, List<EventMention>> byArticle = new LinkedHashMap<>();
      for (EventMention m : e.mentions()) {
        byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
      }
      if (byArticle.size() < 2) {
        continue;
      }
      List<Claim> versions = new ArrayList<>();
      for (var entry : byArticle.entrySet()) {
        String text = texts.get(entry.getKey());
        Perspective p = perspectives.get(entry.getKey());
        for (EventMention m : entry.getValue()) {
          String sentence = m.span().of(text);
          versions.add(
              new Claim(
                  entry.getKey(),
                  p == null ? "neutral" : p.label(),
                  m.span(),
                  sentence.strip(),
                  kinds(sentence)));
        }
      }
      List<String> conflicts = new ArrayList<>();
      List<String> unmatched = new ArrayList<>();
      compare(versions, conflicts, unmatched);
      out.add(new Divergence(e.id(), versions, !conflicts.isEmpty(), conflicts, unmatched));
    }
    return out;
  }

  /** The kinds of claim a sentence makes: counts and positions on each dimension. */
  static List<String> kinds(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = COUNT.matcher(sentence);
    while (m.find()) {
      Integer n = NUMBER_WORDS.get(m.group(1).toLowerCase(Locale.ROOT));
      int value = n != null ? n : Integer.parseInt(m.group(1).replaceAll("\\D", ""));
      out.add("number:" + m.group(2).toLowerCase(Locale.ROOT) + "=" + value);
    }
    for (var dim : DIMENSIONS.entrySet()) {
      for (var cls : dim.getValue().entrySet()) {
        if (cls.getValue().matcher(sentence).find()) {
          out.add(dim.getKey() + ":" + cls.getKey());
        }
      }
    }
    return List.copyOf(out);
  }

  private static void compare(
      List<Claim> versions, List<String> conflicts, List<String> unmatched) {
    Map<String, Map<String, Set<String>>> byKey = new LinkedHashMap<>();
    Map<String, Set<String>> numbers = new LinkedHashMap<>();
    for (Claim c : versions) {
      for (String k : c.kinds()) {
        if (k.startsWith("number:")) {
          String thing = k.substring(7, k.indexOf('='));
          numbers
              .computeIfAbsent(k.substring(k.indexOf('=') + 1), x -> new LinkedHashSet<>())
              .add(c.articleId() + "|" + thing);
        } else {
          String dim = k.substring(0, k.indexOf(':'));
          byKey
              .computeIfAbsent(dim, x -> new LinkedHashMap<>())
              .computeIfAbsent(k.substring(k.indexOf(':') + 1), x -> new LinkedHashSet<>())
              .add(c.articleId());
        }
      }
    }
    for (var dim : byKey.entrySet()) {
      if (dim.getValue().size() > 1) {
        conflicts.add(dim.getKey() + ": " + String.join(" vs ", dim.getValue().keySet()));
      }
    }
    Set<String> articlesWithNumbers = new LinkedHashSet<>();
    for (Set<String> v : numbers.values()) {
      for (String s : v) {
        articlesWithNumbers.add(s.substring(0, s.indexOf('|')));
      }
    }
    if (numbers.size() > 1 && articlesWithNumbers.size() > 1) {
      conflicts.add("number: " + String.join(" vs ", numbers.keySet()));
    }
    Set<String> articles = new LinkedHashSet<>();
    versions.forEach(c -> articles.add(c.articleId()));
    for (var dim : byKey.entrySet()) {
      for (var cls : dim.getValue().entrySet()) {
        if (cls.getValue().size() < articles.size() && dim.getValue().size() == 1) {
          unmatched.add(
              dim.getKey() + ":" + cls.getKey() + " only in " + String.join(", ", cls.getValue()));
        }
      }
    }
  }
}
