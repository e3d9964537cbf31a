package org.dyad.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.PairAnalysis;
import org.dyad.model.Span;

/**
 * Dyad's gazetteer: countries with their names, adjectives, demonyms, capitals and government
 * metonyms ("the Kremlin", "official Baku"), and role titles with their CAMEO roles. Finds
 * non-overlapping longest matches in a text with a token trie; immutable and thread-safe.
 */
public final class Gazetteer {

  /** Abbreviations such as "St.", dotted initialisms ("U.S."), words, apostrophes and hyphens. */
  private static final Pattern TOKEN =
      Pattern.compile("(?:St|Ste|Mt|Ft)\\.|(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+|['\u2019-]");

  /** Head nouns that have no plural in the sense Dyad uses them. */
  private static final Set<String> UNCOUNTABLE =
      Set.of(
          "police",
          "media",
          "military",
          "intelligence",
          "enforcement",
          "leadership",
          "opposition",
          "people",
          "staff",
          "personnel",
          "clergy",
          "artillery",
          "infantry",
          "press",
          "news",
          "security",
          "government",
          "aviation",
          "cavalry");

  /** How one phrase word must be written in the text. */
  private enum Case {
    ANY,
    EXACT,
    UPPER_INITIAL,
    LOWER_INITIAL
  }

  /** What a phrase denotes; a null type marks a phrase that blocks shorter matches inside it. */
  private record Entry(EntityType type, String code, String[] words, Case[] cases) {

