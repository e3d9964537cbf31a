package org.dyad.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Span;

/**
 * Dyad's gazetteer: countries with their names, adjectives, demonyms, capitals and government
 * metonyms ("the Kremlin", "official Baku"), and role titles with their CAMEO roles. Finds
 * non-overlapping longest matches in a text with a token trie; immutable and thread-safe.
 */
public final class Gazetteer {

  private static final Pattern TOKEN =
      Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+|['\u2019-]");

  /** What a phrase denotes. */
  private record Entry(String phrase, EntityType type, String code, boolean caseSensitive) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    List<Entry> entries;
  }

  private final Node root = new Node();
  private final Map<String, Set<String>> names = new LinkedHashMap<>();
  private final Map<String, String> countryByWord = new HashMap<>();
  private final Map<String, String> roleByPhrase = new HashMap<>();
  private final Set<String> capitals = new java.util.HashSet<>();

  private Gazetteer() {}

  /** The built-in gazetteer. */
  public static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.readCountries(Resources.tsv("/dyad/countries.tsv", 6));
    g.readTitles(Resources.tsv("/dyad/titles.tsv", 3));
    return g;
  }

  /**
   * The built-in gazetteer extended by a YAML file with {@code countries:} (iso3, names,
   * adjectives, demonyms, capitals, metonyms: lists) and {@code titles:} (phrase, role, kind).
   */
  public static Gazetteer load(Path extraYaml) throws IOException {
    Gazetteer g = load();
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(extraYaml.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(extraYaml + ": expected a YAML mapping with countries: and titles:");
    }
    for (JsonNode c : root.path("countries")) {
      String iso = c.path("iso3").asText(null);
      if (iso == null || !iso.matches("[A-Z]{2,3}")) {
        throw new IOException(extraYaml + ": country entry without a valid iso3 code: " + c);
      }
      g.addCountry(
          iso,
          list(c, "names"),
          list(c, "adjectives"),
          list(c, "demonyms"),
          list(c, "capitals"),
          list(c, "metonyms"));
    }
    for (JsonNode t : root.path("titles")) {
      String phrase = t.path("phrase").asText(null);
      String role = t.path("role").asText(null);
      if (phrase == null || role == null || !role.matches("[A-Z]{3}")) {
        throw new IOException(extraYaml + ": title entry needs phrase and a 3-letter role: " + t);
      }
      g.addTitle(phrase, role, t.path("kind").asText("title"));
    }
    return g;
  }

  private static List<String> list(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : n.path(field)) {
      out.add(v.asText());
    }
    return out;
  }

  private void readCountries(List<String[]> rows) {
    for (String[] f : rows) {
      addCountry(f[0], split(f[1]), split(f[2]), split(f[3]), split(f[4]), split(f[5]));
    }
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private void addCountry(
      String iso,
      List<String> countryNames,
      List<String> adjectives,
      List<String> demonyms,
      List<String> capitalNames,
      List<String> metonyms) {
    names.computeIfAbsent(iso, k -> new LinkedHashSet<>()).addAll(countryNames);
    for (String n : countryNames) {
      add(n, EntityType.COUNTRY, iso, true);
      countryByWord.put(n.toLowerCase(Locale.ROOT), iso);
    }
    for (String a : adjectives) {
      add(a, EntityType.NATIONALITY, iso, true);
      countryByWord.put(a.toLowerCase(Locale.ROOT), iso);
    }
    for (String d : demonyms) {
      add(d, EntityType.NATIONALITY, iso, true);
      countryByWord.put(d.toLowerCase(Locale.ROOT), iso);
    }
    for (String c : capitalNames) {
      add(c, EntityType.COUNTRY, iso, true);
      add("official " + c, EntityType.COUNTRY, iso, true);
      capitals.add(c.toLowerCase(Locale.ROOT));
      countryByWord.put(c.toLowerCase(Locale.ROOT), iso);
    }
    for (String m : metonyms) {
      add(m, EntityType.COUNTRY, iso, true);
      countryByWord.put(m.toLowerCase(Locale.ROOT), iso);
    }
  }

  private void readTitles(List<String[]> rows) {
    for (String[] f : rows) {
      addTitle(f[0], f[1], f[2]);
    }
  }

  private void addTitle(String phrase, String role, String kind) {
    boolean abbreviation = phrase.length() <= 4 && !phrase.contains(" ");
    String surface = abbreviation ? phrase.toUpperCase(Locale.ROOT) : phrase;
    add(surface, EntityType.TITLE, role, abbreviation);
    roleByPhrase.put(phrase.toLowerCase(Locale.ROOT), role);
    if (kind.equals("agent") && !phrase.endsWith("s")) {
      add(surface + "s", EntityType.TITLE, role, abbreviation);
      roleByPhrase.put(phrase.toLowerCase(Locale.ROOT) + "s", role);
    }
  }

  private void add(String phrase, EntityType type, String code, boolean caseSensitive) {
    List<String> tokens = tokens(phrase);
    if (tokens.isEmpty()) {
      return;
    }
    Node n = root;
    for (String t : tokens) {
      n = n.next.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node());
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>();
    }
    n.entries.removeIf(
        e -> e.type() == type || e.type() != EntityType.TITLE && type != EntityType.TITLE);
    n.entries.add(new Entry(phrase, type, code, caseSensitive));
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s.replace('\u2019', '\''));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Non-overlapping longest gazetteer matches in {@code text}, in text order. */
  public List<EntityMention> find(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      words.add(m.group().replace('\u2019', '\''));
    }
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Node n = root;
      Entry best = null;
      int bestEnd = -1;
      for (int j = i; j < words.size(); j++) {
        if (j > i && spans.get(j)[0] - spans.get(j - 1)[1] > 1) {
          break;
        }
        n = n.next.get(words.get(j).toLowerCase(Locale.ROOT));
        if (n == null) {
          break;
        }
        if (n.entries != null) {
          for (Entry e : n.entries) {
            if (caseMatches(e, words.subList(i, j + 1))) {
              best = e;
              bestEnd = j;
              break;
            }
          }
        }
      }
      if (best == null || words.get(i).matches("['-]")) {
        i++;
        continue;
      }
      Span span = new Span(spans.get(i)[0], spans.get(bestEnd)[1]);
      out.add(new EntityMention(span, span.of(text), best.type(), best.code()));
      i = bestEnd + 1;
    }
    return out;
  }

  private static boolean caseMatches(Entry e, List<String> words) {
    if (!e.caseSensitive()) {
      return true;
    }
    List<String> want = tokens(e.phrase());
    if (want.size() != words.size()) {
      return false;
    }
    for (int k = 0; k < want.size(); k++) {
      String w = want.get(k);
      String t = words.get(k);
      boolean allCaps =
          w.length() > 1
              && w.equals(w.toUpperCase(Locale.ROOT))
              && w.chars().anyMatch(Character::isLetter);
      if (allCaps && !t.equals(w)) {
        return false;
      }
      if (Character.isUpperCase(w.codePointAt(0)) && !Character.isUpperCase(t.codePointAt(0))) {
        return false;
      }
      if (k > 0
          && Character.isLowerCase(w.codePointAt(0))
          && !Character.isLowerCase(t.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The ISO code for a country name, adjective, demonym, capital or metonym. */
  public Optional<String> countryCode(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String k = word.strip().toLowerCase(Locale.ROOT).replaceFirst("^(the|official) ", "");
    return Optional.ofNullable(countryByWord.get(k))
        .or(() -> Optional.ofNullable(countryByWord.get("the " + k)));
  }

  /** The CAMEO role for a title or agent noun ("political scientist" gives EDU). */
  public Optional<String> roleOf(String phrase) {
    return phrase == null
        ? Optional.empty()
        : Optional.ofNullable(roleByPhrase.get(phrase.strip().toLowerCase(Locale.ROOT)));
  }

  /** The country's names, the canonical one first. */
  public Set<String> names(String iso3) {
    return names.getOrDefault(iso3, Set.of());
  }

  private static final Map<String, String> COUNTRY_DOMAINS =
      Map.ofEntries(
          Map.entry("az", "AZE"),
          Map.entry("ru", "RUS"),
          Map.entry("ua", "UKR"),
          Map.entry("am", "ARM"),
          Map.entry("ge", "GEO"),
          Map.entry("kz", "KAZ"),
          Map.entry("by", "BLR"),
          Map.entry("tr", "TUR"),
          Map.entry("ir", "IRN"),
          Map.entry("in", "IND"),
          Map.entry("pk", "PAK"),
          Map.entry("cn", "CHN"),
          Map.entry("uz", "UZB"),
          Map.entry("kg", "KGZ"),
          Map.entry("md", "MDA"),
          Map.entry("il", "ISR"),
          Map.entry("de", "DEU"),
          Map.entry("fr", "FRA"),
          Map.entry("pl", "POL"),
          Map.entry("uk", "GBR"));

  /** The country of a country-code top-level domain ("az" gives AZE), if Dyad knows it. */
  public Optional<String> countryOfDomain(String tld) {
    return tld == null
        ? Optional.empty()
        : Optional.ofNullable(COUNTRY_DOMAINS.get(tld.toLowerCase(Locale.ROOT)));
  }

  /** True when the word is a capital city (used as a metonym for its government). */
  public boolean isCapital(String word) {
    return word != null
        && capitals.contains(word.strip().toLowerCase(Locale.ROOT).replaceFirst("^official ", ""));
  }
}
