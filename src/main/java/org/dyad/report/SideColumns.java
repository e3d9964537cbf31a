package org.dyad.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.model.Claim;
import org.dyad.model.Divergence;

/**
 * How the sides tell one event, in fixed columns: the pair's first country's side, its second's,
 * and the others (articles that carry both accounts or neither), with its contradictions explained
 * in words.
 *
 * @param columns three columns, in the pair's order then the others
 * @param explained each contradiction as a sentence ("The counts differ: 2 individuals (Report.az)
 *     vs 7 journalists (Caspian Ledger)")
 */
public record SideColumns(List<Column> columns, List<String> explained) {

  /**
   * One column.
   *
   * @param side the country code, or {@code others}
   * @param title "Azerbaijani side", "Russian side", "Others"
   */
  public record Column(String side, String title, List<Claim> versions) {
    public Column {
      versions = List.copyOf(versions);
    }
  }

  public SideColumns {
    columns = List.copyOf(columns);
    explained = List.copyOf(explained);
  }

  /**
   * The columns of {@code d} for {@code pair}; {@code articleName} names an article (by Dyad id) in
   * explanations, such as its outlet and date.
   */
  public static SideColumns of(
      Divergence d, List<String> pair, Function<String, String> articleName) {
    if (d == null || pair == null || pair.size() != 2 || articleName == null) {
      throw new IllegalArgumentException("a divergence, a pair of two and a namer are required");
    }
    List<Claim> a = new ArrayList<>();
    List<Claim> b = new ArrayList<>();
    List<Claim> others = new ArrayList<>();
    for (Claim c : d.versions()) {
      (c.side().equals(pair.get(0)) ? a : c.side().equals(pair.get(1)) ? b : others).add(c);
    }
    List<Column> columns =
        List.of(
            new Column(pair.get(0), CountryNames.adjective(pair.get(0)) + " side", a),
            new Column(pair.get(1), CountryNames.adjective(pair.get(1)) + " side", b),
            new Column("others", "Others (both sides or neither)", others));
    List<String> explained = new ArrayList<>();
    for (String conflict : d.conflicts()) {
      explained.add(explain(conflict, d.versions(), articleName));
    }
    return new SideColumns(columns, explained);
  }

  /**
   * A contradiction in words: {@code number: 2 vs 7} with what each number counts and who says it;
   * {@code cause: violence (id1) vs natural (id2)} as each claim with its articles.
   */
  static String explain(String conflict, List<Claim> versions, Function<String, String> name) {
    int colon = conflict.indexOf(':');
    if (colon < 0) {
      return conflict;
    }
    String dim = conflict.substring(0, colon).strip();
    String rest = conflict.substring(colon + 1).strip();
    if (dim.equals("number")) {
      return numbers(rest, versions, name);
    }
    List<String> parts = new ArrayList<>();
    for (String side : rest.split("\\s+vs\\s+")) {
      int open = side.lastIndexOf('(');
      String cls = open < 0 ? side.strip() : side.substring(0, open).strip();
      List<String> who = new ArrayList<>();
      if (open >= 0 && side.endsWith(")")) {
        for (String id : side.substring(open + 1, side.length() - 1).split(",\\s*")) {
          who.add(name.apply(id.strip()));
        }
      }
      parts.add(
          words(dim, cls) + (who.isEmpty() ? "" : " according to " + String.join(" and ", who)));
    }
    return capital(dimension(dim)) + ": " + String.join("; ", parts) + ".";
  }

  private static String numbers(String rest, List<Claim> versions, Function<String, String> name) {
    Map<String, Set<String>> things = new LinkedHashMap<>();
    Map<String, Set<String>> who = new LinkedHashMap<>();
    for (Claim c : versions) {
      for (String k : c.kinds()) {
        if (k.startsWith("number:") && k.contains("=")) {
          String value = k.substring(k.indexOf('=') + 1);
          things
              .computeIfAbsent(value, x -> new LinkedHashSet<>())
              .add(k.substring(7, k.indexOf('=')));
          who.computeIfAbsent(value, x -> new LinkedHashSet<>()).add(name.apply(c.articleId()));
        }
      }
    }
    List<String> parts = new ArrayList<>();
    Set<String> counted = new LinkedHashSet<>();
    for (String value : rest.split("\\s+vs\\s+")) {
      String v = value.strip();
      Set<String> t = things.getOrDefault(v, Set.of());
      counted.addAll(t);
      parts.add(
          v
              + (t.isEmpty() ? "" : " " + String.join(" or ", t))
              + (who.containsKey(v) ? " (" + String.join(", ", who.get(v)) + ")" : ""));
    }
    String note =
        counted.size() > 1
            ? "; they may count different people or things (" + String.join(", ", counted) + ")"
            : "";
    return "The counts differ: " + String.join(" vs ", parts) + note + ".";
  }

  private static String dimension(String dim) {
    return switch (dim) {
      case "cause" -> "the cause differs";
      case "intent" -> "the intent differs";
      case "responsibility" -> "responsibility is told differently";
      case "date" -> "the date differs";
      default -> dim + " differs";
    };
  }

  private static String words(String dim, String cls) {
    String c = cls.toLowerCase(Locale.ROOT);
    return switch (dim + ":" + c) {
      case "cause:natural" -> "natural causes";
      case "intent:accident" -> "an accident";
      case "intent:deliberate" -> "deliberate";
      case "responsibility:denied" -> "denied";
      case "responsibility:admitted" -> "admitted";
      default -> c;
    };
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