    boolean matches(String[] text, int from) {
      for (int k = 0; k < words.length; k++) {
        String t = text[from + k];
        boolean ok =
            switch (cases[k]) {
              case ANY -> true;
              case EXACT -> t.equals(words[k]);
              case UPPER_INITIAL -> Character.isUpperCase(t.codePointAt(0));
              case LOWER_INITIAL -> !Character.isUpperCase(t.codePointAt(0));
            };
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Entry> entries = new ArrayList<>(1);
  }

  private final Node root;
  private final Map<String, Set<String>> names;
  private final Map<String, String> countryByWord;
  private final Map<String, String> roleByPhrase;
  private final Set<String> agentPhrases;
  private final Set<String> capitals;
  private final Map<String, String> domains;
  private final Map<String, String> outletByName;
  private final Map<String, String> outletByExactName;
  private final Map<String, String> outletByDomain;
  private final List<List<String>> pairs;

  private Gazetteer(Builder b) {
    this.root = b.root;
    Map<String, Set<String>> n = new LinkedHashMap<>();
    b.names.forEach((k, v) -> n.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    this.names = Collections.unmodifiableMap(n);
    this.countryByWord = Map.copyOf(b.countryByWord);
    this.roleByPhrase = Map.copyOf(b.roleByPhrase);
    this.agentPhrases = Set.copyOf(b.agentPhrases);
    this.capitals = Set.copyOf(b.capitals);
    this.domains = Map.copyOf(b.domains);
    this.outletByName = Map.copyOf(b.outletByName);
    this.outletByExactName = Map.copyOf(b.outletByExactName);
    this.outletByDomain = Map.copyOf(b.outletByDomain);
    this.pairs = List.copyOf(b.pairs);
  }

  private static final class Default {
    static final Gazetteer INSTANCE = new Gazetteer(Builder.builtIn());
  }

  /** The built-in gazetteer (one shared instance). */
  public static Gazetteer load() {
    return Default.INSTANCE;
  }

  /**
   * The built-in gazetteer extended by a YAML file with {@code countries:} (iso3 plus lists names,
   * adjectives, demonyms, capitals, metonyms), {@code titles:} (phrase, role, kind), {@code
   * outlets:} (iso3 plus lists names, domains), {@code ignore:} (phrases that contain a country
   * word but denote something else) and {@code pair:} (the country pair to study, {@code AZE,RUS}
   * or {@code [AZE, RUS]}, or a list of pairs, the default first).
   */
  public static Gazetteer load(Path extraYaml) throws IOException {
    if (extraYaml == null) {
      throw new IllegalArgumentException("extraYaml must not be null");
    }
    JsonNode yaml;
    try {
      yaml = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(extraYaml));
    } catch (JsonProcessingException e) {
      throw new IOException(extraYaml + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (yaml == null || !yaml.isObject()) {
      throw new IOException(
          extraYaml + ": expected a YAML mapping with countries:, titles:, outlets: or ignore:");
    }
    Builder b = Builder.builtIn();
    for (JsonNode c : yaml.path("countries")) {
      String iso = c.path("iso3").asText(null);
      if (iso == null || !iso.matches("[A-Z]{2,3}")) {
        throw new IOException(extraYaml + ": country entry without a valid iso3 code: " + c);
      }
      b.addCountry(
          iso,
          list(c, "names"),
          list(c, "adjectives"),
          list(c, "demonyms"),
          list(c, "capitals"),
          list(c, "metonyms"));
    }
    for (JsonNode t : yaml.path("titles")) {
      String phrase = t.path("phrase").asText(null);
      String role = t.path("role").asText(null);
      String kind = t.path("kind").asText("title");
      if (phrase == null || phrase.isBlank() || role == null || !role.matches("[A-Z]{3}")) {
        throw new IOException(extraYaml + ": title entry needs phrase and a 3-letter role: " + t);
      }
      if (!kind.equals("title") && !kind.equals("agent")) {
        throw new IOException(extraYaml + ": title kind must be title or agent: " + t);
      }
      b.addTitle(phrase, role, kind.equals("agent"));
    }
    for (JsonNode o : yaml.path("outlets")) {
      String iso = o.path("iso3").asText(null);
      List<String> outletNames = list(o, "names");
      if (iso == null || !iso.matches("[A-Z]{2,3}") || outletNames.isEmpty()) {
        throw new IOException(extraYaml + ": outlet entry needs names and a valid iso3 code: " + o);
      }
      b.addOutlet(iso, outletNames, list(o, "domains"));
    }
    for (JsonNode s : yaml.path("ignore")) {
      b.addIgnored(s.asText());
    }
    try {
      b.pairs.addAll(pairs(yaml.path("pair")));
    } catch (IllegalArgumentException e) {
      throw new IOException(extraYaml + ": pair: " + e.getMessage(), e);
    }
    for (List<String> p : b.pairs) {
      for (String code : p) {
        if (!b.names.containsKey(code)) {
          throw new IOException(extraYaml + ": pair: unknown country code " + code);
        }
      }
    }
    return new Gazetteer(b);
  }

  /** {@code AZE,RUS}, {@code [AZE, RUS]}, or a list of either. */
  private static List<List<String>> pairs(JsonNode v) {
    List<List<String>> out = new ArrayList<>();
    if (v.isMissingNode() || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      out.add(PairAnalysis.parse(v.asText()));
    } else if (v.isArray()
        && v.size() == 2
        && v.get(0).isTextual()
        && v.get(1).isTextual()
        && !v.get(0).asText().matches(".*[,-].*")) {
      out.add(PairAnalysis.pair(v.get(0).asText().strip(), v.get(1).asText().strip()));
    } else if (v.isArray()) {
      for (JsonNode p : v) {
        out.addAll(pairs(p));
      }
    } else {
      throw new IllegalArgumentException("expected AZE,RUS or a list of pairs: " + v);
    }
    return out;
  }

  /** The pairs a YAML file chose to study ({@code pair:}), the default first; usually empty. */
  public List<List<String>> pairs() {
    return pairs;
  }

  private static List<String> list(JsonNode n, String field) {
    JsonNode v = n.path(field);
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.addAll(Resources.values(v.asText()));
    }
    for (JsonNode item : v) {
      out.add(item.asText().strip());
    }
    return out;
  }

  /** Mutable state while the gazetteer is assembled; handed to the constructor once complete. */
  private static final class Builder {
    final Node root = new Node();
    final Map<String, Set<String>> names = new LinkedHashMap<>();
    final Map<String, String> countryByWord = new HashMap<>();
    final Map<String, String> roleByPhrase = new HashMap<>();
    final Set<String> agentPhrases = new HashSet<>();
    final Set<String> capitals = new HashSet<>();
    final Map<String, String> domains = new HashMap<>();
    final Map<String, String> outletByName = new HashMap<>();
    final Map<String, String> outletByExactName = new HashMap<>();
    final Map<String, String> outletByDomain = new HashMap<>();
    final List<List<String>> pairs = new ArrayList<>();

    static Builder builtIn() {
      Builder b = new Builder();
      for (String[] f : Resources.tsv("/dyad/countries.tsv", 6)) {
        b.addCountry(
            f[0],
            Resources.values(f[1]),
            Resources.values(f[2]),
            Resources.values(f[3]),
            Resources.values(f[4]),
            Resources.values(f[5]));
      }
      for (String[] f : Resources.tsv("/dyad/titles.tsv", 3)) {
        if (!f[2].equals("title") && !f[2].equals("agent")) {
          throw new IllegalStateException("titles.tsv: kind must be title or agent: " + f[0]);
        }
        b.addTitle(f[0], f[1], f[2].equals("agent"));
      }
      for (String[] f : Resources.tsv("/dyad/not-countries.tsv", 1)) {
        b.addIgnored(f[0]);
      }
      for (String[] f : Resources.tsv("/dyad/domains.tsv", 2)) {
        b.domains.put(f[0].toLowerCase(Locale.ROOT), f[1]);
      }
      for (String[] f : Resources.tsv("/dyad/outlets.tsv", 2)) {
        b.addOutlet(
            f[1], Resources.values(f[0]), f.length > 2 ? Resources.values(f[2]) : List.of());
      }
      return b;
    }

    void addOutlet(String iso, List<String> outletNames, List<String> outletDomains) {
      for (String n : outletNames) {
        outletByName.put(outletKey(n), iso);
        outletByExactName.put(exactOutletKey(n), iso);
      }
      for (String d : outletDomains) {
        outletByDomain.put(domainKey(d), iso);
      }
    }

    void addCountry(
        String iso,
        List<String> countryNames,
        List<String> adjectives,
        List<String> demonyms,
        List<String> capitalNames,
        List<String> metonyms) {
      names.computeIfAbsent(iso, k -> new LinkedHashSet<>()).addAll(countryNames);
      for (String n : countryNames) {
        add(n, EntityType.COUNTRY, iso, false);
        countryByWord.put(key(n), iso);
      }
      for (String a : adjectives) {
        add(a, EntityType.NATIONALITY, iso, false);
        countryByWord.put(key(a), iso);
      }
      for (String d : demonyms) {
        add(d, EntityType.NATIONALITY, iso, false);
        countryByWord.put(key(d), iso);
      }
      for (String c : capitalNames) {
        add(c, EntityType.COUNTRY, iso, false);
        add("official " + c, EntityType.COUNTRY, iso, false);
        capitals.add(key(c));
        countryByWord.put(key(c), iso);
      }
      for (String m : metonyms) {
        add(m, EntityType.COUNTRY, iso, false);
        countryByWord.put(key(m), iso);
      }
    }

    void addTitle(String phrase, String role, boolean agent) {
      add(phrase, EntityType.TITLE, role, true);
      roleByPhrase.put(key(phrase), role);
      if (agent) {
        agentPhrases.add(key(phrase));
      } else {
        agentPhrases.remove(key(phrase));
      }
      for (String plural : role.equals("IGO") ? List.<String>of() : plurals(phrase)) {
        add(plural, EntityType.TITLE, role, true);
        roleByPhrase.putIfAbsent(key(plural), role);
        if (agent) {
          agentPhrases.add(key(plural));
        }
      }
    }

    void addIgnored(String phrase) {
      add(phrase, null, null, false);
    }

    /**
     * Adds a phrase. Country phrases keep their capitalisation; title phrases match in any case
     * except for all-capital abbreviations ("MP", "UN"). At one phrase a later entry of the same
     * kind replaces an earlier one, and a country name wins over a nationality word.
     */
    private void add(String phrase, EntityType type, String code, boolean anyCase) {
      List<String> words = tokens(phrase);
      if (words.isEmpty()) {
        return;
      }
      Node n = root;
      for (String w : words) {
        n = n.next.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new Node());
      }
      Case[] cases = new Case[words.size()];
      for (int k = 0; k < cases.length; k++) {
        cases[k] = caseOf(words.get(k), k, anyCase);
      }
      Entry entry = new Entry(type, code, words.toArray(String[]::new), cases);
      boolean isTitle = type == EntityType.TITLE;
      for (Entry e : n.entries) {
        if (!isTitle && e.type() == EntityType.COUNTRY && type == EntityType.NATIONALITY) {
          return;
        }
      }
      n.entries.removeIf(e -> (e.type() == EntityType.TITLE) == isTitle);
      if (isTitle) {
        n.entries.add(entry);
      } else {
        n.entries.add(0, entry);
      }
    }

    private static Case caseOf(String w, int position, boolean anyCase) {
      boolean letters = w.chars().anyMatch(Character::isLetter);
      if (w.length() > 1 && letters && w.equals(w.toUpperCase(Locale.ROOT))) {
        return Case.EXACT;
      }
      if (anyCase || !letters) {
        return Case.ANY;
      }
      if (Character.isUpperCase(w.codePointAt(0))) {
        return Case.UPPER_INITIAL;
      }
      return position == 0 ? Case.ANY : Case.LOWER_INITIAL;
    }
  }

  private static String key(String phrase) {
    return phrase.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  /**
   * Plurals of a role phrase's last word ("ministry" gives "ministries"; "-man" gives both "-men"
   * and "-mans", as in "ataman"); empty when it has none worth matching.
   */
  static List<String> plurals(String phrase) {
    if (phrase.contains(" of ")) {
      return List.of();
    }
    int cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1;
    String head = phrase.substring(cut);
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.endsWith("s") || UNCOUNTABLE.contains(lower)) {
      return List.of();
    }
    String stem = phrase.substring(0, cut);
    if (head.equals(head.toUpperCase(Locale.ROOT))) {
      return List.of(stem + head + "s");
    }
    if (lower.endsWith("man")) {
      return List.of(stem + head.substring(0, head.length() - 3) + "men", stem + head + "s");
    }
    int n = lower.length();
    if (lower.endsWith("y") && n > 1 && "aeiou".indexOf(lower.charAt(n - 2)) < 0) {
      return List.of(stem + head.substring(0, head.length() - 1) + "ies");
    }
    if (lower.endsWith("ch")
        || lower.endsWith("sh")
        || lower.endsWith("x")
        || lower.endsWith("z")) {
      return List.of(stem + head + "es");
    }
    return List.of(stem + head + "s");
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
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    List<int[]> bounds = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      bounds.add(new int[] {m.start(), m.end()});
      raw.add(m.group().replace('\u2019', '\''));
    }
    String[] words = raw.toArray(String[]::new);
    String[] keys = new String[words.length];
    for (int k = 0; k < words.length; k++) {
      keys[k] = words[k].toLowerCase(Locale.ROOT);
    }
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      char first = words[i].charAt(0);
      if (first == '\'' || first == '-') {
        i++;
        continue;
      }
      Node n = root;
      Entry best = null;
      int bestEnd = -1;
      for (int j = i; j < words.length; j++) {
        if (j > i && !joinable(text, bounds.get(j - 1)[1], bounds.get(j)[0])) {
          break;
        }
        n = n.next.get(keys[j]);
        if (n == null) {
          break;
        }
        for (Entry e : n.entries) {
          if (e.matches(words, i)) {
            best = e;
            bestEnd = j;
            break;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      if (best.type() != null) {
        Span span = new Span(bounds.get(i)[0], bounds.get(bestEnd)[1]);
        out.add(new EntityMention(span, span.of(text), best.type(), best.code()));
      }
      i = bestEnd + 1;
    }
    return out;
  }

  /** Two tokens belong to one phrase when nothing or a little whitespace within a line or two. */
  private static boolean joinable(String text, int end, int start) {
    if (start - end > 3) {
      return false;
    }
    int newlines = 0;
    for (int k = end; k < start; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) || c == '\n' && ++newlines > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ISO code for a country name, adjective, demonym, capital or metonym ("Azeri" gives AZE,
   * "official Baku" gives AZE), case-insensitively.
   */
  public Optional<String> countryCode(String nameOrAdjective) {
    if (nameOrAdjective == null) {
      return Optional.empty();
    }
    String k = key(nameOrAdjective).replaceFirst("^(the|official) ", "");
    return Optional.ofNullable(countryByWord.get(k))
        .or(() -> Optional.ofNullable(countryByWord.get("the " + k)));
  }

  /** The CAMEO role for a title or agent noun ("political scientist" gives EDU). */
  public Optional<String> roleOf(String titlePhrase) {
    return titlePhrase == null
        ? Optional.empty()
        : Optional.ofNullable(roleByPhrase.get(key(titlePhrase)));
  }

  /** The codes of every country the gazetteer knows. */
  public Set<String> countryCodes() {
    return names.keySet();
  }

  /**
   * True for a role noun of kind agent in {@code titles.tsv}: a group or institution ("the
   * ministry", "the military"), not a person's title ("the ambassador").
   */
  public boolean isAgentNoun(String phrase) {
    return phrase != null && agentPhrases.contains(key(phrase));
  }

  /** The country's names, the canonical one first; empty for an unknown code. */
  public Set<String> names(String iso3) {
    return iso3 == null ? Set.of() : names.getOrDefault(iso3, Set.of());
  }

  /** The country of a country-code top-level domain ("az" gives AZE), if Dyad knows it. */
  public Optional<String> countryOfDomain(String tld) {
    return tld == null
        ? Optional.empty()
        : Optional.ofNullable(domains.get(tld.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The country whose media an article is: that of the agency or outlet whose copy it carries (when
   * the directory or its domain knows it), else its outlet's ({@link #outletCountry}), else its web
   * address's (the directory's domain or the country-code top-level domain).
   */
  public Optional<String> articleCountry(Article article) {
    if (article == null) {
      return Optional.empty();
    }
    Optional<String> c = knownOutletCountry(article.syndicatedFrom());
    if (c.isEmpty()) {
      c = outletCountry(article.outlet());
    }
    if (c.isEmpty()) {
      c = knownOutletCountry(article.url());
    }
    return c;
  }

  /**
   * The country an outlet is based in: from the outlet directory ({@code outlets.tsv}) by name or
   * web domain, else from its domain's country code ("haqqin.az"), else from a country name or
   * adjective in its name ("Azerbaijan.us", "Russia Today"); empty when none of these tells.
   */
  public Optional<String> outletCountry(String outlet) {
    Optional<String> known = knownOutletCountry(outlet);
    if (known.isPresent() || outlet == null) {
      return known;
    }
    for (String word : outlet.split("[^\\p{L}]+")) {
      if (word.length() > 2 && Character.isUpperCase(word.codePointAt(0)) && !isCapital(word)) {
        Optional<String> code = countryCode(word);
        if (code.isPresent()) {
          return code;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The country of an outlet the directory knows by name or domain, or whose domain has a country
   * code; unlike {@link #outletCountry} it never guesses from words in the name, so it is safe for
   * names that may be people's.
   */
  public Optional<String> knownOutletCountry(String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return Optional.empty();
    }
    String byName = outletByName.get(outletKey(outlet));
    if (byName != null) {
      return Optional.of(byName);
    }
    String host = domainKey(outlet);
    if (host.matches("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+")) {
      for (String d = host; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
        if (outletByDomain.containsKey(d)) {
          return Optional.of(outletByDomain.get(d));
        }
      }
      return countryOfDomain(host.substring(host.lastIndexOf('.') + 1));
    }
    return Optional.empty();
  }

  /**
   * The country of an outlet the directory knows by exactly this name, a leading "the" aside (not
   * by a domain, and "China" is not "China Daily"), if any.
   */
  public Optional<String> namedOutletCountry(String name) {
    return name == null || name.isBlank()
        ? Optional.empty()
        : Optional.ofNullable(outletByExactName.get(exactOutletKey(name)));
  }

  private static String exactOutletKey(String name) {
    return key(name).replaceAll("\\s+", " ").replaceFirst("^the ", "");
  }

  /** An outlet name without case, a leading article or a trailing kind of medium. */
  private static String outletKey(String name) {
    String k = key(name).replaceAll("\\s+", " ");
    k = k.replaceFirst("^the ", "");
    return k.replaceFirst(
        " (?:magazine|newspaper|daily|weekly|news agency|agency|channel|tv|website|online)$", "");
  }

  /** A web domain without scheme, "www." or path. */
  private static String domainKey(String domain) {
    return key(domain)
        .replaceFirst("^[a-z]+://", "")
        .replaceFirst("^www\\.", "")
        .replaceFirst("[/?#].*$", "");
  }

  /** True when the word is a capital city (used as a metonym for its government). */
  public boolean isCapital(String word) {
    return word != null && capitals.contains(key(word).replaceFirst("^official ", ""));
  }
}
